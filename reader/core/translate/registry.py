"""Which engines there are, what each can do, and building the one a run uses.

The kinds are fixed (:data:`KINDS`); the user's engines are settings of one kind
(:mod:`.engine_settings`). :func:`library_engine` builds what a translation run of a
library uses: the engine chosen for each direction, behind one
:class:`~reader.core.translate.engines.EngineRouter`.
"""

from __future__ import annotations

from collections.abc import Mapping

from reader.core.db import Library
from reader.core.errors import InvalidOperation, ModelError, ReaderError
from reader.core.translate import engine_settings
from reader.core.translate.engine import TranslationEngine
from reader.core.translate.engine_settings import ARGOS, CHAT, CT2, DIRECTIONS, LIBRETRANSLATE, Direction, EngineConfig
from reader.core.translate.engines import Engine, EngineRouter, Readiness
from reader.core.translate.packages import find_package, missing_model_message

#: What each kind of engine can do, in a sentence (``engines list``, Preferences).
KIND_DESCRIPTIONS: Mapping[str, str] = {
    ARGOS: (
        "Argos Translate packages run on this computer (CTranslate2): offline, fast, "
        "rows on screen first; glossary through placeholders"
    ),
    LIBRETRANSLATE: (
        "a LibreTranslate server you run (URL, optional API key): batches, retries; glossary through placeholders"
    ),
    CHAT: (
        "an OpenAI-compatible chat server you run (Ollama, llama-server, LM Studio, vLLM): "
        "numbered sentences with context, streamed; glossary in the prompt"
    ),
    CT2: (
        "an installed OPUS-MT (Marian), NLLB-200 or M2M-100 model run on this computer (CTranslate2): "
        "offline, rows on screen first; glossary through placeholders"
    ),
}


def build(config: EngineConfig, *, argos: TranslationEngine | None = None) -> Engine:
    """The engine *config* describes (*argos*: the app's Argos engine, which caches models)."""
    if config.kind == ARGOS:
        return argos or TranslationEngine()
    if config.kind == LIBRETRANSLATE:
        from reader.core.translate.libretranslate import LibreTranslateEngine

        return LibreTranslateEngine(config)
    if config.kind == CHAT:
        from reader.core.translate.chat import ChatEngine

        return ChatEngine(config)
    if config.kind == CT2:
        from reader.core.translate.ct2_engine import CT2ModelEngine

        settings = argos.settings if argos is not None else None
        return CT2ModelEngine(config, settings, threads=argos.threads if argos is not None else None)
    raise InvalidOperation(f"unknown engine kind {config.kind!r}", code="engine.bad-kind", params={"kind": config.kind})


def router(
    chosen: Mapping[Direction, EngineConfig],
    *,
    argos: TranslationEngine | None = None,
    only: EngineConfig | None = None,
) -> EngineRouter:
    """One engine per direction as *chosen*, or *only* for every direction."""
    argos = argos or TranslationEngine()
    if only is not None:
        chosen = dict.fromkeys(DIRECTIONS, only)
    built: dict[str, Engine] = {}
    per_direction: dict[Direction, Engine] = {}
    for direction, config in chosen.items():
        if config.kind == ARGOS:
            continue
        if config.name not in built:
            built[config.name] = build(config, argos=argos)
        per_direction[direction] = built[config.name]
    return EngineRouter(argos, per_direction)


def library_engine(
    library: Library, *, argos: TranslationEngine | None = None, only: str | None = None
) -> EngineRouter:
    """The engines *library* chose per direction; *only*: the engine of that name for all."""
    with library.read_session() as session:
        chosen = engine_settings.chosen(session)
        config = engine_settings.get_engine(session, only) if only is not None else None
    return router(chosen, argos=argos, only=config)


def check(config: EngineConfig, *, timeout: float = 5.0) -> Readiness:
    """Whether the engine can translate now, and which directions (asks the server, so
    call it off a GUI thread). Never raises for the engine's own problems: they are in
    :attr:`Readiness.error`."""
    if config.kind == ARGOS:
        directions = tuple(d for d in DIRECTIONS if find_package(*d) is not None)
        if directions:
            return Readiness(True, directions, f"{len(directions)} direction(s) installed")
        error = ModelError(
            "; ".join(missing_model_message(*d) for d in DIRECTIONS),
            code="model.missing-several",
            params={"pairs": list(DIRECTIONS)},
        )
        return Readiness(False, (), str(error), error)
    if config.kind == CT2:
        return _check_model(config)
    from reader.core.translate.chat import ChatEngine
    from reader.core.translate.libretranslate import LibreTranslateEngine
    from reader.core.translate.server import ServerSettings

    settings = ServerSettings(timeout=timeout, attempts=1)
    try:
        server: LibreTranslateEngine | ChatEngine
        if config.kind == LIBRETRANSLATE:
            server = LibreTranslateEngine(config, settings=settings)
        elif config.kind == CHAT:
            server = ChatEngine(config, settings=settings)
        else:
            build(config)  # raises for an unknown kind
            raise AssertionError(config.kind)
        return server.check()
    except ReaderError as error:
        return Readiness(False, (), str(error), error)


def _check_model(config: EngineConfig) -> Readiness:
    """A CTranslate2-model engine is ready when its model is installed and works."""
    from reader.core.translate import ct2_install

    name = config.model or ""
    installed = [m for m in ct2_install.installed_models() if m.name == name]
    problem = ct2_install.model_problem(installed[0]) if installed else None
    model = installed[0] if installed and problem is None else None
    if model is None:
        error = ModelError(
            f"the model {name!r} is not installed"
            if not installed
            else f"the model {name!r} does not work ({problem})",
            code="model.local-missing",
            params={"name": name},
        )
        return Readiness(False, (), str(error), error)
    directions = tuple(d for d in DIRECTIONS if d in model.directions)
    arrows = ", ".join(f"{a}→{b}" for a, b in directions)
    return Readiness(bool(directions), directions, f"{model.label} ({model.family}, {arrows})")
