#!/usr/bin/env bash
# Installs what `make check-site` needs and the machine lacks: Chromium and its driver,
# Java (for the Nu HTML Checker), and the pinned Python packages in a virtual environment.
# Idempotent and quiet: a second run only checks and returns.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV="${CHECK_SITE_VENV:-.build-check/venv}"
REQUIREMENTS="scripts/check_site_requirements.txt"
AXE="axe-selenium-python==3.0.0"

SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -x /usr/bin/chromedriver ] || missing+=(chromium-driver)
command -v java >/dev/null 2>&1 || missing+=(default-jre-headless)
python3 -c 'import ensurepip, venv' >/dev/null 2>&1 || missing+=(python3-venv)
if [ "${#missing[@]}" -gt 0 ]; then
  echo "check-site: memasang ${missing[*]} dengan apt-get"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# The venv is rebuilt only when the pins change.
wanted="$(cat "$REQUIREMENTS"; echo "$AXE")"
if [ ! -x "$VENV/bin/python" ] || [ "$(cat "$VENV/.tinjau-pins" 2>/dev/null)" != "$wanted" ]; then
  echo "check-site: memasang paket Python ke $VENV"
  rm -rf "$VENV"
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install -q --disable-pip-version-check -r "$REQUIREMENTS"
  "$VENV/bin/pip" install -q --disable-pip-version-check --no-deps --ignore-requires-python "$AXE"
  printf '%s' "$wanted" > "$VENV/.tinjau-pins"
fi
