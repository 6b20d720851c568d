#!/usr/bin/env bash
# Renders a Salescast report workbook with LibreOffice (headless) and checks that the native
# charts were drawn. Not part of `mvn verify` (needs LibreOffice and poppler-utils:
#   apt-get install -y libreoffice-calc poppler-utils).
#
# Usage: docs/scripts/check-report-render.sh [report.xlsx] [out-dir]
#   Without a workbook, writes the synthetic fixture report (SampleReportMain) first.
# Output: out-dir/<name>.pdf and out-dir/page-NN.png for every page holding charts; look at them.
# Exit status: 0 when every chart page shows its chart titles and legends, 1 otherwise.
set -euo pipefail
cd "$(dirname "$0")/../.."
OUT="${2:-target/report-render}"
mkdir -p "$OUT"
XLSX="${1:-}"
if [[ -z "$XLSX" ]]; then
  mvn -B -o -q -pl src/core test-compile
  mvn -B -o -q -pl src/core dependency:build-classpath -Dmdep.outputFile="$PWD/$OUT/cp.txt" >/dev/null
  XLSX="$OUT/sample-report.xlsx"
  java -Djava.awt.headless=true -cp "src/core/target/classes:src/core/target/test-classes:$(cat "$OUT/cp.txt")" \
    io.salescast.report.SampleReportMain "$XLSX" 12
fi
command -v libreoffice >/dev/null || { echo "libreoffice not found: apt-get install -y libreoffice-calc" >&2; exit 2; }
command -v pdftoppm >/dev/null || { echo "pdftoppm not found: apt-get install -y poppler-utils" >&2; exit 2; }
NAME="$(basename "${XLSX%.*}")"
# a private profile so a running LibreOffice does not swallow the conversion
PROFILE="$(mktemp -d)"
trap 'rm -rf "$PROFILE"' EXIT
timeout 600 libreoffice -env:UserInstallation="file://$PROFILE" --headless --convert-to pdf --outdir "$OUT" "$XLSX" >/dev/null
PDF="$OUT/$NAME.pdf"
PAGES="$(pdfinfo "$PDF" | awk '/^Pages:/ {print $2}')"
echo "$PDF: $PAGES pages"
status=0
found=0
for ((p = 1; p <= PAGES; p++)); do
  text="$(pdftotext -f "$p" -l "$p" -layout "$PDF" - 2>/dev/null || true)"
  # chart pages: the Charts sheet title, the backtest chart, the importance charts
  if grep -q -e "History and forecast" -e "by horizon step (lower is better)" -e "Importance by feature family" <<<"$text"; then
    found=$((found + 1))
    png="$OUT/page-$(printf %02d "$p")"
    pdftoppm -png -r 60 -f "$p" -l "$p" -singlefile "$PDF" "$png"
    # a drawn chart carries its legend text; an undrawn one leaves only the cells
    if grep -q -e "actual" -e "Importance" -e "Horizon step" <<<"$text"; then
      echo "page $p: charts drawn -> $png.png"
    else
      echo "page $p: chart page WITHOUT chart text -> $png.png" >&2
      status=1
    fi
  fi
done
if ((found == 0)); then
  echo "no chart page found in $PDF" >&2
  status=1
fi
exit $status
