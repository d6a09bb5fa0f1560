#!/usr/bin/env bash
# Stop the code-server that start-code-server.sh started for $CS_STATE: the whole process group
# (code-server forks the extension hosts and a file watcher; killing only the main pid leaves them).
source "$(dirname "$0")/env.sh"
ROOT="${CS_STATE:?set CS_STATE to this run state dir}"
PID="$(cat "$ROOT/code-server.pid" 2>/dev/null)" || { echo "no code-server pid file in $ROOT"; exit 0; }
rm -f "$ROOT/code-server.pid"
kill -- -"$PID" 2>/dev/null || { echo "code-server (pgid $PID) was not running"; exit 0; }
for _ in $(seq 1 50); do
  kill -0 -- -"$PID" 2>/dev/null || { echo "code-server stopped (pgid $PID)"; exit 0; }
  sleep 0.2
done
kill -9 -- -"$PID" 2>/dev/null
echo "code-server (pgid $PID) killed with SIGKILL"
