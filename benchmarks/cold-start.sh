#!/usr/bin/env bash
# benchmarks/cold-start.sh — whole-process timing of `bin/marshall check examples/sialkot.marshall`
# with hyperfine (apt-get install hyperfine).
#
#   benchmarks/cold-start.sh            the launcher as shipped, and --version
#   benchmarks/cold-start.sh --compare  also the start-up options the launcher chose between:
#                                       plain java -jar, tuned flags, AppCDS, JDK 25 AOT cache
#
# Results (markdown and JSON) go to benchmarks/target/cold-start.*. On a shared machine, compare
# the "User"+"System" times as well as the wall-clock mean: they suffer less from other load.
set -euo pipefail

root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
cd "$root"
command -v hyperfine >/dev/null 2>&1 || { echo "cold-start: needs hyperfine (apt-get install hyperfine)" >&2; exit 2; }
. "$root/bin/lib/jdk.sh"
find_jdk 21 || { echo "cold-start: no JDK 21+" >&2; exit 2; }

programme="examples/sialkot.marshall"
runs="${RUNS:-20}"
mkdir -p benchmarks/target
bin/marshall check "$programme" >/dev/null   # builds the jar and the start-up archive if needed

commands=(-n "bin/marshall check" "bin/marshall check $programme"
          -n "bin/marshall --version" "bin/marshall --version")

if [ "${1:-}" = "--compare" ]; then
  jar="cli/target/marshall.jar"
  scratch="$(mktemp -d)"
  trap 'rm -rf "$scratch"' EXIT
  tuned=(-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:-UsePerfData)
  java="$JDK_JAVA"
  # Training runs: each writes its archive or cache at exit.
  "$java" "${tuned[@]}" -XX:SharedArchiveFile="$scratch/app.jsa" -XX:+AutoCreateSharedArchive -Xlog:cds=off -jar "$jar" check "$programme" >/dev/null
  if [ "$JDK_FEATURE" -ge 25 ]; then
    "$java" "${tuned[@]}" -XX:AOTCacheOutput="$scratch/app.aot" -Xlog:aot=off -jar "$jar" check "$programme" >/dev/null 2>&1
  fi
  commands+=(-n "java -jar (plain)" "$java -jar $jar check $programme"
             -n "java -jar, tuned flags" "$java ${tuned[*]} -jar $jar check $programme"
             -n "tuned + AppCDS" "$java ${tuned[*]} -XX:SharedArchiveFile=$scratch/app.jsa -XX:+AutoCreateSharedArchive -Xlog:cds=off -jar $jar check $programme")
  if [ "$JDK_FEATURE" -ge 25 ]; then
    commands+=(-n "tuned + AOT cache" "$java ${tuned[*]} -XX:AOTCache=$scratch/app.aot -Xlog:aot=off -jar $jar check $programme")
  fi
fi

hyperfine -N --warmup 3 --runs "$runs" \
  --export-markdown benchmarks/target/cold-start.md --export-json benchmarks/target/cold-start.json \
  "${commands[@]}"
