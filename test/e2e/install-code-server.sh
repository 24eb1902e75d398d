#!/usr/bin/env bash
# Installs code-server (a real VS Code build from the npm registry), playwright-core and Debian's
# Chromium into .vscode-test/ so the integration suite can run on machines that cannot download
# VS Code. Idempotent: a finished install leaves a stamp and the second run returns at once.
# Recipe: see docs/testing.md (code-server's own postinstall downloads ripgrep from GitHub, which
# these machines cannot reach, so its steps are done here by hand).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cache="$root/.vscode-test/code-server"
version="4.100.3"   # the last line that accepts Node 20
stamp="$cache/.installed-$version"
export npm_config_yes=true npm_config_unsafe_perm=true

need_apt=()
for bin in /usr/bin/chromium /usr/bin/rg; do [ -x "$bin" ] || need_apt+=("$bin"); done
dpkg -s fonts-noto-cjk libkrb5-dev libxkbfile-dev libsecret-1-dev libx11-dev pkg-config >/dev/null 2>&1 || need_apt+=(libs)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "[install] Debian packages (missing: ${need_apt[*]})"
  if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq libkrb5-dev libxkbfile-dev libsecret-1-dev \
    libx11-dev pkg-config ripgrep chromium fonts-noto-cjk >/dev/null
fi

if [ -f "$stamp" ]; then echo "[install] code-server $version already installed in $cache"; exit 0; fi

echo "[install] code-server $version into $cache (takes a few minutes the first time)"
rm -rf "$cache"; mkdir -p "$cache"; cd "$cache"
printf '{"name":"zh-report-code-server-cache","private":true}\n' > package.json
npm install --no-audit --no-fund --ignore-scripts "code-server@$version" playwright-core@1 >/dev/null
npm rebuild argon2 >/dev/null
cs="$cache/node_modules/code-server"
( cd "$cs/lib/vscode" && npm install --no-audit --no-fund --omit=dev --ignore-scripts >/dev/null )
mkdir -p "$cs/lib/vscode/node_modules/@vscode/ripgrep/bin"
cp /usr/bin/rg "$cs/lib/vscode/node_modules/@vscode/ripgrep/bin/rg"
( cd "$cs/lib/vscode" && npm rebuild kerberos node-pty @parcel/watcher @vscode/spdlog native-watchdog @vscode/deviceid >/dev/null )
( cd "$cs/lib/vscode" && ln -sfn node_modules node_modules.asar )
( cd "$cs/lib/vscode/bin/remote-cli" && ln -sfn code-linux.sh code-server )
( cd "$cs/lib/vscode/bin/helpers" && ln -sfn browser-linux.sh browser.sh )
( cd "$cs/lib/vscode/extensions" && npm install --no-audit --no-fund --omit=dev --ignore-scripts >/dev/null )
touch "$stamp"
echo "[install] done"
