"""The package's SentencePiece model, used the way Argos Translate uses it.

Encoding gives the piece strings CTranslate2 takes; decoding joins pieces back into text,
including byte-fallback pieces (which a plain ``"".join`` would leave as ``<0xE4>``).
"""

from __future__ import annotations

from pathlib import Path

import sentencepiece as spm

from reader.core.errors import ModelError


class SentencePieceTokenizer:
    """Thread-safe for encode/decode (SentencePiece processors are read-only after load)."""

    def __init__(self, model_file: Path) -> None:
        self.model_file = model_file
        try:
            self._processor = spm.SentencePieceProcessor(model_file=str(model_file))
        except (OSError, RuntimeError) as exc:
            raise ModelError(
                f"cannot load the tokenizer ({exc})",
                path=model_file,
                code="model.broken",
                params={"part": "tokenizer", "reason": str(exc)},
            ) from exc

    def encode(self, text: str) -> list[str]:
        return list(self._processor.encode(text, out_type=str))

    def encode_batch(self, texts: list[str]) -> list[list[str]]:
        return [list(pieces) for pieces in self._processor.encode(texts, out_type=str)]

    def decode(self, pieces: list[str]) -> str:
        """Text of *pieces*, as argostranslate decodes it (no leading space)."""
        text = str(self._processor.decode_pieces(pieces)).replace("\u2581", " ")
        return text.strip()
