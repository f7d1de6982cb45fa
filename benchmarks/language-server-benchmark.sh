#!/usr/bin/env bash
# The language server benchmark (LanguageServerBenchmark): didChange to published diagnostics on a
# 2 000-line programme, warm, and the time to the first forecast hint on examples/sialkot.marshall.
# On Truffle's optimizing runtime, as bin/marshall lsp runs it: JVMCI plus the Graal compiler jars that the cli module copies to cli/target/jvmci (their version must be the JDK's).
# Builds what is missing first. Arguments: [LINES] [EXAMPLES_FOLDER] (default 2000 and examples). Run from the checkout's root.
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
# shellcheck source=../bin/lib/jdk.sh
. "$root/bin/lib/jdk.sh"
find_jdk 21 || { echo "language-server-benchmark: no JDK 21+ found" >&2; exit 2; }
jar="$root/benchmarks/target/benchmarks.jar"
jvmci="$root/cli/target/jvmci"
if [ ! -f "$jar" ] || ! ls "$jvmci"/compiler-*.jar >/dev/null 2>&1; then
  (cd "$root" && JAVA_HOME="$JDK_HOME" MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow" \
    mvn -B -q -DskipTests -pl cli,benchmarks -am package)
fi
path=""
for name in compiler truffle-compiler word collections; do
  found=""
  for jar_file in "$jvmci/$name"-[0-9]*.jar; do [ -f "$jar_file" ] && found="$jar_file" && break; done
  [ -n "$found" ] || { echo "language-server-benchmark: $name-*.jar is missing from $jvmci" >&2; exit 2; }
  path="${path:+$path:}$found"
done
cd "$root"
exec "$JDK_JAVA" -XX:+UnlockExperimentalVMOptions -XX:+EnableJVMCI "--upgrade-module-path=$path" \
  --enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow -Xss64m \
  -cp "$jar" dev.marshall.benchmarks.LanguageServerBenchmark "$@"
