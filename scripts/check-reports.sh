#!/usr/bin/env bash
# Renders every sample's HTML report, and the batch index over all samples, and checks each as a
# reader would see it, in headless Chromium (Debian's `chromium`):
#   - no console message (the report's Content-Security-Policy turns every network request into one);
#   - document.documentElement.scrollWidth <= the viewport at 1400 and at 400 px: the page never
#     scrolls sideways (measured inside iframes of those widths, since a headless window has a
#     minimum width of its own);
#   - printed to PDF, a single-host sample fits in 4 pages (pdfinfo counts them); a ticket of
#     several hosts may take more, its count is printed.
# With --screenshots, also renews docs/report-<sample>-1400.png and -400.png for the README.
# Needs: chromium, pdfinfo (apt-get install chromium poppler-utils).
# Usage: scripts/check-reports.sh [--screenshots]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
command -v chromium >/dev/null || { echo "chromium is not installed (apt-get install chromium)" >&2; exit 2; }
command -v pdfinfo >/dev/null || { echo "pdfinfo is not installed (apt-get install poppler-utils)" >&2; exit 2; }
screenshots=0
[ "${1:-}" = "--screenshots" ] && screenshots=1 && mkdir -p "$here/docs"
max_pages=4
work="$(mktemp -d /tmp/portex-reports.XXXXXX)"
trap 'rm -rf "$work"' EXIT
flags=(--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-sync
       --disable-background-networking --disable-component-update --disable-extensions
       --user-data-dir="$work/profile" --enable-logging=stderr --v=0)
failed=0

# Chromium's console: any message, refused load or failed request is a failure.
console_ok() { # name file
  local name="$1" file="$2"
  chromium "${flags[@]}" --virtual-time-budget=3000 --dump-dom "file://$file" > "$work/dom" 2> "$work/log" || true
  if grep -E "CONSOLE|Refused to|net::ERR|Uncaught" "$work/log" > "$work/problems"; then
    echo "FAIL $name: console messages:"; sed 's/^/    /' "$work/problems"; return 1
  fi
  if ! grep -q "$3" "$work/dom"; then
    echo "FAIL $name: nothing rendered"; return 1
  fi
}

# scrollWidth of the page at 1400 and 400 px, from a wrapper page holding it in two iframes
widths_ok() { # name file
  local name="$1" file="$2"
  cat > "$work/measure.html" <<HTML
<!DOCTYPE html><html><body style="margin:0">
<iframe id="wide" src="file://$file" style="border:0;width:1400px;height:900px"></iframe>
<iframe id="narrow" src="file://$file" style="border:0;width:400px;height:900px"></iframe>
<pre id="out">not measured</pre>
<script>
window.addEventListener('load', function () {
  var m = function (id) {
    var d = document.getElementById(id).contentDocument.documentElement;
    return d.scrollWidth;
  };
  document.getElementById('out').textContent = 'widths ' + m('wide') + ' ' + m('narrow');
});
</script></body></html>
HTML
  chromium "${flags[@]}" --allow-file-access-from-files --window-size=1900,1000 --hide-scrollbars \
    --virtual-time-budget=5000 --dump-dom "file://$work/measure.html" > "$work/measure.dom" 2> /dev/null || true
  local line wide narrow
  line="$(grep -o 'widths [0-9]* [0-9]*' "$work/measure.dom" || true)"
  if [ -z "$line" ]; then
    echo "FAIL $name: widths not measured"; return 1
  fi
  read -r _ wide narrow <<< "$line"
  widths="1400 px: $wide, 400 px: $narrow"
  if [ "$wide" -gt 1400 ] || [ "$narrow" -gt 400 ]; then
    echo "FAIL $name: scrolls sideways (scrollWidth at $widths)"; return 1
  fi
}

# pages printed to A4 PDF
pages_of() { # file
  rm -f "$work/print.pdf"
  chromium "${flags[@]}" --no-pdf-header-footer --print-to-pdf="$work/print.pdf" "file://$1" > /dev/null 2>&1 || true
  [ -s "$work/print.pdf" ] && pdfinfo "$work/print.pdf" | awk '/^Pages:/ { print $2 }' || echo 0
}

png_width() { # file: the IHDR width of a PNG
  od -An -tu1 -j16 -N4 "$1" | awk '{ print $1 * 16777216 + $2 * 65536 + $3 * 256 + $4 }'
}

for folder in "$here"/samples/*/; do
  sample="$(basename "$folder")"
  report="$work/$sample.html"
  # from the repository, so that the report names the inputs as samples/<sample>/…, not by the
  # absolute paths of this machine
  (cd "$here" && ./portex analyze "samples/$sample" --tz Europe/Berlin --case "CHECK-$sample" --html "$report" > /dev/null)
  ok=1
  console_ok "$sample" "$report" "Ephemeral-port post-mortem" || ok=0
  widths_ok "$sample" "$report" || ok=0
  pages="$(pages_of "$report")"
  hosts="$(grep -c '<section id="h[0-9]*" class="host">' "$report" || true)"
  if [ "$pages" -lt 1 ]; then
    echo "FAIL $sample: did not print"; ok=0
  elif [ "$hosts" -le 1 ] && [ "$pages" -gt "$max_pages" ]; then
    echo "FAIL $sample: prints on $pages pages (at most $max_pages for one host)"; ok=0
  fi
  if [ "$ok" = 1 ]; then
    echo "ok   $sample ($widths; $pages pages; $hosts host(s))"
  else
    failed=1
  fi
  if [ "$screenshots" = 1 ]; then
    case "$sample" in
      mixed-ticket-web01|closewait-leak-app02)
        for width in 1400 400; do
          shot="$here/docs/report-$sample-$width.png"
          chromium "${flags[@]}" --hide-scrollbars --window-size="$width,2400" \
            --screenshot="$shot" "file://$report" > /dev/null 2>&1 || true
          if [ "$(png_width "$shot")" != "$width" ]; then
            echo "FAIL $sample: the $width px screenshot is $(png_width "$shot") px wide"; failed=1
          fi
        done ;;
    esac
  fi
done

# the batch index over every sample: sorting and filtering run as inline script, no console message
(cd "$here" && ./portex batch samples --out "$work/batch" --jobs 2 > /dev/null 2>&1) || true
index="$work/batch/index.html"
ok=1
console_ok "batch index" "$index" "portex batch" || ok=0
widths_ok "batch index" "$index" || ok=0
if [ "$ok" = 1 ]; then
  echo "ok   batch index ($(grep -c '<tr class=' "$work/dom") cases; $widths)"
else
  failed=1
fi
exit $failed
