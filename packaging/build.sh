#!/usr/bin/env bash
# Build the one-folder desktop app into dist/talk-reader/ and report its size and build time.
#
# Usage: packaging/build.sh
#   PYTHON=/path/to/python packaging/build.sh   (an environment with talk-reader and
#                                                pyinstaller installed; default .venv/bin/python,
#                                                created and set up if missing)
# The smoke test of the result: QT_QPA_PLATFORM=offscreen dist/talk-reader/talk-reader --smoke-test
set -euo pipefail
cd "$(dirname "$0")/.."
py="${PYTHON:-.venv/bin/python}"
if [ ! -x "$py" ]; then
  python3 -m venv .venv
  py=.venv/bin/python
fi
if ! "$py" -c 'import PyInstaller, PySide6, reader' 2>/dev/null; then
  "$py" -m pip install -q -e '.[packaging]'
fi
start=$(date +%s)
"$py" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/talk-reader.spec
touch dist/talk-reader/talk-reader  # the build's time, for "is this build current?" checks
echo "Built dist/talk-reader: $(du -sh dist/talk-reader | cut -f1) in $(( $(date +%s) - start )) s"
