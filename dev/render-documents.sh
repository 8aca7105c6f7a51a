#!/usr/bin/env bash
# Renders the service's documents to pictures a person can look at: the DBSH 2023-H1 review report (Word),
# the award statistics (Excel) and the budget-revenue chart (PNG) of the demo data.
#
#   dev/render-documents.sh                     from a running dev service on http://localhost:8080
#   dev/render-documents.sh http://localhost:18181
#   dev/render-documents.sh --from-tests        from the files DemoDocumentsTest keeps in target/documents
#
# Word and Excel files go through LibreOffice headless to PDF, then pdftoppm to one PNG per page, in
# target/rendered/. Needs: apt-get install -y libreoffice-writer-nogui libreoffice-calc-nogui poppler-utils
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=target/rendered
rm -rf "$OUT" && mkdir -p "$OUT"

for tool in soffice pdftoppm; do
  command -v "$tool" >/dev/null || { echo "$tool is missing: apt-get install -y libreoffice-writer-nogui libreoffice-calc-nogui poppler-utils" >&2; exit 1; }
done

if [ "${1:-}" = --from-tests ]; then
  [ -d target/documents ] || { echo "no target/documents: run ./mvnw test -Dtest=DemoDocumentsTest first" >&2; exit 1; }
  cp target/documents/* "$OUT"/
else
  BASE="${1:-http://localhost:8080}"
  TOKEN=$(dev/token.sh viewer)
  fetch() { # ACCEPT FILE URL
    curl -fsS -H "Authorization: Bearer $TOKEN" -H "Accept: $1" -o "$OUT/$2" "$BASE$3"
  }
  fetch application/vnd.openxmlformats-officedocument.wordprocessingml.document DBSH-2023-H1-review.docx \
    /api/v1/clusters/DBSH/summaries/2023-H1
  fetch application/vnd.openxmlformats-officedocument.spreadsheetml.sheet DBSH-2023-award-statistics.xlsx \
    "/api/v1/statistics/awards?groupBy=awardType,status&cluster=DBSH&year=2023"
  fetch image/png DBSH-2023-H1-BUDGET_REVENUE-ranking.png \
    "/api/v1/clusters/DBSH/rankings/2023-H1?indicator=BUDGET_REVENUE"
fi

# A profile of its own, so that a LibreOffice the user has open does not take the conversion.
PROFILE=$(mktemp -d)
trap 'rm -rf "$PROFILE"' EXIT
for file in "$OUT"/*.docx "$OUT"/*.xlsx; do
  [ -e "$file" ] || continue
  soffice -env:UserInstallation="file://$PROFILE" --headless --convert-to pdf --outdir "$OUT" "$file" >/dev/null
  pdftoppm -png -r 80 "${file%.*}.pdf" "${file%.*}"
done
ls -1 "$OUT"/*.png
