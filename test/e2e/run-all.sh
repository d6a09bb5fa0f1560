#!/usr/bin/env bash
# What `npm run test:e2e` runs: install code-server if needed, build the extension if needed, then
#   1. the integration suite (test/e2e/suite) inside code-server's extension host, mmstep loaded
#      from the repo as the development extension (payload URL), examples/ as the workspace;
#   2. the UI tests (ui-debug.js, ui-review.js, ui-timeline.js, ui-values.js, ui-set-value.js) in the real workbench through headless chromium;
#   3. the packaged extension: `npm run package` builds the .vsix, install-vsix.sh installs it with
#      `code-server --install-extension`, and test/e2e/installed runs in an extension host where
#      mmstep is only that installed copy (the development extension is test/e2e/installed itself,
#      an empty one: VS Code runs extension tests only in a development host).
# Each phase gets its own code-server on a free loopback port with fresh state under .state/
# ($E2E_STATE_ROOT). Exits non-zero on any failure; the last line is always `e2e: N passed, N failed`.
#
#   bash test/e2e/run-all.sh [--only integration|ui|installed]
set -uo pipefail
source "$(dirname "$0")/env.sh"
ONLY=""
[ "${1:-}" = "--only" ] && ONLY="${2:-}"
case "$ONLY" in ""|integration|ui|installed) ;; *) echo "usage: run-all.sh [--only integration|ui|installed]" >&2; exit 64;; esac

PASSED=0; FAILED=0
RUNNING_STATE=""
cleanup() { [ -n "$RUNNING_STATE" ] && CS_STATE="$RUNNING_STATE" bash "$E2E_DIR/stop-code-server.sh" >/dev/null; }
trap cleanup EXIT
trap 'exit 130' INT TERM
summary() { echo "e2e: $PASSED passed, $FAILED failed"; }

# Adds a phase's counts from its result file; a phase that wrote none (crash, timeout) counts as one failure.
tally() {
  local result="$1" rc="$2" what="$3" p f
  if [ -s "$result" ]; then
    p=$(node -p "require('$result').passed"); f=$(node -p "require('$result').failed")
    PASSED=$((PASSED + p)); FAILED=$((FAILED + f))
    if [ "$rc" != 0 ] && [ "$f" = 0 ]; then FAILED=$((FAILED + 1)); echo "$what: exit code $rc with no failed test recorded"; fi
  else
    FAILED=$((FAILED + 1)); echo "$what: no result (exit code $rc)"
  fi
}

echo "== e2e: setup"
if ! bash "$E2E_DIR/setup.sh"; then echo "e2e setup failed"; FAILED=1; summary; exit 1; fi

echo "== e2e: build"
if [ ! -f "$REPO_DIR/dist/extension.js" ] || [ -n "$(find "$REPO_DIR/src" "$REPO_DIR/package.json" -newer "$REPO_DIR/dist/extension.js" -type f -print -quit)" ]; then
  (cd "$REPO_DIR" && npm run build --silent) || { echo "build failed"; FAILED=1; summary; exit 1; }
else
  echo "   dist/ is up to date"
fi
mkdir -p "$E2E_STATE_ROOT" "$E2E_DIR/shots"

if [ -z "$ONLY" ] || [ "$ONLY" = integration ]; then
  echo "== e2e: integration suite in code-server's extension host (workspace examples/)"
  export CS_STATE="$E2E_STATE_ROOT/it"; rm -rf "$CS_STATE"; mkdir -p "$CS_STATE"
  RESULT="$CS_STATE/result.json"; PORT=$(free_port)
  # env for the tests goes on code-server: its extension host inherits it (the payload cannot carry env)
  if MMSTEP_E2E_RESULT="$RESULT" bash "$E2E_DIR/start-code-server.sh" "$REPO_DIR/examples" "$PORT"; then
    RUNNING_STATE="$CS_STATE"
    node "$E2E_DIR/run-integration.js" --url "http://127.0.0.1:$PORT" --folder examples --tests test/e2e/suite \
      --timeout "${MMSTEP_E2E_TIMEOUT:-600}"
    RC=$?
    bash "$E2E_DIR/stop-code-server.sh"; RUNNING_STATE=""
  else
    RC=3
  fi
  tally "$RESULT" "$RC" "integration"
  [ "$RC" = 0 ] || echo "   code-server log: $CS_STATE/code-server.log"
fi

if [ -z "$ONLY" ] || [ "$ONLY" = ui ]; then
  echo "== e2e: UI test in the workbench (chromium)"
  export CS_STATE="$E2E_STATE_ROOT/ui"; rm -rf "$CS_STATE"; mkdir -p "$CS_STATE"
  RESULT="$CS_STATE/result.json"; PORT=$(free_port)
  if bash "$E2E_DIR/start-code-server.sh" "$REPO_DIR/examples" "$PORT"; then
    RUNNING_STATE="$CS_STATE"
    MMSTEP_E2E_RESULT="$RESULT" node "$E2E_DIR/ui-debug.js" --url "http://127.0.0.1:$PORT" --folder examples
    RC=$?
    # patch review in the workbench (comment widget, Developer: Reload Window), same server
    MMSTEP_E2E_RESULT="$CS_STATE/result-review.json" node "$E2E_DIR/ui-review.js" --url "http://127.0.0.1:$PORT" --folder examples
    RC_REVIEW=$?
    # the timeline strip in the state webview moves the debugger (same server)
    MMSTEP_E2E_RESULT="$CS_STATE/result-timeline.json" node "$E2E_DIR/ui-timeline.js" --url "http://127.0.0.1:$PORT" --folder examples
    RC_TIMELINE=$?
    # a failing watch / console expression: inline, never a notification (same server)
    MMSTEP_E2E_RESULT="$CS_STATE/result-values.json" node "$E2E_DIR/ui-values.js" --url "http://127.0.0.1:$PORT" --folder examples
    RC_VALUES=$?
    # Set value… from a page row's note and F2 on a PTE row: VS Code's input box (same server)
    MMSTEP_E2E_RESULT="$CS_STATE/result-set-value.json" node "$E2E_DIR/ui-set-value.js" --url "http://127.0.0.1:$PORT" --folder examples
    RC_SET=$?
    # one of the kernel tree's own hmm-tests picked from "Debug a Kernel Selftest…" (same server)
    MMSTEP_E2E_RESULT="$CS_STATE/result-selftest.json" node "$E2E_DIR/ui-selftest.js" --url "http://127.0.0.1:$PORT" --folder examples
    RC_SELFTEST=$?
    bash "$E2E_DIR/stop-code-server.sh"; RUNNING_STATE=""
  else
    RC=3; RC_REVIEW=3; RC_TIMELINE=3; RC_VALUES=3; RC_SET=3; RC_SELFTEST=3
  fi
  tally "$RESULT" "$RC" "ui"
  tally "$CS_STATE/result-review.json" "$RC_REVIEW" "ui-review"
  tally "$CS_STATE/result-timeline.json" "$RC_TIMELINE" "ui-timeline"
  tally "$CS_STATE/result-values.json" "$RC_VALUES" "ui-values"
  tally "$CS_STATE/result-set-value.json" "$RC_SET" "ui-set-value"
  tally "$CS_STATE/result-selftest.json" "$RC_SELFTEST" "ui-selftest"
  [ "$RC_REVIEW" = 0 ] || RC=$RC_REVIEW
  [ "$RC_TIMELINE" = 0 ] || RC=$RC_TIMELINE
  [ "$RC_VALUES" = 0 ] || RC=$RC_VALUES
  [ "$RC_SET" = 0 ] || RC=$RC_SET
  [ "$RC_SELFTEST" = 0 ] || RC=$RC_SELFTEST
  [ "$RC" = 0 ] || echo "   code-server log: $CS_STATE/code-server.log"
fi

if [ -z "$ONLY" ] || [ "$ONLY" = installed ]; then
  echo "== e2e: the packaged .vsix installed into code-server (mmstep only from the .vsix)"
  export CS_STATE="$E2E_STATE_ROOT/installed"; rm -rf "$CS_STATE"; mkdir -p "$CS_STATE"
  RESULT="$CS_STATE/result.json"; PORT=$(free_port); VSIX="$CS_STATE/mmstep.vsix"
  if ! (cd "$REPO_DIR" && npm run package --silent -- --out "$VSIX") > "$CS_STATE/package.log" 2>&1; then
    echo "   npm run package failed; log: $CS_STATE/package.log"; tail -20 "$CS_STATE/package.log"; RC=3
  elif ! bash "$E2E_DIR/install-vsix.sh" "$VSIX"; then
    RC=3
  # The workspace is the repository (a clone of mmstep), not examples/: an installed mmstep lets a
  # scenario read only inside the workspace (and its own kernel/, which the .vsix does not carry),
  # and the examples' C is in ../kernel. The development copy's kernel/ is the repository's.
  elif MMSTEP_E2E_RESULT="$RESULT" MMSTEP_E2E_EXT_DIR="$CS_STATE/ext" \
       bash "$E2E_DIR/start-code-server.sh" "$REPO_DIR" "$PORT"; then
    RUNNING_STATE="$CS_STATE"
    node "$E2E_DIR/run-integration.js" --url "http://127.0.0.1:$PORT" --folder . --tests test/e2e/installed \
      --ext test/e2e/installed --timeout "${MMSTEP_E2E_TIMEOUT:-600}"
    RC=$?
    bash "$E2E_DIR/stop-code-server.sh"; RUNNING_STATE=""
  else
    RC=3
  fi
  tally "$RESULT" "$RC" "installed"
  [ "$RC" = 0 ] || echo "   code-server log: $CS_STATE/code-server.log"
fi

summary
[ "$FAILED" = 0 ] && [ "$PASSED" -gt 0 ]
