"""The engine of one installed CTranslate2 model (OPUS-MT, NLLB-200, M2M-100).

It *is* the Argos engine (:class:`~reader.core.translate.engine.TranslationEngine`) with
another source of models: the batching, length sorting, drafts for the rows on screen,
glossary placeholders, code-switch handling, cancel and progress are the same code. What
differs is which model a direction uses (the one named in the engine's settings, where it
covers that direction) and how it tokenizes (:class:`~.ct2_models.ModelTokenizer`:
Marian's two SentencePiece models, NLLB's language tokens and target prefix).

Every translation is stamped with the engine's kind (``ctranslate2``), its name and the
model's label: name plus version, or the SHA-256 of its weights.
"""

from __future__ import annotations

from reader.core.errors import ModelError
from reader.core.translate import ct2_install, ct2_models
from reader.core.translate.ct2_models import ModelLayout
from reader.core.translate.engine import (
    UNTRANSLATED_LANGS,
    DecodeSettings,
    LoadedModel,
    TranslationEngine,
)
from reader.core.translate.engine_settings import CT2, EngineConfig

Direction = tuple[str, str]


class CT2ModelEngine(TranslationEngine):
    """Translates with the installed model *config.model* (see the module docstring)."""

    kind = CT2

    def __init__(
        self,
        config: EngineConfig,
        settings: DecodeSettings | None = None,
        *,
        threads: int | None = None,
        compute_type: str | None = None,
    ) -> None:
        super().__init__(settings, threads=threads, compute_type=compute_type)
        self.name = config.name
        self.model_name = config.model or ""

    def model(self) -> ModelLayout | None:
        """The installed, working model this engine uses (None: not installed, or broken)."""
        return ct2_install.find_model(self.model_name)

    def target_for(self, lang: str) -> str | None:
        if lang in UNTRANSLATED_LANGS:
            return None
        return self.targets.get(lang)

    def has_model(self, direction: Direction) -> bool:
        model = self.model()
        return model is not None and direction in model.directions

    def model_label_for(self, lang: str) -> str | None:
        target = self.target_for(lang)
        model = self.model()
        if target is None or model is None or (lang, target) not in model.directions:
            return None
        return model.label

    def load(self, from_code: str, to_code: str) -> LoadedModel:
        direction = (from_code, to_code)
        model = self.model()
        if model is None or direction not in model.directions:
            raise ModelError(
                f"no {from_code}→{to_code} model: {self.model_name!r} is not installed, does not work "
                "or does not translate this direction (see `talk-reader models list`)",
                code="model.missing",
                params={"from": from_code, "to": to_code},
            )
        key = (str(model.path), model.label, from_code + ">" + to_code)
        with self._lock:
            loaded = self._models.get(key)
            if loaded is None:
                for stale in [k for k in self._models if k[2] == key[2]]:
                    del self._models[stale]
                tokenizer, (translator, split) = ct2_models.open_model(
                    model, direction, lambda path, tok: self.open_translator(path, where=path, tokenizer=tok)
                )
                loaded = LoadedModel(
                    tokenizer=tokenizer,
                    translator=translator,
                    label=model.label,
                    target_prefix=model.target_prefix(direction),
                    split=split,
                )
                self._models[key] = loaded
            return loaded
