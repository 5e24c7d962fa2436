#!/usr/bin/env bash
# The browser tests drive Debian's Chromium and Firefox ESR (never a downloaded browser). Installs
# what is missing when this user can (root with apt-get); otherwise says exactly what to do.
set -euo pipefail
chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
firefox="${FIREFOX_PATH:-/usr/bin/firefox-esr}"
missing=()
[ -x "$chromium" ] || missing+=(chromium)
[ -x "$firefox" ] || missing+=(firefox-esr)
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "ensure-browsers: installing Debian's ${missing[*]} with apt-get" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${missing[@]}" >/dev/null
  exit 0
fi
echo "ensure-browsers: ${missing[*]} missing (looked for $chromium and $firefox). Install them (Debian/Ubuntu: sudo apt-get install -y ${missing[*]}) or set CHROMIUM_PATH / FIREFOX_PATH." >&2
exit 1
