# Shared settings for the e2e scripts (sourced, not executed): where code-server lives, where
# each run keeps its isolated state, and the repo paths the payload URL points at.
E2E_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_DIR="$(cd "$E2E_DIR/../.." && pwd)"
MMSTEP_E2E_CACHE="${MMSTEP_E2E_CACHE:-${HOME:-/tmp}/.cache/mmstep-e2e}"
CS_PREFIX="${CS_PREFIX:-$MMSTEP_E2E_CACHE/cs}"
CS_BIN="${CS_BIN:-$CS_PREFIX/node_modules/.bin/code-server}"
# Per-run state (user-data, extensions, logs, pid file) lives here; gitignored.
E2E_STATE_ROOT="${E2E_STATE_ROOT:-$E2E_DIR/.state}"
export MMSTEP_E2E_CACHE CS_PREFIX CS_BIN E2E_STATE_ROOT

# A free loopback TCP port (asks the kernel for one, then releases it).
free_port() {
  node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'
}
