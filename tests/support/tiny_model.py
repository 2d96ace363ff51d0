"""Tiny, real-format Argos Translate packages for tests (no download, no torch).

``build_tiny_package(dest_dir, "zh", "en", "EN·test")`` writes
``dest_dir/translate-zh_en-1_0.argosmodel``: a zip with one top-level folder holding
``metadata.json``, a ``sentencepiece.model`` trained on the shared sample, and a
CTranslate2 Transformer (``model/``) whose weights are set by hand so that *every* input
translates to exactly *marker*. Tests can then assert what was stored.

How the weights make a fixed output: the decoder has one layer whose weights are tiny
(1e-4; the residual connections pass the embedding through almost unchanged; exact zeros
break CTranslate2's int8 path for widths of 256 and more), no position encodings,
and embeddings/projection forming a successor table: the embedding of the n-th token of
``<s> marker-pieces </s>`` is a one-hot vector in slot n, and the projection maps slot n
to the (n+1)-th token with a large logit. Every other token points to ``</s>``. The
encoder has small random weights: it is computed, but the decoder never reads it.

Building takes well under a second; the SentencePiece model is trained once per process.
"""

from __future__ import annotations

import functools
import io
import json
import tempfile
import zipfile
from collections.abc import Mapping
from pathlib import Path

import numpy as np

SAMPLE_TEXT = Path(__file__).resolve().parent.parent / "data" / "baai-2023-notes-6-part1.txt"

#: The markers the shared fixtures' packages produce.
ZH_EN_MARKER = "EN·test"
EN_ZH_MARKER = "ZH·测试"

LANGUAGE_NAMES = {"en": "English", "zh": "Chinese", "ja": "Japanese", "de": "German", "fr": "French"}


@functools.lru_cache(maxsize=1)
def sentencepiece_model() -> bytes:
    """A SentencePiece model (serialized) trained on the sample; byte fallback covers anything."""
    import sentencepiece as spm

    lines = [line.strip() for line in SAMPLE_TEXT.read_text(encoding="utf-8").splitlines() if line.strip()]
    lines += ["The quick brown fox jumps over the lazy dog.", ZH_EN_MARKER, EN_ZH_MARKER] * 10
    buffer = io.BytesIO()
    spm.SentencePieceTrainer.train(
        sentence_iterator=iter(lines),
        model_writer=buffer,
        vocab_size=1000,
        hard_vocab_limit=False,
        character_coverage=1.0,
        byte_fallback=True,
        model_type="unigram",
        num_threads=1,
        minloglevel=2,
    )
    return buffer.getvalue()


def sample_sentencepiece(vocab_size: int) -> bytes:
    """A SentencePiece model of *vocab_size* pieces trained on the shared sample alone, as a
    real package's would be on its corpus (the benchmarks' realistic-size models)."""
    import sentencepiece as spm

    lines = [line for line in SAMPLE_TEXT.read_text(encoding="utf-8").splitlines() if line.strip()]
    buffer = io.BytesIO()
    spm.SentencePieceTrainer.train(
        sentence_iterator=iter(lines),
        model_writer=buffer,
        vocab_size=vocab_size,
        hard_vocab_limit=False,
        character_coverage=0.9995,
        byte_fallback=True,
        model_type="unigram",
        num_threads=2,
        minloglevel=2,
    )
    return buffer.getvalue()


def _layer_norm(spec: object, d: int) -> None:
    spec.gamma = np.ones(d, np.float32)  # type: ignore[attr-defined]
    spec.beta = np.zeros(d, np.float32)  # type: ignore[attr-defined]


def _linear(spec: object, rows: int, cols: int, rng: np.random.Generator, scale: float = 0.05) -> None:
    weight = rng.normal(0, scale, (rows, cols))
    spec.weight = weight.astype(np.float32)  # type: ignore[attr-defined]
    spec.bias = np.zeros(rows, np.float32)  # type: ignore[attr-defined]


def _fill_layer(layer: object, d: int, rng: np.random.Generator, *, cross: bool, scale: float = 0.05) -> None:
    attention = layer.self_attention  # type: ignore[attr-defined]
    _layer_norm(attention.layer_norm, d)
    _linear(attention.linear[0], 3 * d, d, rng, scale)
    _linear(attention.linear[1], d, d, rng, scale)
    if cross:
        cross_attention = layer.attention  # type: ignore[attr-defined]
        _layer_norm(cross_attention.layer_norm, d)
        _linear(cross_attention.linear[0], d, d, rng, scale)
        _linear(cross_attention.linear[1], 2 * d, d, rng, scale)
        _linear(cross_attention.linear[2], d, d, rng, scale)
    ffn = layer.ffn  # type: ignore[attr-defined]
    _layer_norm(ffn.layer_norm, d)
    _linear(ffn.linear_0, 4 * d, d, rng, scale)
    _linear(ffn.linear_1, d, 4 * d, rng, scale)


def build_fixed_output_model(
    model_dir: Path,
    vocabulary: list[str],
    output_pieces: list[str],
    *,
    width: int = 16,
    encoder_layers: int = 1,
    target_vocabulary: list[str] | None = None,
) -> None:
    """Save a CTranslate2 model to *model_dir* that translates anything to *output_pieces*.

    *width* and *encoder_layers* only change how much work the (ignored) encoder does: a
    wider, deeper one makes translation slow enough to interrupt mid-run in tests.
    *target_vocabulary* (default: *vocabulary*) gives the model separate source and target
    vocabularies, as an OPUS-MT conversion may have; *output_pieces* are target pieces.
    """
    from ctranslate2.specs import transformer_spec

    source_vocabulary = vocabulary
    vocabulary = target_vocabulary or vocabulary
    index = {piece: i for i, piece in enumerate(vocabulary)}
    chain = ["<s>", *output_pieces, "</s>"]
    unknown = [piece for piece in chain if piece not in index]
    if unknown:
        raise ValueError(f"pieces not in the vocabulary: {unknown}")
    vocab_size = len(vocabulary)
    dead_slot = len(chain) - 1  # every token outside the chain leads to </s>
    d = max(width, 2 * ((dead_slot + 2) // 2))
    rng = np.random.default_rng(1234)
    spec = transformer_spec.TransformerSpec.from_config((encoder_layers, 1), 2)

    encoder = spec.encoder
    encoder.embeddings[0].weight = rng.normal(0, 0.1, (len(source_vocabulary), d)).astype(np.float32)
    encoder.position_encodings.encodings = np.zeros((1024, d), np.float32)
    _layer_norm(encoder.layer_norm, d)
    for layer in encoder.layer:
        _fill_layer(layer, d, rng, cross=False)

    embeddings = np.zeros((vocab_size, d), np.float32)
    embeddings[:, dead_slot] = 10.0
    projection = np.zeros((vocab_size, d), np.float32)
    for slot, piece in enumerate(chain[:-1]):
        embeddings[index[piece]] = 0.0
        embeddings[index[piece], slot] = 10.0
        projection[index[chain[slot + 1]], slot] = 10.0
    projection[index["</s>"], dead_slot] = 10.0
    decoder = spec.decoder
    decoder.embeddings.weight = embeddings
    decoder.position_encodings.encodings = np.zeros((1024, d), np.float32)
    _layer_norm(decoder.layer_norm, d)
    decoder.projection.weight = projection
    decoder.projection.bias = np.zeros(vocab_size, np.float32)
    for layer in decoder.layer:
        _fill_layer(layer, d, np.random.default_rng(7), cross=True, scale=1e-4)

    spec.register_source_vocabulary(source_vocabulary)
    spec.register_target_vocabulary(vocabulary)
    spec.validate()
    spec.optimize(quantization="int8")
    model_dir.mkdir(parents=True, exist_ok=True)
    spec.save(str(model_dir))


def build_copy_model(
    model_dir: Path,
    vocabulary: list[str],
    *,
    rewrite: Mapping[str, str] | None = None,
    width: int = 160,
    heads: int = 1,
    layers: tuple[int, int] = (1, 1),
    token_dims: int = 96,
    position_dims: int = 64,
    add_source_eos: bool = True,
) -> None:
    """Save a CTranslate2 model to *model_dir* that "translates" by copying its input piece by
    piece (every piece ``a`` in *rewrite* comes out as *rewrite[a]* instead).

    How the weights make a copy: every piece has a random ±1 code of *token_dims* values and
    every position a random ±1 code of *position_dims* values (random codes of that length
    are nearly orthogonal, so a code's dot product with itself stands far above any other).
    The encoder adds the two (tiny layer weights pass them through). In the first decoder
    layer's cross-attention every head's query is the decoder's own position code and its
    key the encoder's position code, scaled so that step *t* attends to source position *t*
    alone; the value is the source piece's code, and the projection scores each piece by
    its code. The model config appends ``</s>`` to the source, so copying it ends the
    output. Decoder embeddings and every other weight are tiny (1e-4; exact zeros break
    CTranslate2's int8 path), so the other layers only cost time, like a real model's.
    *width*, *heads* and *layers* set that cost (a Transformer base: 512, 8, (6, 6)).
    *add_source_eos* False: the caller appends ``</s>`` itself (as for converted models).
    """
    from ctranslate2.specs import transformer_spec

    index = {piece: i for i, piece in enumerate(vocabulary)}
    for source, target in (rewrite or {}).items():
        if source not in index or target not in index:
            raise ValueError(f"rewrite {source!r} → {target!r}: pieces not in the vocabulary")
    head = width // heads
    if width % heads or head < max(token_dims, position_dims) or width < token_dims + position_dims:
        raise ValueError("each head needs room for a token code and a position code")
    tokens, positions = slice(0, token_dims), slice(token_dims, token_dims + position_dims)
    rng = np.random.default_rng(4321)
    vocab_size = len(vocabulary)
    code = rng.choice([-1.0, 1.0], size=(vocab_size, token_dims)).astype(np.float32)
    place = rng.choice([-1.0, 1.0], size=(1024, position_dims)).astype(np.float32)

    def tiny(*shape: int) -> np.ndarray:
        return rng.normal(0, 1e-4, shape).astype(np.float32)

    spec = transformer_spec.TransformerSpec.from_config(layers, heads)
    spec.config.add_source_eos = add_source_eos
    position_encodings = np.zeros((1024, width), np.float32)
    position_encodings[:, positions] = place
    encoder = spec.encoder
    encoder.scale_embeddings = False
    embeddings = tiny(vocab_size, width)
    embeddings[:, tokens] = code
    encoder.embeddings[0].weight = embeddings
    encoder.position_encodings.encodings = position_encodings
    _layer_norm(encoder.layer_norm, width)
    for layer in encoder.layer:
        _fill_layer(layer, width, rng, cross=False, scale=1e-4)

    decoder = spec.decoder
    decoder.scale_embeddings = False
    decoder.embeddings.weight = tiny(vocab_size, width)
    decoder.position_encodings.encodings = position_encodings.copy()
    _layer_norm(decoder.layer_norm, width)
    projection = tiny(vocab_size, width)
    projection[:, tokens] = code
    for source, target in (rewrite or {}).items():
        projection[index[target], tokens] = code[index[source]] + code[index[target]]
        projection[index[source], tokens] = 0.0
    decoder.projection.weight = projection
    decoder.projection.bias = np.zeros(vocab_size, np.float32)
    for layer in decoder.layer:
        _fill_layer(layer, width, rng, cross=True, scale=1e-4)
    attention = decoder.layer[0].attention
    query, key_value, output = tiny(width, width), tiny(2 * width, width), tiny(width, width)
    for h in range(heads):
        rows = slice(h * head, h * head + position_dims)
        query[rows, positions] += np.eye(position_dims, dtype=np.float32) * 4.0
        key_value[rows, positions] += np.eye(position_dims, dtype=np.float32) * 4.0
        values = slice(width + h * head, width + h * head + token_dims)
        key_value[values, tokens] += np.eye(token_dims, dtype=np.float32)
        output[tokens, h * head : h * head + token_dims] += np.eye(token_dims, dtype=np.float32) * 4.0 / heads
    attention.linear[0].weight = query
    attention.linear[1].weight = key_value
    attention.linear[2].weight = output

    spec.register_source_vocabulary(vocabulary)
    spec.register_target_vocabulary(vocabulary)
    spec.validate()
    spec.optimize(quantization="int8")
    model_dir.mkdir(parents=True, exist_ok=True)
    spec.save(str(model_dir))


def package_metadata(from_code: str, to_code: str, version: str) -> dict[str, object]:
    return {
        "package_version": version,
        "argos_version": "1.9",
        "from_code": from_code,
        "from_name": LANGUAGE_NAMES.get(from_code, from_code),
        "to_code": to_code,
        "to_name": LANGUAGE_NAMES.get(to_code, to_code),
        "type": "translate",
    }


def zip_folder(folder: Path, archive_path: Path) -> Path:
    """Zip *folder* as the single top-level folder of *archive_path*."""
    with zipfile.ZipFile(archive_path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.write(folder, folder.name + "/")
        for file in sorted(folder.rglob("*")):
            archive.write(file, f"{folder.name}/{file.relative_to(folder).as_posix()}")
    return archive_path


def build_tiny_package(
    dest_dir: str | Path,
    from_code: str,
    to_code: str,
    marker: str,
    *,
    version: str = "1.0",
    width: int = 16,
    encoder_layers: int = 1,
) -> Path:
    """Write a ``.argosmodel`` translating everything from *from_code* into *marker*.

    The file is ``dest_dir/translate-{from}_{to}-{version}.argosmodel`` (dots as ``_``).
    """
    import sentencepiece as spm

    dest_dir = Path(dest_dir)
    dest_dir.mkdir(parents=True, exist_ok=True)
    sp_bytes = sentencepiece_model()
    processor = spm.SentencePieceProcessor(model_proto=sp_bytes)
    vocabulary = [processor.id_to_piece(i) for i in range(processor.get_piece_size())]
    pieces = list(processor.encode(marker, out_type=str))
    if processor.decode_pieces(pieces) != marker:
        raise ValueError(f"marker {marker!r} does not survive SentencePiece")
    folder_name = f"translate-{from_code}_{to_code}-{version.replace('.', '_')}"
    with tempfile.TemporaryDirectory(prefix="tiny-model-") as work:
        folder = Path(work) / folder_name
        build_fixed_output_model(folder / "model", vocabulary, pieces, width=width, encoder_layers=encoder_layers)
        (folder / "sentencepiece.model").write_bytes(sp_bytes)
        (folder / "metadata.json").write_text(
            json.dumps(package_metadata(from_code, to_code, version), ensure_ascii=False, indent=2),
            encoding="utf-8",
        )
        (folder / "README.md").write_text(f"Test package: everything becomes {marker!r}.\n", encoding="utf-8")
        archive = dest_dir / f"{folder_name}.argosmodel"
        zip_folder(folder, archive)
    return archive


def build_copy_package(
    dest_dir: str | Path,
    from_code: str,
    to_code: str,
    *,
    version: str = "1.0",
    rewrite: Mapping[str, str] | None = None,
) -> Path:
    """Write a ``.argosmodel`` whose model copies its input (see :func:`build_copy_model`):
    what a real model does with the names and codes it carries through, so tests can see
    what happens to glossary placeholders. The file is named like :func:`build_tiny_package`'s."""
    import sentencepiece as spm

    dest_dir = Path(dest_dir)
    dest_dir.mkdir(parents=True, exist_ok=True)
    sp_bytes = sentencepiece_model()
    processor = spm.SentencePieceProcessor(model_proto=sp_bytes)
    vocabulary = [processor.id_to_piece(i) for i in range(processor.get_piece_size())]
    folder_name = f"translate-{from_code}_{to_code}-{version.replace('.', '_')}"
    with tempfile.TemporaryDirectory(prefix="tiny-model-") as work:
        folder = Path(work) / folder_name
        build_copy_model(folder / "model", vocabulary, rewrite=rewrite)
        (folder / "sentencepiece.model").write_bytes(sp_bytes)
        (folder / "metadata.json").write_text(
            json.dumps(package_metadata(from_code, to_code, version), ensure_ascii=False, indent=2),
            encoding="utf-8",
        )
        (folder / "README.md").write_text("Test package: copies its input.\n", encoding="utf-8")
        archive = dest_dir / f"{folder_name}.argosmodel"
        zip_folder(folder, archive)
    return archive


def unpack(archive: Path, dest: Path) -> Path:
    """Extract a package built here (for tests that tamper with its contents)."""
    with zipfile.ZipFile(archive) as zf:
        zf.extractall(dest)
        top = zf.namelist()[0].split("/")[0]
    return dest / top


__all__ = [
    "EN_ZH_MARKER",
    "ZH_EN_MARKER",
    "build_copy_model",
    "build_copy_package",
    "build_fixed_output_model",
    "build_tiny_package",
    "package_metadata",
    "sentencepiece_model",
    "unpack",
    "zip_folder",
]
