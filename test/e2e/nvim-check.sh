#!/usr/bin/env bash
# Second-editor check: Debian's Neovim (0.7) runs the bundled server (dist/server.cjs) over stdio on
# the seed plan and asserts its known defects. Installs neovim from apt if missing.
# Usage: test/e2e/nvim-check.sh   (after `npm run build` or `npm run package`)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
"$here/apt-install.sh" neovim
if [ ! -f "$root/dist/server.cjs" ]; then
  echo "nvim-check: $root/dist/server.cjs is missing: run 'npm run build' first"
  exit 1
fi
echo "nvim-check: $(nvim --version | head -n 1), server $root/dist/server.cjs"
PLANCHECK_ROOT=$root timeout 120 nvim --headless -u NONE -i NONE -n -c "luafile $here/nvim-check.lua"
