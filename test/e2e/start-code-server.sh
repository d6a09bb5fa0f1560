#!/usr/bin/env bash
# Start code-server for one e2e run: loopback only, no auth, every state dir fresh and under
# $CS_STATE, so a run never touches ~/.config or another run's extension host.
# Usage: CS_STATE=<dir> start-code-server.sh <workspace-folder> <port>
# setsid makes the server the leader of its own process group; stop-code-server.sh kills the group
# (server + extension hosts + file watcher). Waits for /healthz. Extra env for the extension host
# (and so for the integration tests) is inherited from this script's environment.
set -euo pipefail
source "$(dirname "$0")/env.sh"
WS="${1:?workspace folder}"
PORT="${2:?port}"
ROOT="${CS_STATE:?set CS_STATE to this run state dir}"
[ -x "$CS_BIN" ] || { echo "code-server not installed at $CS_BIN; run test/e2e/setup.sh" >&2; exit 1; }

mkdir -p "$ROOT/user/User" "$ROOT/ext" "$ROOT/xdg-config" "$ROOT/xdg-data"
echo "auth: none" > "$ROOT/config.yaml"
# Without these the "Get Started" walkthrough covers the editor and update/telemetry calls go out.
cat > "$ROOT/user/User/settings.json" <<'J'
{
  "workbench.startupEditor": "none",
  "workbench.tips.enabled": false,
  "workbench.enableExperiments": false,
  "telemetry.telemetryLevel": "off",
  "update.mode": "none",
  "extensions.autoCheckUpdates": false,
  "extensions.autoUpdate": false,
  "security.workspace.trust.enabled": false,
  "debug.openDebug": "openOnDebugBreak",
  "window.commandCenter": false
}
J
XDG_CONFIG_HOME="$ROOT/xdg-config" XDG_DATA_HOME="$ROOT/xdg-data" \
setsid "$CS_BIN" --config "$ROOT/config.yaml" --bind-addr "127.0.0.1:$PORT" --auth none \
  --user-data-dir "$ROOT/user" --extensions-dir "$ROOT/ext" \
  --disable-telemetry --disable-update-check --disable-workspace-trust \
  --disable-getting-started-override "$WS" > "$ROOT/code-server.log" 2>&1 < /dev/null &
PID=$!
echo "$PID" > "$ROOT/code-server.pid"
for i in $(seq 1 120); do
  if curl -fsS "http://127.0.0.1:$PORT/healthz" >/dev/null 2>&1; then
    echo "code-server up on 127.0.0.1:$PORT (pgid $PID)"; exit 0
  fi
  kill -0 "$PID" 2>/dev/null || { echo "code-server exited; log:" >&2; cat "$ROOT/code-server.log" >&2; exit 1; }
  sleep 0.5
done
echo "timeout waiting for code-server on port $PORT; log: $ROOT/code-server.log" >&2
exit 1
