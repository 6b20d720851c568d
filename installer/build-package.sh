#!/usr/bin/env bash
# Builds a Salescast installer with jpackage (JDK 17+), on the OS it targets.
#
#   installer/build-package.sh [TYPE] [--gpu] [--skip-build]
#
#   TYPE          Linux: app-image or deb (default; needs fakeroot and dpkg-deb) or rpm (rpmbuild).
#                 macOS: app-image, dmg (default) or pkg.
#                 Windows (Git Bash): app-image, msi (default) or exe; msi/exe need WiX 3.x on PATH.
#   --gpu         Linux x86-64 only: add ND4J's CUDA 11 backend next to the CPU one (package
#                 salescast-gpu; ~600 MB more to download once, see installer/gpu/pom.xml).
#   --skip-build  reuse the jars already built by `mvn package`.
#   MVN_ARGS      extra Maven arguments, e.g. MVN_ARGS=-o for an offline build.
#
# Result: target/installer/out/ (an app-image lands in target/installer/out/salescast[-gpu]/).
# What it does: builds the jars (mvn package), stages the app jar, the CLI jar and exactly the
# libraries their manifests list (so stale jars in target/lib never ship), strips other
# platforms' native libraries, adds the sample data, makes a trimmed Java runtime with jlink
# (modules from jdeps) and runs jpackage with installer/<os>/ resources. See docs/installers.md.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"

TYPE=""; SKIP_BUILD=0; GPU=0
for a in "$@"; do
  case "$a" in
    --skip-build) SKIP_BUILD=1 ;;
    --gpu) GPU=1 ;;
    -h|--help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; exit 0 ;;
    -*) echo "unknown option $a (see --help)" >&2; exit 2 ;;
    *) TYPE="$a" ;;
  esac
done

ARCH="$(uname -m)"
case "$ARCH" in x86_64|amd64) CPU=x86_64 ;; aarch64|arm64) CPU=arm64 ;; *) echo "unsupported processor $ARCH" >&2; exit 2 ;; esac
case "$(uname -s)" in
  Linux*)  OS=linux;   PLATFORM="linux-$CPU"; TYPE="${TYPE:-deb}"; ICON=resources/icons/salescast-256.png ;;
  Darwin*) OS=macos;   PLATFORM="macosx-$CPU"; TYPE="${TYPE:-dmg}"; ICON=resources/icons/salescast.icns ;;
  MINGW*|MSYS*|CYGWIN*) OS=windows; PLATFORM="windows-$CPU"; TYPE="${TYPE:-msi}"; ICON=resources/icons/salescast.ico ;;
  *) echo "unsupported OS $(uname -s)" >&2; exit 2 ;;
esac
if [ "$GPU" = 1 ] && [ "$PLATFORM" != linux-x86_64 ]; then
  echo "--gpu is for Linux x86-64 only (ND4J's CUDA build; macOS has no CUDA)" >&2; exit 2
fi
MVN_OPTS=(-B -q ${MVN_ARGS:-})
[ "$PLATFORM" = linux-arm64 ] && MVN_OPTS+=(-Dnd4j.classifier=linux-arm64)

# 0.1.0-SNAPSHOT -> 0.1.0 (installers want numbers only)
VERSION="$(sed -n 's:^  <version>\([0-9][0-9.]*\)\(-SNAPSHOT\)\{0,1\}</version>.*:\1:p' pom.xml | head -1)"
VERSION="${VERSION:-0.1.0}"

if [ "$SKIP_BUILD" = 0 ]; then
  echo "Building the jars (mvn package)..."
  mvn "${MVN_OPTS[@]}" -DskipTests package -pl app,src/cli -am
  if [ "$GPU" = 1 ]; then
    echo "Fetching the CUDA backend (first time: ~600 MB)..."
    mvn "${MVN_OPTS[@]}" -f installer/gpu/pom.xml package
  fi
fi
for f in app/target/salescast-app.jar src/cli/target/salescast-cli.jar; do
  [ -f "$f" ] || { echo "$f is missing: run without --skip-build" >&2; exit 1; }
done

PKG=salescast
[ "$GPU" = 1 ] && PKG=salescast-gpu
OUT="$ROOT/target/installer/out"
STAGE="$ROOT/target/installer/work-$PKG"   # one work folder per variant: CPU and GPU builds can run side by side
rm -rf "$STAGE"
mkdir -p "$STAGE/input/lib" "$STAGE/input/samples" "$OUT"

# The Class-Path of a jar's manifest, one entry a line (manifest lines are folded at 72 bytes).
manifest_class_path() {
  unzip -p "$1" META-INF/MANIFEST.MF | tr -d '\r' | sed -e ':a' -e 'N' -e '$!ba' -e 's/\n //g' \
    | sed -n 's/^Class-Path: //p' | tr ' ' '\n' | sed '/^$/d'
}
for jar in app/target/salescast-app.jar src/cli/target/salescast-cli.jar; do
  cp "$jar" "$STAGE/input/"
  while read -r entry; do
    cp -n "$(dirname "$jar")/$entry" "$STAGE/input/$entry"
  done < <(manifest_class_path "$jar")
done
if [ "$GPU" = 1 ]; then
  ls installer/gpu/target/lib/nd4j-cuda-*.jar >/dev/null 2>&1 || { echo "CUDA backend jars missing: run without --skip-build" >&2; exit 1; }
  cp installer/gpu/target/lib/nd4j-cuda-*.jar installer/gpu/target/lib/cuda-*.jar "$STAGE/input/lib/"
fi
cp -r samples/. "$STAGE/input/samples/"
rm -f "$STAGE/input/samples/README.md"

STRIP=installer/src/main/java/io/salescast/installer/StripNatives.java
java "$STRIP" "$STAGE/input" "$PLATFORM"

# Trimmed runtime: what jdeps finds in every bundled jar, plus modules reached by reflection or
# service loading that jdeps cannot see (JNDI/logback, crypto for HTTPS, charsets, locales, JFR).
echo "Finding the Java modules the jars use (jdeps)..."
DEPS="$(jdeps --print-module-deps --ignore-missing-deps --multi-release 17 \
        --class-path "$STAGE/input/lib/*" "$STAGE/input/salescast-app.jar" "$STAGE/input/salescast-cli.jar" | tail -1)"
EXTRA_MODULES="jdk.unsupported,jdk.crypto.ec,jdk.zipfs,jdk.charsets,jdk.localedata,jdk.management,jdk.jfr,java.naming"
MODULES="$DEPS,$EXTRA_MODULES"
echo "Runtime modules: $MODULES"
jlink --add-modules "$MODULES" --strip-debug --no-header-files --no-man-pages --compress=2 \
      --include-locales=en,de,fr,es,it,nl,pt,ja,zh --output "$STAGE/runtime"

NAME=Salescast
IDENTITY=(--name "$NAME" --app-version "$VERSION" --vendor "Salescast"
          --description "Desktop workbench for e-commerce sales forecasting"
          --copyright "Copyright Salescast developers")
[ -f "$ICON" ] && IDENTITY+=(--icon "$ICON")
JAVA_OPTS=(--java-options '-Dsalescast.samples=$APPDIR/samples' --java-options '-Xss4m'
           --java-options '-XX:MaxRAMPercentage=60')
[ "$GPU" = 1 ] && JAVA_OPTS+=(--java-options '-Dsalescast.build=gpu')

echo "Making the application image (jpackage)..."
jpackage --type app-image "${IDENTITY[@]}" "${JAVA_OPTS[@]}" \
  --input "$STAGE/input" --main-jar salescast-app.jar --main-class io.salescast.app.Main \
  --runtime-image "$STAGE/runtime" --dest "$STAGE/image" \
  --add-launcher "salescast-cli=installer/$OS/cli-launcher.properties"
case "$OS" in
  linux)   IMAGE="$STAGE/image/$NAME"; APPDIR="$IMAGE/lib/app" ;;
  macos)   IMAGE="$STAGE/image/$NAME.app"; APPDIR="$IMAGE/Contents/app" ;;
  windows) IMAGE="$STAGE/image/$NAME"; APPDIR="$IMAGE/app" ;;
esac

# jpackage puts every jar of the input on every launcher's class path; give each launcher its own
# jar and the libraries its manifest lists instead, so the CLI loads no JavaFX and the app's
# logback.xml is the only one the app sees (and the CLI's the only one the CLI sees).
set_class_path() { # cfg-file main-jar
  local cfg="$APPDIR/$1" tmp
  tmp="$(mktemp)"
  {
    echo "app.classpath=\$APPDIR/$2"
    manifest_class_path "$STAGE/input/$2" | sed 's:^:app.classpath=$APPDIR/:'
    if [ "$GPU" = 1 ]; then (cd "$STAGE/input" && ls lib/nd4j-cuda-*.jar lib/cuda-*.jar) | sed 's:^:app.classpath=$APPDIR/:'; fi
  } > "$tmp.cp"
  awk -v f="$tmp.cp" '/^app[.]classpath=/ { next } { print } /^\[Application\]$/ { while ((getline l < f) > 0) print l }' \
    "$cfg" > "$tmp"
  mv "$tmp" "$cfg"
  rm -f "$tmp.cp"
}
set_class_path "$NAME.cfg" salescast-app.jar
set_class_path salescast-cli.cfg salescast-cli.jar
java "$STRIP" --check "$APPDIR" "$PLATFORM"

if [ "$TYPE" = app-image ]; then
  rm -rf "${OUT:?}/$PKG"
  mv "$IMAGE" "$OUT/$PKG"
else
  case "$OS" in
    linux)
      RES="$STAGE/resources"
      mkdir -p "$RES"
      cp installer/linux/resources/* "$RES/"
      sed -i "s/@PKG@/$PKG/g" "$RES"/*
      EXTRA=(--linux-package-name "$PKG" --install-dir /opt --linux-shortcut --linux-menu-group "Office;Finance"
             --linux-app-category misc --linux-deb-maintainer "packaging@salescast.io"
             --linux-package-deps "libgtk-3-0, libgomp1, libgl1"
             --file-associations installer/linux/project-association.properties
             --resource-dir "$RES") ;;
    macos)
      EXTRA=(--mac-package-identifier io.salescast.app --mac-package-name Salescast
             --file-associations installer/macos/project-association.properties) ;;
    windows)
      EXTRA=(--win-menu --win-menu-group Salescast --win-shortcut --win-dir-chooser
             --win-upgrade-uuid 6f0c1b7e-4a8e-4a8f-9c4e-2f9a6a1d5c31
             --file-associations installer/windows/project-association.properties) ;;
  esac
  echo "Making the $TYPE package (jpackage)..."
  jpackage --type "$TYPE" "${IDENTITY[@]}" --app-image "$IMAGE" --dest "$OUT" "${EXTRA[@]}" ${JPACKAGE_ARGS:-}
fi
ls -la "$OUT"
