# Thi đua API builds and runs on Java 25. Sourced (POSIX sh) by mvnw, .ci/run and the scripts that start the
# packaged service: when JAVA_HOME does not name a JDK 25 or newer, it takes the oldest JDK 25 or newer installed
# where JDKs live (/usr/lib/jvm; macOS: /Library/Java/JavaVirtualMachines; SDKMAN), exports JAVA_HOME and puts its
# bin first on PATH. With none, it says what to install and fails.
thidua_jdk_major() { # a JDK's home → its feature version, from its release file
  [ -f "$1/release" ] && [ -x "$1/bin/javac" ] && sed -n 's/^JAVA_VERSION="\([0-9][0-9]*\).*/\1/p' "$1/release"
}
thidua_select_jdk() {
  thidua_major=$(thidua_jdk_major "${JAVA_HOME:-/nonexistent}" || true)
  if [ "${thidua_major:-0}" -ge 25 ]; then
    return 0
  fi
  thidua_best=""
  thidua_best_major=0
  case $- in *f*) thidua_noglob=1 ;; *) thidua_noglob=0 ;; esac
  set +f
  for thidua_home in /usr/lib/jvm/* /Library/Java/JavaVirtualMachines/*/Contents/Home "${HOME:-/nonexistent}"/.sdkman/candidates/java/*; do
    thidua_major=$(thidua_jdk_major "$thidua_home" || true)
    if [ "${thidua_major:-0}" -ge 25 ] && { [ -z "$thidua_best" ] || [ "$thidua_major" -lt "$thidua_best_major" ]; }; then
      thidua_best=$thidua_home
      thidua_best_major=$thidua_major
    fi
  done
  [ "$thidua_noglob" = 0 ] || set -f
  if [ -z "$thidua_best" ]; then
    echo "Thi đua API needs a JDK 25 (Java 25, the current LTS), and none was found (JAVA_HOME=${JAVA_HOME:-unset};" \
      "looked in /usr/lib/jvm, /Library/Java/JavaVirtualMachines and ~/.sdkman). Install one, e.g. Eclipse Temurin 25" \
      "(Debian/Ubuntu: the temurin-25-jdk package from Adoptium's repository) or OpenJDK 25, or set JAVA_HOME to it." >&2
    return 1
  fi
  JAVA_HOME=$thidua_best
  PATH="$JAVA_HOME/bin:$PATH"
  export JAVA_HOME PATH
}
thidua_select_jdk
