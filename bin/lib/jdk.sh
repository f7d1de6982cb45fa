# shellcheck shell=bash
# shellcheck disable=SC2034  # JDK_HOME, JDK_VERSION, JDK_FEATURE are for the scripts that source this
# Finding a JDK for Marshall: sourced by bin/marshall, bin/test and .ci/run (bash).
#
#   find_jdk 21        sets JDK_HOME (the JDK's folder), JDK_JAVA, JDK_VERSION (e.g. 25.0.3)
#                      and JDK_FEATURE (25) to the first JDK >= 21 among: $JAVA_HOME, the java
#                      on PATH, then the usual install folders (newest first); returns 1 if none.
#
# Versions come from the JDK's `release` file, so finding one starts no JVM.

# Prints "VERSION" of the java executable $1 (e.g. 25.0.3, 21.0.8, 17.0.15), or nothing.
jdk_version_of() {
  local java="$1" home release version
  java="$(readlink -f "$java" 2>/dev/null || printf '%s' "$java")"
  home="$(dirname "$(dirname "$java")")"
  release="$home/release"
  if [ -r "$release" ]; then
    version="$(sed -n 's/^JAVA_VERSION="\([^"]*\)"/\1/p' "$release" | head -n 1)"
  fi
  if [ -z "${version:-}" ]; then
    # No release file (an unusual layout): ask the JVM itself.
    version="$("$java" -version 2>&1 | sed -n 's/.*version "\([^"]*\)".*/\1/p' | head -n 1)"
  fi
  printf '%s' "${version:-}"
}

# The feature release of a version string: 25.0.3 -> 25, 1.8.0_402 -> 8.
jdk_feature_of() {
  local version="$1"
  case "$version" in
    1.*) version="${version#1.}" ;;
  esac
  printf '%s' "${version%%[.+-]*}"
}

jdk_candidates() {
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then printf '%s\n' "$JAVA_HOME/bin/java"; fi
  if command -v java >/dev/null 2>&1; then command -v java; fi
  # Install folders, newest version first (sort -V on the folder names).
  local java
  for java in /usr/lib/jvm/*/bin/java /usr/java/*/bin/java /opt/java/*/bin/java /opt/jdk*/bin/java \
              /Library/Java/JavaVirtualMachines/*/Contents/Home/bin/java; do
    if [ -x "$java" ]; then printf '%s\n' "$java"; fi
  done | sort -r -V
}

find_jdk() {
  local minimum="${1:-21}" java version feature
  while IFS= read -r java; do
    version="$(jdk_version_of "$java")"
    [ -n "$version" ] || continue
    feature="$(jdk_feature_of "$version")"
    case "$feature" in ''|*[!0-9]*) continue ;; esac
    if [ "$feature" -ge "$minimum" ]; then
      JDK_JAVA="$(readlink -f "$java" 2>/dev/null || printf '%s' "$java")"
      JDK_HOME="$(dirname "$(dirname "$JDK_JAVA")")"
      JDK_VERSION="$version"
      JDK_FEATURE="$feature"
      return 0
    fi
  done < <(jdk_candidates)
  return 1
}
