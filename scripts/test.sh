#!/usr/bin/env bash
# Install what the tests need, then lint and run the whole test suite.
# Used as-is by .ci/run on a fresh clone; safe to run again on a set-up machine.
set -euo pipefail
cd "$(dirname "$0")/.."

# Debian libraries Qt's offscreen/xcb plugins and WebEngine load; chromium and poppler-utils are
# only for the tests that open the HTML report in a browser and read the PDF report; gcc builds the
# slimmed ICU data library for the frozen app (packaging/icu_slim.py).
DEBS="libegl1 libgl1 libgl1-mesa-dri libglib2.0-0 libfontconfig1 libfreetype6 libdbus-1-3 fonts-dejavu-core
  libxkbcommon0 libxkbcommon-x11-0 libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0
  libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-shm0 libxcb-sync1 libxcb-xfixes0 libxcb-xkb1
  libnss3 libnspr4 libxcomposite1 libxdamage1 libxrandr2 libxtst6 libxkbfile1 libasound2 libgbm1 libdrm2
  libxcb-dri3-0
  chromium poppler-utils iproute2 gcc libc6-dev"
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  missing=""
  for pkg in $DEBS; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing="$missing $pkg"
  done
  if [ -n "$missing" ]; then
    echo "Installing Debian packages:$missing"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >/dev/null
  fi
fi

[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install -q --disable-pip-version-check -e '.[test,webengine]'

.venv/bin/ruff check .
.venv/bin/ruff format --check .
# Types: no mypy error outside the packages in scripts/mypy-baseline.txt, and never more than it lists there.
mypy_status=0
mypy_out=$(.venv/bin/mypy) || mypy_status=$?
if [ "$mypy_status" -gt 1 ]; then echo "$mypy_out"; exit 1; fi  # 1: errors found; 2: mypy itself failed
echo "$mypy_out" | .venv/bin/python scripts/mypy_baseline.py scripts/mypy-baseline.txt
# One worker per core (two on this project's machines); a file's tests stay on one worker (module fixtures).
QT_QPA_PLATFORM=offscreen QTWEBENGINE_DISABLE_SANDBOX=1 .venv/bin/python -m pytest -q -n auto --dist loadfile "$@"
