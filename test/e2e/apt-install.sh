#!/usr/bin/env bash
# Installs the Debian packages named as arguments unless all are already installed: one
# `apt-get update`, then one `apt-get install`. Shared by run.sh (VS Code e2e) and nvim-check.sh.
set -euo pipefail
missing=()
for pkg in "$@"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "apt: already installed: $*"
  exit 0
fi
echo "apt: installing ${missing[*]}"
sudo=()
[ "$(id -u)" -eq 0 ] || sudo=(sudo)
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "apt: installed ${missing[*]}"
