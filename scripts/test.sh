#!/usr/bin/env bash
# Install what the tests need, then lint and run the whole test suite.
# Used as-is by .ci/run on a fresh clone; safe to run again on a set-up machine.
set -euo pipefail
cd "$(dirname "$0")/.."

# Debian packages: the libraries Qt's offscreen/xcb plugins and WebEngine load, the fonts that make
# screenshots truthful, and what only the tests need (one shared list, also read by scripts/setup.sh).
DEBS=$(awk '!/^#/ && NF {print $1}' scripts/debian-packages.txt)
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
