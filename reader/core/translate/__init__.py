"""Offline translation: Argos packages by default, or a server the user runs; stored results.

* :mod:`.packages` - install/list/remove/download ``.argosmodel`` packages (argospm's folder).
* :mod:`.engine` - batched CTranslate2 translation with a cancel event, progress and
  visible-first ordering; see its docstring for the threading contract.
* :mod:`.engines` - the engine protocol and the per-direction router; :mod:`.registry`
  builds them from :mod:`.engine_settings` (stored in the library);
  :mod:`.libretranslate` and :mod:`.chat` ask servers through :mod:`.server`.
* :mod:`.store` - which segments need translating, saving batches, user edits.
* :mod:`.runner` - plan + translate + store in one call (the CLI).
"""

from reader.core.translate.engine import (
    DecodeSettings,
    Plan,
    SourceSegment,
    TranslatedSegment,
    TranslationEngine,
)
from reader.core.translate.runner import TranslateSummary, translate_library
from reader.core.translate.store import (
    clear_user_translation,
    pending_work,
    save_batch,
    set_user_translation,
)

__all__ = [
    "DecodeSettings",
    "Plan",
    "SourceSegment",
    "TranslateSummary",
    "TranslatedSegment",
    "TranslationEngine",
    "clear_user_translation",
    "pending_work",
    "save_batch",
    "set_user_translation",
    "translate_library",
]
