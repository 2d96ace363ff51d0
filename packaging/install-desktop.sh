#!/usr/bin/env bash
# Install the frozen app with its desktop integration (launcher entry, "Open with" for
# .srt/.vtt, AppStream metadata, icons), per user or system-wide; or remove it again.
#
# Usage: packaging/install-desktop.sh [--prefix DIR] [--bundle DIR] [--uninstall]
#   --prefix DIR  where to install (default: ~/.local; system-wide: /usr/local, as root)
#   --bundle DIR  the one-folder build to install (default: dist/talk-reader, from build.sh)
#   --uninstall   remove what an install with the same prefix put there
#
# Installs:
#   PREFIX/lib/talk-reader/                              the app folder (copied)
#   PREFIX/bin/talk-reader                               a link to the app
#   PREFIX/share/applications/io.github.talk_reader.TalkReader.desktop
#   PREFIX/share/metainfo/io.github.talk_reader.TalkReader.metainfo.xml
#   PREFIX/share/icons/hicolor/{16x16..512x512,scalable}/apps/io.github.talk_reader.TalkReader.{png,svg}
# The installed .desktop file runs PREFIX/bin/talk-reader by its full path, so it works
# even when PREFIX/bin is not on PATH.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
app_id="io.github.talk_reader.TalkReader"
prefix="${HOME}/.local"
bundle="$root/dist/talk-reader"
uninstall=0
while [ $# -gt 0 ]; do
  case "$1" in
    --prefix) prefix="$2"; shift 2 ;;
    --prefix=*) prefix="${1#*=}"; shift ;;
    --bundle) bundle="$2"; shift 2 ;;
    --bundle=*) bundle="${1#*=}"; shift ;;
    --uninstall) uninstall=1; shift ;;
    -h|--help) sed -n '2,18p' "$0"; exit 0 ;;
    *) echo "install-desktop.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
mkdir -p "$prefix"
prefix="$(cd "$prefix" && pwd)"
apps="$prefix/share/applications"
metainfo="$prefix/share/metainfo"
icons="$prefix/share/icons/hicolor"
sizes=(16 24 32 48 64 128 256 512)

refresh_caches() {
  if command -v update-desktop-database >/dev/null; then update-desktop-database -q "$apps" || true; fi
  if command -v gtk-update-icon-cache >/dev/null && [ -f "$icons/index.theme" ]; then
    gtk-update-icon-cache -q -t "$icons" || true
  fi
}

if [ "$uninstall" = 1 ]; then
  rm -rf "$prefix/lib/talk-reader"
  rm -f "$prefix/bin/talk-reader" "$apps/$app_id.desktop" "$metainfo/$app_id.metainfo.xml"
  for size in "${sizes[@]}"; do rm -f "$icons/${size}x${size}/apps/$app_id.png"; done
  rm -f "$icons/scalable/apps/$app_id.svg"
  refresh_caches
  echo "Removed Talk Reader from $prefix"
  exit 0
fi

if [ ! -x "$bundle/talk-reader" ]; then
  echo "install-desktop.sh: no build at $bundle; run packaging/build.sh first" >&2
  exit 1
fi
mkdir -p "$prefix/lib" "$prefix/bin" "$apps" "$metainfo"
rm -rf "$prefix/lib/talk-reader.new"
cp -a "$bundle" "$prefix/lib/talk-reader.new"
rm -rf "$prefix/lib/talk-reader"
mv "$prefix/lib/talk-reader.new" "$prefix/lib/talk-reader"
ln -sfn "$prefix/lib/talk-reader/talk-reader" "$prefix/bin/talk-reader"
exec_path="$prefix/bin/talk-reader"
case "$exec_path" in *" "*) exec_arg="\"$exec_path\"" ;; *) exec_arg="$exec_path" ;; esac
sed -e "s|^Exec=talk-reader |Exec=$exec_arg |" -e "s|^TryExec=talk-reader$|TryExec=$exec_path|" \
  "$here/$app_id.desktop" > "$apps/$app_id.desktop"
cp "$here/$app_id.metainfo.xml" "$metainfo/"
icon_dir="$root/resources/icons/app"
for size in "${sizes[@]}"; do
  mkdir -p "$icons/${size}x${size}/apps"
  cp "$icon_dir/talk-reader-$size.png" "$icons/${size}x${size}/apps/$app_id.png"
done
mkdir -p "$icons/scalable/apps"
cp "$icon_dir/talk-reader.svg" "$icons/scalable/apps/$app_id.svg"
refresh_caches
echo "Installed Talk Reader in $prefix (run: $prefix/bin/talk-reader)"
