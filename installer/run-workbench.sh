#!/usr/bin/env bash
# Opens the Salescast workbench from a source checkout, building first what is missing or stale.
#   installer/run-workbench.sh            # opens the bundled sample store
#   installer/run-workbench.sh FILE       # opens a project or spreadsheet
# Needs JDK 17+ and Maven; the first build downloads dependencies (a few minutes).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
JAR=app/target/salescast-app.jar
stale() {
  [ ! -f "$JAR" ] && return 0
  [ -n "$(find pom.xml app/pom.xml src app/src -newer "$JAR" -type f \( -name '*.java' -o -name 'pom.xml' -o -path '*/src/main/resources/*' \) -print -quit 2>/dev/null)" ]
}
if stale; then
  echo "Building Salescast (first time or sources changed)..." >&2
  mvn -B -q -DskipTests package -pl app -am
fi
if [ $# -eq 0 ]; then
  set -- --sample
fi
exec java -Dsalescast.samples="$ROOT/samples" -jar "$JAR" "$@"
