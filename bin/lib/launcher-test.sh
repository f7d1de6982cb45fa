#!/usr/bin/env bash
# bin/lib/launcher-test.sh — bin/marshall run by someone who cannot write the checkout (called by bin/test
# after a whole build). It must work quietly: its caches go to the user's own cache folder
# (${XDG_CACHE_HOME:-$HOME/.cache}/marshall), never the checkout, and nothing but the command's own
# output reaches the terminal (no "Permission denied", no Truffle warning), the fallback note at most once.
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)"
die() { printf 'test: launcher: %s\n' "$*" >&2; exit 2; }
expected="examples/sialkot.marshall: 0 errors, 0 warnings"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT

# 1. A fresh HOME, no XDG_CACHE_HOME: the cache is made under $HOME/.cache/marshall, the output is the answer only.
home="$scratch/home"
mkdir -p "$home"
out="$(cd "$root" && env -u XDG_CACHE_HOME HOME="$home" bin/marshall check examples/sialkot.marshall 2>&1)" || die "check with a fresh HOME failed: $out"
[ "$out" = "$expected" ] || die "check with a fresh HOME printed: $out"
[ -n "$(find "$home/.cache/marshall" -mindepth 1 -maxdepth 1 -type d 2>/dev/null)" ] || die "no cache under \$HOME/.cache/marshall"

# 2. XDG_CACHE_HOME unwritable (and HOME too): still works, says nothing more.
mkdir -p "$scratch/locked"
chmod 555 "$scratch/locked"
if [ "$(id -u)" -ne 0 ]; then
  out="$(cd "$root" && XDG_CACHE_HOME="$scratch/locked" HOME="$scratch/locked" bin/marshall check examples/sialkot.marshall 2>&1)" \
    || die "check with an unwritable cache failed: $out"
  [ "$out" = "$expected" ] || die "check with an unwritable cache printed: $out"
fi

# 3. As root: another user, for whom the checkout is read-only (as on a shared install).
if [ "$(id -u)" -eq 0 ] && command -v setpriv >/dev/null 2>&1 && id nobody >/dev/null 2>&1; then
  other="$scratch/other"
  mkdir -p "$other"
  chown nobody "$other"
  chmod 755 "$scratch"
  as_nobody() {
    (cd "$root" && setpriv --reuid=nobody --regid="$(id -g nobody)" --clear-groups \
      env -u XDG_CACHE_HOME HOME="$1" MARSHALL_JAVA_OPTS="${MARSHALL_JAVA_OPTS:-}" bin/marshall "${@:2}")
  }
  if as_nobody "$other" --version >/dev/null 2>&1; then
    out="$(as_nobody "$other" check examples/sialkot.marshall 2>&1)" || die "check as another user failed: $out"
    [ "$out" = "$expected" ] || die "check as another user printed: $out"
    out="$(as_nobody /nonexistent check examples/sialkot.marshall 2>&1)" || die "check as another user without a home failed: $out"
    [ "$out" = "$expected" ] || die "check as another user without a home printed: $out"
    notes=0
    for _ in 1 2; do
      err="$(as_nobody "$other" simulate examples/sialkot.marshall --runs 2 2>&1 >/dev/null)" || die "simulate as another user failed: $err"
      case "$err" in *"Permission denied"*|*WARNING*|*warning*) die "simulate as another user printed: $err" ;; esac
      [ -z "$err" ] || { [ "$(printf '%s\n' "$err" | wc -l)" -eq 1 ] && [ "${err#marshall: note: }" != "$err" ]; } \
        || die "simulate as another user printed more than the fallback note: $err"
      [ -n "$err" ] && notes=$((notes + 1))
    done
    [ "$notes" -le 1 ] || die "the fallback note was said $notes times"
  else
    printf 'test: launcher: the checkout is not readable by nobody; the other-user case is skipped\n' >&2
  fi
fi
# 4. The runtime is chosen from the job's estimated work, and -v says which and why: a few runs of
#    sialkot are a small job (the fallback runtime, quietly); above a break-even of 1 the same job
#    is large (the optimizing runtime, or the fallback one with the reason it is unavailable).
err="$(cd "$root" && bin/marshall simulate examples/sialkot.marshall --runs 2 -v 2>&1 >/dev/null)" || die "simulate -v failed: $err"
case "$err" in
  *"Truffle runtime: Interpreted (fallback: guest code is interpreted; the job is small: about "*" statement-months"*) ;;
  *) die "a small job did not say it ran on the fallback runtime because it is small: $err" ;;
esac
case "$err" in
  *"Java code compiled by C1 only, below the full JIT's break-even"*) ;;
  *) die "a small job did not say its Java code runs on C1 only: $err" ;;
esac
# 5. The JIT for Marshall's own code follows the same estimate: at or above MARSHALL_FULL_JIT_ABOVE
#    the job gets C1 and C2, and -v says so.
err="$(cd "$root" && MARSHALL_FULL_JIT_ABOVE=1 bin/marshall simulate examples/sialkot.marshall --runs 2 -v 2>&1 >/dev/null)" \
  || die "simulate -v with MARSHALL_FULL_JIT_ABOVE=1 failed: $err"
case "$err" in
  *"Java code compiled by C1 and C2, at or above the full JIT's break-even of 1"*) ;;
  *) die "MARSHALL_FULL_JIT_ABOVE=1 did not give the full JIT: $err" ;;
esac
err="$(cd "$root" && MARSHALL_OPTIMIZE_ABOVE=1 bin/marshall simulate examples/sialkot.marshall --runs 2 -v 2>&1 >/dev/null)" \
  || die "simulate -v with MARSHALL_OPTIMIZE_ABOVE=1 failed: $err"
case "$err" in
  *"the job is small"*) die "MARSHALL_OPTIMIZE_ABOVE=1 still called the job small: $err" ;;
  *"Truffle runtime: "*) ;;
  *) die "simulate -v did not name the runtime: $err" ;;
esac
printf 'test: bin/marshall works for a user who cannot write the checkout\n' >&2
