#!/usr/bin/env bash
# benchmarks/memory.sh — many runs within a small heap: `bin/marshall simulate FILE --runs N` with
# MARSHALL_JAVA_OPTS=-Xmx512m (the launcher passes MARSHALL_JAVA_OPTS to the JVM), on the default
# thread count, one thread and two; prints wall time, CPU (user + system) and peak RSS from
# /usr/bin/time, and checks that the three outputs are byte-identical. Then, unless ACCURACY=0,
# compares the streamed summary with the exact one at ACCURACY_RUNS runs (SketchAccuracy: every
# run kept, so it runs with a larger heap). Results go in docs/performance.md by hand.
#
#   benchmarks/memory.sh                                     sialkot, 1 000 000 runs, -Xmx512m
#   FILE=examples/orissa.marshall RUNS=200000 HEAP=1g benchmarks/memory.sh
#   ACCURACY_RUNS=250000 benchmarks/memory.sh                the comparison at another size
#
# Needs /usr/bin/time (apt-get install time). On a loaded machine compare CPU, not wall time.
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
cd "$root"
[ -x /usr/bin/time ] || { echo "memory: needs /usr/bin/time (apt-get install time)" >&2; exit 2; }
file="${FILE:-examples/sialkot.marshall}"
runs="${RUNS:-1000000}"
heap="${HEAP:-512m}"
bin/marshall check "$file" >/dev/null   # builds the jar if needed
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-28s %10s %10s %12s\n' "simulate $runs runs" "wall" "CPU" "peak RSS"
for threads in default 1 2; do
  extra=()
  [ "$threads" = default ] || extra=(--threads "$threads")
  MARSHALL_JAVA_OPTS="${MARSHALL_JAVA_OPTS:-} -Xmx$heap" /usr/bin/time -f '%e %U %S %M' -o "$scratch/time-$threads" \
    bin/marshall simulate "$file" --runs "$runs" --format json "${extra[@]}" >"$scratch/out-$threads.json"
  read -r wall user sys rss <"$scratch/time-$threads"
  printf '%-28s %9.1fs %9.1fs %9d MB\n' "-Xmx$heap, threads $threads" "$wall" "$(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }')" "$((rss / 1024))"
done
if cmp -s "$scratch/out-default.json" "$scratch/out-1.json" && cmp -s "$scratch/out-1.json" "$scratch/out-2.json"; then
  echo "outputs: byte-identical on every thread count"
else
  echo "outputs: DIFFER between thread counts" >&2
  exit 1
fi
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
[ "${ACCURACY:-1}" != 0 ] || exit 0
jar="$root/benchmarks/target/benchmarks.jar"
if [ ! -f "$jar" ]; then
  (cd "$root" && mvn -B -q -DskipTests -pl benchmarks -am package) || { echo "memory: cannot build $jar" >&2; exit 2; }
fi
# shellcheck source=../bin/lib/jdk.sh
. "$root/bin/lib/jdk.sh"
find_jdk 21 || { echo "memory: no JDK 21+ found" >&2; exit 2; }
"$JDK_JAVA" -Xmx3g -Xss64m -Dpolyglot.engine.WarnInterpreterOnly=false --enable-native-access=ALL-UNNAMED \
  --sun-misc-unsafe-memory-access=allow -cp "$jar" dev.marshall.benchmarks.SketchAccuracy "$file" "${ACCURACY_RUNS:-250000}"
