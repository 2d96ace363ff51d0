"""Every common transcript encoding decodes to the same text."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from reader.core.errors import ImportFailed
from reader.core.importers.encoding import decode, split_lines

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
    ],
)
def test_refuses_empty_and_binary(tmp_path: Path, data: bytes, expected: str) -> None:
    with pytest.raises(ImportFailed, match=expected) as info:
        decode(data, tmp_path / "bad.txt")
    assert "bad.txt" in str(info.value)
