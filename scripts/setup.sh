#!/usr/bin/env bash
# Sets up a fresh machine: the pinned pnpm, the workspace's dependencies, and Debian's Chromium
# for the browser tests (test tools never download browsers here). Safe to run again.
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
