"""A full disk, for real: the library and an export on a small tmpfs that fills up.

The run happens in a private mount namespace (``unshare -m``) so the tmpfs is nobody
else's business and disappears with the process. Importing a large file and exporting the
library onto the full disk must each fail with one clear message, leave no partial file
behind, and leave the library exactly as it was: once space is freed, ``check`` passes and
the first import is all there.
"""

from __future__ import annotations

import json
import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import SAMPLE_NOTES


def _can_mount_tmpfs(where: Path) -> bool:
    if shutil.which("unshare") is None or os.geteuid() != 0:
        return False
    probe = subprocess.run(
        ["unshare", "-m", "sh", "-c", f"mount -t tmpfs -o size=1m tmpfs {shlex.quote(str(where))}"],
        capture_output=True,
    )
    return probe.returncode == 0


def _large_transcript(path: Path) -> Path:
    """About 2 MB of made-up notes: far more than the disk has left once it is full."""
    line = "We measured the memory bandwidth of every accelerator in the cluster, twice a day. "
    path.write_text("\n".join(f"{line}{index}" for index in range(24_000)) + "\n", encoding="utf-8")
    return path


def test_import_and_export_on_a_full_disk_lose_nothing(tmp_path: Path) -> None:
    disk = tmp_path / "disk"
    disk.mkdir()
    if not _can_mount_tmpfs(disk):
        pytest.skip("this machine does not allow a private tmpfs mount (needs root and unshare)")
    out = tmp_path / "out"
    out.mkdir()
    big = _large_transcript(tmp_path / "big.txt")
    cli = f"{shlex.quote(sys.executable)} -m reader --library {shlex.quote(str(disk / 'library.sqlite3'))}"
    step = 0

    def run(command: str) -> str:
        nonlocal step
        step += 1
        return f'{command} > "{out}/{step}.out" 2> "{out}/{step}.err"; echo $? > "{out}/{step}.rc"\n'

    script = (
        "set -u\n"
        f'mount -t tmpfs -o size=8m tmpfs "{disk}"\n'
        + run(f"{cli} import {shlex.quote(str(SAMPLE_NOTES))}")
        + f'dd if=/dev/zero of="{disk}/filler" bs=16k 2>/dev/null; sync\n'
        + run(f"{cli} import {shlex.quote(str(big))}")
        + run(f'{cli} export --all --format md -o "{disk}/library.md"')
        + f'ls -a "{disk}" > "{out}/ls.txt"\n'
        + f'rm -f "{disk}/filler"\n'
        + run(f"{cli} check")
        + run(f"{cli} talks --json")
    )
    subprocess.run(["unshare", "-m", "sh", "-c", script], check=True, timeout=600)

    def result(number: int) -> tuple[int, str, str]:
        return (
            int((out / f"{number}.rc").read_text()),
            (out / f"{number}.out").read_text(),
            (out / f"{number}.err").read_text(),
        )

    first = result(1)
    assert first[0] == 0, first
    for number in (2, 3):  # the import and the export onto the full disk
        code, _stdout, stderr = result(number)
        text = (_stdout + stderr).lower()
        assert code == 1, (number, code, stderr)
        assert "traceback" not in text
        assert "space" in text or "full" in text, stderr
    left = (out / "ls.txt").read_text().split()
    assert "library.md" not in left
    assert not [name for name in left if name.endswith(".part")], left
    check = result(4)
    assert check[0] == 0, check
    talks = json.loads(result(5)[1])
    assert len(talks) == 5  # the sample's talks, all of them, and nothing of the big file
    assert all(talk["source"] == SAMPLE_NOTES.name for talk in talks)
