"""The fault and bad-input run, replayed against the real ``talk-reader`` process.

Library states (read-only file, folder, mount; damaged pages; a foreign SQLite file),
two writers at once, arguments that used to end in tracebacks, and text that tries to
drive the terminal. Inputs are generated here; nothing comes from the corpus.
"""

from __future__ import annotations

import json
import os
import sqlite3
import stat
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.fixtures import TinyPackages

#: As root, file permissions do not stop us: drop the capabilities that bypass them, so a
#: read-only file or a folder that cannot be entered behaves as it does for a user.
AS_USER = ["setpriv", "--bounding-set=-dac_override,-dac_read_search", "--inh-caps=-all"] if os.geteuid() == 0 else []
TALK = (
    "Welcome to the session on sparse attention.\n"
    "Our first speaker explains why mixture of experts scale well.\n"
    "Questions are welcome at the end of the talk.\n"
)
RAW_CONTROLS = ("\x1b", "\x07", "\x9b", "\u202e", "\x00")


def cli(
    *args: str | bytes,
    library: Path,
    prefix: list[str] | None = None,
    env: dict[str, str] | None = None,
    stdin: str | None = None,
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*(prefix or []), sys.executable, "-m", "reader", "--library", str(library), *args],
        capture_output=True,
        text=True,
        timeout=300,
        input=stdin,
        env={**os.environ, **(env or {})},
        errors="surrogateescape",
    )


def ok(result: subprocess.CompletedProcess[str]) -> subprocess.CompletedProcess[str]:
    assert result.returncode == 0, result.stderr
    return result


def one_line_error(result: subprocess.CompletedProcess[str], *expected: str, code: int = 1) -> str:
    assert result.returncode == code, (result.returncode, result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    last = result.stderr.strip().splitlines()[-1]
    for text in expected:
        assert text in last, result.stderr
    if code == 1:
        assert result.stderr.strip().count("\n") == 0, result.stderr
    return last


@pytest.fixture
def talk_file(tmp_path: Path) -> Path:
    path = tmp_path / "session.txt"
    path.write_text(TALK, encoding="utf-8")
    return path


def _library_with_a_talk(folder: Path, talk_file: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    library = folder / "lib.sqlite3"
    ok(cli("import", str(talk_file), library=library))
    return library


# -- read-only libraries -------------------------------------------------------------------------


@pytest.fixture(params=["file", "folder", "mount"])
def read_only_library(
    request: pytest.FixtureRequest, tmp_path: Path, talk_file: Path
) -> Iterator[tuple[Path, list[str]]]:
    """A library that may be read but not written, and the prefix to run the CLI with."""
    folder = tmp_path / "shelf"
    library = _library_with_a_talk(folder, talk_file)
    prefix = list(AS_USER)
    if request.param == "mount":
        if os.geteuid() != 0:
            pytest.skip("a read-only bind mount needs root (the folder case covers the same code)")
        prefix = ["unshare", "-m", "sh", "-c", f"mount --bind -o ro '{folder}' '{folder}' && exec \"$@\"", "sh"]
    else:
        library.chmod(0o444)
        if request.param == "folder":
            folder.chmod(0o555)
    try:
        yield library, prefix
    finally:
        folder.chmod(0o755)
        library.chmod(0o644)


def test_a_read_only_library_can_be_read_and_refuses_writes(
    read_only_library: tuple[Path, list[str]], tmp_path: Path, talk_file: Path
) -> None:
    library, prefix = read_only_library
    before = library.read_bytes()
    talks = json.loads(ok(cli("talks", "--json", library=library, prefix=prefix)).stdout)
    assert len(talks) == 1 and talks[0]["segments"] == 3
    shown = ok(cli("show", str(talks[0]["id"]), library=library, prefix=prefix)).stdout
    assert "mixture of experts" in shown
    assert "experts" in ok(cli("search", "experts", library=library, prefix=prefix)).stdout
    assert "Search index OK" in ok(cli("check", library=library, prefix=prefix)).stdout
    out = tmp_path / "out" / "talk.md"
    out.parent.mkdir()
    out.parent.chmod(0o777)
    ok(cli("export", str(talks[0]["id"]), "-o", str(out), library=library, prefix=prefix))
    assert "sparse attention" in out.read_text(encoding="utf-8")

    other = tmp_path / "other.txt"
    other.write_text("A second talk about retrieval.\n", encoding="utf-8")
    for args in (
        ("rename", str(talks[0]["id"]), "New title"),
        ("import", str(other)),
        ("note", "add", str(talks[0]["id"]), "--segments", "1"),
    ):
        one_line_error(cli(*args, library=library, prefix=prefix), "read-only", "nothing was changed")
    assert library.read_bytes() == before


# -- damaged and foreign files -------------------------------------------------------------------


def _damage(library: Path) -> None:
    with sqlite3.connect(library) as conn:
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'segments'").fetchone()[0]
    conn.close()
    with library.open("r+b") as file:
        file.seek((root - 1) * page_size + 8)
        file.write(b"\xde\xad\xbe\xef" * 64)


def test_a_damaged_library_is_read_only_with_a_clear_message(tmp_path: Path, talk_file: Path) -> None:
    library = _library_with_a_talk(tmp_path / "lib", talk_file)
    _damage(library)
    before = library.read_bytes()
    other = tmp_path / "other.txt"
    other.write_text("A second talk about retrieval.\n", encoding="utf-8")
    result = cli("import", str(other), library=library)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "warning:" in result.stderr and "pages are damaged" in result.stderr
    assert "open read-only" in result.stderr.splitlines()[-1]
    talks = cli("talks", library=library)
    assert "pages are damaged" in talks.stderr
    assert library.read_bytes() == before


def test_a_foreign_sqlite_database_is_refused_untouched(tmp_path: Path) -> None:
    foreign = tmp_path / "photos.db"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE albums (id INTEGER PRIMARY KEY, name TEXT)")
    conn.close()
    before = foreign.read_bytes()
    for args in (("talks",), ("import", str(foreign))):
        one_line_error(cli(*args, library=foreign), "another program", "untouched")
    assert foreign.read_bytes() == before
    assert not Path(f"{foreign}-wal").exists()


# -- two writers ---------------------------------------------------------------------------------


def _wait_until_open(process: subprocess.Popen[str], library: Path, deadline_s: float = 120) -> None:
    """Until *process* has the library open (read from /proc: no guessing with sleeps)."""
    fd_dir = Path(f"/proc/{process.pid}/fd")
    deadline = time.monotonic() + deadline_s
    while time.monotonic() < deadline:
        assert process.poll() is None, process.communicate()
        try:
            if any(os.readlink(fd) == str(library) for fd in fd_dir.iterdir()):
                return
        except OSError:
            pass  # a descriptor closed while we looked
    raise AssertionError("the CLI never opened the library")


def test_a_write_waits_for_another_writer_that_commits_first(tmp_path: Path, talk_file: Path) -> None:
    """Another program writes and commits while our `rename` is waiting: the rename still lands.

    With a deferred BEGIN the rename read first, then found its snapshot stale at the write
    and died with "database is locked" at once, whatever the busy timeout.
    """
    library = _library_with_a_talk(tmp_path / "lib", talk_file)
    talk_id = json.loads(ok(cli("talks", "--json", library=library)).stdout)[0]["id"]
    blocker = sqlite3.connect(library, isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")
    blocker.execute("UPDATE talks SET speakers = 'Ana' WHERE id = ?", (talk_id,))
    process = subprocess.Popen(
        [sys.executable, "-m", "reader", "--library", str(library), "rename", str(talk_id), "Renamed"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        _wait_until_open(process, library)
        with pytest.raises(subprocess.TimeoutExpired):
            process.wait(timeout=1.5)  # still waiting for the lock, not failed
    finally:
        blocker.execute("COMMIT")
        blocker.close()
    out, err = process.communicate(timeout=120)
    assert process.returncode == 0, err
    talk = json.loads(ok(cli("talks", "--json", library=library)).stdout)[0]
    assert (talk["title"], talk["speakers"]) == ("Renamed", "Ana")


def test_two_translate_runs_at_once_both_finish(
    tmp_path: Path, tiny_package_files: TinyPackages, sample_notes: Path
) -> None:
    packages_dir = tmp_path / "argos"
    env = {"ARGOS_PACKAGES_DIR": str(packages_dir)}
    library = tmp_path / "lib.sqlite3"
    ok(cli("models", "install", str(tiny_package_files.zh_en), library=library, env=env))
    ok(cli("models", "install", str(tiny_package_files.en_zh), library=library, env=env))
    ok(cli("import", str(sample_notes), library=library))
    command = [sys.executable, "-m", "reader", "--library", str(library), "translate", "--all", "--beam", "1"]
    runs = [
        subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env={**os.environ, **env})
        for _ in range(2)
    ]
    results = [run.communicate(timeout=600) + (run.returncode,) for run in runs]
    for _out, err, code in results:
        assert code == 0, err
        assert "locked" not in err
    with sqlite3.connect(library) as conn:
        translated = conn.execute("SELECT count(*) FROM translations").fetchone()[0]
    conn.close()
    assert translated > 1000
    again = json.loads(ok(cli("translate", "--all", "--json", library=library, env=env)).stdout)
    assert again["planned"] == 0


# -- arguments that used to end in tracebacks ----------------------------------------------------


def test_bad_arguments_give_one_clear_line(tmp_path: Path, talk_file: Path) -> None:
    library = _library_with_a_talk(tmp_path / "lib", talk_file)
    huge = str(2**64)
    one_line_error(cli("show", huge, library=library), "argument TALK", "not an id", code=2)
    one_line_error(cli("note", "add", huge, "--segments", "1", library=library), "not an id", code=2)
    one_line_error(cli("note", "add", "1", "--segments", f"1-{huge}", library=library), "not an id", code=2)
    one_line_error(cli("search", "x", "--talk", huge, library=library), "not an id", code=2)
    one_line_error(cli("export", "1", "-o", str(tmp_path / ("n" * 300 + ".md")), library=library), "file name too long")

    undecodable = os.fsencode(tmp_path) + b"/talk-\xff\xfe.txt"
    Path(os.fsdecode(undecodable)).write_text(TALK, encoding="utf-8")
    result = subprocess.run(
        [sys.executable.encode(), b"-m", b"reader", b"--library", os.fsencode(library), b"import", undecodable],
        capture_output=True,
        timeout=300,
    )
    assert result.returncode == 2 and b"Traceback" not in result.stderr
    assert b"not a valid UTF-8 file name" in result.stderr.splitlines()[-1]

    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "talk.txt").write_text(TALK, encoding="utf-8")
    locked.chmod(0)
    try:
        result = cli("import", str(locked / "talk.txt"), library=library, prefix=AS_USER)
        one_line_error(result, "talk.txt", "ermission denied")
    finally:
        locked.chmod(stat.S_IRWXU)


# -- terminal escape sequences -------------------------------------------------------------------

EVIL = "\x1b]0;owned\x07\x1b[8m\u202e\x9b2J"


def _assert_neutral(text: str) -> None:
    for char in RAW_CONTROLS:
        assert char not in text, repr(text)


def _strings(data: object) -> Iterator[str]:
    if isinstance(data, str):
        yield data
    elif isinstance(data, dict):
        for value in data.values():
            yield from _strings(value)
    elif isinstance(data, list):
        for value in data:
            yield from _strings(value)


def test_control_characters_never_reach_the_terminal(tmp_path: Path) -> None:
    library = tmp_path / "lib.sqlite3"
    name = tmp_path / f"talk{EVIL}.txt"
    body = "".join(f"Line {i} of a long talk about caches and memory bandwidth.\n" for i in range(40))
    name.write_text(f"A talk about kernels{EVIL} and caches.\n{body}More about kernels here.\n", encoding="utf-8")
    outputs = [ok(cli("import", str(name), library=library))]
    talk_id = json.loads(ok(cli("talks", "--json", library=library)).stdout)[0]["id"]
    outputs.append(ok(cli("rename", str(talk_id), f"Title{EVIL}", library=library)))
    talk = str(talk_id)
    for args in (("talks",), ("show", talk), ("search", "kernels"), ("search", "kernels", "--talk", talk)):
        outputs.append(ok(cli(*args, library=library)))
    outputs.append(cli("import", str(name), "--json", library=library))
    outputs.append(cli("show", f"{EVIL}", library=library))
    for result in outputs:
        _assert_neutral(result.stdout)
        _assert_neutral(result.stderr)
    shown = outputs[3].stdout
    assert "Title\\x1b]0;owned\\x07" in shown and "\\u202e" in shown and "\\x9b2J" in shown

    for args in (("talks", "--json"), ("show", str(talk_id), "--json"), ("search", "kernels", "--json")):
        text = ok(cli(*args, library=library)).stdout
        _assert_neutral(text)
        assert any(EVIL in value for value in _strings(json.loads(text))), "the data itself is kept"


def test_the_progress_bar_still_draws(tmp_path: Path) -> None:
    """The bar's own carriage return and erase sequence are ours, not data: they stay."""
    from reader.cli.context import ProgressBar
    from reader.cli.output import SafeStream

    class Terminal:
        def __init__(self) -> None:
            self.text = ""

        def write(self, text: str) -> int:
            self.text += text
            return len(text)

        def flush(self) -> None:
            pass

        def isatty(self) -> bool:
            return True

    terminal = Terminal()
    bar = ProgressBar(f"Importing x{EVIL}", stream=SafeStream(terminal))  # type: ignore[arg-type]
    bar(1, 2)
    bar.finish()
    assert terminal.text.startswith("\rImporting x\\x1b]0;owned") and terminal.text.endswith("\r\x1b[K")


def test_json_output_escapes_what_json_dumps_leaves_raw() -> None:
    """``ensure_ascii=False`` keeps DEL, C1, bidi marks and lone surrogates raw; we escape them."""
    from reader.cli.output import json_text, neutralise

    data = {"t": "a\x7fb\x85c\u202ed\u2066e\udcfff\x1bg", "ok": "中文 tab\there"}
    text = json_text(data)
    assert not any(char in text for char in "\x7f\x85\u202e\u2066\udcff\x1b")
    assert json.loads(text) == data
    assert "中文" in text
    assert neutralise("x\udcffy\x1b[2Jz\ttab\nline") == "x\\xffy\\x1b[2Jz\ttab\nline"


def test_a_truncated_model_file_keeps_the_installed_model(tmp_path: Path, tiny_package_files: TinyPackages) -> None:
    from tests.support.tiny_model import unpack, zip_folder

    env = {"ARGOS_PACKAGES_DIR": str(tmp_path / "argos")}
    library = tmp_path / "lib.sqlite3"
    ok(cli("models", "install", str(tiny_package_files.zh_en), library=library, env=env))
    folder = unpack(tiny_package_files.zh_en, tmp_path / "x")
    model = folder / "model" / "model.bin"
    model.write_bytes(model.read_bytes()[:-100])
    bad = zip_folder(folder, tmp_path / "cut.argosmodel")
    one_line_error(cli("models", "install", str(bad), library=library, env=env), "does not work, nothing was installed")
    listed = json.loads(ok(cli("models", "list", "--json", library=library, env=env)).stdout)
    assert [(p["name"], p["version"]) for p in listed["packages"]] == [("translate-zh_en", "1.0")]
    assert listed["broken"] == []
    talk = tmp_path / "zh.txt"
    talk.write_text("大家好，今天我们讲稀疏注意力。\n这个方法在长文本上更快。\n", encoding="utf-8")
    ok(cli("import", str(talk), library=library))
    result = json.loads(ok(cli("translate", "--all", "--json", library=library, env=env)).stdout)
    assert result["translated"] == result["planned"] > 0
