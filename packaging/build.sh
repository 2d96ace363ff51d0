#!/usr/bin/env bash
# Build the one-folder desktop app into dist/talk-reader/ and report its size.
# Usage: packaging/build.sh            (uses ./.venv, creating it if needed)
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/pip install -q -e '.[packaging]'
.venv/bin/pyinstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/talk-reader.spec
echo "Built dist/talk-reader ($(du -sh dist/talk-reader | cut -f1))"
