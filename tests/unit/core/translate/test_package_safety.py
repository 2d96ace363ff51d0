"""A bad package never replaces a working model; the best *working* package is chosen.

Every case starts from a working zh→en (and en→zh) install, tries something broken, and
then checks the working model is still there and still translates.
"""

from __future__ import annotations

import json
import shutil
import struct
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from reader.cli import run
from reader.core.errors import ModelError
from reader.core.translate import package_check, packages
from reader.core.translate.engine import TranslationEngine
from tests.support.fixtures import TinyPackages
from tests.support.tiny_model import build_tiny_package, unpack, zip_folder


@pytest.fixture
def package_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "argos" / "packages"
    folder.mkdir(parents=True)
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(folder))
    return folder


@pytest.fixture
def working(package_dir: Path, tiny_package_files: TinyPackages) -> TinyPackages:
    """Both tiny packages installed and translating."""
    packages.install_package(tiny_package_files.zh_en)
    packages.install_package(tiny_package_files.en_zh)
    return tiny_package_files


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _still_works(working: TinyPackages) -> None:
    engine = TranslationEngine(threads=1)
    assert engine.translate_texts(["你好"], "zh", "en") == [working.zh_en_marker]
    assert engine.translate_texts(["Hello"], "en", "zh") == [working.en_zh_marker]
    assert [p.path.name for p in packages.installed_packages()] == ["translate-en_zh-1_0", "translate-zh_en-1_0"]


def _variant(src: Path, work: Path, change: Callable[[Path], None], name: str = "bad") -> Path:
    folder = unpack(src, work / "unpacked")
    change(folder)
    archive = zip_folder(folder, work / f"{name}.argosmodel")
    shutil.rmtree(work / "unpacked")
    return archive


def _truncate_model(folder: Path) -> None:
    model = folder / "model" / "model.bin"
    model.write_bytes(model.read_bytes()[: model.stat().st_size // 2])


def _garbage_model(folder: Path) -> None:
    (folder / "model" / "model.bin").write_bytes(struct.pack("<I", 6) + bytes(range(256)) * 40)


def _garbage_sentencepiece(folder: Path) -> None:
    (folder / "sentencepiece.model").write_bytes(b"not a sentencepiece model " * 40)


def _short_vocabulary(folder: Path) -> None:
    vocabulary = next(p for p in (folder / "model").iterdir() if p.name.startswith("shared_vocabulary"))
    if vocabulary.suffix == ".json":
        vocabulary.write_text(json.dumps(["<unk>", "<s>", "</s>"]), encoding="utf-8")
    else:
        vocabulary.write_text("<unk>\n<s>\n</s>\n", encoding="utf-8")


def _garbage_config(folder: Path) -> None:
    (folder / "model" / "config.json").write_text("{this is not json", encoding="utf-8")


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (_truncate_model, "translation model does not load"),
        (_garbage_model, "translation model does not load"),
        (_garbage_sentencepiece, "SentencePiece model does not load"),
        (_short_vocabulary, "cannot translate a test sentence"),
        (_garbage_config, "translation model does not load"),
    ],
)
def test_a_package_that_does_not_load_never_replaces_the_working_one(
    working: TinyPackages,
    package_dir: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    change: Callable[[Path], None],
    message: str,
) -> None:
    before = _snapshot(package_dir)
    bad = _variant(working.zh_en, tmp_path / "work", change)
    with pytest.raises(ModelError, match=f"does not work, nothing was installed: .*{message}"):
        packages.install_package(bad)
    assert run(["models", "install", str(bad)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("talk-reader: error: ") and err.count("\n") == 1 and message in err
    assert _snapshot(package_dir) == before
    assert not list(package_dir.parent.glob(".talk-reader-install-*"))
    _still_works(working)


def test_the_folder_name_comes_from_the_metadata_not_the_zip(
    working: TinyPackages, package_dir: Path, tmp_path: Path
) -> None:
    """A zh→en package whose top-level folder is named like the en→zh one leaves en→zh alone."""
    folder = unpack(build_tiny_package(tmp_path / "v2", "zh", "en", "EN·two", version="2.0"), tmp_path / "x")
    impostor = folder.rename(folder.with_name("translate-en_zh-1_0"))
    en_zh_before = _snapshot(package_dir / "translate-en_zh-1_0")
    installed, replaced = packages.install_package(zip_folder(impostor, tmp_path / "impostor.argosmodel"))
    assert installed.path.name == "translate-zh_en-2_0"
    assert [p.path.name for p in replaced] == ["translate-zh_en-1_0"]
    assert _snapshot(package_dir / "translate-en_zh-1_0") == en_zh_before
    engine = TranslationEngine(threads=1)
    assert engine.translate_texts(["你好"], "zh", "en") == ["EN·two"]
    assert engine.translate_texts(["Hello"], "en", "zh") == [working.en_zh_marker]


def _with_extra_entry(src: Path, dest: Path, name: str, data: bytes) -> Path:
    with zipfile.ZipFile(src) as good, zipfile.ZipFile(dest, "w") as out:
        for info in good.infolist():
            out.writestr(info, good.read(info))
        out.writestr(name, data)
    return dest


def _duplicate_entry(src: Path, work: Path) -> Path:
    top = zipfile.ZipFile(src).namelist()[0].split("/")[0]
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about the duplicate it is asked to write
        return _with_extra_entry(src, work / "dup.argosmodel", f"{top}/model/model.bin", b"second copy")


def _absolute_entry(src: Path, work: Path) -> Path:
    return _with_extra_entry(src, work / "abs.argosmodel", "/tmp/evil.txt", b"x")


def _too_many_entries(src: Path, work: Path) -> Path:
    top = zipfile.ZipFile(src).namelist()[0].split("/")[0]
    dest = work / "many.argosmodel"
    with zipfile.ZipFile(src) as good, zipfile.ZipFile(dest, "w") as out:
        for info in good.infolist():
            out.writestr(info, good.read(info))
        for i in range(packages.MAX_ENTRIES):
            out.writestr(f"{top}/extra/{i}.txt", b"")
    return dest


def _claims_two_gigabytes(src: Path, work: Path) -> Path:
    """A listing that says model.bin unpacks to 2 GB (sizes patched in both headers)."""
    dest = work / "huge.argosmodel"
    dest.write_bytes(src.read_bytes())
    with zipfile.ZipFile(dest) as archive:
        info = archive.getinfo(next(n for n in archive.namelist() if n.endswith("model/model.bin")))
        real = info.file_size
    data = bytearray(dest.read_bytes())
    huge = struct.pack("<I", 2 * 1024**3)
    for signature, offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        start = 0
        while (start := data.find(signature, start)) != -1:
            if data[start + offset : start + offset + 4] == struct.pack("<I", real):
                data[start + offset : start + offset + 4] = huge
            start += 4
    dest.write_bytes(bytes(data))
    return dest


def _zip_bomb(src: Path, work: Path) -> Path:
    dest = work / "bomb.argosmodel"
    top = zipfile.ZipFile(src).namelist()[0].split("/")[0]
    with zipfile.ZipFile(src) as good, zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as out:
        for info in good.infolist():
            out.writestr(info, good.read(info))
        out.writestr(f"{top}/padding.bin", bytes(64 * 1024**2))
    return dest


def _bad_language_code(src: Path, work: Path) -> Path:
    def change(folder: Path) -> None:
        meta = json.loads((folder / "metadata.json").read_text(encoding="utf-8"))
        meta["to_code"] = "../../zh"
        (folder / "metadata.json").write_text(json.dumps(meta), encoding="utf-8")

    return _variant(src, work, change, "code")


def _numeric_version(src: Path, work: Path) -> Path:
    def change(folder: Path) -> None:
        meta = json.loads((folder / "metadata.json").read_text(encoding="utf-8"))
        meta["package_version"] = 1.1
        (folder / "metadata.json").write_text(json.dumps(meta), encoding="utf-8")

    return _variant(src, work, change, "version")


@pytest.mark.parametrize(
    ("make_bad", "message"),
    [
        (_duplicate_entry, "holds .* twice"),
        (_absolute_entry, "path outside its folder"),
        (_too_many_entries, "more than a model package has"),
        (_claims_two_gigabytes, r"unpacks to 2\.0 GB, more than a model package can be"),
        (_zip_bomb, "inflates implausibly"),
        (_bad_language_code, "is not a language code"),
        (_numeric_version, "package_version must be a string"),
    ],
)
def test_an_unsafe_archive_is_refused_before_anything_is_unpacked(
    working: TinyPackages, package_dir: Path, tmp_path: Path, make_bad: Callable[[Path, Path], Path], message: str
) -> None:
    before = _snapshot(package_dir)
    work = tmp_path / "work"
    work.mkdir()
    bad = make_bad(working.zh_en, work)
    with pytest.raises(ModelError, match=message):
        packages.install_package(bad)
    assert _snapshot(package_dir) == before
    assert not (package_dir.parent.parent / "zh").exists() and not Path("/tmp/evil.txt").exists()
    assert not list(package_dir.parent.glob(".talk-reader-install-*"))
    _still_works(working)


def test_a_broken_folder_claiming_a_newer_version_is_reported_and_skipped(
    working: TinyPackages, package_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    junk = package_dir / "translate-zh_en-9_9"
    shutil.copytree(package_dir / "translate-zh_en-1_0", junk)
    (junk / package_check.MARKER).unlink()
    meta = json.loads((junk / "metadata.json").read_text(encoding="utf-8"))
    (junk / "metadata.json").write_text(json.dumps({**meta, "package_version": "9.9"}), encoding="utf-8")
    _garbage_model(junk)
    (package_dir / "notes").mkdir()
    (package_dir / "notes" / "metadata.json").write_text('{"from_code": "../..", "to_code": "en"}', encoding="utf-8")

    found = packages.find_package("zh", "en")
    assert found is not None and found.version == "1.0"
    problems = dict(packages.package_problems())
    assert "translation model does not load" in problems[junk]
    assert "not a language code" in problems[package_dir / "notes"]
    assert TranslationEngine(threads=1).translate_texts(["你好"], "zh", "en") == [working.zh_en_marker]

    assert run(["models", "list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    broken = {Path(p["path"]).name: p["problem"] for p in listed["broken"]}
    assert "translation model does not load" in broken["translate-zh_en-9_9"]
    assert run(["models", "list"]) == 0
    captured = capsys.readouterr()
    assert "translate-zh_en-9_9" in captured.err and "does not load" in captured.err


def test_only_broken_packages_for_a_direction_is_a_clear_message(
    package_dir: Path, tiny_package_files: TinyPackages
) -> None:
    packages.install_package(tiny_package_files.zh_en)
    folder = package_dir / "translate-zh_en-1_0"
    _truncate_model(folder)
    assert packages.find_package("zh", "en") is None
    with pytest.raises(ModelError, match=r"the installed zh→en model does not work \(the translation model does not"):
        TranslationEngine(threads=1).translate_texts(["你好"], "zh", "en")


def test_a_verified_folder_is_not_loaded_again(working: TinyPackages, package_dir: Path) -> None:
    """Choosing a model costs a few stat calls once a folder is marked; a changed file voids the mark."""
    folder = package_dir / "translate-zh_en-1_0"
    assert json.loads((folder / package_check.MARKER).read_text(encoding="utf-8"))["fingerprint"] == (
        package_check.fingerprint(folder)
    )
    (folder / "README.md").write_text("changed\n", encoding="utf-8")
    assert not package_check._marker_matches(folder, package_check.fingerprint(folder))
    assert packages.find_package("zh", "en") is not None  # verified again, and marked again
    assert package_check._marker_matches(folder, package_check.fingerprint(folder))
