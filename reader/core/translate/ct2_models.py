"""Other CTranslate2 models: what a converted OPUS-MT/Marian, NLLB-200 or M2M-100 folder is.

``ct2-transformers-converter`` writes ``model.bin``, ``config.json`` and the vocabularies
(``shared_vocabulary.json``/``.txt``, or ``source_vocabulary`` + ``target_vocabulary``);
``--copy_files`` adds the tokenizers. :func:`read_layout` tells the families apart from
those files, without loading anything:

* **Marian** (OPUS-MT): ``source.spm`` + ``target.spm``: the source side is tokenized with
  one, the output decoded with the other. One direction, read from the folder name
  (``opus-mt-zh-en``) or the manifest. A multi-target model (``opus-mt-en-zh``) wants a
  ``>>cmn_Hans<<`` token first in the source; it is found in the vocabulary.
* **NLLB-200 / M2M-100**: one SentencePiece model (``sentencepiece.bpe.model`` or
  ``spm.model``) and language tokens in the vocabulary (``zho_Hans``/``eng_Latn``, or
  ``__zh__``/``__en__``): the source is ``[src_lang] + pieces + </s>`` and the target is
  forced to start with the target language's token, which is stripped from the output.
  Both directions, zh→en and en→zh.

Where the files do not say enough, a small ``talk-reader.json`` manifest does::

    {"family": "marian", "directions": ["zh-en"], "version": "2024-01"}

(optional keys: ``name``, ``languages`` — ``{"zh": "zho_Hant"}`` — and ``source_prefix``
for Marian). Installing writes the resolved manifest into the installed copy, with the
SHA-256 of ``model.bin``, so listing models never needs to guess again.

:func:`open_model` loads one direction as the engine batches it (a
:class:`~reader.core.translate.engine.LoadedModel`); :func:`verify_model` loads it, and
translates and decodes a test sentence in every direction — what an install does before
anything is replaced.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reader.core.errors import ModelError
from reader.core.translate import package_check
from reader.core.translate.tokenizer import SentencePieceTokenizer

MARIAN = "marian"
NLLB = "nllb"
M2M100 = "m2m100"
FAMILIES = (MARIAN, NLLB, M2M100)
#: The file a user may add to state what the folder holds (and installs rewrite, resolved).
MANIFEST = "talk-reader.json"
MARIAN_TOKENIZERS = ("source.spm", "target.spm")
#: The shared SentencePiece model of a multilingual conversion, in order of preference.
SHARED_TOKENIZERS = ("sentencepiece.bpe.model", "spm.model", "sentencepiece.model")
#: Our language codes and each family's language tokens for them.
LANGUAGE_TOKENS: Mapping[str, Mapping[str, str]] = {
    NLLB: {"zh": "zho_Hans", "en": "eng_Latn"},
    M2M100: {"zh": "__zh__", "en": "__en__"},
}
#: Target-language tokens a multi-target OPUS-MT model may expect first in the source.
MARIAN_TARGET_TOKENS: Mapping[str, tuple[str, ...]] = {
    "zh": (">>cmn_Hans<<", ">>zho_Hans<<", ">>cmn<<", ">>zho<<"),
    "en": (">>eng<<",),
}
#: Language codes in OPUS-MT folder names, as our two-letter codes.
_NAME_CODES = {"zh": "zh", "zho": "zh", "cmn": "zh", "chi": "zh", "en": "en", "eng": "en"}
#: Two codes joined by - or _, anywhere in a name (overlapping: ``opus-mt-zh-en``).
_NAME_DIRECTION = re.compile(r"(?=(?<![a-z0-9])([a-z]{2,3})[-_]([a-z]{2,3})(?![a-z0-9]))")
MODEL_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")
_VERSION = package_check.PACKAGE_VERSION
_TOKEN = re.compile(r"^\S{1,32}$")
_VOCABULARIES = {
    "shared": ("shared_vocabulary.json", "shared_vocabulary.txt"),
    "source": ("source_vocabulary.json", "source_vocabulary.txt"),
    "target": ("target_vocabulary.json", "target_vocabulary.txt"),
}

Direction = tuple[str, str]


@dataclass(frozen=True)
class ModelLayout:
    """What a converted model folder holds and how to run it (plain data)."""

    path: Path
    name: str
    family: str
    directions: tuple[Direction, ...]
    #: ``source.spm`` (Marian) or the shared SentencePiece model.
    source_tokenizer: str
    #: ``target.spm`` (Marian) or the same as *source_tokenizer*.
    target_tokenizer: str
    #: Our language code → the model's language token (NLLB, M2M-100).
    languages: Mapping[str, str] = field(default_factory=dict)
    #: Marian: the token put first in every source (``>>cmn_Hans<<``), per target language.
    source_prefixes: Mapping[str, str] = field(default_factory=dict)
    #: From the manifest; else empty (the label then carries the weights' hash).
    version: str = ""
    #: SHA-256 of ``model.bin`` (hex), once installed.
    sha256: str = ""

    @property
    def label(self) -> str:
        """What a stored translation records as its model: name, and version or hash."""
        version = self.version or (f"sha256:{self.sha256[:12]}" if self.sha256 else "")
        return f"{self.name} {version}".strip()

    def source_prefix(self, direction: Direction) -> list[str]:
        """Tokens before the source pieces: the source language token, or Marian's target token."""
        if self.family == MARIAN:
            token = self.source_prefixes.get(direction[1])
            return [token] if token else []
        return [self.languages[direction[0]]]

    def target_prefix(self, direction: Direction) -> str:
        """The token the output is forced to start with ("" for Marian)."""
        return "" if self.family == MARIAN else self.languages[direction[1]]

    def special_tokens(self) -> frozenset[str]:
        """Tokens that are never text: language tokens and ``</s>``, stripped from output."""
        return frozenset({"</s>", "<s>", *self.languages.values(), *self.source_prefixes.values()})

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "family": self.family,
            "directions": [f"{a}-{b}" for a, b in self.directions],
            "version": self.version,
            "sha256": self.sha256,
            "label": self.label,
            "path": str(self.path),
        }

    def manifest(self) -> dict[str, Any]:
        """The resolved manifest an install writes (read back by :func:`read_layout`)."""
        data: dict[str, Any] = {
            "name": self.name,
            "family": self.family,
            "directions": [f"{a}-{b}" for a, b in self.directions],
        }
        if self.version:
            data["version"] = self.version
        if self.sha256:
            data["sha256"] = self.sha256
        if self.languages:
            data["languages"] = dict(self.languages)
        if self.source_prefixes:
            data["source_prefix"] = dict(self.source_prefixes)
        return data


# -- reading a folder ----------------------------------------------------------------------


def looks_like_model(folder: Path) -> bool:
    """Whether *folder* holds a CTranslate2 conversion (``model.bin``) rather than an Argos package."""
    return (folder / "model.bin").is_file() and not (folder / "metadata.json").is_file()


def read_manifest(folder: Path) -> dict[str, Any]:
    """The folder's ``talk-reader.json`` ({} when there is none); ``model.layout`` if unfit."""
    file = folder / MANIFEST
    if not file.is_file():
        return {}
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ModelError(
            f"{MANIFEST} is not readable JSON ({exc})",
            path=folder,
            code="model.layout",
            params={"problem": "manifest", "reason": str(exc)},
        ) from exc
    if not isinstance(data, dict):
        raise ModelError(
            f"{MANIFEST} must be a JSON object",
            path=folder,
            code="model.layout",
            params={"problem": "manifest", "reason": "not an object"},
        )
    return data


def _manifest_string(manifest: Mapping[str, Any], key: str, folder: Path, pattern: re.Pattern[str]) -> str:
    value = manifest.get(key, "")
    if value in ("", None):
        return ""
    if not isinstance(value, str) or not pattern.match(value):
        raise ModelError(
            f"{MANIFEST}: {key} {str(value)[:30]!r} is not valid",
            path=folder,
            code="model.layout",
            params={"problem": "manifest", "reason": f"{key} is not valid"},
        )
    return value


def _manifest_tokens(manifest: Mapping[str, Any], key: str, folder: Path) -> dict[str, str]:
    value = manifest.get(key) or {}
    if not isinstance(value, dict) or not all(
        isinstance(k, str) and k in _NAME_CODES.values() and isinstance(v, str) and _TOKEN.match(v)
        for k, v in value.items()
    ):
        raise ModelError(
            f'{MANIFEST}: {key} must map zh/en to tokens, e.g. {{"zh": "zho_Hans"}}',
            path=folder,
            code="model.layout",
            params={"problem": "manifest", "reason": f"{key} is not valid"},
        )
    return dict(value)


def _manifest_directions(manifest: Mapping[str, Any], folder: Path) -> tuple[Direction, ...] | None:
    value = manifest.get("directions")
    if value is None:
        return None
    directions: list[Direction] = []
    if isinstance(value, list):
        for item in value:
            parts = re.split(r"\s*(?:->|→|>|-|_)\s*", item.strip().lower()) if isinstance(item, str) else []
            if len(parts) == 2 and parts[0] in ("zh", "en") and parts[1] in ("zh", "en") and parts[0] != parts[1]:
                directions.append((parts[0], parts[1]))
            else:
                directions = []
                break
    if not directions:
        raise ModelError(
            f'{MANIFEST}: directions must be a list such as ["zh-en"] or ["zh-en", "en-zh"]',
            path=folder,
            code="model.layout",
            params={"problem": "manifest", "reason": "directions are not valid"},
        )
    return tuple(dict.fromkeys(directions))


def read_vocabulary(folder: Path, side: str) -> list[str]:
    """The tokens of a vocabulary file (``shared``, ``source`` or ``target``); [] if absent."""
    for name in _VOCABULARIES[side]:
        file = folder / name
        if not file.is_file():
            continue
        try:
            text = file.read_text(encoding="utf-8")
            tokens = json.loads(text) if name.endswith(".json") else text.splitlines()
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise ModelError(
                f"{name} is not readable ({exc})",
                path=folder,
                code="model.layout",
                params={"problem": "vocabulary", "name": name},
            ) from exc
        if not isinstance(tokens, list) or not all(isinstance(t, str) for t in tokens) or not tokens:
            raise ModelError(
                f"{name} is not a list of tokens",
                path=folder,
                code="model.layout",
                params={"problem": "vocabulary", "name": name},
            )
        return tokens
    return []


def _source_and_target_vocabularies(folder: Path) -> tuple[list[str], list[str]]:
    shared = read_vocabulary(folder, "shared")
    if shared:
        return shared, shared
    source, target = read_vocabulary(folder, "source"), read_vocabulary(folder, "target")
    if not source or not target:
        raise ModelError(
            "no vocabulary (shared_vocabulary.json, or source_vocabulary and target_vocabulary)",
            path=folder,
            code="model.layout",
            params={"problem": "no-vocabulary"},
        )
    return source, target


def _default_name(folder: Path, manifest: Mapping[str, Any]) -> str:
    name = _manifest_string(manifest, "name", folder, MODEL_NAME)
    if name:
        return name
    cleaned = re.sub(r"[^A-Za-z0-9._-]+", "-", folder.name).strip("-._")[:64]
    return cleaned or "model"


def _direction_from_name(name: str) -> Direction | None:
    found = _NAME_DIRECTION.findall(name.lower())
    for source, target in reversed(found):
        a, b = _NAME_CODES.get(source), _NAME_CODES.get(target)
        if a and b and a != b:
            return (a, b)
    return None


def _family(folder: Path, manifest: Mapping[str, Any]) -> str:
    family = manifest.get("family")
    if family is not None:
        if family not in FAMILIES:
            raise ModelError(
                f"{MANIFEST}: family must be one of {', '.join(FAMILIES)}",
                path=folder,
                code="model.layout",
                params={"problem": "manifest", "reason": "family is not valid"},
            )
        return str(family)
    if all((folder / name).is_file() for name in MARIAN_TOKENIZERS):
        return MARIAN
    if any((folder / name).is_file() for name in SHARED_TOKENIZERS):
        vocabulary = set(_source_and_target_vocabularies(folder)[0])
        for candidate in (NLLB, M2M100):
            if all(token in vocabulary for token in LANGUAGE_TOKENS[candidate].values()):
                return candidate
        raise ModelError(
            "cannot tell which model this is: its vocabulary has no zho_Hans/eng_Latn or __zh__/__en__ "
            f"language tokens (add a {MANIFEST} stating family and languages)",
            path=folder,
            code="model.layout",
            params={"problem": "languages"},
        )
    raise ModelError(
        "no tokenizer: a Marian model needs source.spm and target.spm, an NLLB or M2M-100 model "
        "sentencepiece.bpe.model (convert with --copy_files)",
        path=folder,
        code="model.layout",
        params={"problem": "no-tokenizer"},
    )


def read_layout(folder: Path, *, name: str | None = None) -> ModelLayout:
    """What the converted model in *folder* is (see the module docstring); *name*: the name
    to use when the manifest gives none (default: the folder's). Reads files only: it loads
    no model, see :func:`verify_model`. Raises ``model.layout`` saying what is missing."""
    for required in ("model.bin", "config.json"):
        if not (folder / required).is_file():
            raise ModelError(
                f"not a CTranslate2 model: no {required}",
                path=folder,
                code="model.layout",
                params={"problem": "missing", "name": required},
            )
    try:
        config = json.loads((folder / "config.json").read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ModelError(
            f"config.json is not readable JSON ({exc})", path=folder, code="model.layout", params={"problem": "config"}
        ) from exc
    if not isinstance(config, dict):
        raise ModelError(
            "config.json is not a JSON object", path=folder, code="model.layout", params={"problem": "config"}
        )
    manifest = read_manifest(folder)
    family = _family(folder, manifest)
    source_vocabulary, target_vocabulary = _source_and_target_vocabularies(folder)
    model_name = _manifest_string(manifest, "name", folder, MODEL_NAME) or name or _default_name(folder, manifest)
    if not MODEL_NAME.match(model_name):
        model_name = _default_name(folder, {})
    version = _manifest_string(manifest, "version", folder, _VERSION)
    sha256 = _manifest_string(manifest, "sha256", folder, re.compile(r"^[0-9a-f]{64}$"))
    directions = _manifest_directions(manifest, folder)
    if family == MARIAN:
        for tokenizer in MARIAN_TOKENIZERS:
            if not (folder / tokenizer).is_file():
                raise ModelError(
                    f"a Marian model needs {tokenizer}",
                    path=folder,
                    code="model.layout",
                    params={"problem": "no-tokenizer"},
                )
        if directions is None:
            found = _direction_from_name(model_name) or _direction_from_name(folder.name)
            if found is None:
                raise ModelError(
                    f"cannot tell the direction of this Marian model from its name {model_name!r} "
                    f'(name it like opus-mt-zh-en, or add a {MANIFEST} with "directions": ["zh-en"])',
                    path=folder,
                    code="model.layout",
                    params={"problem": "direction"},
                )
            directions = (found,)
        if len(directions) != 1:
            raise ModelError(
                "a Marian model translates one direction",
                path=folder,
                code="model.layout",
                params={"problem": "manifest", "reason": "more than one direction"},
            )
        prefixes = _manifest_tokens(manifest, "source_prefix", folder)
        if not prefixes:
            vocabulary = set(source_vocabulary)
            target = directions[0][1]
            token = next((t for t in MARIAN_TARGET_TOKENS.get(target, ()) if t in vocabulary), "")
            if token and any(t.startswith(">>") and t.endswith("<<") for t in vocabulary):
                prefixes = {target: token}
        return ModelLayout(
            path=folder,
            name=model_name,
            family=family,
            directions=directions,
            source_tokenizer=MARIAN_TOKENIZERS[0],
            target_tokenizer=MARIAN_TOKENIZERS[1],
            source_prefixes=prefixes,
            version=version,
            sha256=sha256,
        )
    tokenizer = next((t for t in SHARED_TOKENIZERS if (folder / t).is_file()), "")
    if not tokenizer:
        raise ModelError(
            f"an {family} model needs sentencepiece.bpe.model",
            path=folder,
            code="model.layout",
            params={"problem": "no-tokenizer"},
        )
    languages = {**LANGUAGE_TOKENS[family], **_manifest_tokens(manifest, "languages", folder)}
    known = set(source_vocabulary) & set(target_vocabulary)
    usable = tuple(
        (a, b)
        for a, b in (directions or (("zh", "en"), ("en", "zh")))
        if languages.get(a) in known and languages.get(b) in known
    )
    if not usable:
        raise ModelError(
            f"the vocabulary lacks the language tokens {languages.get('zh')} and {languages.get('en')}",
            path=folder,
            code="model.layout",
            params={"problem": "languages"},
        )
    return ModelLayout(
        path=folder,
        name=model_name,
        family=family,
        directions=usable,
        source_tokenizer=tokenizer,
        target_tokenizer=tokenizer,
        languages={code: languages[code] for code in ("zh", "en") if code in languages},
        version=version,
        sha256=sha256,
    )


def weights_sha256(folder: Path) -> str:
    """SHA-256 of ``model.bin`` (hex): which weights made a translation, when no version says."""
    digest = hashlib.sha256()
    with (folder / "model.bin").open("rb") as data:
        for block in iter(lambda: data.read(1024 * 1024), b""):
            digest.update(block)
    return digest.hexdigest()


# -- loading and checking ------------------------------------------------------------------


class ModelTokenizer(SentencePieceTokenizer):
    """A converted model's tokenization for one direction, as the engine's batches use it.

    ``encode`` gives what the model reads: *prefix* (a language token), the source
    SentencePiece pieces and ``</s>`` (Transformers' tokenizers add it; the converted
    config does not). ``decode`` drops special tokens and decodes with the *target*
    SentencePiece model (Marian's ``target.spm``; else the same model).
    """

    def __init__(
        self, source_file: Path, target_file: Path, *, prefix: Sequence[str] = (), specials: frozenset[str]
    ) -> None:
        super().__init__(source_file)
        self._target = self if target_file == source_file else SentencePieceTokenizer(target_file)
        self.prefix = list(prefix)
        self.specials = specials

    def encode(self, text: str) -> list[str]:
        return [*self.prefix, *super().encode(text), "</s>"]

    def encode_batch(self, texts: list[str]) -> list[list[str]]:
        return [[*self.prefix, *pieces, "</s>"] for pieces in super().encode_batch(texts)]

    def decode(self, pieces: list[str]) -> str:
        kept = [piece for piece in pieces if piece not in self.specials]
        if self._target is self:
            return super().decode(kept)
        return self._target.decode(kept)


def tokenizer_for(layout: ModelLayout, direction: Direction) -> ModelTokenizer:
    return ModelTokenizer(
        layout.path / layout.source_tokenizer,
        layout.path / layout.target_tokenizer,
        prefix=layout.source_prefix(direction),
        specials=layout.special_tokens(),
    )


def open_model(
    layout: ModelLayout, direction: Direction, open_translator: Callable[[Path, ModelTokenizer], Any]
) -> tuple[ModelTokenizer, Any]:
    """The tokenizer and what *open_translator* makes of the model folder for one direction of
    *layout* (it gets the tokenizer too, to calibrate on the model's own pieces)."""
    if direction not in layout.directions:
        raise ModelError(
            f"{layout.name} does not translate {direction[0]}→{direction[1]}",
            path=layout.path,
            code="model.missing",
            params={"from": direction[0], "to": direction[1]},
        )
    tokenizer = tokenizer_for(layout, direction)
    return tokenizer, open_translator(layout.path, tokenizer)


def verify_model(folder: Path, *, name: str | None = None) -> ModelLayout:
    """Check *folder* completely: its layout, then load the model and its tokenizers and
    translate a test sentence in every direction, decoding the output. Returns the layout;
    raises :class:`ModelError` saying what is wrong (``model.layout``, ``model.broken``)."""
    layout = read_layout(folder, name=name)
    translator = package_check.open_translator(folder, where=folder)
    for direction in layout.directions:
        tokenizer = tokenizer_for(layout, direction)
        prefix = layout.target_prefix(direction)
        try:
            source = tokenizer.encode(package_check.probe_sentence(direction[0]))
            options: dict[str, Any] = {"beam_size": 1, "max_decoding_length": 32}
            if prefix:
                options["target_prefix"] = [[prefix]]
            output = list(translator.translate_batch([source], **options)[0].hypotheses[0])
            if prefix and output[:1] == [prefix]:
                output = output[1:]
            text = tokenizer.decode(output)
        except Exception as exc:
            reason = package_check.short_reason(exc)
            raise ModelError(
                f"the model cannot translate a test sentence ({reason})",
                path=folder,
                code="model.broken",
                params={"part": "test", "reason": reason},
            ) from exc
        if not isinstance(text, str):
            raise ModelError(
                "the model cannot translate a test sentence (no text came back)",
                path=folder,
                code="model.broken",
                params={"part": "test", "reason": ""},
            )
    return layout
