#!/usr/bin/env bash
# Makes sure Debian's Chromium is there for the browser tests. Installs it when it can
# (root on Debian); otherwise says exactly what to run and fails.
set -euo pipefail
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$CHROMIUM" ]; then exit 0; fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Chromium not found at $CHROMIUM: installing Debian's chromium package (about a minute)..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y chromium >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y chromium >/dev/null; }
  [ -x "$CHROMIUM" ] && exit 0
fi
cat >&2 <<MSG
The browser tests need Chromium at $CHROMIUM and it is not there.
Install it as root on Debian with:
    sudo apt-get update && sudo apt-get install -y chromium
or point CHROMIUM_PATH at another Chromium binary, then run the tests again.
MSG
exit 1
