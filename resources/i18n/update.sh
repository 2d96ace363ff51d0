#!/usr/bin/env bash
# Re-extract UI strings into the .ts files and compile them (run from anywhere).
# Translators edit talk_reader_zh_CN.ts (e.g. with pyside6-linguist); the .qm files are what ships.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
bin="$root/.venv/bin"
mapfile -t sources < <(cd "$root" && find reader/gui -name '*.py' | sort)
cd "$root"
for lang in zh_CN en; do
  "$bin/pyside6-lupdate" -no-obsolete "${sources[@]}" -ts "resources/i18n/talk_reader_${lang}.ts"
  "$bin/pyside6-lrelease" "resources/i18n/talk_reader_${lang}.ts" -qm "resources/i18n/talk_reader_${lang}.qm"
done
