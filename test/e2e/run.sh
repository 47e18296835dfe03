#!/usr/bin/env bash
# End-to-end test of the packaged extension in a real VS Code: code-server 4.100.3 (VS Code 1.100)
# on 127.0.0.1 with a throw-away profile, driven by Debian's Chromium through playwright-core
# (e2e.mjs). Installs what it needs, always kills code-server's whole process group on exit.
# Usage: test/e2e/run.sh [path/to/plancheck-x.y.z.vsix]   (default: the one `npm run package` made)
# Screenshots go to test/e2e/out/; the last line is `N passed, N failed`.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
vsix=${1:-$root/$(cd "$root" && node -p "const p = require('./package.json'); p.name + '-' + p.version + '.vsix'")}
if [ ! -f "$vsix" ]; then
  echo "e2e: $vsix is missing: run 'npm run package' first"
  exit 1
fi

start=$SECONDS
"$here/apt-install.sh" chromium libkrb5-dev ripgrep neovim fonts-thai-tlwg
echo "e2e: apt step took $((SECONDS - start)) s"
start=$SECONDS
"$here/install-code-server.sh"
echo "e2e: code-server step took $((SECONDS - start)) s"
code_server=$here/node_modules/.bin/code-server

work=$(mktemp -d /tmp/plancheck-e2e.XXXXXX)
out=$here/out
rm -rf "$out"
mkdir -p "$out"
pgid=
cleanup() {
  local rc=$?
  if [ -n "$pgid" ]; then
    kill -TERM -- "-$pgid" 2>/dev/null || true
    for _ in 1 2 3 4 5 6 7 8 9 10; do
      kill -0 -- "-$pgid" 2>/dev/null || break
      sleep 0.5
    done
    kill -KILL -- "-$pgid" 2>/dev/null || true
  fi
  if [ "$rc" -ne 0 ] && [ -d "$work" ]; then
    # Keep the logs beside the screenshots, and show the end of each in the CI log.
    mkdir -p "$out/logs"
    cp "$work/code-server.log" "$out/logs/" 2>/dev/null || true
    find "$work/data/logs" -type f \( -name 'remoteexthost.log' -o -iname '*plancheck*' \) \
      -exec cp {} "$out/logs/" \; 2>/dev/null || true
    for log in "$out"/logs/*; do
      [ -f "$log" ] || continue
      echo "----- last lines of $log"
      tail -n 25 "$log"
    done
  fi
  rm -rf "$work"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM HUP

# The workspace: a copy of samples/ and the README (the repository itself is never touched); e2e.mjs
# adds the copy of the seed plan that step 4 edits.
ws=$work/workspace
mkdir -p "$ws" "$work/data/User"
cp -r "$root/samples" "$ws/samples"
cp "$root/README.md" "$ws/README.md" 2>/dev/null || true
cp "$here/settings.json" "$work/data/User/settings.json"

port=$(node -e "const s = require('node:net').createServer(); s.listen(0, '127.0.0.1', () => { console.log(s.address().port); s.close(); });")
cat >"$work/config.yaml" <<YAML
bind-addr: 127.0.0.1:$port
auth: none
cert: false
YAML
profile=(--config "$work/config.yaml" --user-data-dir "$work/data" --extensions-dir "$work/extensions")

echo "e2e: installing $(basename "$vsix") ($(du -k "$vsix" | cut -f1) KB) into a fresh profile"
"$code_server" "${profile[@]}" --install-extension "$vsix" >"$work/install.log" 2>&1 ||
  { cat "$work/install.log"; exit 1; }
installed=$("$code_server" "${profile[@]}" --list-extensions --show-versions 2>/dev/null)
echo "e2e: installed extensions: $(echo "$installed" | tr '\n' ' ')"
echo "$installed" | grep -q '^plancheck\.plancheck@' || { echo "e2e: plancheck is not installed"; exit 1; }

# setsid: code-server, its extension host and the language server form one process group, which
# cleanup() kills as a whole.
setsid "$code_server" "${profile[@]}" --disable-telemetry --disable-update-check \
  --disable-workspace-trust --disable-getting-started-override --ignore-last-opened "$ws" \
  >"$work/code-server.log" 2>&1 </dev/null &
# A background job of a non-interactive shell is no group leader, so setsid execs without forking:
# the pid is the new session's and process group's id.
pgid=$!
echo "e2e: code-server pid $pgid (its own process group) on http://127.0.0.1:$port/"

E2E_URL=http://127.0.0.1:$port E2E_WORKSPACE=$ws E2E_REPO=$root E2E_OUT=$out E2E_LOGS=$work/data/logs \
  node "$here/e2e.mjs"
