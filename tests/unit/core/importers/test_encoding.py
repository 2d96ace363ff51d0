"""Every common transcript encoding decodes to the same text."""

from __future__ import annotations

import codecs
import os
from pathlib import Path

import pytest

from reader.core.errors import ImportFailed
from reader.core.importers.encoding import decode, read_bytes, split_lines

ZH = "我们可以在一个芯片上容纳多少芯片带宽。今天的报告题目是扩散模型。\n下面我们有请张教授。\n"
ZH_TRADITIONAL = "我們可以在一個晶片上容納多少頻寬。今天的報告題目是擴散模型。\n下面我們有請張教授。\n"
MIXED = "So Dr. Zhang, 你好. Today we talk about diffusion 模型 and transformers.\n"


@pytest.mark.parametrize(
    ("encoding", "text"),
    [
        ("utf-8", ZH + MIXED),
        ("utf-8-sig", ZH + MIXED),
        ("utf-16", ZH + MIXED),  # with BOM, native order
        ("utf-16-le", MIXED),  # no BOM: detected from the NUL pattern
        ("utf-16-be", MIXED),
        ("gb18030", ZH),
        ("gbk", ZH),
        ("big5", ZH_TRADITIONAL),
    ],
)
def test_decodes_each_encoding(tmp_path: Path, encoding: str, text: str) -> None:
    data = text.encode(encoding)
    decoded = decode(data, tmp_path / "x.txt")
    assert decoded.text == text


@pytest.mark.parametrize("bom", [codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE])
def test_utf16_bom_wins(tmp_path: Path, bom: bytes) -> None:
    encoding = "utf-16-le" if bom == codecs.BOM_UTF16_LE else "utf-16-be"
    decoded = decode(bom + ZH.encode(encoding), tmp_path / "x.txt")
    assert decoded.text == ZH
    assert decoded.encoding.startswith("utf-16")


def test_line_ends_are_all_line_breaks() -> None:
    assert split_lines("a\r\nb\rc\nd") == ["a", "b", "c", "d"]


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"", "empty"),
        (b"  \r\n\n\t ", "empty"),
        (codecs.BOM_UTF8, "empty"),
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "PNG image"),
        (b"%PDF-1.7\n" + bytes(200), "PDF"),
        (bytes(range(256)) * 40, "binary"),
        # A few bytes of junk with a NUL: read as UTF-16 they made one plausible letter.
        (b"\x00\x01\x02", "binary"),
        (b"\x00\x01\x02\x03\x04", "binary"),
    ],
)
def test_refuses_empty_and_binary(tmp_path: Path, data: bytes, expected: str) -> None:
    with pytest.raises(ImportFailed, match=expected) as info:
        decode(data, tmp_path / "bad.txt")
    assert "bad.txt" in str(info.value)


# -- UTF-16 and UTF-32 without a byte-order mark ---------------------------------------------

# Chinese with few ASCII characters and many 一 (U+4E00, whose NUL falls on the "wrong" side).
ZH_FEW_ASCII = "一一得一，一二得二，一三得三。一个一个地数，一直数到一百。\n" * 3
ZH_NO_ASCII = "今天我们讨论一下大模型一个芯片上有多少带宽" * 4


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
@pytest.mark.parametrize("text", [ZH, MIXED, "Plain English only.\nSecond line.\n", ZH_FEW_ASCII, ZH_NO_ASCII])
def test_wide_encodings_without_bom(tmp_path: Path, encoding: str, text: str) -> None:
    decoded = decode(text.encode(encoding), tmp_path / "x.txt")
    assert (decoded.text, decoded.encoding, decoded.warnings) == (text, encoding, [])


def test_wide_text_cut_mid_character_keeps_the_rest(tmp_path: Path) -> None:
    decoded = decode((ZH + "尾").encode("utf-16-le")[:-1], tmp_path / "x.txt")
    assert decoded.text == ZH
    assert decoded.warnings == [
        "the file ends in the middle of a character (it was probably cut short); the last 1 byte(s) were left out"
    ]


# -- UTF-8 cut short --------------------------------------------------------------------------


@pytest.mark.parametrize("dropped", [1, 2])
def test_utf8_cut_mid_character_is_decoded_up_to_the_cut(tmp_path: Path, dropped: int) -> None:
    data = (ZH + "最后一个字是龍").encode("utf-8")[:-dropped]
    decoded = decode(data, tmp_path / "x.txt")
    assert decoded.encoding == "utf-8"
    assert decoded.text == ZH + "最后一个字是"
    assert len(decoded.warnings) == 1
    assert "cut short" in decoded.warnings[0] and f"last {3 - dropped} byte(s)" in decoded.warnings[0]


def test_broken_utf8_in_the_middle_is_not_taken_for_a_cut(tmp_path: Path) -> None:
    """Only a cut at the very end is forgiven; other invalid bytes go to encoding detection."""
    data = ZH.encode("gb18030")
    decoded = decode(data, tmp_path / "x.txt")
    assert decoded.text == ZH and decoded.warnings == []


# -- NUL bytes anywhere -----------------------------------------------------------------------

ENGLISH = "We measured the bandwidth of each chip twice.\n"


@pytest.mark.parametrize("offset", [0, 100, 9000, -1])
def test_stray_nuls_are_removed_with_a_warning(tmp_path: Path, offset: int) -> None:
    text = ENGLISH * 400
    at = len(text) if offset == -1 else offset
    data = (text[:at] + "\x00" + text[at:]).encode("utf-8")
    decoded = decode(data, tmp_path / "x.txt")
    assert decoded.text == text
    assert decoded.warnings == ["1 stray NUL character(s) were removed from the text"]


@pytest.mark.parametrize("offset", [0, 5000, 60_000])
def test_nul_blocks_anywhere_make_a_file_binary(tmp_path: Path, offset: int) -> None:
    text = (ENGLISH * 2000).encode("utf-8")
    data = text[:offset] + bytes(2048) + text[offset:]
    with pytest.raises(ImportFailed, match="looks binary"):
        decode(data, tmp_path / "x.txt")


def test_scattered_nuls_past_the_tolerance_make_a_file_binary(tmp_path: Path) -> None:
    text = ENGLISH * 300
    data = "\x00".join(text[i : i + 500] for i in range(0, len(text), 500)).encode("utf-8")
    with pytest.raises(ImportFailed, match="looks binary"):
        decode(data, tmp_path / "x.txt")


def test_gbk_with_nuls_is_not_read_as_utf16(tmp_path: Path) -> None:
    data = ZH.encode("gbk") * 20
    data = data[:400] + bytes(64) + data[400:]
    with pytest.raises(ImportFailed, match="looks binary"):
        decode(data, tmp_path / "x.txt")


# -- reading: only regular files, never more than the limit ------------------------------------


def test_reads_a_regular_file(tmp_path: Path) -> None:
    path = tmp_path / "talk.txt"
    path.write_bytes(ZH.encode("utf-8"))
    assert read_bytes(path) == ZH.encode("utf-8")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX feature")
def test_a_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "talk.txt"
    os.mkfifo(fifo)
    with pytest.raises(ImportFailed, match="named pipe"):
        read_bytes(fifo)


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom", "/dev/null"])
def test_devices_are_refused(device: str) -> None:
    if not Path(device).exists():
        pytest.skip(f"{device} does not exist on this system")
    with pytest.raises(ImportFailed, match="is a device"):
        read_bytes(Path(device))


def test_a_link_to_a_device_is_refused(tmp_path: Path) -> None:
    link = tmp_path / "talk.txt"
    link.symlink_to(os.devnull)
    with pytest.raises(ImportFailed, match="is a device|not a regular file"):
        read_bytes(link)


def test_folders_and_missing_files(tmp_path: Path) -> None:
    with pytest.raises(ImportFailed, match="is a directory"):
        read_bytes(tmp_path)
    with pytest.raises(ImportFailed, match="no such file"):
        read_bytes(tmp_path / "missing.txt")


def test_the_limit_is_checked_on_what_is_read(tmp_path: Path) -> None:
    path = tmp_path / "talk.txt"
    path.write_bytes(b"x" * 101)
    assert read_bytes(path, limit=101) == b"x" * 101
    with pytest.raises(ImportFailed, match="refused"):
        read_bytes(path, limit=100)


@pytest.mark.skipif(not Path("/proc/self/maps").is_file(), reason="needs Linux /proc")
def test_a_file_larger_than_stat_says_stops_at_the_limit() -> None:
    """Files under /proc say they are empty; what is read counts, not what stat says."""
    path = Path("/proc/self/maps")
    assert os.stat(path).st_size == 0
    with pytest.raises(ImportFailed, match="over 0 MB"):
        read_bytes(path, limit=64)
