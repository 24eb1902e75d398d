#!/usr/bin/env bash
# Installs what the packaging tests run for real: git and the pre-commit tool, from Debian's
# packages. Idempotent: returns at once when both are present.
set -euo pipefail
missing=()
for bin in git pre-commit; do command -v "$bin" >/dev/null 2>&1 || missing+=("$bin"); done
[ ${#missing[@]} -eq 0 ] && { echo "[packaging] git and pre-commit already installed"; exit 0; }
echo "[packaging] installing ${missing[*]} from Debian's packages"
if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
