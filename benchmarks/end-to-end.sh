#!/usr/bin/env bash
# benchmarks/end-to-end.sh — the user's whole command, cold: every example simulated by a fresh
# `bin/marshall` process, the default launcher (which chooses the runtime per job) against
# MARSHALL_JVMCI=0 (always the fallback runtime) and MARSHALL_JVMCI=1 (always the optimizing one),
# interleaved (A, B, C, A, B, C, ...) so that a change in the machine's load hits all three alike.
# Prints, and writes into docs/performance.md between its "results" markers: per job and
# launcher, the median wall time, the median CPU time (user + system, from /usr/bin/time; steadier
# than wall time on a shared machine), the median peak memory, and the runtime the default chose.
#
#   benchmarks/end-to-end.sh                     every example at 1000 runs, orissa also at 10000,
#                                                and the Orissa-like workload (below) at 1000 runs
#   REPEATS=3 EXAMPLES="sialkot orissa" benchmarks/end-to-end.sh     fewer
#   JOBS="orissa:20000 sialkot:100" benchmarks/end-to-end.sh         chosen jobs (example:runs)
#   JOBS="report-sialkot:1000" ...               `report` (every output written) instead of `simulate`
#   NO_WRITE=1 ...                               print only, leave docs/performance.md alone
#
# The Orissa-like workload (job "workload:RUNS"; 200 villages over 36 months, the simulation
# benchmark's model, benchmarks/src/.../OrissaWorkload.java) is also timed as plain Python
# (benchmarks/orissa_workload.py, python3) and as hand-written Java (OrissaByHand, a cold `java`
# running the same driver and summary), so those two rows sit beside the launcher's.
#
# Needs /usr/bin/time (apt-get install time). The load average is printed before and after: on a
# loaded machine compare CPU times and the ratios between launchers, not wall times.
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
cd "$root"
[ -x /usr/bin/time ] || { echo "end-to-end: needs /usr/bin/time (apt-get install time)" >&2; exit 2; }
repeats="${REPEATS:-5}"
if [ -z "${JOBS:-}" ]; then
  JOBS=""
  for file in examples/*.marshall; do
    name="${file##*/}"; name="${name%.marshall}"
    case " ${EXAMPLES:-$name} " in *" $name "*) JOBS="$JOBS $name:1000" ;; esac
  done
  case " ${EXAMPLES:-orissa} " in *" orissa "*) JOBS="$JOBS orissa:10000" ;; esac
  case " ${EXAMPLES:-sialkot} " in *" sialkot "*) JOBS="$JOBS report-sialkot:1000" ;; esac
  [ -n "${EXAMPLES:-}" ] || JOBS="$JOBS workload:1000"
fi
bin/marshall check examples/sialkot.marshall >/dev/null   # builds the jar and the start-up archive if needed

scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
benchmarks_jar="$root/benchmarks/target/benchmarks.jar"
case " $JOBS " in
  *" workload:"*)
    if [ ! -f "$benchmarks_jar" ]; then
      (cd "$root" && mvn -B -q -DskipTests -pl benchmarks -am package) || { echo "end-to-end: cannot build $benchmarks_jar" >&2; exit 2; }
    fi
    command -v python3 >/dev/null || { echo "end-to-end: the workload's Python row needs python3" >&2; exit 2; }
    # shellcheck source=../bin/lib/jdk.sh
    . "$root/bin/lib/jdk.sh"
    find_jdk 21 || { echo "end-to-end: no JDK 21+ found" >&2; exit 2; }
    "$JDK_JAVA" -cp "$benchmarks_jar" dev.marshall.benchmarks.OrissaByHandRun --source 200 36 >"$scratch/workload.marshall" 2>/dev/null
    ;;
esac
load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.2f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

table="| job | launcher | runtime | wall (s) | CPU user+sys (s) | peak RSS (MB) |
|---|---|---|---:|---:|---:|"
for job in $JOBS; do
  example="${job%%:*}"; runs="${job##*:}"
  command_name=simulate
  case "$example" in report-*) command_name=report; example="${example#report-}" ;; esac
  file="examples/$example.marshall"
  variants=(default "MARSHALL_JVMCI=0" "MARSHALL_JVMCI=1")
  if [ "$example" = workload ]; then
    file="$scratch/workload.marshall"
    variants+=("plain Python" "hand-written Java")
  fi
  args=(simulate "$file" --runs "$runs")
  [ "$command_name" = report ] && args=(report "$file" --runs "$runs" -o "$scratch/report")
  for ((i = 1; i <= repeats; i++)); do
    for v in "${!variants[@]}"; do
      case "${variants[$v]}" in
        "plain Python") command=(python3 "$root/benchmarks/orissa_workload.py" "$runs" 200 36) ;;
        "hand-written Java") command=("$JDK_JAVA" -XX:+UseSerialGC -cp "$benchmarks_jar" dev.marshall.benchmarks.OrissaByHandRun "$runs" 200 36) ;;
        default) command=(bin/marshall "${args[@]}" -v) ;;
        *) command=(env "${variants[$v]}" bin/marshall "${args[@]}" -v) ;;
      esac
      /usr/bin/time -o "$scratch/time" -f "%e %U %S %M" "${command[@]}" >/dev/null 2>"$scratch/err" || { cat "$scratch/err" >&2; exit 1; }
      read -r wall user sys rss <"$scratch/time"
      echo "$wall" >>"$scratch/$v.wall"
      echo "$user $sys" | awk '{ printf "%.2f\n", $1 + $2 }' >>"$scratch/$v.cpu"
      echo "$rss" | awk '{ printf "%d\n", $1 / 1024 }' >>"$scratch/$v.rss"
      case "${variants[$v]}" in
        "plain Python") echo "-" >"$scratch/$v.runtime" ;;
        "hand-written Java") echo "HotSpot" >"$scratch/$v.runtime" ;;
        *) sed -n 's/^marshall: Truffle runtime: [^(]*(\([a-z]*\):.*/\1/p' "$scratch/err" | head -n 1 >"$scratch/$v.runtime" ;;
      esac
    done
  done
  for v in "${!variants[@]}"; do
    label="\`$command_name $example --runs $runs\`"
    [ "$example" = workload ] && label="Orissa-like workload, $runs runs"
    row="| $label | ${variants[$v]} | $(cat "$scratch/$v.runtime") | $(median <"$scratch/$v.wall") | $(median <"$scratch/$v.cpu") | $(median <"$scratch/$v.rss") |"
    table="$table
$row"
    printf '%s\n' "$row"
    rm -f "$scratch/$v".*
  done
done
load_after="$(cut -d' ' -f1-3 /proc/loadavg)"
java_version="$(bin/marshall --version 2>/dev/null | tail -n 1)"
header="Measured $(date -u '+%Y-%m-%d %H:%M UTC') on $(nproc) cores, $java_version; medians of $repeats cold processes each, interleaved; load average (1, 5, 15 min) $load_before before, $load_after after."
printf '%s\n' "$header"

[ -z "${NO_WRITE:-}" ] || exit 0
doc="docs/performance.md"
begin='<!-- results:begin (written by benchmarks/end-to-end.sh) -->'
end='<!-- results:end -->'
grep -qF "$begin" "$doc" || { echo "end-to-end: $doc has no results markers" >&2; exit 2; }
awk -v begin="$begin" -v end="$end" -v body="$header"$'\n\n'"$table" '
  $0 == begin { print; print body; skip = 1; next }
  $0 == end { skip = 0 }
  !skip { print }' "$doc" >"$doc.tmp.$$"
mv -f "$doc.tmp.$$" "$doc"
echo "end-to-end: results written to $doc" >&2
