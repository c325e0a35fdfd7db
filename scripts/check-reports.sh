#!/usr/bin/env bash
# Renders every sample's HTML report, and the batch index over all samples, and opens each in
# headless Chromium (Debian's `chromium`):
# fails when Chromium logs any console message (the report's Content-Security-Policy turns every
# network request into one) or renders nothing. With --screenshots, also writes
# docs/report-<sample>.png for the README.
# Needs: chromium (apt-get install chromium). Usage: scripts/check-reports.sh [--screenshots]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
command -v chromium >/dev/null || { echo "chromium is not installed (apt-get install chromium)" >&2; exit 2; }
work="$(mktemp -d /tmp/portex-reports.XXXXXX)"
trap 'rm -rf "$work"' EXIT
flags=(--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-sync
       --disable-background-networking --disable-component-update --disable-extensions
       --user-data-dir="$work/profile" --enable-logging=stderr --v=0)
failed=0
for folder in "$here"/samples/*/; do
  sample="$(basename "$folder")"
  report="$work/$sample.html"
  "$here/portex" analyze "$folder" --tz Europe/Berlin --html "$report" > /dev/null
  log="$work/$sample.log"
  chromium "${flags[@]}" --virtual-time-budget=3000 --dump-dom "file://$report" > "$work/$sample.dom" 2> "$log" || true
  if grep -E "CONSOLE|Refused to|net::ERR" "$log" > "$work/$sample.problems"; then
    echo "FAIL $sample: console messages:"; sed 's/^/    /' "$work/$sample.problems"; failed=1
  elif ! grep -q "Ephemeral-port post-mortem" "$work/$sample.dom"; then
    echo "FAIL $sample: nothing rendered"; failed=1
  else
    echo "ok   $sample"
  fi
  if [ "${1:-}" = "--screenshots" ]; then
    case "$sample" in
      mixed-ticket-web01|closewait-leak-app02)
        chromium "${flags[@]}" --hide-scrollbars --window-size=1200,2200 \
          --screenshot="$here/docs/report-$sample.png" "file://$report" 2>/dev/null || true ;;
    esac
  fi
done
# the batch index over every sample: sorting and filtering run as inline script, no console message
"$here/portex" batch "$here/samples" --out "$work/batch" --jobs 2 > /dev/null 2>&1 || true
chromium "${flags[@]}" --virtual-time-budget=3000 --dump-dom "file://$work/batch/index.html" > "$work/index.dom" 2> "$work/index.log" || true
if grep -E "CONSOLE|Refused to|net::ERR|Uncaught" "$work/index.log" > "$work/index.problems"; then
  echo "FAIL batch index: console messages:"; sed 's/^/    /' "$work/index.problems"; failed=1
elif ! grep -q "portex batch" "$work/index.dom"; then
  echo "FAIL batch index: nothing rendered"; failed=1
else
  echo "ok   batch index ($(grep -c '<tr class=' "$work/index.dom") cases)"
fi
exit $failed
