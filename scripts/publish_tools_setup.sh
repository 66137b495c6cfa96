#!/usr/bin/env bash
# Installs what the extras of a build need and the machine lacks (make site, make pdf):
#   --search          Pagefind, pinned in scripts/publish_tools_requirements.txt, in a virtual environment
#   --preview-images  rsvg-convert (Debian: librsvg2-bin)
#   --pdf             Chromium and pdfinfo (Debian: chromium, poppler-utils)   only with the argument `pdf`
# Idempotent and quiet: a second run only checks and returns. tinjau itself never installs anything:
# without these programs `tinjau build --search` and the others warn and build the site without them.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV="${TOOLS_VENV:-.build-tools/venv}"
REQUIREMENTS="scripts/publish_tools_requirements.txt"

SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"

missing=()
command -v rsvg-convert >/dev/null 2>&1 || missing+=(librsvg2-bin)
python3 -c 'import ensurepip, venv' >/dev/null 2>&1 || missing+=(python3-venv)
if [ "${1:-}" = pdf ]; then
  command -v chromium >/dev/null 2>&1 || [ -n "${TINJAU_CHROMIUM:-}" ] || missing+=(chromium)
  command -v pdfinfo >/dev/null 2>&1 || missing+=(poppler-utils)
fi
if [ "${#missing[@]}" -gt 0 ]; then
  echo "tinjau: memasang ${missing[*]} dengan apt-get"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# The venv is rebuilt only when the pins change.
wanted="$(cat "$REQUIREMENTS")"
if [ ! -x "$VENV/bin/python3" ] || [ "$(cat "$VENV/.tinjau-pins" 2>/dev/null)" != "$wanted" ]; then
  echo "tinjau: memasang Pagefind ke $VENV"
  rm -rf "$VENV"
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install -q --disable-pip-version-check -r "$REQUIREMENTS"
  printf '%s' "$wanted" > "$VENV/.tinjau-pins"
fi
