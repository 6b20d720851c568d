#!/usr/bin/env bash
# Makes resources/icons/salescast.icns from the PNG renders (run on macOS: needs iconutil).
set -euo pipefail
cd "$(dirname "$0")/../../resources/icons"
set_dir=$(mktemp -d)/salescast.iconset
mkdir -p "$set_dir"
for s in 16 32 128 256 512; do
  cp "salescast-$s.png" "$set_dir/icon_${s}x${s}.png"
  d=$((s * 2)); [ -f "salescast-$d.png" ] && cp "salescast-$d.png" "$set_dir/icon_${s}x${s}@2x.png"
done
iconutil -c icns "$set_dir" -o salescast.icns
echo "wrote resources/icons/salescast.icns"
