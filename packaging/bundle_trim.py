"""What the frozen app leaves out: Qt plugins it never loads, and the libraries only they needed.

PyInstaller's Qt hook collects every plugin of every type QtGui is associated with (EGLFS,
VNC, evdev input, the GTK platform theme, the virtual keyboard, ...) and then every shared
library those plugins link (all of GTK 3, cairo and pango for ``libqgtk3.so`` alone; Qt
Quick for the virtual keyboard). The app draws widgets on X11, Wayland or offscreen, so the
spec keeps an explicit list of plugins (:data:`KEEP_PLUGINS`) and then drops every bundled
library that no kept binary links any more (:func:`unreachable_libraries`, computed with
``ldd`` on Linux, where it matters most; on macOS and Windows only the plugin list applies).

Some wheels and Python builds ship their binaries with DWARF debug information (CTranslate2's
extension: 68 MB, 1.7 MB without; a pyenv ``libpython``: 23 MB, 6 MB without).
:func:`strip_debug_info` removes only the ``.debug_*`` sections (``strip --strip-debug``),
which the program never reads; PyInstaller's own ``strip`` option removes symbol tables too,
and that broke numpy's OpenBLAS, so it stays off.

Imported by ``talk-reader.spec``; Qt-free and PyInstaller-free so tests can check the rules.
"""

from __future__ import annotations

import os
import re
import shutil
import struct
import subprocess
import sys
from collections.abc import Iterable, Sequence
from pathlib import PurePosixPath

#: Plugin type -> the plugin file stems kept (without ``lib`` prefix and extension); a type
#: not listed is dropped whole. Stems for every platform live side by side: a name that does
#: not exist on the build platform simply matches nothing.
KEEP_PLUGINS: dict[str, frozenset[str]] = {
    # xcb and wayland for desktops, offscreen for tests and the smoke test, minimal as the
    # documented fallback; cocoa / windows / direct2d are the macOS and Windows equivalents.
    "platforms": frozenset({"qxcb", "qwayland", "qoffscreen", "qminimal", "qcocoa", "qwindows", "qdirect2d"}),
    "platforms/darwin": frozenset({"qdarwin"}),
    # Portal file dialogs (Flatpak/Snap-style desktops) need only Qt's own D-Bus; the GTK 3
    # theme would bring GTK, cairo and pango (20 MB) from the build machine's system.
    "platformthemes": frozenset({"qxdgdesktopportal"}),
    # Compose keys and IBus: typing Chinese into the search field needs an input method.
    "platforminputcontexts": frozenset({"composeplatforminputcontextplugin", "ibusplatforminputcontextplugin"}),
    # The app icon and the UI icons are SVG; PNG support is built into QtGui.
    "imageformats": frozenset({"qsvg", "qico"}),
    "iconengines": frozenset({"qsvgicon"}),
    # Only used if someone creates an OpenGL context on X11; tiny, links the system's libGL.
    "xcbglintegrations": frozenset({"qxcb-glx-integration", "qxcb-egl-integration"}),
    "wayland-shell-integration": frozenset({"xdg-shell"}),
    "wayland-decoration-client": frozenset({"bradient", "adwaita"}),
    "wayland-graphics-integration-client": frozenset({"qt-plugin-wayland-egl", "shm-emulation-server"}),
    "styles": frozenset({"qmodernwindowsstyle", "qwindowsvistastyle", "qmacstyle"}),
}

#: Qt's own translations shipped: the app's UI languages only (qtbase covers the standard
#: dialogs and buttons; English needs none).
KEEP_QT_TRANSLATIONS = frozenset({"qtbase_zh_CN.qm", "qt_zh_CN.qm"})

#: Data the app never reads. jieba's part-of-speech, keyword-extraction and
#: Paddle models and the pickled HMM tables (the ``.py`` copies are what CPython loads) are
#: 25 MB; its dictionary is the one file it reads.
DROP_DATA = (
    re.compile(r"^jieba/(?!dict\.txt$)"),
    # Translation sources and the script that compiles them; the app loads the .qm files.
    re.compile(r"^resources/i18n/(?!.*\.qm$)"),
)

_PLUGIN_DIR = re.compile(r"(?:^|/)PySide6/Qt/plugins/(?P<type>.+)/(?P<file>[^/]+)$|"
                         r"(?:^|/)PySide6/plugins/(?P<wtype>.+)/(?P<wfile>[^/]+)$")
_QT_TRANSLATION = re.compile(r"(?:^|/)PySide6/(?:Qt/)?translations/(?P<file>[^/]+\.qm)$")


def _stem(filename: str) -> str:
    name = filename.split(".", 1)[0]
    return name[3:] if name.startswith("lib") else name


def plugin_of(dest: str) -> tuple[str, str] | None:
    """``(plugin type, stem)`` when *dest* (a bundle path) is a Qt plugin, else None."""
    match = _PLUGIN_DIR.search(dest.replace("\\", "/"))
    if not match:
        return None
    kind = match.group("type") or match.group("wtype")
    filename = match.group("file") or match.group("wfile")
    return kind, _stem(filename)


def keep_plugin(dest: str) -> bool:
    """Whether a bundled file is wanted as far as Qt plugins go (non-plugins are kept)."""
    plugin = plugin_of(dest)
    if plugin is None:
        return True
    kind, stem = plugin
    return stem in KEEP_PLUGINS.get(kind, frozenset())


def keep_data(dest: str) -> bool:
    dest = dest.replace("\\", "/")
    translation = _QT_TRANSLATION.search(dest)
    if translation:
        return translation.group("file") in KEEP_QT_TRANSLATIONS
    return not any(pattern.search(dest) for pattern in DROP_DATA)


def linked_names(path: str) -> tuple[set[str], set[str]]:
    """Names of the shared libraries *path* links, directly or not, and those ``ldd`` cannot find."""
    result = subprocess.run(["ldd", os.path.realpath(path)], capture_output=True, text=True, check=False)
    found: set[str] = set()
    missing: set[str] = set()
    for line in result.stdout.splitlines():
        line = line.strip()
        if "=>" not in line:
            continue
        name, _, target = (part.strip() for part in line.partition("=>"))
        if target.startswith("not found"):
            missing.add(name)
            continue
        found.add(name)
        resolved = target.split(" (", 1)[0].strip()
        if resolved:
            found.add(PurePosixPath(resolved).name)
    return found, missing


def unreachable_libraries(
    entries: Sequence[tuple[str, str, str]], roots: Iterable[str], *, ldd=linked_names  # noqa: ANN001
) -> tuple[set[str], dict[str, set[str]]]:
    """Bundle paths of ``BINARY`` entries that no root links, and each root's unresolved links.

    *entries* are PyInstaller TOC tuples ``(dest, source, kind)``; *roots* are the bundle
    paths that are loaded for their own sake (Python extensions, kept Qt plugins, the
    Python library). Libraries are matched by file name, as the dynamic loader does once
    the bundle's folders are on its path.
    """
    roots = set(roots)
    needed: set[str] = set()
    missing: dict[str, set[str]] = {}
    sources = {dest: source for dest, source, _kind in entries}
    for root in sorted(roots):
        names, unresolved = ldd(sources[root])
        needed |= names
        if unresolved:
            missing[root] = unresolved
    drop = set()
    for dest, _source, kind in entries:
        if kind != "BINARY" or dest in roots:
            continue
        if PurePosixPath(dest).name not in needed:
            drop.add(dest)
    return drop, missing


def trim(binaries: list, datas: list, *, python_library: str) -> tuple[list, list, list[str], dict[str, set[str]]]:  # noqa: ANN001
    """The spec's one call: ``(binaries, datas, dropped names, unresolved links)`` after trimming."""
    dropped = [dest for dest, _src, _kind in binaries if not keep_plugin(dest)]
    binaries = [entry for entry in binaries if keep_plugin(entry[0])]
    dropped += [dest for dest, _src, _kind in datas if not keep_data(dest)]
    datas = [entry for entry in datas if keep_data(entry[0])]
    missing: dict[str, set[str]] = {}
    if sys.platform.startswith("linux"):
        roots = [
            dest
            for dest, _src, kind in binaries
            if kind == "EXTENSION" or plugin_of(dest) is not None or PurePosixPath(dest).name == python_library
        ]
        unreachable, missing = unreachable_libraries(binaries, roots)
        dropped += sorted(unreachable)
        binaries = [entry for entry in binaries if entry[0] not in unreachable]
        # A symlink (PyInstaller links Qt libraries into the top folder; it lists the links
        # with the data files) goes with its target.
        targets = {entry[0] for entry in binaries} | {entry[0] for entry in datas if entry[2] != "SYMLINK"}
        dropped += [dest for dest, target, kind in datas if kind == "SYMLINK" and target not in targets]
        datas = [entry for entry in datas if entry[2] != "SYMLINK" or entry[1] in targets]
    return binaries, datas, dropped, missing


def elf_section_names(path: str) -> set[str]:
    """Section names of an ELF file (empty for anything else): enough to spot debug info."""
    try:
        with open(path, "rb") as f:
            ident = f.read(64)
            if len(ident) < 64 or ident[:4] != b"\x7fELF" or ident[4] != 2:  # 64-bit only
                return set()
            endian = "<" if ident[5] == 1 else ">"
            shoff = struct.unpack_from(endian + "Q", ident, 0x28)[0]
            shentsize, shnum, shstrndx = struct.unpack_from(endian + "HHH", ident, 0x3A)
            if not shoff or not shnum or shstrndx >= shnum:
                return set()
            f.seek(shoff)
            table = f.read(shentsize * shnum)
            headers = [table[i * shentsize:(i + 1) * shentsize] for i in range(shnum)]
            str_offset, str_size = struct.unpack_from(endian + "QQ", headers[shstrndx], 0x18)
            f.seek(str_offset)
            strings = f.read(str_size)
    except (OSError, struct.error):
        return set()
    names = set()
    for header in headers:
        start = struct.unpack_from(endian + "I", header, 0)[0]
        end = strings.find(b"\0", start)
        names.add(strings[start:end].decode("ascii", "replace"))
    return names


def strip_debug_info(binaries: list, workdir: str) -> tuple[list, int]:  # noqa: ANN001
    """Binaries with DWARF sections replaced by copies without them; ``(entries, bytes saved)``."""
    strip = shutil.which("strip")
    if strip is None or not sys.platform.startswith("linux"):
        return binaries, 0
    result = []
    saved = 0
    for dest, source, kind in binaries:
        if kind in ("BINARY", "EXTENSION") and ".debug_info" in elf_section_names(source):
            target = os.path.join(workdir, "stripped", dest)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            subprocess.run([strip, "--strip-debug", "-o", target, source], check=True)
            saved += os.path.getsize(source) - os.path.getsize(target)
            source = target
        result.append((dest, source, kind))
    return result, saved
