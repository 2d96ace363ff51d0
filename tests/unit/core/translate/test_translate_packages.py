"""Model packages: install (good and bad files), list, remove, argospm interop, index, download."""

from __future__ import annotations

import functools
import http.server
import json
import os
import threading
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from reader.cli import run
from reader.core.errors import ModelError
from reader.core.translate import packages
from tests.support.fixtures import TinyPackages
from tests.support.tiny_model import build_tiny_package, unpack, zip_folder


@pytest.fixture
def package_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty package folder of this test's own (the session's tiny packages live elsewhere)."""
    folder = tmp_path / "argos" / "packages"
    folder.mkdir(parents=True)
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(folder))
    return folder


def _tree(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


def test_install_list_and_remove_through_the_cli(
    package_dir: Path, tiny_package_files: TinyPackages, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(["models", "install", str(tiny_package_files.zh_en), "--json"]) == 0
    installed = json.loads(capsys.readouterr().out)["installed"]
    assert installed["name"] == "translate-zh_en"
    assert installed["version"] == "1.0"
    assert (package_dir / "translate-zh_en-1_0" / "model" / "model.bin").is_file()

    assert run(["models", "list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert listed["package_dir"] == str(package_dir)
    assert [(p["name"], p["from_code"], p["to_code"]) for p in listed["packages"]] == [("translate-zh_en", "zh", "en")]

    assert run(["models", "remove", "translate-zh_en"]) == 0
    assert "Removed translate-zh_en 1.0" in capsys.readouterr().out
    assert _tree(package_dir) == []
    assert packages.find_package("zh", "en") is None

    assert run(["models", "remove", "translate-zh_en"]) == 1
    assert "no installed model package called 'translate-zh_en'" in capsys.readouterr().err


def test_argostranslate_sees_our_packages_and_we_see_its(package_dir: Path, tiny_package_files: TinyPackages) -> None:
    from argostranslate import package as argos_package

    packages.install_package(tiny_package_files.zh_en)
    argos_names = [argos_package.argospm_package_name(p) for p in argos_package.get_installed_packages([package_dir])]
    assert argos_names == ["translate-zh_en"]

    # What argospm does: unzip the archive straight into the package folder.
    argos_package_dir_before = os.environ["ARGOS_PACKAGES_DIR"]
    with zipfile.ZipFile(tiny_package_files.en_zh) as archive:
        archive.extractall(argos_package_dir_before)
    found = packages.find_package("en", "zh")
    assert found is not None and found.name == "translate-en_zh"
    assert [p.name for p in packages.installed_packages()] == ["translate-en_zh", "translate-zh_en"]


def test_a_newer_version_replaces_the_older_one(
    package_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old = build_tiny_package(tmp_path / "v1", "zh", "en", "EN·test", version="1.0")
    new = build_tiny_package(tmp_path / "v2", "zh", "en", "EN·test", version="1.1")
    packages.install_package(old)
    assert run(["models", "install", str(new)]) == 0
    out = capsys.readouterr().out
    assert "Installed translate-zh_en 1.1" in out
    assert "replaced translate-zh_en 1.0" in out
    assert [p.path.name for p in packages.installed_packages()] == ["translate-zh_en-1_1"]


def test_reinstalling_the_same_file_keeps_one_copy(package_dir: Path, tiny_package_files: TinyPackages) -> None:
    packages.install_package(tiny_package_files.zh_en)
    packages.install_package(tiny_package_files.zh_en)
    assert [p.path.name for p in packages.installed_packages()] == ["translate-zh_en-1_0"]
    assert not any(p.name.startswith(".talk-reader-install-") for p in package_dir.parent.iterdir())


# -- bad files ---------------------------------------------------------------------------------


def _rezip(folder: Path, dest: Path) -> Path:
    return zip_folder(folder, dest)


def _bad_not_zip(src: Path, work: Path) -> Path:
    bad = work / "bad.argosmodel"
    bad.write_bytes(b"this is not a zip file at all" * 10)
    return bad


def _bad_truncated(src: Path, work: Path) -> Path:
    bad = work / "truncated.argosmodel"
    data = src.read_bytes()
    bad.write_bytes(data[: len(data) // 2])
    return bad


def _bad_no_metadata(src: Path, work: Path) -> Path:
    folder = unpack(src, work / "x")
    (folder / "metadata.json").unlink()
    return _rezip(folder, work / "nometa.argosmodel")


def _bad_metadata_json(src: Path, work: Path) -> Path:
    folder = unpack(src, work / "x")
    (folder / "metadata.json").write_text("{not json", encoding="utf-8")
    return _rezip(folder, work / "badmeta.argosmodel")


def _bad_no_model(src: Path, work: Path) -> Path:
    folder = unpack(src, work / "x")
    (folder / "model" / "model.bin").unlink()
    return _rezip(folder, work / "nomodel.argosmodel")


def _bad_no_tokenizer(src: Path, work: Path) -> Path:
    folder = unpack(src, work / "x")
    (folder / "sentencepiece.model").unlink()
    return _rezip(folder, work / "nosp.argosmodel")


def _bad_wrong_type(src: Path, work: Path) -> Path:
    folder = unpack(src, work / "x")
    meta = json.loads((folder / "metadata.json").read_text(encoding="utf-8"))
    meta["type"] = "sbd"
    (folder / "metadata.json").write_text(json.dumps(meta), encoding="utf-8")
    return _rezip(folder, work / "sbd.argosmodel")


def _bad_escaping_path(src: Path, work: Path) -> Path:
    bad = work / "slip.argosmodel"
    with zipfile.ZipFile(src) as good, zipfile.ZipFile(bad, "w") as out:
        for info in good.infolist():
            out.writestr(info, good.read(info))
        out.writestr(good.namelist()[0] + "../../evil.txt", b"escaped")
    return bad


def _bad_two_folders(src: Path, work: Path) -> Path:
    bad = work / "two.argosmodel"
    with zipfile.ZipFile(src) as good, zipfile.ZipFile(bad, "w") as out:
        for info in good.infolist():
            out.writestr(info, good.read(info))
        out.writestr("other/readme.txt", b"hi")
    return bad


def _bad_symlink(src: Path, work: Path) -> Path:
    bad = work / "link.argosmodel"
    with zipfile.ZipFile(src) as good, zipfile.ZipFile(bad, "w") as out:
        for info in good.infolist():
            out.writestr(info, good.read(info))
        link = zipfile.ZipInfo(good.namelist()[0] + "link")
        link.external_attr = 0o120777 << 16
        out.writestr(link, "/etc/passwd")
    return bad


@pytest.mark.parametrize(
    ("make_bad", "message"),
    [
        (_bad_not_zip, "zip archive"),
        (_bad_truncated, "zip archive"),
        (_bad_no_metadata, "no metadata.json"),
        (_bad_metadata_json, "unreadable metadata.json"),
        (_bad_no_model, "missing model/model.bin"),
        (_bad_no_tokenizer, "missing sentencepiece.model"),
        (_bad_wrong_type, "not a translation model"),
        (_bad_escaping_path, "path outside its folder"),
        (_bad_two_folders, "one top-level folder"),
        (_bad_symlink, "contains a link"),
    ],
)
def test_a_bad_file_installs_nothing(
    package_dir: Path,
    tiny_package_files: TinyPackages,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    make_bad: object,
    message: str,
) -> None:
    packages.install_package(tiny_package_files.en_zh)
    before = _tree(package_dir)
    work = tmp_path / "work"
    work.mkdir()
    bad = make_bad(tiny_package_files.zh_en, work)  # type: ignore[operator]
    with pytest.raises(ModelError, match=message):
        packages.install_package(bad)
    assert run(["models", "install", str(bad)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("talk-reader: error: ") and message in err
    assert _tree(package_dir) == before
    assert not (tmp_path / "evil.txt").exists() and not (package_dir.parent / "evil.txt").exists()
    assert not any(p.name.startswith(".talk-reader-install-") for p in package_dir.parent.iterdir())


def test_a_missing_file_is_a_clear_error(package_dir: Path, tmp_path: Path) -> None:
    with pytest.raises(ModelError, match="no such file"):
        packages.install_package(tmp_path / "nope.argosmodel")


def test_a_folder_that_is_not_a_package_is_ignored(package_dir: Path, tiny_package_files: TinyPackages) -> None:
    (package_dir / "leftover").mkdir()
    packages.install_package(tiny_package_files.zh_en)
    assert [p.name for p in packages.installed_packages()] == ["translate-zh_en"]


# -- index and download ------------------------------------------------------------------------


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def index_server(tmp_path: Path, tiny_package_files: TinyPackages, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """A package index on loopback serving index.json and the zh→en tiny package."""
    root = tmp_path / "www"
    root.mkdir()
    (root / "zh_en.argosmodel").write_bytes(tiny_package_files.zh_en.read_bytes())
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(root)))
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    index = [
        {
            "package_version": "1.0",
            "argos_version": "1.9",
            "type": "translate",
            "from_code": "zh",
            "from_name": "Chinese",
            "to_code": "en",
            "to_name": "English",
            "links": [base + "zh_en.argosmodel"],
        },
        {
            "package_version": "1.0",
            "argos_version": "1.9",
            "type": "translate",
            "from_code": "en",
            "from_name": "English",
            "to_code": "de",
            "to_name": "German",
            "links": [base + "missing.argosmodel"],
        },
    ]
    (root / "index.json").write_text(json.dumps(index), encoding="utf-8")
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    monkeypatch.setenv("ARGOS_PACKAGE_INDEX", base)
    try:
        yield base
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def test_available_lists_the_index(package_dir: Path, index_server: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["models", "available", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(p["name"], p["installed"]) for p in listed] == [("translate-en_de", False), ("translate-zh_en", False)]


def test_download_installs_with_progress(package_dir: Path, index_server: str) -> None:
    progress: list[tuple[int, int]] = []
    installed, replaced = packages.download_package("zh", "en", report=lambda d, t: progress.append((d, t)))
    assert installed.name == "translate-zh_en" and replaced == []
    assert packages.find_package("zh", "en") == installed
    assert progress[-1][0] == progress[-1][1] > 0
    assert not list(packages._downloads_dir().glob("*.part"))


def test_download_errors_are_clear(package_dir: Path, index_server: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["models", "download", "zh", "ja"]) == 1
    assert "the package index has no zh→ja model" in capsys.readouterr().err
    with pytest.raises(ModelError, match="HTTP 404"):
        packages.download_package("en", "de")
    assert packages.installed_packages() == []


def test_unreachable_index_is_a_clear_error(package_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # conftest points ARGOS_PACKAGE_INDEX at a closed loopback port.
    assert run(["models", "available"]) == 1
    err = capsys.readouterr().err
    assert "cannot reach http://127.0.0.1:9/index.json" in err
    assert "Traceback" not in err
    assert run(["models", "download", "zh", "en"]) == 1
    assert "cannot reach" in capsys.readouterr().err
