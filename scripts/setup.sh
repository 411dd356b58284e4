#!/usr/bin/env bash
# Set up Email Inspector on a fresh Debian or Ubuntu machine, then open the window:
#   bash scripts/setup.sh [--dry-run] [--no-run]
# 1. the Debian libraries and fonts Qt needs (scripts/debian-packages.txt, lines without "test"),
#    installed with apt-get as root, or through sudo (which asks for your password);
# 2. a virtual environment in .venv with Email Inspector and its WebEngine safe view;
# 3. the window (--no-run stops before it).
# --dry-run prints every command that would change the machine instead of running it.
set -euo pipefail
cd "$(dirname "$0")/.."
dry=0 start=1
for arg in "$@"; do
  case "$arg" in
    --dry-run) dry=1 ;; --no-run) start=0 ;;
    *) echo "usage: $0 [--dry-run] [--no-run]" >&2; exit 2 ;;
  esac
done

run() {  # a command that changes the machine
  if [ "$dry" = 1 ]; then echo "would run: $*"; else "$@"; fi
}

packages=$(awk '!/^#/ && NF && $2 != "test" {print $1}' scripts/debian-packages.txt)
if command -v apt-get >/dev/null && command -v dpkg >/dev/null; then
  missing=""
  for pkg in $packages; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing="$missing $pkg"
  done
  if [ -z "$missing" ]; then
    echo "Debian packages: all $(echo $packages | wc -w) already installed."
  else
    if [ "$(id -u)" = 0 ]; then sudo=""
    elif command -v sudo >/dev/null; then sudo="sudo"
    else
      echo "These Debian packages are missing:$missing" >&2
      echo "Install them as root (su -c 'apt-get install$missing'), then run this again." >&2
      exit 1
    fi
    echo "Installing Debian packages:$missing"
    run $sudo apt-get update -qq
    run $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing
  fi
else
  echo "No apt-get here (not Debian or Ubuntu): install your system's equivalents of the packages" \
       "in scripts/debian-packages.txt, then run this again if the window does not open."
fi

if ! python3 -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
  if [ "$dry" = 1 ]; then
    echo "would stop: Email Inspector needs Python 3.11 or newer (python3 is $(python3 -V 2>&1 || echo missing))."
  else
    echo "Email Inspector needs Python 3.11 or newer; python3 is $(python3 -V 2>&1 || echo missing)." >&2
    exit 1
  fi
fi
[ -x .venv/bin/python ] || run python3 -m venv .venv
run .venv/bin/python -m pip install -q --disable-pip-version-check -e '.[webengine]'

if [ "$start" = 1 ]; then
  echo "Starting the window (.venv/bin/email-inspector)."
  run .venv/bin/email-inspector
else
  echo "Set up. Start the window with: .venv/bin/email-inspector"
fi
