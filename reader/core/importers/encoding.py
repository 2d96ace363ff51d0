"""Reading a transcript file's bytes and decoding them, whatever encoding they came in.

Byte-order marks decide first, then strict UTF-8, then charset-normalizer's detection. A
file that looks binary (NUL bytes that are not UTF-16, known image/archive signatures, or
mostly control characters once decoded) is refused instead of imported as garbage.
"""

from __future__ import annotations

import codecs
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import charset_normalizer

from reader.core.errors import ImportFailed

#: Files above this size are refused: no transcript is that long, and reading one would
#: keep the user waiting for minutes.
MAX_FILE_BYTES = 64 * 1024 * 1024

_BINARY_SIGNATURES: dict[bytes, str] = {
    b"\x89PNG\r\n\x1a\n": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"%PDF": "a PDF document",
    b"PK\x03\x04": "a ZIP archive (or Office document)",
    b"\x1f\x8b": "a gzip archive",
    b"\x7fELF": "a program",
    b"ID3": "an MP3 file",
    b"RIFF": "a RIFF (WAV/AVI) file",
    b"SQLite format 3\x00": "an SQLite database",
}

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


@dataclass(frozen=True)
class DecodedText:
    text: str
    encoding: str
    raw: bytes


def read_bytes(path: Path) -> bytes:
    """The file's bytes, or :class:`ImportFailed` saying why they cannot be had."""
    if not path.exists():
        raise ImportFailed("no such file", path=path)
    if path.is_dir():
        raise ImportFailed("is a directory, not a transcript file", path=path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ImportFailed(
                f"file is {size / 2**20:.0f} MB; transcripts over {MAX_FILE_BYTES // 2**20} MB "
                "are refused (split the file first)",
                path=path,
            )
        return path.read_bytes()
    except PermissionError as exc:
        raise ImportFailed("permission denied", path=path) from exc
    except OSError as exc:
        raise ImportFailed(f"cannot be read ({exc.strerror or exc})", path=path) from exc


def _looks_like_utf16_without_bom(data: bytes) -> str | None:
    """Mostly-ASCII UTF-16 has NULs in every other byte; pick the side they fall on."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    half = len(sample) / 2
    if odd > 0.3 * half and even < 0.05 * half:
        return "utf-16-le"
    if even > 0.3 * half and odd < 0.05 * half:
        return "utf-16-be"
    return None


def _control_share(text: str) -> float:
    sample = text[:20000]
    if not sample:
        return 0.0
    bad = sum(
        1
        for ch in sample
        if ch not in "\n\r\t\f\v" and unicodedata.category(ch) in ("Cc", "Cs", "Co", "Cn")
    )
    return bad / len(sample)


def decode(data: bytes, path: Path) -> DecodedText:
    """Decode *data* or raise :class:`ImportFailed` for empty, binary or undecodable files."""
    if not data.strip(b" \t\r\n\x00\xef\xbb\xbf\xff\xfe"):
        raise ImportFailed("file is empty", path=path)
    for signature, kind in _BINARY_SIGNATURES.items():
        if data.startswith(signature):
            raise ImportFailed(f"this is {kind}, not a text transcript", path=path)

    encoding: str | None = None
    for bom, name in _BOMS:
        if data.startswith(bom):
            encoding = name
            break
    if encoding is None and b"\x00" in data[:4096]:
        encoding = _looks_like_utf16_without_bom(data)
        if encoding is None:
            raise ImportFailed("file looks binary (it contains NUL bytes), not a text transcript", path=path)
    if encoding is None:
        try:
            text = data.decode("utf-8")
            encoding = "utf-8"
        except UnicodeDecodeError:
            best = charset_normalizer.from_bytes(data).best()
            if best is None:
                raise ImportFailed(
                    "cannot tell the text encoding (the file is not valid UTF-8, UTF-16, "
                    "GB18030, Big5 or another known encoding)",
                    path=path,
                ) from None
            encoding = best.encoding
    try:
        text = data.decode(encoding)
    except (UnicodeDecodeError, LookupError) as exc:
        raise ImportFailed(f"the bytes are not valid {encoding} text", path=path) from exc
    text = text.lstrip("\ufeff")
    if _control_share(text) > 0.05:
        raise ImportFailed("file looks binary, not a text transcript", path=path)
    if not text.strip():
        raise ImportFailed("file is empty", path=path)
    return DecodedText(text=text, encoding=_canonical(encoding), raw=data)


def _canonical(encoding: str) -> str:
    try:
        return codecs.lookup(encoding).name
    except LookupError:
        return encoding


def split_lines(text: str) -> list[str]:
    """Lines of *text* with CRLF, CR and LF ends all treated as one line break."""
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
