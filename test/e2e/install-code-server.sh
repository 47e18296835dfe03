#!/usr/bin/env bash
# Installs test/e2e's pinned code-server and playwright-core (package-lock.json) unless the same
# lockfile is already installed. code-server's install scripts need, on this kind of machine:
# npm_config_yes (node-pty's postinstall runs `npx node-gyp`), npm_config_nodedir=/usr (use the
# local Node headers, never download them), --unsafe-perm (its postinstall refuses root without it),
# and a ripgrep cache seeded with Debian's rg (@vscode/ripgrep otherwise downloads it and fails).
set -euo pipefail
cd "$(dirname "$0")"
stamp=node_modules/.plancheck-e2e-installed
want="$(sha256sum package-lock.json | cut -d' ' -f1) node-abi-$(node -p process.versions.modules)"
if [ -x node_modules/.bin/code-server ] && [ "$(cat "$stamp" 2>/dev/null)" = "$want" ]; then
  echo "code-server: already installed ($(node -p "require('./node_modules/code-server/package.json').version"))"
  exit 0
fi
rg=$(command -v rg) || { echo "code-server: ripgrep (rg) is missing: apt-get install ripgrep"; exit 1; }
# The versions code-server 4.100.3's @vscode/ripgrep 1.15.11 asks for; change them with code-server.
cache=$(mktemp -d)
trap 'rm -rf "$cache"' EXIT
mkdir -p "$cache/vscode-ripgrep-cache-1.15.11" "$cache/rg"
cp "$rg" "$cache/rg/rg"
tar -C "$cache/rg" -czf "$cache/vscode-ripgrep-cache-1.15.11/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz" rg
echo "code-server: installing test/e2e/package-lock.json (about 1–2 minutes, ~300 MB)"
start=$SECONDS
TMPDIR=$cache npm_config_yes=true npm_config_nodedir=/usr npm_config_fund=false \
  npm_config_audit=false npm ci --unsafe-perm --loglevel=error
echo "$want" >"$stamp"
echo "code-server: installed in $((SECONDS - start)) s"
