#!/usr/bin/env bash
# The simulation benchmark (SimulationBenchmark) on Truffle's optimizing runtime: JVMCI plus the Graal
# compiler jars that the cli module copies to cli/target/jvmci (their version must be the JDK's).
# Builds what is missing first. Arguments go to the benchmark: [--runs N] [--replicas R] [--months M] [--rounds K]
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
. "$root/bin/lib/jdk.sh"
find_jdk 21 || { echo "simulation-benchmark: no JDK 21+ found" >&2; exit 2; }
jar="$root/benchmarks/target/benchmarks.jar"
jvmci="$root/cli/target/jvmci"
if [ ! -f "$jar" ] || ! ls "$jvmci"/compiler-*.jar >/dev/null 2>&1; then
  (cd "$root" && JAVA_HOME="$JDK_HOME" MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow" \
    mvn -B -q -DskipTests -pl cli,benchmarks -am package)
fi
path=""
for name in compiler truffle-compiler word collections; do
  found="$(ls "$jvmci/$name"-[0-9]*.jar | head -n 1)"
  path="${path:+$path:}$found"
done
exec "$JDK_JAVA" -XX:+UnlockExperimentalVMOptions -XX:+EnableJVMCI "--upgrade-module-path=$path" \
  --enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow -Xss64m \
  -cp "$jar" dev.marshall.benchmarks.SimulationBenchmark "$@"
