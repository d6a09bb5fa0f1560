#!/usr/bin/env bash
# Idempotent install of what the end-to-end tests need: the Debian packages of
# scripts/preflight-requirements.js (chromium, the toolchain code-server's native modules build
# with, ...), then code-server 4.100.3 (a real VS Code 1.100.3 server + web workbench) from npm
# into a cache folder. Works with only the npm registry and the Debian apt mirrors reachable. apt
# needs root; skipped when the packages are present. `npm test`'s preflight runs this as root.
#
#   MMSTEP_E2E_CACHE   cache root (default $HOME/.cache/mmstep-e2e); code-server goes to $CACHE/cs
#   CS_VERSION         default 4.100.3 (newest npm release whose postinstall accepts Node 20)
set -euo pipefail
CACHE="${MMSTEP_E2E_CACHE:-${HOME:-/tmp}/.cache/mmstep-e2e}"
CS_VERSION="${CS_VERSION:-4.100.3}"
CS_PREFIX="${CS_PREFIX:-$CACHE/cs}"
CS_BIN="$CS_PREFIX/node_modules/.bin/code-server"

section() { echo "== e2e setup: $1"; }

section "system packages (scripts/preflight.js --system: chromium, fonts, gcc, code-server's build deps, ...)"
# As root on Debian it apt-get installs what is missing; otherwise it prints the command and fails.
node "$(dirname "$0")/../../scripts/preflight.js" --system

section "code-server $CS_VERSION in $CS_PREFIX"
if [ -x "$CS_BIN" ] && [ -f "$CS_PREFIX/node_modules/code-server/package.json" ] \
   && [ "$(node -p "require('$CS_PREFIX/node_modules/code-server/package.json').version")" = "$CS_VERSION" ]; then
  echo "   present"
else
  # @vscode/ripgrep's postinstall downloads rg from api.github.com (blocked); seed its cache with
  # Debian's rg. Version 1.15.11 / tag v13.0.0-10 are pinned by code-server 4.100.3
  # (lib/vscode/npm-shrinkwrap.json, @vscode/ripgrep lib/postinstall.js) — recheck when bumping.
  RG_CACHE="$(node -p 'require("os").tmpdir()')/vscode-ripgrep-cache-1.15.11"
  RG_ASSET="ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz"
  STAGE="$(mktemp -d)"
  mkdir -p "$RG_CACHE" && cp "$(command -v rg)" "$STAGE/rg"
  tar czf "$RG_CACHE/$RG_ASSET" -C "$STAGE" rg
  rm -rf "$STAGE"
  mkdir -p "$CS_PREFIX"
  # --unsafe-perm: code-server's postinstall refuses to run as root without it.
  # npm_config_yes=true: node-pty's post-install runs `npx node-gyp`, which aborts without a TTY.
  npm_config_yes=true npm install --no-audit --no-fund --loglevel=error \
    --prefix "$CS_PREFIX" --unsafe-perm "code-server@$CS_VERSION"
fi
# XDG_*: keep code-server from writing ~/.config/code-server and ~/.local/share/code-server
XDG_CONFIG_HOME="$CACHE/xdg" XDG_DATA_HOME="$CACHE/xdg" "$CS_BIN" --version 2>/dev/null | grep -E '^[0-9]+\.' | head -1
echo "   ok"
