#!/usr/bin/env bash
# The e2e tests drive Debian's Chromium (never a downloaded browser). Install it when it is
# missing and we can (root with apt, as on the team's machines and in CI); otherwise say how.
set -euo pipefail
chromium_path="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$chromium_path" ]; then
  exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Chromium not found at $chromium_path: installing Debian's chromium package..."
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  exit 0
fi
echo "The e2e tests need Chromium at $chromium_path (Debian: sudo apt-get install chromium)," >&2
echo "or set CHROMIUM_PATH to another Chromium binary." >&2
exit 1
