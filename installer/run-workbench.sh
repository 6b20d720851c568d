#!/usr/bin/env bash
# Opens the Salescast workbench from a source checkout, building first what is missing or stale.
#   installer/run-workbench.sh            # opens the sample store
#   installer/run-workbench.sh FILE       # opens a project or spreadsheet
# Needs JDK 17+ and Maven 3.8+; the first build downloads the dependencies (a few minutes).
# MVN_ARGS passes extra Maven arguments (e.g. MVN_ARGS=-o offline).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
JAR=app/target/salescast-app.jar

command -v java >/dev/null || { echo "java not found: install a JDK 17 or newer" >&2; exit 1; }
JAVA_MAJOR="$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')"
if [ "${JAVA_MAJOR%%.*}" -lt 17 ] 2>/dev/null; then
  echo "Salescast needs Java 17 or newer; \`java\` on the PATH is $JAVA_MAJOR" >&2; exit 1
fi

if [ "$(uname -s)" = Linux ] && [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "No display (DISPLAY is not set): the workbench needs a desktop session, or Xvfb." >&2
  echo "The command line works without one: java -jar src/cli/target/salescast-cli.jar --help" >&2
  exit 1
fi

stale() {
  [ ! -f "$JAR" ] && return 0
  [ -n "$(find pom.xml app/pom.xml src app/src -newer "$JAR" -type f \
          \( -name '*.java' -o -name 'pom.xml' -o -path '*/src/main/resources/*' \) -print -quit 2>/dev/null)" ]
}
if stale; then
  command -v mvn >/dev/null || { echo "mvn not found: install Apache Maven 3.8+ to build Salescast" >&2; exit 1; }
  echo "Building Salescast (first time or sources changed)..." >&2
  mvn -B -q ${MVN_ARGS:-} -DskipTests package -pl app -am
fi
if [ $# -eq 0 ]; then
  set -- --sample
fi
exec java -Dsalescast.samples="$ROOT/samples" -jar "$JAR" "$@"
