#!/usr/bin/env bash
# Build the desktop app with PyInstaller:  bash scripts/build.sh [--lite] [--onefile] [--check]
#   --lite     without Qt WebEngine (QTextBrowser safe view): about 98 MiB instead of 330 MiB
#   --onefile  one self-extracting executable (slower start) instead of the dist/email-inspector folder
#   --check    then run the frozen app: --version, scan --format json on the demo, GUI --screenshot;
#              and print its size on disk and as a .tar.zst download against the 250 MB goal
set -euo pipefail
cd "$(dirname "$0")/.."
lite=0 onefile=0 check=0
for arg in "$@"; do
  case "$arg" in
    --lite) lite=1 ;; --onefile) onefile=1 ;; --check) check=1 ;;
    *) echo "usage: $0 [--lite] [--onefile] [--check]" >&2; exit 2 ;;
  esac
done
[ -x .venv/bin/python ] || python3 -m venv .venv
extras="build"; [ "$lite" = 1 ] || extras="build,webengine"
.venv/bin/python -m pip install -q --disable-pip-version-check -e ".[$extras]"

start=$(date +%s)
EMAIL_INSPECTOR_LITE=$lite EMAIL_INSPECTOR_ONEFILE=$onefile \
  .venv/bin/pyinstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build build.spec
seconds=$(( $(date +%s) - start ))
if [ "$onefile" = 1 ]; then app=dist/email-inspector; else app=dist/email-inspector/email-inspector; fi
size=$(du -sh --apparent-size "$(dirname "$app")" | cut -f1)
[ "$onefile" = 1 ] && size=$(du -sh --apparent-size "$app" | cut -f1)
echo "built $app in ${seconds}s; size ${size} (lite=$lite onefile=$onefile)"

if [ "$check" = 1 ]; then
  export QT_QPA_PLATFORM=offscreen
  "$app" --version
  demo=resources/demo/demo-phish.eml
  "$app" scan --format json "$demo" > dist/demo.json
  python3 - dist/demo.json <<'PY'
import json, sys
record = json.loads(open(sys.argv[1]).read())
codes = {f["code"] for f in record["findings"]}
assert record["ok"], record["error"]
assert "TRACKING_PIXEL" in codes, f"the frozen app found no tracking pixel: {sorted(codes)}"
print(f"frozen scan: {record['verdict']['level']}, {len(record['findings'])} findings incl. TRACKING_PIXEL")
PY
  "$app" "$demo" --screenshot dist/frozen-window.png
  python3 -c "import sys; d=open('dist/frozen-window.png','rb').read(); assert d[:8]==b'\x89PNG\r\n\x1a\n' and len(d)>20000, len(d); print('frozen GUI screenshot:', len(d), 'bytes')"
  archive=""
  if [ "$onefile" = 0 ] && [ "$(uname -s)" = Linux ] && command -v zstd >/dev/null; then
    version=$(.venv/bin/python -c 'from inspector import __version__; print(__version__)')
    archive="dist/email-inspector-$version-linux-$(uname -m).tar.zst"
    tar -C dist -cf - email-inspector | zstd -q -T0 -10 -f -o "$archive"
  fi
  if [ "$onefile" = 1 ]; then bundle=$app; else bundle=$(dirname "$app"); fi
  .venv/bin/python packaging/size_report.py "$bundle" $archive
fi
