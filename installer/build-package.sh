#!/usr/bin/env bash
# Builds a Salescast installer with jpackage (JDK 17+), on the OS it targets.
#
#   installer/build-package.sh [app-image|deb|rpm|dmg|pkg|msi|exe] [--skip-build]
#
# Linux: app-image or deb (needs fakeroot, dpkg-deb). macOS: dmg or pkg. Windows (Git Bash): msi or
# exe (needs the WiX toolset 3 on PATH). The result lands in target/installer/out/.
# What it does: builds the jars (mvn package), stages the app jar, the CLI jar and their libraries,
# strips other platforms' native libraries from them, adds the bundled samples, makes a trimmed
# Java runtime with jlink and runs jpackage with the per-OS resources of installer/<os>/.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
TYPE="${1:-}"
SKIP_BUILD=0
for a in "$@"; do [ "$a" = "--skip-build" ] && SKIP_BUILD=1; done

case "$(uname -s)" in
  Linux*)  OS=linux;   PLATFORM=linux-x86_64;   TYPE="${TYPE:-deb}"; ICON=resources/icons/salescast-256.png ;;
  Darwin*) OS=macos;   TYPE="${TYPE:-dmg}"; ICON=resources/icons/salescast.icns
           if [ "$(uname -m)" = arm64 ]; then PLATFORM=macosx-arm64; else PLATFORM=macosx-x86_64; fi ;;
  MINGW*|MSYS*|CYGWIN*) OS=windows; PLATFORM=windows-x86_64; TYPE="${TYPE:-msi}"; ICON=resources/icons/salescast.ico ;;
  *) echo "unsupported OS $(uname -s)" >&2; exit 2 ;;
esac
[ "$TYPE" = "--skip-build" ] && TYPE=""
VERSION="$(sed -n 's:.*<version>\([0-9][0-9.]*\)\(-SNAPSHOT\)\{0,1\}</version>.*:\1:p' pom.xml | sed -n 2p)"
VERSION="${VERSION:-0.1.0}"

if [ "$SKIP_BUILD" = 0 ]; then
  mvn -B -q -DskipTests package
fi

STAGE="$ROOT/target/installer"
rm -rf "$STAGE"
mkdir -p "$STAGE/input/samples" "$STAGE/out"
cp app/target/salescast-app.jar "$STAGE/input/"
cp src/cli/target/salescast-cli.jar "$STAGE/input/"
cp app/target/lib/*.jar "$STAGE/input/"
cp -n src/cli/target/lib/*.jar "$STAGE/input/" 2>/dev/null || true
cp -r samples/. "$STAGE/input/samples/"
java installer/tools/StripNatives.java "$STAGE/input" "$PLATFORM"

# Trimmed runtime: the modules the jars need (jdeps) plus a safe baseline.
BASE="java.base,java.desktop,java.logging,java.management,java.naming,java.net.http,java.prefs,java.scripting,java.sql,java.xml,java.xml.crypto,jdk.unsupported,jdk.crypto.ec,jdk.zipfs,jdk.charsets,jdk.localedata,jdk.management,jdk.jfr,jdk.security.auth"
DEPS="$(jdeps --print-module-deps --ignore-missing-deps --multi-release 17 \
        --class-path "$STAGE/input/*" "$STAGE/input/salescast-app.jar" 2>/dev/null | tail -1 || true)"
MODULES="$BASE${DEPS:+,$DEPS}"
jlink --add-modules "$MODULES" --strip-debug --no-header-files --no-man-pages --compress=2 \
      --output "$STAGE/runtime"

COMMON=(--name Salescast --app-version "$VERSION" --vendor "Salescast"
        --description "Desktop workbench for e-commerce sales forecasting"
        --copyright "Salescast developers"
        --input "$STAGE/input" --main-jar salescast-app.jar --main-class io.salescast.app.Main
        --runtime-image "$STAGE/runtime" --dest "$STAGE/out"
        --java-options '-Dsalescast.samples=$APPDIR/samples' --java-options '-Xss4m'
        --java-options '-XX:MaxRAMPercentage=60'
        --add-launcher "salescast-cli=installer/$OS/cli-launcher.properties")
[ -f "$ICON" ] && COMMON+=(--icon "$ICON")

if [ "$TYPE" = app-image ]; then
  jpackage --type app-image "${COMMON[@]}"
else
  case "$OS" in
    linux)   EXTRA=(--linux-package-name salescast --linux-shortcut --linux-menu-group "Office"
                    --linux-app-category office --linux-package-deps "libgtk-3-0, libgomp1, libgl1, libxtst6"
                    --file-associations installer/linux/project-association.properties
                    --resource-dir installer/linux/resources) ;;
    macos)   EXTRA=(--mac-package-identifier io.salescast.app --mac-package-name Salescast
                    --file-associations installer/macos/project-association.properties) ;;
    windows) EXTRA=(--win-menu --win-menu-group Salescast --win-shortcut --win-dir-chooser
                    --win-upgrade-uuid 6f0c1b7e-4a8e-4a8f-9c4e-2f9a6a1d5c31
                    --file-associations installer/windows/project-association.properties) ;;
  esac
  jpackage --type "$TYPE" "${COMMON[@]}" "${EXTRA[@]}"
fi
ls -la "$STAGE/out"
