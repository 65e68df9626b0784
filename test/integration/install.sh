#!/usr/bin/env bash
# Installs what the real-VS Code tests need, into git-ignored folders, idempotently:
#   Debian packages: chromium (for Playwright), neovim (a real LSP client for the language server),
#   ripgrep, and the build tools code-server's native
#   modules need; code-server 4.100.3 (= VS Code 1.100.3) from npm into .harness/cs.
# Adapted from the tested recipe in shared/recipes/real-vscode (see its README for the pitfalls:
# node-gyp headers from /usr/include/node, a seeded ripgrep download cache, --unsafe-perm as root,
# npx allowed for node-pty's post-install).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
HARNESS="$ROOT/.harness"
CS_DIR="$HARNESS/cs"
CS_VERSION=4.100.3
RG_PKG_VERSION=1.15.11
RG_ASSET=ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz
mkdir -p "$HARNESS/logs"
export XDG_CONFIG_HOME="$HARNESS/.xdg/config" XDG_DATA_HOME="$HARNESS/.xdg/data"

if [ -x "$CS_DIR/node_modules/code-server/lib/vscode/node_modules/@vscode/ripgrep/bin/rg" ] \
   && [ -e "$CS_DIR/node_modules/code-server/lib/vscode/node_modules/kerberos/build/Release/kerberos.node" ] \
   && [ -x /usr/bin/chromium ] && [ -x /usr/bin/nvim ]; then
  echo "harness: code-server $CS_VERSION, chromium and neovim already installed"
  exit 0
fi

echo "harness: installing Debian packages (chromium, neovim, ripgrep, build tools)"
need=()
for p in ripgrep chromium neovim libkrb5-dev build-essential python3 pkg-config; do
  dpkg -s "$p" >/dev/null 2>&1 || need+=("$p")
done
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" != 0 ]; then echo "harness: need root (or sudo) to apt-get install ${need[*]}" >&2; exit 1; fi
  apt-get update -qq >"$HARNESS/logs/apt.log" 2>&1
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >>"$HARNESS/logs/apt.log" 2>&1 \
    || { tail -20 "$HARNESS/logs/apt.log" >&2; exit 1; }
fi

echo "harness: seeding @vscode/ripgrep's download cache with Debian's rg"
RG_CACHE="${TMPDIR:-/tmp}/vscode-ripgrep-cache-$RG_PKG_VERSION"
mkdir -p "$RG_CACHE"
if [ ! -s "$RG_CACHE/$RG_ASSET" ]; then
  stage=$(mktemp -d); cp "$(command -v rg)" "$stage/rg"; tar -C "$stage" -czf "$RG_CACHE/$RG_ASSET" rg; rm -rf "$stage"
fi

echo "harness: npm install code-server@$CS_VERSION into .harness/cs (about a minute)"
mkdir -p "$CS_DIR"; cd "$CS_DIR"
[ -f package.json ] || echo '{"name":"compute-budget-harness","private":true}' > package.json
npm_config_nodedir=/usr npm_config_yes=true npm install --no-audit --no-fund --save-exact --unsafe-perm "code-server@$CS_VERSION" \
  >"$HARNESS/logs/npm-code-server.log" 2>&1 \
  || { echo "harness: npm install failed, see .harness/logs/npm-code-server.log" >&2; tail -30 "$HARNESS/logs/npm-code-server.log" >&2; exit 1; }
"$CS_DIR/node_modules/.bin/code-server" --version | head -1
