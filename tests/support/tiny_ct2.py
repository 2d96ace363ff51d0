"""Tiny folders shaped like ``ct2-transformers-converter`` output, for tests (no download).

* :func:`build_marian_folder` - an OPUS-MT/Marian conversion: ``source.spm`` trained on
  Chinese lines, ``target.spm`` on English ones (different piece inventories), separate
  ``source_vocabulary.json`` / ``target_vocabulary.json``, and a Transformer whose every
  output is :data:`MARIAN_MARKER` in *target* pieces (so only ``target.spm`` decodes it).
* :func:`build_nllb_folder` - an NLLB-200 conversion: one ``sentencepiece.bpe.model``, a
  shared vocabulary ending in the language tokens ``zho_Hans`` and ``eng_Latn``, and a
  Transformer that copies its input (:func:`~tests.support.tiny_model.build_copy_model`):
  the source language token at position 0 is replaced by the forced target prefix, so the
  copy comes out whole only if the engine puts the token first and strips the prefix.
"""

from __future__ import annotations

import functools
import io
import json
from pathlib import Path

from tests.support.tiny_model import SAMPLE_TEXT, build_copy_model, build_fixed_output_model

MARIAN_MARKER = "Marianoutput"
_ENGLISH = [
    "The quick brown fox jumps over the lazy dog.",
    "Today we talk about alignment and evaluation of large models.",
    "Thank you for having me, it is a pleasure to be here.",
    MARIAN_MARKER,
]


def _train(lines: list[str], vocab_size: int) -> bytes:
    import sentencepiece as spm

    buffer = io.BytesIO()
    spm.SentencePieceTrainer.train(
        sentence_iterator=iter(lines),
        model_writer=buffer,
        vocab_size=vocab_size,
        hard_vocab_limit=False,
        character_coverage=1.0,
        byte_fallback=True,
        model_type="unigram",
        num_threads=1,
        minloglevel=2,
    )
    return buffer.getvalue()


@functools.lru_cache(maxsize=1)
def marian_tokenizers() -> tuple[bytes, bytes]:
    """(source.spm, target.spm): Chinese lines of the sample, and a few English lines."""
    chinese = [line for line in SAMPLE_TEXT.read_text(encoding="utf-8").splitlines() if line.strip()]
    return _train(chinese, 1200), _train(_ENGLISH * 20, 400)


@functools.lru_cache(maxsize=1)
def nllb_tokenizer() -> bytes:
    lines = [line for line in SAMPLE_TEXT.read_text(encoding="utf-8").splitlines() if line.strip()]
    return _train(lines + _ENGLISH * 5 + ["QZ1 QZ2 QZ3"] * 10, 1500)


def _pieces(model: bytes) -> list[str]:
    import sentencepiece as spm

    processor = spm.SentencePieceProcessor(model_proto=model)
    return [processor.id_to_piece(i) for i in range(processor.get_piece_size())]


def build_marian_folder(
    parent: Path, name: str = "opus-mt-zh-en", *, manifest: dict[str, object] | None = None
) -> Path:
    """Write a Marian-shaped conversion to ``parent/name`` (see the module docstring)."""
    import sentencepiece as spm

    source_spm, target_spm = marian_tokenizers()
    folder = parent / name
    target = spm.SentencePieceProcessor(model_proto=target_spm)
    output = list(target.encode(MARIAN_MARKER, out_type=str))
    if len(set(output)) != len(output):  # a repeated piece would loop the fixed-output chain
        raise ValueError(f"marker pieces repeat: {output}")
    build_fixed_output_model(folder, _pieces(source_spm), output, target_vocabulary=_pieces(target_spm))
    (folder / "source.spm").write_bytes(source_spm)
    (folder / "target.spm").write_bytes(target_spm)
    if manifest is not None:
        (folder / "talk-reader.json").write_text(json.dumps(manifest), encoding="utf-8")
    return folder


def build_nllb_folder(parent: Path, name: str = "nllb-200-tiny") -> Path:
    """Write an NLLB-shaped conversion to ``parent/name`` (see the module docstring)."""
    tokenizer = nllb_tokenizer()
    folder = parent / name
    vocabulary = [*_pieces(tokenizer), "zho_Hans", "eng_Latn"]
    build_copy_model(folder, vocabulary, add_source_eos=False)
    (folder / "sentencepiece.bpe.model").write_bytes(tokenizer)
    return folder
