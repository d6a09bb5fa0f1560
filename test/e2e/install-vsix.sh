#!/usr/bin/env bash
# Install a packaged mmstep .vsix into one e2e run's code-server, as a user would install it:
# `code-server --install-extension FILE.vsix` with the same --user-data-dir / --extensions-dir (and
# XDG dirs) that start-code-server.sh then serves from, all under $CS_STATE. Prints the installed
# extension folder.
# Usage: CS_STATE=<dir> install-vsix.sh <file.vsix>
set -euo pipefail
source "$(dirname "$0")/env.sh"
VSIX="${1:?path of the .vsix}"
ROOT="${CS_STATE:?set CS_STATE to this run state dir}"
[ -x "$CS_BIN" ] || { echo "code-server not installed at $CS_BIN; run test/e2e/setup.sh" >&2; exit 1; }
[ -f "$VSIX" ] || { echo "no such .vsix: $VSIX" >&2; exit 1; }
mkdir -p "$ROOT/user" "$ROOT/ext" "$ROOT/xdg-config" "$ROOT/xdg-data"
XDG_CONFIG_HOME="$ROOT/xdg-config" XDG_DATA_HOME="$ROOT/xdg-data" \
  "$CS_BIN" --user-data-dir "$ROOT/user" --extensions-dir "$ROOT/ext" --install-extension "$VSIX" < /dev/null
ls -d "$ROOT"/ext/mmstep.mmstep-* 2>/dev/null || { echo "no mmstep.mmstep-* folder in $ROOT/ext after installing $VSIX" >&2; exit 1; }
