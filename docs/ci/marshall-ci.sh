#!/usr/bin/env bash
# marshall-ci.sh — the steps of the CI recipes in docs/ci.md, in one place (both recipes call it;
# copy it into your repository as ci/marshall-ci.sh).
#
#   marshall-ci.sh check        check every programme: marshall-results/marshall.sarif, and the findings in the log
#   marshall-ci.sh diff BASE    the semantic diff of every programme changed since the commit BASE:
#                               marshall-results/diff.md (Markdown, for the pull-request comment)
#   marshall-ci.sh report       the report of every programme: marshall-results/report/<path>/index.html
#
# A programme is a tracked .marshall file with a `programme "…"` header; modules are checked
# through the programmes that use them. Settings (environment): MARSHALL, the marshall command
# (default: marshall on PATH); MARSHALL_RESULTS, the output folder (default marshall-results);
# MARSHALL_RUNS, Monte Carlo runs for diff and report (default 1000); MARSHALL_FAIL_ON, the diff's
# --fail-on conditions (default error). Exit status: 0, or the highest status of a marshall step
# (1 findings, 2 usage or I/O), after every step has run.
set -uo pipefail

marshall="${MARSHALL:-marshall}"
out="${MARSHALL_RESULTS:-marshall-results}"
runs="${MARSHALL_RUNS:-1000}"
fail_on="${MARSHALL_FAIL_ON:-error}"
status=0
mkdir -p "$out"

note() { printf 'marshall-ci: %s\n' "$*" >&2; }
keep() { [ "$1" -gt "$status" ] && status="$1"; return 0; }
is_programme() { grep -qE '^[[:space:]]*programme[[:space:]]*"' "$1"; }

programmes=()
while IFS= read -r -d '' f; do
  [ -f "$f" ] && is_programme "$f" && programmes+=("$f")
done < <(git ls-files -z -- '*.marshall')

case "${1:-}" in
  check)
    if [ "${#programmes[@]}" -eq 0 ]; then note "no programmes (.marshall files with a programme header)"; exit 0; fi
    "$marshall" check "${programmes[@]}" || keep $?
    "$marshall" check --format sarif -o "$out/marshall.sarif" "${programmes[@]}" || keep $?
    ;;
  diff)
    base="${2:?usage: marshall-ci.sh diff BASE}"
    : > "$out/diff.md"
    # The base revision's .marshall files, modules too, so that an old programme uses its old modules.
    while IFS= read -r -d '' f; do
      case "$f" in *.marshall) ;; *) continue ;; esac
      mkdir -p "$out/base/$(dirname "$f")"
      git show "$base:$f" > "$out/base/$f"
    done < <(git ls-tree -r -z --name-only "$base")
    while IFS= read -r -d '' f; do
      [ -f "$f" ] && is_programme "$f" || continue
      old="$out/base/$f"
      if [ -f "$old" ]; then
        "$marshall" diff --format markdown --runs "$runs" --fail-on "$fail_on" "$old" "$f" >> "$out/diff.md" || keep $?
      else
        printf '## Marshall diff: `%s` is a new programme\n' "$f" >> "$out/diff.md"
      fi
      printf '\n' >> "$out/diff.md"
    done < <(git diff -z --name-only "$base" HEAD -- '*.marshall')
    [ -s "$out/diff.md" ] || printf 'No programme changed.\n' > "$out/diff.md"
    ;;
  report)
    for f in "${programmes[@]}"; do
      name="${f%.marshall}"
      "$marshall" report --runs "$runs" -o "$out/report/${name//\//_}" "$f" || keep $?
    done
    ;;
  *)
    note "usage: marshall-ci.sh check | diff BASE | report"
    exit 2
    ;;
esac
exit "$status"
