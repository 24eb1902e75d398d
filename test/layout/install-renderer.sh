#!/usr/bin/env bash
# Installs the renderer the layout tests measure with: LibreOffice Writer (no GUI) and poppler's
# PDF tools, with CJK fonts, from Debian's packages. Idempotent: returns at once when present.
set -euo pipefail
missing=()
for bin in soffice pdftotext pdftoppm; do command -v "$bin" >/dev/null 2>&1 || missing+=("$bin"); done
dpkg -s fonts-noto-cjk >/dev/null 2>&1 || missing+=(fonts-noto-cjk)
[ ${#missing[@]} -eq 0 ] && { echo "[layout] LibreOffice and poppler already installed"; exit 0; }
echo "[layout] installing libreoffice-writer-nogui, poppler-utils and fonts-noto-cjk (missing: ${missing[*]})"
if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends libreoffice-writer-nogui poppler-utils fonts-noto-cjk >/dev/null
