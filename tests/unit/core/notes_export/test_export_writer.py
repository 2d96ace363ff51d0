"""Writing exports: atomic, never over an existing file unless forced, clear errors, no partial files."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from notes_export_support import SampleTalk, build_sample_talk

from reader.core.db import Library
from reader.core.errors import ExportError
from reader.core.export import ExportOptions, ExportTargetExists, default_filename, export, write_atomic
from reader.core.export.document import build_document
from reader.core.export.warnings import ExportWarningKind


def files_in(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_writes_utf8_and_refuses_to_overwrite(tmp_path: Path) -> None:
    target = tmp_path / "out.md"
    assert write_atomic(target, "第一版 first\n") == target
    assert target.read_bytes() == "第一版 first\n".encode()
    assert (target.stat().st_mode & 0o777) == 0o644
    with pytest.raises(ExportTargetExists, match="already exists; not overwritten") as caught:
        write_atomic(target, "second\n")
    assert caught.value.path == target
    assert target.read_text(encoding="utf-8") == "第一版 first\n"
    os.chmod(target, 0o600)
    write_atomic(target, "second\n", force=True)
    assert target.read_text(encoding="utf-8") == "second\n"
    assert (target.stat().st_mode & 0o777) == 0o600  # replacing keeps the file's permissions
    assert files_in(tmp_path) == ["out.md"]


@pytest.mark.parametrize(
    ("make_target", "message"),
    [
        (lambda tmp: tmp / "missing" / "out.md", "does not exist"),
        (lambda tmp: tmp / "a-file.txt" / "out.md", "is a file, not a folder"),
        (lambda tmp: tmp, "is a folder; give the name of the file to write"),
    ],
)
def test_unwritable_paths_give_clear_errors(tmp_path: Path, make_target: object, message: str) -> None:
    (tmp_path / "a-file.txt").write_text("keep me", encoding="utf-8")
    before = files_in(tmp_path)
    target = make_target(tmp_path)  # type: ignore[operator]
    with pytest.raises(ExportError, match=message):
        write_atomic(target, "text", force=True)
    assert files_in(tmp_path) == before
    assert (tmp_path / "a-file.txt").read_text(encoding="utf-8") == "keep me"


@pytest.mark.skipif(not Path("/sys/kernel").is_dir(), reason="needs Linux sysfs, unwritable even for root")
def test_a_folder_that_takes_no_files(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="permission denied|cannot create files|read-only") as caught:
        write_atomic(Path("/sys/kernel/talk-reader-export.md"), "text")
    assert str(caught.value).startswith("/sys/kernel/talk-reader-export.md: ")


def test_a_failed_write_leaves_no_partial_file(tmp_path: Path) -> None:
    """A write that fails half-way (file size limit hit) leaves neither a temp file nor a changed target."""
    folder = tmp_path / "out"
    folder.mkdir()
    (folder / "talk.html").write_text("old export", encoding="utf-8")
    script = textwrap.dedent(
        f"""
        import resource, signal, sys
        from reader.core.errors import ExportError
        from reader.core.export.writer import write_atomic
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))
        try:
            write_atomic({str(folder / "talk.html")!r}, "字" * 100_000, force=True)
        except ExportError as exc:
            print(exc)
            sys.exit(3)
        """
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60, cwd=Path.cwd())
    assert result.returncode == 3, result.stderr
    assert "the file is too large for this disk" in result.stdout
    assert files_in(folder) == ["talk.html"]
    assert (folder / "talk.html").read_text(encoding="utf-8") == "old export"


@pytest.fixture
def sample(library: Library, tmp_path: Path) -> SampleTalk:
    return build_sample_talk(library, tmp_path)


def test_export_checks_the_target_before_working(library: Library, sample: SampleTalk, tmp_path: Path) -> None:
    target = tmp_path / "talk.html"
    result = export(library, [sample.talk_id], ExportOptions(format="html"), target)
    assert result.path == target and result.bytes == target.stat().st_size
    assert (result.talks, result.notes, result.format) == (1, 3, "html")
    assert [w.message for w in result.warnings] == [
        "2 passage(s) are not translated yet; the export marks them as such"
    ]
    assert result.warnings[0].kind is ExportWarningKind.UNTRANSLATED
    assert result.to_json()["path"] == str(target)
    first = target.read_text(encoding="utf-8")
    with pytest.raises(ExportTargetExists):
        export(library, [sample.talk_id], ExportOptions(format="md"), target)
    assert target.read_text(encoding="utf-8") == first
    export(library, [sample.talk_id], ExportOptions(format="md"), target, force=True)
    assert target.read_text(encoding="utf-8").startswith("# Memory walls and AI chips\n")


def test_options_are_checked(library: Library, sample: SampleTalk) -> None:
    with pytest.raises(ExportError, match="unknown export format 'pdf'; choose md, notes, html, srt or vtt"):
        ExportOptions(format="pdf")  # type: ignore[arg-type]
    with pytest.raises(ExportError, match="unknown layout 'columns'; choose interleaved or table"):
        ExportOptions(layout="columns")  # type: ignore[arg-type]
    with pytest.raises(ExportError, match="unknown language choice 'fr'"):
        ExportOptions(lang="fr")  # type: ignore[arg-type]
    with library.read_session() as session:
        doc = build_document(session, [sample.talk_id])
        everything = build_document(session)
    assert default_filename(doc, ExportOptions(format="html")) == "Memory walls and AI chips.html"
    assert default_filename(doc, ExportOptions(format="notes")) == "Memory walls and AI chips (notes).md"
    assert default_filename(everything, ExportOptions(format="md")) == "talk-reader-library.md"


def test_a_kill_inside_fsync_leaves_a_part_file_the_next_export_removes(tmp_path: Path) -> None:
    target = tmp_path / "talk.html"
    target.write_text("old export", encoding="utf-8")
    (tmp_path / ".talk.html.part").write_text("not ours", encoding="utf-8")
    (tmp_path / ".other.html.talk-reader-abc.part").write_text("another target's", encoding="utf-8")
    script = textwrap.dedent(
        f"""
        import os, signal
        from reader.core.export.writer import write_atomic
        os.fsync = lambda fd: os.kill(os.getpid(), signal.SIGKILL)  # the kill arrives inside fsync
        write_atomic({str(target)!r}, "new export", force=True)
        """
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60, cwd=Path.cwd())
    assert result.returncode == -9, result.stderr
    stale = [name for name in files_in(tmp_path) if name.startswith(".talk.html.talk-reader-")]
    assert len(stale) == 1 and stale[0].endswith(".part")
    assert target.read_text(encoding="utf-8") == "old export"

    write_atomic(target, "newer export", force=True)
    assert target.read_text(encoding="utf-8") == "newer export"
    assert files_in(tmp_path) == [".other.html.talk-reader-abc.part", ".talk.html.part", "talk.html"]


@pytest.mark.skipif(sys.platform == "win32", reason="flock is POSIX")
def test_a_part_file_of_a_running_export_is_left_alone(tmp_path: Path) -> None:
    import fcntl

    target = tmp_path / "talk.md"
    running = tmp_path / ".talk.md.talk-reader-running1.part"
    with open(running, "wb") as handle:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        write_atomic(target, "text")
        assert running.exists()
    write_atomic(target, "again", force=True)
    assert files_in(tmp_path) == ["talk.md"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX feature")
def test_never_replaces_what_is_not_a_regular_file(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.md"
    os.mkfifo(fifo)
    link_to_device = tmp_path / "null.md"
    link_to_device.symlink_to(os.devnull)
    dangling = tmp_path / "dangling.md"
    dangling.symlink_to(tmp_path / "missing.md")
    for target, message in (
        (Path(os.devnull), "is a device; only regular files are replaced"),
        (fifo, "is a named pipe"),
        (link_to_device, "is a link to a device"),
        (dangling, "is a link to nothing"),
    ):
        with pytest.raises(ExportError, match=message):
            write_atomic(target, "text", force=True)
    assert Path(os.devnull).is_char_device()
    assert fifo.is_fifo() and link_to_device.is_symlink() and dangling.is_symlink()
    assert sorted(files_in(tmp_path)) == ["dangling.md", "null.md", "pipe.md"]


def test_a_link_to_a_file_is_written_through(tmp_path: Path) -> None:
    real = tmp_path / "real.md"
    real.write_text("old", encoding="utf-8")
    link = tmp_path / "link.md"
    link.symlink_to(real)
    with pytest.raises(ExportTargetExists):
        write_atomic(link, "new")
    assert write_atomic(link, "new", force=True) == real
    assert link.is_symlink() and real.read_text(encoding="utf-8") == "new"


def test_export_refuses_a_device_before_any_work(library: Library, sample: SampleTalk) -> None:
    with pytest.raises(ExportError, match="is a device"):
        export(library, [sample.talk_id], ExportOptions(format="html"), os.devnull, force=True)
