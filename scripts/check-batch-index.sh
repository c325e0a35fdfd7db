#!/usr/bin/env bash
# The batch index over every sample, in headless Chromium (Debian's `chromium`): fails when Chromium
# logs a console message, when nothing renders, or when the page scrolls sideways at 1400 or 400 px
# (document.documentElement.scrollWidth > the viewport; wide tables must scroll in their own box).
# Headless Chromium will not make a window narrower than 500 px, so the page is measured inside an
# iframe of the width asked. With --screenshot, also writes docs/batch-index.png (1400 px wide).
# Needs: chromium. Usage: scripts/check-batch-index.sh [--screenshot]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
command -v chromium >/dev/null || { echo "chromium is not installed (apt-get install chromium)" >&2; exit 2; }
work="$(mktemp -d /tmp/portex-index.XXXXXX)"
trap 'rm -rf "$work"' EXIT
flags=(--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-sync
       --disable-background-networking --disable-component-update --disable-extensions
       --allow-file-access-from-files --hide-scrollbars
       --user-data-dir="$work/profile" --enable-logging=stderr --v=0)
"$here/portex" batch "$here/samples" --out "$work/batch" --jobs 2 > /dev/null 2>&1 || true
failed=0
for width in 1400 400; do
  cat > "$work/batch/measure-$width.html" <<HTML
<!DOCTYPE html><html><body style="margin:0"><iframe id="page" src="index.html" style="width:${width}px;height:900px;border:0"></iframe>
<script>document.getElementById('page').onload = function () {
  var root = this.contentDocument.documentElement;
  document.title = 'scrollWidth=' + root.scrollWidth + ' clientWidth=' + root.clientWidth;
};</script></body></html>
HTML
  chromium "${flags[@]}" --window-size=$((width + 100)),1000 --virtual-time-budget=3000 \
    --dump-dom "file://$work/batch/measure-$width.html" > "$work/measure-$width.dom" 2> "$work/measure-$width.log" || true
  measured="$(grep -o 'scrollWidth=[0-9]* clientWidth=[0-9]*' "$work/measure-$width.dom" || true)"
  if [ -z "$measured" ]; then
    echo "FAIL batch index at $width px: nothing rendered"; failed=1; continue
  fi
  scroll="${measured#scrollWidth=}"; scroll="${scroll%% *}"
  if [ "$scroll" -gt "$width" ]; then
    echo "FAIL batch index at $width px: scrolls sideways ($measured)"; failed=1
  else
    echo "ok   batch index at $width px ($measured)"
  fi
done
chromium "${flags[@]}" --window-size=1400,1000 --virtual-time-budget=3000 --dump-dom "file://$work/batch/index.html" > "$work/index.dom" 2> "$work/index.log" || true
if grep -E "CONSOLE|Refused to|net::ERR|Uncaught" "$work/index.log" > "$work/index.problems"; then
  echo "FAIL batch index: console messages:"; sed 's/^/    /' "$work/index.problems"; failed=1
fi
if [ "${1:-}" = "--screenshot" ]; then
  chromium "${flags[@]}" --window-size=1400,1000 --screenshot="$here/docs/batch-index.png" \
    "file://$work/batch/index.html" 2>/dev/null || true
fi
exit $failed
