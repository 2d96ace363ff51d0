"""Model downloads against a real HTTP server on 127.0.0.1: dropped connections are retried
and resumed with HTTP Range, the index's size and SHA-256 are checked, errors name the URL,
the CLI shows human units and an ETA, and newer versions in the index are announced."""

from __future__ import annotations

import hashlib
import http.server
import io
import json
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from reader.cli import run
from reader.cli.context import ProgressBar, transfer_status
from reader.core.errors import ModelError
from reader.core.translate import packages
from tests.support.fixtures import TinyPackages
from tests.support.tiny_model import build_tiny_package


@dataclass
class _Site:
    """What the server serves, and what it was asked."""

    files: dict[str, bytes] = field(default_factory=dict)
    #: For each request of a file, in turn: drop the connection after this many bytes (None: don't).
    drops: list[int | None] = field(default_factory=list)
    ranges: list[str | None] = field(default_factory=list)
    honour_ranges: bool = True


class _Handler(http.server.BaseHTTPRequestHandler):
    site: _Site

    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        name = self.path.lstrip("/")
        data = self.site.files.get(name)
        if data is None:
            self.send_error(404)
            return
        if name == "index.json":
            self._send(200, data, {})
            return
        wanted = self.headers.get("Range")
        self.site.ranges.append(wanted)
        drop = self.site.drops.pop(0) if self.site.drops else None
        start = int(wanted.split("=")[1].split("-")[0]) if wanted and self.site.honour_ranges else 0
        if start >= len(data) and wanted:
            self.send_error(416)
            return
        headers = {"Accept-Ranges": "bytes"}
        status = 200
        if start:
            status = 206
            headers["Content-Range"] = f"bytes {start}-{len(data) - 1}/{len(data)}"
        body = data[start:]
        self.send_response(status)
        for key, value in headers.items():
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if drop is not None:
            self.wfile.write(body[:drop])
            self.wfile.flush()
            self.close_connection = True
            self.connection.shutdown(2)  # the connection drops mid-file
            return
        self.wfile.write(body)

    def _send(self, status: int, body: bytes, headers: dict[str, str]) -> None:
        self.send_response(status)
        for key, value in headers.items():
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@dataclass
class _Server:
    base: str
    site: _Site
    package: bytes

    def publish(self, version: str = "1.0", **extra: object) -> str:
        url = self.base + "zh_en.argosmodel"
        entry = {
            "package_version": version, "argos_version": "1.9", "type": "translate",
            "from_code": "zh", "from_name": "Chinese", "to_code": "en", "to_name": "English",
            "links": [url], **extra,
        }  # fmt: skip
        self.site.files["index.json"] = json.dumps([entry]).encode()
        return url


@pytest.fixture
def package_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "argos" / "packages"
    folder.mkdir(parents=True)
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(folder))
    monkeypatch.setattr(packages, "RETRY_DELAY_S", 0.0)  # retry at once: no waiting in tests
    return folder


@pytest.fixture
def server(tiny_package_files: TinyPackages, monkeypatch: pytest.MonkeyPatch) -> Iterator[_Server]:
    site = _Site()
    package = tiny_package_files.zh_en.read_bytes()
    site.files["zh_en.argosmodel"] = package
    handler = type("Handler", (_Handler,), {"site": site})
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    base = f"http://127.0.0.1:{httpd.server_address[1]}/"
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    monkeypatch.setenv("ARGOS_PACKAGE_INDEX", base)
    try:
        yield _Server(base, site, package)
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)


def _parts() -> list[Path]:
    return sorted(packages._downloads_dir().glob("*.part"))


def test_a_dropped_connection_is_resumed_with_a_range_request(package_dir: Path, server: _Server) -> None:
    server.publish(size=len(server.package), sha256=hashlib.sha256(server.package).hexdigest())
    half = len(server.package) // 2
    server.site.drops = [half]
    progress: list[tuple[int, int]] = []
    installed, _ = packages.download_package("zh", "en", report=lambda d, t: progress.append((d, t)))
    assert installed.name == "translate-zh_en"
    assert server.site.ranges == [None, f"bytes={half}-"]
    assert progress[-1] == (len(server.package), len(server.package))
    assert not _parts()


def test_a_download_that_keeps_failing_is_kept_and_resumed_next_time(
    package_dir: Path, server: _Server, capsys: pytest.CaptureFixture[str]
) -> None:
    url = server.publish()
    step = len(server.package) // 10
    server.site.drops = [step] * packages.DOWNLOAD_ATTEMPTS
    assert run(["models", "download", "zh", "en"]) == 1
    err = capsys.readouterr().err
    assert f"the download from {url} failed {packages.DOWNLOAD_ATTEMPTS} times" in err
    assert "run the command again to resume" in err and ".part" not in err
    assert packages.installed_packages() == []
    (part,) = _parts()
    assert part.stat().st_size == step * packages.DOWNLOAD_ATTEMPTS
    server.site.ranges.clear()
    assert run(["models", "download", "zh", "en"]) == 0
    assert server.site.ranges == [f"bytes={step * packages.DOWNLOAD_ATTEMPTS}-"]
    assert [p.name for p in packages.installed_packages()] == ["translate-zh_en"]
    assert not _parts()


def test_a_server_without_ranges_sends_the_whole_file_again(package_dir: Path, server: _Server) -> None:
    server.publish()
    server.site.honour_ranges = False
    server.site.drops = [1000]
    installed, _ = packages.download_package("zh", "en")
    assert installed.name == "translate-zh_en"
    assert server.site.ranges == [None, "bytes=1000-"]


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ({"size": 12345}, "but the package index says 12.3 kB"),
        ({"sha256": "0" * 64}, "does not match the SHA-256 checksum"),
    ],
)
def test_the_index_size_and_checksum_are_checked(
    package_dir: Path, server: _Server, extra: dict[str, object], message: str
) -> None:
    url = server.publish(**extra)
    with pytest.raises(ModelError, match=message) as caught:
        packages.download_package("zh", "en")
    assert url in str(caught.value)
    assert packages.installed_packages() == [] and not _parts()


def test_a_bad_package_is_reported_by_its_url_not_a_temporary_file(package_dir: Path, server: _Server) -> None:
    url = server.publish()
    server.site.files["zh_en.argosmodel"] = b"<html>not a package</html>"
    with pytest.raises(ModelError) as caught:
        packages.download_package("zh", "en")
    text = str(caught.value)
    assert text.startswith(f"the package downloaded from {url} cannot be installed: not a model package")
    assert ".part" not in text and packages.installed_packages() == [] and not _parts()


def test_an_update_in_the_index_is_announced(
    package_dir: Path, server: _Server, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(["models", "install", str(build_tiny_package(tmp_path, "zh", "en", "old", version="1.0"))]) == 0
    server.publish(version="1.1")
    capsys.readouterr()
    assert run(["models", "available"]) == 0
    assert "translate-zh_en      1.1      Chinese → English  (update: 1.0 is installed)" in capsys.readouterr().out
    assert run(["models", "list"]) == 0  # from the index as last fetched: no network needed
    assert "update available: 1.1 (talk-reader models download zh en)" in capsys.readouterr().out
    assert run(["models", "list", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["updates"] == [
        {"name": "translate-zh_en", "installed": "1.0", "available": "1.1"}
    ]


def test_progress_shows_human_units_and_time_left() -> None:
    assert transfer_status(12_000_000, 95_000_000, 0.1, 100) == "12.0 MB of 95.0 MB"
    assert transfer_status(12_000_000, 95_000_000, 4.0, 12_000_000) == "12.0 MB of 95.0 MB, 3.0 MB/s, 0:28 left"
    assert transfer_status(1_000_000, 10_000_000_000, 1.0, 1_000_000).endswith("2:46:39 left")

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    terminal = Terminal()
    bar = ProgressBar("Downloading zh→en", terminal, min_interval=0, transfer=True)
    bar(0, 2_500_000)
    bar(2_500_000, 2_500_000)
    assert "2.5 MB of 2.5 MB" in terminal.getvalue()
