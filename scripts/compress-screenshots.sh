#!/usr/bin/env bash
# Shrinks the committed screenshots with pngquant (Debian's package; installed if missing), so that
# the .vsix, which ships them for its README, stays under 1 MB. Part of npm run screenshots.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v pngquant >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get install -y -qq pngquant >/dev/null
fi
pngquant --quality=70-90 --speed 1 --force --skip-if-larger --ext .png docs/images/*.png || true
ls -l docs/images/*.png
