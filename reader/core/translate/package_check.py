"""Does a model package folder actually work? Metadata rules and a real load-and-translate.

A package can look complete and still be useless: a truncated ``model.bin``, a garbage
SentencePiece model, a vocabulary that does not match the weights, a broken
``config.json``. None of that shows in a file listing, so :func:`verify_folder` does what
translation will do: load the CTranslate2 model and the SentencePiece model once and
translate one short sentence. Install runs it on the unpacked copy *before* anything
replaces a working package; choosing a model runs it (once, then remembered) on folders
that another tool put there.

A verified folder gets a small marker file holding a fingerprint of its files (names,
sizes, modification times), so later runs trust it without loading the model again; any
change to the files voids the marker.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reader.core.errors import ModelError

#: Written into a package folder once it has been verified (argostranslate ignores it).
MARKER = ".talk-reader-verified.json"
#: Short language codes as Argos uses them (``zh``, ``en``, ``zt``, ``pt_BR``).
LANGUAGE_CODE = re.compile(r"^[a-z]{2,3}(?:[_-][A-Za-z0-9]{2,8})?$")
PACKAGE_VERSION = re.compile(r"^[0-9A-Za-z][0-9A-Za-z._+-]{0,31}$")
PACKAGE_TYPE = re.compile(r"^[a-z][a-z0-9_]{0,15}$")
VOCABULARY_FILES = (
    "shared_vocabulary.txt",
    "shared_vocabulary.json",
    "source_vocabulary.txt",
    "source_vocabulary.json",
)
_PROBE_SENTENCES = {"zh": "大家好，今天我们讲模型。", "ja": "こんにちは。"}
_PROBE_DEFAULT = "Hello everyone, today we talk about models."


@dataclass(frozen=True)
class Metadata:
    """The fields of ``metadata.json`` we rely on, validated."""

    from_code: str
    to_code: str
    version: str
    type: str
    from_name: str
    to_name: str
    target_prefix: str

    @property
    def folder_name(self) -> str:
        """The folder a package is installed in: from validated fields, never from the zip."""
        return f"{self.type}-{self.from_code}_{self.to_code}-{self.version.replace('.', '_')}"


def _optional_string(metadata: dict[str, Any], key: str, where: Path | None) -> str:
    value = metadata.get(key, "")
    if value is None:
        return ""
    if not isinstance(value, str):
        raise ModelError(
            f"metadata.json: {key} must be a string",
            path=where,
            code="model.bad-metadata",
            params={"problem": "not-string", "field": key},
        )
    return value


def validate_metadata(metadata: Any, where: Path | None = None) -> Metadata:
    """:class:`Metadata` from a parsed ``metadata.json``; :class:`ModelError` if it is unfit.

    Language codes and the version end up in a folder name and in stored translations, so
    they must be short plain codes (``../../zh`` is not a language).
    """
    if not isinstance(metadata, dict):
        raise ModelError(
            "metadata.json does not describe a package",
            path=where,
            code="model.bad-metadata",
            params={"problem": "not-object"},
        )
    from_code = metadata.get("from_code")
    to_code = metadata.get("to_code")
    if not isinstance(from_code, str) or not isinstance(to_code, str) or not from_code or not to_code:
        raise ModelError(
            "metadata.json names no from_code/to_code languages",
            path=where,
            code="model.bad-metadata",
            params={"problem": "no-languages"},
        )
    for key, code in (("from_code", from_code), ("to_code", to_code)):
        if not LANGUAGE_CODE.match(code):
            raise ModelError(
                f"metadata.json: {key} {code[:20]!r} is not a language code",
                path=where,
                code="model.bad-metadata",
                params={"problem": "language", "field": key, "value": code[:20]},
            )
    version = metadata.get("package_version")
    if not isinstance(version, str):
        raise ModelError(
            'metadata.json: package_version must be a string such as "1.9"',
            path=where,
            code="model.bad-metadata",
            params={"problem": "not-string", "field": "package_version"},
        )
    if not PACKAGE_VERSION.match(version):
        raise ModelError(
            f"metadata.json: package_version {version[:20]!r} is not a version",
            path=where,
            code="model.bad-metadata",
            params={"problem": "version", "value": version[:20]},
        )
    type_ = _optional_string(metadata, "type", where) or "translate"
    if not PACKAGE_TYPE.match(type_):
        raise ModelError(
            f"metadata.json: type {type_[:20]!r} is not a package type",
            path=where,
            code="model.bad-metadata",
            params={"problem": "type", "value": type_[:20]},
        )
    return Metadata(
        from_code=from_code,
        to_code=to_code,
        version=version,
        type=type_,
        from_name=_optional_string(metadata, "from_name", where),
        to_name=_optional_string(metadata, "to_name", where),
        target_prefix=_optional_string(metadata, "target_prefix", where),
    )


def read_metadata(folder: Path) -> Metadata:
    try:
        data = json.loads((folder / "metadata.json").read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ModelError(
            "not a model package: no metadata.json",
            path=folder,
            code="model.bad-archive",
            params={"problem": "metadata"},
        ) from exc
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ModelError(
            f"unreadable metadata.json ({exc})",
            path=folder,
            code="model.unreadable-metadata",
            params={"reason": str(exc)},
        ) from exc
    return validate_metadata(data, folder)


def missing_files(folder: Path) -> list[str]:
    """The files a translation package needs that *folder* lacks (relative names)."""
    missing = []
    if not (folder / "model" / "model.bin").is_file():
        missing.append("model/model.bin")
    if not any((folder / "model" / name).is_file() for name in VOCABULARY_FILES):
        missing.append("model/shared_vocabulary.txt")
    if not (folder / "sentencepiece.model").is_file():
        missing.append("sentencepiece.model")
    return missing


def _compute_type() -> str:
    import ctranslate2

    try:
        return "int8" if "int8" in ctranslate2.get_supported_compute_types("cpu") else "auto"
    except (RuntimeError, ValueError):
        return "auto"


def probe_sentence(from_code: str) -> str:
    """The short sentence a check translates from *from_code*."""
    return _PROBE_SENTENCES.get(from_code, _PROBE_DEFAULT)


def open_translator(model_dir: Path, *, where: Path) -> Any:
    """Load the CTranslate2 model in *model_dir* on one thread, as a check does; any failure
    is a :class:`ModelError` (``model.broken``, part ``model``) naming *where*."""
    import ctranslate2

    options: dict[str, Any] = {"device": "cpu", "inter_threads": 1, "intra_threads": 1}
    compute_type = _compute_type()
    try:
        try:
            return ctranslate2.Translator(str(model_dir), compute_type=compute_type, **options)
        except ValueError:
            if compute_type == "auto":
                raise
            return ctranslate2.Translator(str(model_dir), compute_type="auto", **options)
    except Exception as exc:
        raise ModelError(
            f"the translation model does not load ({short_reason(exc)})",
            path=where,
            code="model.broken",
            params={"part": "model", "reason": short_reason(exc)},
        ) from exc


def _translate_once(folder: Path, from_code: str) -> None:
    """Load both models and translate one sentence; any failure is the package's fault."""
    import sentencepiece as spm

    try:
        tokenizer = spm.SentencePieceProcessor(model_file=str(folder / "sentencepiece.model"))
    except Exception as exc:
        raise ModelError(
            f"the SentencePiece model does not load ({short_reason(exc)})",
            path=folder,
            code="model.broken",
            params={"part": "tokenizer", "reason": short_reason(exc)},
        ) from exc
    translator = open_translator(folder / "model", where=folder)
    sentence = probe_sentence(from_code)
    try:
        pieces = list(tokenizer.encode(sentence, out_type=str))
        results = translator.translate_batch([pieces], beam_size=1, max_decoding_length=32)
        output = results[0].hypotheses[0]
        text = tokenizer.decode_pieces(list(output))
    except Exception as exc:
        raise ModelError(
            f"the model cannot translate a test sentence ({short_reason(exc)})",
            path=folder,
            code="model.broken",
            params={"part": "test", "reason": short_reason(exc)},
        ) from exc
    if not isinstance(text, str):
        raise ModelError(
            "the model cannot translate a test sentence (no text came back)",
            path=folder,
            code="model.broken",
            params={"part": "test", "reason": ""},
        )


def short_reason(exc: BaseException) -> str:
    """*exc* as a short one-line reason for a message."""
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text if len(text) <= 160 else text[:159] + "…"


def fingerprint(folder: Path) -> str:
    """Names, sizes and modification times of every file in *folder* but the marker."""
    digest = hashlib.sha256()
    for root, dirs, files in os.walk(folder):
        dirs.sort()
        for name in sorted(files):
            path = Path(root) / name
            relative = path.relative_to(folder).as_posix()
            if relative.startswith(MARKER):
                continue
            stat = path.stat()
            digest.update(f"{relative}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def verify_folder(folder: Path) -> Metadata:
    """Check *folder* completely (metadata, files, load, one translation); returns its metadata.

    Raises :class:`ModelError` saying what is wrong. Slow for a real model (a second or so):
    call it once per folder version, see :func:`folder_problem`.
    """
    metadata = read_metadata(folder)
    if metadata.type != "translate":
        raise ModelError(
            f"a {metadata.type!r} package, not a translation model",
            path=folder,
            code="model.not-translation",
            params={"type": metadata.type},
        )
    missing = missing_files(folder)
    if missing:
        raise ModelError(
            f"the package is incomplete (missing {', '.join(missing)})",
            path=folder,
            code="model.incomplete",
            params={"missing": ", ".join(missing)},
        )
    _translate_once(folder, metadata.from_code)
    return metadata


def write_marker(folder: Path) -> None:
    """Remember that *folder*, as it is now, works (best effort: the folder may be read-only)."""
    temp = folder / f"{MARKER}.{os.getpid()}.tmp"
    try:
        temp.write_text(json.dumps({"fingerprint": fingerprint(folder)}), encoding="utf-8")
        os.replace(temp, folder / MARKER)
    except OSError:
        temp.unlink(missing_ok=True)


def _marker_matches(folder: Path, print_: str) -> bool:
    try:
        data = json.loads((folder / MARKER).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        return False
    return isinstance(data, dict) and data.get("fingerprint") == print_


_results: dict[str, tuple[str, str | None]] = {}
_results_lock = threading.Lock()


def folder_problem(folder: Path, verify: Callable[[Path], object] | None = None) -> str | None:
    """Why the installed package in *folder* cannot be used, or None when it works.

    Verified folders carry a marker and cost a few ``stat`` calls; others are verified
    fully once per process (and marked when the folder is writable). *verify* checks a
    folder completely, raising :class:`ModelError` (default: :func:`verify_folder`, an
    Argos package; :mod:`.ct2_models` passes its own).
    """
    verify = verify or verify_folder
    try:
        print_ = fingerprint(folder)
    except OSError as exc:
        return f"cannot read the package folder ({exc.strerror})"
    key = str(folder)
    with _results_lock:
        known = _results.get(key)
    if known is not None and known[0] == print_:
        return known[1]
    if _marker_matches(folder, print_):
        problem = None
    else:
        try:
            verify(folder)
            problem = None
        except ModelError as exc:
            problem = exc.message
        if problem is None:
            write_marker(folder)
    with _results_lock:
        _results[key] = (print_, problem)
    return problem
