"""Installed CTranslate2 models (OPUS-MT, NLLB, M2M-100): list, install, remove.

They live in the app's own models folder (``TALK_READER_MODELS_DIR``, else ``models`` in
the user data folder), one sub-folder per model, named after the model: not in
argostranslate's package folder, where a folder without ``metadata.json`` breaks
``argospm``.

Installing from a folder, a ``.zip`` or a ``.tar.gz`` is all-or-nothing, with the same
safety as Argos packages (:mod:`.packages` and :mod:`.package_check` do the work): an
archive's listing is checked before a byte is extracted (no path escaping it, no links,
no duplicate names, entry count and size caps), entries are unpacked with their sizes
enforced, a folder is copied (no links, same caps); the copy is then verified completely
(:func:`~reader.core.translate.ct2_models.verify_model`: loaded, a sentence translated and
decoded in every direction) and only then renamed into place. Only a model of the same
name is replaced; another model's folder is never touched.

Call these off the GUI thread: verifying loads the model.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import tarfile
import threading
import zipfile
from dataclasses import dataclass, replace
from pathlib import Path, PurePosixPath

from reader.core.errors import ModelError, os_params
from reader.core.paths import data_dir
from reader.core.translate import ct2_models, package_check, packages
from reader.core.translate.ct2_models import ModelLayout

log = logging.getLogger(__name__)

MODELS_ENV = "TALK_READER_MODELS_DIR"
#: Converted models are bigger than Argos packages: NLLB-200 1.3B in int8 is ~1.4 GB, and
#: ``ct2-transformers-converter`` writes float32 unless asked for int8. 6 GB still refuses
#: a bomb long before it fills a disk.
MAX_MODEL_BYTES = 6 * 1024**3
MAX_MODEL_ENTRIES = 100
ARCHIVE_SUFFIXES = (".zip", ".tar.gz", ".tgz", ".tar")


def models_dir() -> Path:
    """Where converted models are installed (``TALK_READER_MODELS_DIR`` wins)."""
    from_env = os.environ.get(MODELS_ENV)
    return Path(from_env).expanduser() if from_env else data_dir() / "models"


@dataclass(frozen=True)
class InstallResult:
    """A model installed, and whether it replaced one of the same name (its label)."""

    model: ModelLayout
    replaced: str | None = None

    def to_json(self) -> dict[str, object]:
        return {"installed": self.model.to_json(), "replaced": self.replaced}


# -- installed models ----------------------------------------------------------------------


def _folders() -> list[Path]:
    root = models_dir()
    if not root.is_dir():
        return []
    return [child for child in sorted(root.iterdir()) if child.is_dir() and not child.name.startswith(".")]


#: Folder → (fingerprint, layout): reading a layout reads the vocabulary (NLLB: 256k tokens),
#: which the engine would otherwise do for every question it asks.
_layouts: dict[str, tuple[str, ModelLayout]] = {}
_layouts_lock = threading.Lock()


def _layout(folder: Path) -> ModelLayout:
    print_ = package_check.fingerprint(folder)
    with _layouts_lock:
        known = _layouts.get(str(folder))
    if known is not None and known[0] == print_:
        return known[1]
    layout = ct2_models.read_layout(folder)
    with _layouts_lock:
        _layouts[str(folder)] = (print_, layout)
    return layout


def installed_models() -> list[ModelLayout]:
    """Every installed model whose layout reads, by name (it may still not load:
    :func:`model_problem`)."""
    found = []
    for folder in _folders():
        try:
            found.append(_layout(folder))
        except (ModelError, OSError):
            continue
    return found


def model_problem(model: ModelLayout) -> str | None:
    """Why an installed model cannot be used, or None (verified once, then remembered)."""
    return package_check.folder_problem(model.path, verify=ct2_models.verify_model)


def model_problems() -> list[tuple[Path, str]]:
    """Folders in the models folder that are not usable models, and why (``models list``)."""
    problems = []
    for folder in _folders():
        try:
            layout = _layout(folder)
        except ModelError as exc:
            problems.append((folder, exc.message))
            continue
        except OSError as exc:
            problems.append((folder, f"cannot read the model folder ({exc.strerror})"))
            continue
        problem = model_problem(layout)
        if problem is not None:
            problems.append((folder, problem))
    return problems


def find_model(name: str) -> ModelLayout | None:
    """The installed, working model called *name*, or None (a broken one is logged)."""
    for model in installed_models():
        if model.name == name:
            problem = model_problem(model)
            if problem is None:
                return model
            log.warning("skipping the broken model %s: %s", model.path, problem)
    return None


def remove_model(name: str) -> ModelLayout:
    """Remove the installed model called *name*."""
    for model in installed_models():
        if name in (model.name, model.path.name):
            with packages._INSTALL_LOCK:
                try:
                    shutil.rmtree(model.path)
                except OSError as exc:
                    raise ModelError(
                        f"cannot remove the model ({exc.strerror})",
                        path=model.path,
                        code="model.os-error",
                        params=os_params(exc, action="remove"),
                    ) from exc
            return model
    raise ModelError(
        f"no installed model called {name!r} (see `talk-reader models list`)",
        code="model.not-installed",
        params={"name": name},
    )


# -- installing ----------------------------------------------------------------------------


def _archive_stem(path: Path) -> str:
    name = path.name
    for suffix in ARCHIVE_SUFFIXES:
        if name.lower().endswith(suffix):
            return name[: -len(suffix)]
    return path.stem


def is_model_source(path: Path) -> bool:
    """Whether *path* is a converted model to install here (a folder with ``model.bin``,
    a ``.tar.gz``, or a zip without an Argos ``metadata.json``) rather than an Argos package."""
    if path.is_dir():
        return True
    lower = path.name.lower()
    if lower.endswith((".tar.gz", ".tgz", ".tar")):
        return True
    if lower.endswith(".argosmodel"):
        return False
    try:
        with zipfile.ZipFile(path) as archive:
            names = [PurePosixPath(n).parts for n in archive.namelist()]
    except (OSError, zipfile.BadZipFile):
        return False
    return not any(parts[-1:] == ("metadata.json",) and len(parts) <= 2 for parts in names) and any(
        parts[-1:] == ("model.bin",) for parts in names
    )


def _root_of(names: set[str]) -> str:
    """The single top folder holding everything, or "" when files sit at the archive's root."""
    tops = {PurePosixPath(name).parts[0] for name in names}
    if len(tops) == 1:
        top = tops.pop()
        if any(name.startswith(top + "/") for name in names):
            return top
    return ""


def _unpack_zip(path: Path, dest: Path) -> str:
    with zipfile.ZipFile(path) as archive:
        entries = [packages.ArchiveEntry.of_zip(info) for info in archive.infolist()]
        names = packages.check_entries(entries, path, max_bytes=MAX_MODEL_BYTES, max_entries=MAX_MODEL_ENTRIES)
        root = _root_of(names)
        packages._unpack(archive, root, dest, path, max_bytes=MAX_MODEL_BYTES)
    return root


def _unpack_tar(path: Path, dest: Path) -> str:
    with tarfile.open(path, "r:*") as archive:
        members = archive.getmembers()
        entries = [
            packages.ArchiveEntry(
                name=member.name,
                size=member.size,
                compressed=member.size,  # no per-entry ratio in a tar: the total cap holds
                is_dir=member.isdir(),
                is_special=not (member.isfile() or member.isdir()),
            )
            for member in members
        ]
        names = packages.check_entries(entries, path, max_bytes=MAX_MODEL_BYTES, max_entries=MAX_MODEL_ENTRIES)
        root = _root_of(names)
        prefix = root + "/" if root else ""
        written = 0
        for member in members:
            relative = str(PurePosixPath(member.name))
            if relative == root or not relative.startswith(prefix):
                continue
            target = dest.joinpath(*PurePosixPath(relative[len(prefix) :]).parts)
            if member.isdir():
                target.mkdir(parents=True, exist_ok=True)
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            source = archive.extractfile(member)
            if source is None:
                continue
            with source:
                written = packages.copy_capped(
                    source, target, member.size, written, path, member.name, max_bytes=MAX_MODEL_BYTES
                )
    return root


def _copy_folder(folder: Path, dest: Path) -> None:
    """Copy a model folder, with an archive's rules: files and folders only, under the caps."""
    entries = []
    for current, dirs, files in os.walk(folder):
        for name in [*dirs, *files]:
            file = Path(current) / name
            relative = file.relative_to(folder).as_posix()
            info = file.lstat()
            is_dir = file.is_dir() and not file.is_symlink()
            entries.append(
                packages.ArchiveEntry(
                    name=relative,
                    size=0 if is_dir else info.st_size,
                    compressed=info.st_size,
                    is_dir=is_dir,
                    is_special=file.is_symlink() or not (is_dir or file.is_file()),
                )
            )
    packages.check_entries(entries, folder, max_bytes=MAX_MODEL_BYTES, max_entries=MAX_MODEL_ENTRIES)
    dest.mkdir(parents=True)
    written = 0
    for entry in entries:
        target = dest.joinpath(*PurePosixPath(entry.name).parts)
        if entry.is_dir:
            target.mkdir(parents=True, exist_ok=True)
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        with (folder / entry.name).open("rb") as source:
            written = packages.copy_capped(
                source, target, entry.size, written, folder, entry.name, max_bytes=MAX_MODEL_BYTES
            )


def _stage(path: Path, dest: Path) -> str:
    """Put the model of *path* into the new folder *dest*; returns the name it suggests."""
    if path.is_dir():
        _copy_folder(path, dest)
        return path.name
    lower = path.name.lower()
    try:
        if zipfile.is_zipfile(path):
            root = _unpack_zip(path, dest)
        elif lower.endswith((".tar.gz", ".tgz", ".tar")) and tarfile.is_tarfile(path):
            root = _unpack_tar(path, dest)
        else:
            raise ModelError(
                "not a model: expected a folder, a .zip or a .tar.gz archive",
                path=path,
                code="model.bad-archive",
                params={"problem": "not-archive"},
            )
    except (zipfile.BadZipFile, zipfile.LargeZipFile, tarfile.TarError, EOFError, NotImplementedError) as exc:
        raise ModelError(
            f"the archive is damaged ({exc})",
            path=path,
            code="model.bad-archive",
            params={"problem": "damaged", "reason": str(exc)},
        ) from exc
    dest.mkdir(parents=True, exist_ok=True)
    return PurePosixPath(root).name if root else _archive_stem(path)


def install_model(source: str | os.PathLike[str], *, name: str | None = None) -> InstallResult:
    """Install the converted model in the folder or archive *source* (see the module
    docstring); *name* overrides the name taken from the manifest or the folder/archive."""
    path = Path(source)
    if not path.exists():
        raise ModelError("no such file", path=path, code="import.missing")
    root = models_dir()
    try:
        root.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ModelError(
            f"cannot create the model folder ({exc.strerror})",
            path=root,
            code="model.os-error",
            params=os_params(exc, action="model-folder"),
        ) from exc
    if name is not None and not ct2_models.MODEL_NAME.match(name):
        raise ModelError(
            f"a model name is letters, digits, '.', '_' or '-' (got {name!r})",
            code="model.bad-name",
            params={"name": name},
        )
    with packages._INSTALL_LOCK:
        staging = packages._staging_dir(root)
        try:
            new_folder = staging / "new"
            try:
                suggested = _stage(path, new_folder)
            except OSError as exc:
                raise ModelError(
                    f"cannot unpack the model ({exc.strerror or exc})",
                    path=path,
                    code="model.os-error",
                    params=os_params(exc, action="unpack"),
                ) from exc
            try:
                layout = ct2_models.verify_model(new_folder, name=name or suggested)
            except ModelError as exc:
                raise ModelError(
                    f"the model does not work, nothing was installed: {exc.message}",
                    path=path,
                    code="model.does-not-work",
                    params={"cause": exc},
                ) from exc
            layout = _write_manifest(new_folder, layout, name)
            destination = root / layout.name
            previous = _previous_label(destination)
            packages._swap_in(new_folder, destination)
        finally:
            shutil.rmtree(staging, ignore_errors=True)
    installed = ct2_models.read_layout(destination)
    return InstallResult(installed, previous)


def _write_manifest(folder: Path, layout: ModelLayout, name: str | None) -> ModelLayout:
    """Write the resolved manifest (with the weights' hash) and mark the folder verified."""
    resolved = replace(layout, name=name or layout.name, sha256=ct2_models.weights_sha256(folder))
    (folder / ct2_models.MANIFEST).write_text(
        json.dumps(resolved.manifest(), ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    package_check.write_marker(folder)
    return resolved


def _previous_label(destination: Path) -> str | None:
    if not destination.exists():
        return None
    try:
        return ct2_models.read_layout(destination).label
    except ModelError:
        return destination.name
