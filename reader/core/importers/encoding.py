"""Reading a transcript file's bytes and decoding them, whatever encoding they came in.

Only regular files are read, and never more than :data:`MAX_FILE_BYTES` (+1 to know it was
more). Byte-order marks decide first; then UTF-16/UTF-32 without a BOM, told by where
their NUL bytes fall and confirmed by decoding; then strict UTF-8 (a last character cut
in half is dropped with a warning), then charset-normalizer's detection. A file that
looks binary (more than a few NUL bytes anywhere, known image/archive signatures, or
mostly control characters once decoded) is refused instead of imported as garbage; a
stray NUL or two is removed with a warning.
"""

from __future__ import annotations

import codecs
import os
import stat
import unicodedata
from dataclasses import dataclass, field
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
    """A file's text and the encoding it was read in.

    The file's bytes are not kept: nothing reads them once decoded, and held until the text
    is parsed they would add the file's size to an import's peak memory.
    """

    text: str
    encoding: str
    #: What the user should know about the reading (the end was cut, stray NULs removed):
    #: the text is usable, but not exactly what the file holds.
    warnings: list[str] = field(default_factory=list)


def _not_regular(mode: int) -> str | None:
    """Why a file of this kind is not read, or ``None`` for a regular file."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "is a directory, not a transcript file"
    if stat.S_ISFIFO(mode):
        return "is a named pipe (FIFO), not a transcript file"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "is a device, not a transcript file"
    if stat.S_ISSOCK(mode):
        return "is a socket, not a transcript file"
    return "is not a regular file"


def _unreadable(path: Path, exc: OSError) -> ImportFailed:
    """The message for a file that exists but cannot be read (permissions, I/O errors)."""
    if isinstance(exc, PermissionError):
        return ImportFailed("permission denied", path=path, code="import.permission")
    return ImportFailed(
        f"cannot be read ({exc.strerror or exc})",
        path=path,
        code="import.unreadable",
        params={"reason": exc.strerror or str(exc)},
    )


def _too_large(path: Path, size_text: str) -> ImportFailed:
    return ImportFailed(
        f"file is {size_text}; transcripts over {MAX_FILE_BYTES // 2**20} MB are refused (split the file first)",
        path=path,
        code="import.too-large",
        params={"size": size_text, "limit_mb": MAX_FILE_BYTES // 2**20},
    )


def read_bytes(path: Path, *, limit: int = MAX_FILE_BYTES) -> bytes:
    """The file's bytes, or :class:`ImportFailed` saying why they cannot be had.

    Only regular files are read: a FIFO would block forever and ``/dev/zero`` never ends,
    so the kind is checked before opening and again on the open descriptor (the path may
    have changed in between; ``O_NONBLOCK`` keeps that open from hanging on a FIFO). At
    most ``limit + 1`` bytes are read, whatever ``stat`` said the size was.
    """
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise ImportFailed("no such file", path=path, code="import.missing") from None
    except OSError as exc:
        raise _unreadable(path, exc) from exc
    if (reason := _not_regular(info.st_mode)) is not None:
        raise ImportFailed(reason, path=path, code="import.not-a-file")
    if info.st_size > limit:
        raise _too_large(path, f"{info.st_size / 2**20:.0f} MB")
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise _unreadable(path, exc) from exc
    try:
        if (reason := _not_regular(os.fstat(fd).st_mode)) is not None:
            raise ImportFailed(reason, path=path, code="import.not-a-file")
        chunks: list[bytes] = []
        remaining = limit + 1
        while remaining > 0:
            chunk = os.read(fd, min(remaining, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            remaining -= len(chunk)
    except OSError as exc:
        raise ImportFailed(
            f"cannot be read ({exc.strerror or exc})",
            path=path,
            code="import.unreadable",
            params={"reason": exc.strerror or str(exc)},
        ) from exc
    finally:
        os.close(fd)
    if remaining <= 0:  # the file grew past the limit after stat, or stat did not tell
        raise _too_large(path, f"over {limit // 2**20} MB")
    return b"".join(chunks)


#: Code point ranges transcripts are written in (beyond printable ASCII): Latin, Greek,
#: Cyrillic, Hebrew, Arabic, Devanagari, punctuation, CJK, kana, Hangul, full-width forms.
_COMMON_RANGES: tuple[tuple[int, int], ...] = (
    (0x00A0, 0x0250),
    (0x0370, 0x0530),
    (0x0590, 0x0700),
    (0x0900, 0x0980),
    (0x2000, 0x2070),
    (0x3000, 0x3100),
    (0x3400, 0x4DC0),
    (0x4E00, 0xA000),
    (0xAC00, 0xD7A4),
    (0xFF00, 0xFFF0),
)


def _is_common(ch: str) -> bool:
    code = ord(ch)
    if code < 0x80:
        return 0x20 <= code < 0x7F or ch in "\n\r\t"
    return any(low <= code < high for low, high in _COMMON_RANGES)


def _common_share(text: str) -> float:
    """Share of characters a transcript is made of (see :data:`_COMMON_RANGES`).

    Bytes read in the wrong UTF-16 byte order still decode, but Chinese turns into a
    scatter over the whole plane (about a third lands in common ranges), and line breaks
    and spaces into rare symbols; the right order scores close to 1.
    """
    sample = text[:20000]
    if not sample:
        return 0.0
    return sum(1 for ch in sample if _is_common(ch)) / len(sample)


def _wide_candidates(data: bytes) -> list[str]:
    """UTF-32/UTF-16 byte orders to try for BOM-less *data* that holds NUL bytes, likeliest first.

    Text in the Basic Multilingual Plane has two NULs at fixed places of every UTF-32 unit.
    In UTF-16, every ASCII character (line breaks, spaces, digits, English) puts its NUL
    on one side, a Chinese character ending in 00 (一 is U+4E00) on the other: the side
    with more NULs is tried first, and decoding decides (:func:`_decode_wide`).
    """
    candidates: list[str] = []
    if len(data) >= 4:
        quarter = len(data) // 4
        zeros = [data[i::4][:quarter].count(0) for i in range(4)]
        if zeros[3] == quarter and zeros[2] >= 0.9 * quarter and zeros[0] < quarter:
            candidates.append("utf-32-le")
        if zeros[0] == quarter and zeros[1] >= 0.9 * quarter and zeros[3] < quarter:
            candidates.append("utf-32-be")
    even, odd = data[0::2].count(0), data[1::2].count(0)
    candidates.extend(["utf-16-le", "utf-16-be"] if odd >= even else ["utf-16-be", "utf-16-le"])
    return candidates


def _decode_wide(data: bytes, encoding: str, *, threshold: float = 0.9) -> tuple[str, list[str]] | None:
    """*data* decoded as a BOM-less UTF-16/32 *encoding*, or ``None`` when it does not fit."""
    unit = 4 if encoding.startswith("utf-32") else 2
    cut = len(data) % unit
    try:
        text = data[: len(data) - cut].decode(encoding)
    except UnicodeDecodeError:
        return None
    if _common_share(text) < threshold or not _has_breaks(text):
        return None
    return text, [_cut_warning(cut)] if cut else []


_BREAKS = frozenset(" \n\t\u3000，。！？、；：,.!?;:")


def _has_breaks(text: str) -> bool:
    """Whether *text* has the spaces, line breaks or punctuation every transcript has (one in
    two hundred characters at least): binary junk read as UTF-16 pairs its bytes into
    plausible-looking Han characters, but never into those."""
    sample = text[:20000]
    breaks = sum(1 for ch in sample if ch in _BREAKS)
    if len(sample) < 200:
        # Three bytes of junk decode to one plausible letter (00 01 → Ā) and nothing else; a
        # short text has a space, a line break or a full stop, or at least a few characters
        # (all of them common ones: random bytes seldom give eight of those in a row).
        return breaks > 0 or len(sample) >= 8
    return breaks * 200 >= len(sample)


def _utf8_with_stray_nuls(data: bytes) -> bool:
    """UTF-8 (possibly cut short) with a few NULs in it, not UTF-16/32 text.

    English UTF-16 is valid UTF-8 too, but half of its bytes are NULs; UTF-8 text read
    as UTF-16 would pair its bytes into Chinese-looking characters, so this is decided first.
    """
    if data.count(0) > len(data) // 10:
        return False
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return _utf8_cut_short(data) is not None
    return True


def _chinese_utf16(data: bytes) -> tuple[str, tuple[str, list[str]]] | None:
    """BOM-less UTF-16 with no NUL byte at all (Chinese without a single ASCII character)."""
    for candidate in ("utf-16-le", "utf-16-be"):
        if (decoded := _decode_wide(data, candidate, threshold=0.97)) is not None:
            return candidate, decoded
    return None


def _cut_warning(dropped: int) -> str:
    return (
        f"the file ends in the middle of a character (it was probably cut short); "
        f"the last {dropped} byte(s) were left out"
    )


def _utf8_cut_short(data: bytes) -> tuple[str, list[str]] | None:
    """UTF-8 text whose only fault is a last character cut in half (a truncated copy)."""
    try:
        data.decode("utf-8")
        return None
    except UnicodeDecodeError as exc:
        if exc.end != len(data) or exc.start < len(data) - 3 or "end of data" not in exc.reason:
            return None
        head = data[: exc.start]
    if head.isascii():
        return None  # nothing says UTF-8 rather than a one-byte encoding: let detection decide
    return head.decode("utf-8"), [_cut_warning(len(data) - len(head))]


def _control_share(text: str) -> float:
    sample = text[:20000]
    if not sample:
        return 0.0
    bad = sum(1 for ch in sample if ch not in "\n\r\t\f\v" and unicodedata.category(ch) in ("Cc", "Cs", "Co", "Cn"))
    return bad / len(sample)


def nul_tolerance(length: int) -> int:
    """How many NUL characters a text of *length* may hold and still count as text.

    A stray NUL or two (a bad copy, an editor's bug) is removed; more than that, anywhere
    in the file, means binary data.
    """
    return max(4, length // 10_000)


def decode(data: bytes, path: Path) -> DecodedText:
    """Decode *data* or raise :class:`ImportFailed` for empty, binary or undecodable files."""
    if not data.strip(b" \t\r\n\x00\xef\xbb\xbf\xff\xfe"):
        raise ImportFailed("file is empty", path=path, code="import.empty")
    for signature, kind in _BINARY_SIGNATURES.items():
        if data.startswith(signature):
            raise ImportFailed(
                f"this is {kind}, not a text transcript", path=path, code="import.binary-kind", params={"kind": kind}
            )

    warnings: list[str] = []
    text: str | None = None
    encoding: str | None = None
    for bom, name in _BOMS:
        if data.startswith(bom):
            encoding = name
            break
    if encoding is not None and encoding.startswith(("utf-16", "utf-32")):
        unit = 4 if encoding.startswith("utf-32") else 2
        cut = len(data) % unit
        if cut:
            data_used = data[: len(data) - cut]
            warnings.append(_cut_warning(cut))
        else:
            data_used = data
        try:
            text = data_used.decode(encoding)
        except UnicodeDecodeError as exc:
            raise ImportFailed(
                f"the bytes are not valid {encoding} text",
                path=path,
                code="import.invalid-encoding",
                params={"encoding": encoding},
            ) from exc
    elif encoding is None and b"\x00" in data and not _utf8_with_stray_nuls(data):
        for candidate in _wide_candidates(data):
            if (decoded := _decode_wide(data, candidate)) is not None:
                encoding = candidate
                text, warnings = decoded
                break
        if encoding is None and data.count(0) > nul_tolerance(len(data)):
            raise ImportFailed(
                "file looks binary (it contains NUL bytes), not a text transcript", path=path, code="import.binary"
            )
    if encoding is None:
        try:
            text = data.decode("utf-8")
            encoding = "utf-8"
        except UnicodeDecodeError:
            if (cut_short := _utf8_cut_short(data)) is not None:
                text, warnings = cut_short
                encoding = "utf-8"
            elif (wide := _chinese_utf16(data)) is not None:
                encoding, (text, warnings) = wide
            else:
                best = charset_normalizer.from_bytes(data).best()
                if best is None:
                    raise ImportFailed(
                        "cannot tell the text encoding (the file is not valid UTF-8, UTF-16, "
                        "GB18030, Big5 or another known encoding)",
                        path=path,
                        code="import.unknown-encoding",
                    ) from None
                encoding = best.encoding
    if text is None:
        try:
            text = data.decode(encoding)
        except (UnicodeDecodeError, LookupError) as exc:
            raise ImportFailed(
                f"the bytes are not valid {encoding} text",
                path=path,
                code="import.invalid-encoding",
                params={"encoding": encoding},
            ) from exc
    text = text.lstrip("\ufeff")
    nuls = text.count("\x00")
    if nuls > nul_tolerance(len(text)):
        raise ImportFailed(
            "file looks binary (it contains NUL bytes), not a text transcript", path=path, code="import.binary"
        )
    if nuls:
        text = text.replace("\x00", "")
        warnings.append(f"{nuls} stray NUL character(s) were removed from the text")
    if _control_share(text) > 0.05:
        raise ImportFailed("file looks binary, not a text transcript", path=path, code="import.binary")
    if not text.strip():
        raise ImportFailed("file is empty", path=path, code="import.empty")
    return DecodedText(text=text, encoding=_canonical(encoding), warnings=warnings)


def _canonical(encoding: str) -> str:
    try:
        return codecs.lookup(encoding).name
    except LookupError:
        return encoding


def split_lines(text: str) -> list[str]:
    """Lines of *text* with CRLF, CR and LF ends all treated as one line break."""
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
