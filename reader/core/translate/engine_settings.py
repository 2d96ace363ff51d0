"""The engines a library may translate with, and the one chosen for each direction.

Settings live in the library file (tables ``engines`` and ``engine_choices``), beside the
translations they make: a library moved to another computer keeps its engines. An API key
is stored there as typed. The built-in Argos engine (:data:`ARGOS`) is always there and
has no row; a direction without a choice uses it.

Every change is one undoable action (:mod:`reader.core.history`): a wrong choice or a
removed engine comes back with Undo like any other edit.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import urlsplit

from sqlalchemy import select
from sqlalchemy.orm import Session

from reader.core.errors import InvalidOperation, NotFound
from reader.core.history import ActionKind, records
from reader.core.models import EngineChoice, EngineSetting, utcnow
from reader.core.translate.prompt import validate_prompt

#: The built-in engine: Argos Translate packages run by CTranslate2.
ARGOS = "argos"
LIBRETRANSLATE = "libretranslate"
CHAT = "chat"
#: An installed CTranslate2 model (OPUS-MT, NLLB, M2M-100) named by ``model``.
CT2 = "ctranslate2"
KINDS = (ARGOS, LIBRETRANSLATE, CHAT, CT2)
#: The kinds that ask a server at ``url``.
SERVER_KINDS = (LIBRETRANSLATE, CHAT)
#: The directions an engine can be chosen for.
DIRECTIONS: tuple[tuple[str, str], ...] = (("zh", "en"), ("en", "zh"))
NAME_LIMIT = 64
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.\-]*$")

Direction = tuple[str, str]


@dataclass(frozen=True)
class EngineConfig:
    """One engine's settings, detached from any session."""

    name: str
    kind: str
    url: str = ""
    model: str | None = None
    api_key: str | None = None
    #: The chat prompt template; None: the default one.
    prompt: str | None = None

    @property
    def builtin(self) -> bool:
        return self.kind == ARGOS

    def to_json(self) -> dict[str, object]:
        """Its settings for ``--json`` output; the key itself is never printed."""
        return {
            "name": self.name,
            "kind": self.kind,
            "url": self.url or None,
            "model": self.model,
            "api_key": bool(self.api_key),
            "custom_prompt": self.prompt is not None,
        }


BUILTIN = EngineConfig(name=ARGOS, kind=ARGOS)


def direction_text(direction: Direction) -> str:
    return f"{direction[0]}-{direction[1]}"


def parse_direction(text: str) -> Direction:
    """``zh-en`` (also ``zh>en``, ``zh→en``, ``zh_en``) → ``("zh", "en")``."""
    parts = re.split(r"\s*(?:->|→|>|-|_|/)\s*", text.strip().lower())
    direction = (parts[0], parts[1]) if len(parts) == 2 else None
    if direction not in DIRECTIONS:
        raise InvalidOperation(
            f"unknown direction {text!r}; use one of: {', '.join(direction_text(d) for d in DIRECTIONS)}",
            code="engine.bad-direction",
            params={"direction": text},
        )
    return direction


def check_name(name: str) -> str:
    """*name* if it can name a new engine: letters, digits, ``. _ -``, not ``argos``."""
    name = name.strip()
    if not name or len(name) > NAME_LIMIT or not _NAME.match(name):
        raise InvalidOperation(
            f"an engine name is 1 to {NAME_LIMIT} letters, digits, '.', '_' or '-' (got {name!r})",
            code="engine.bad-name",
            params={"name": name, "limit": NAME_LIMIT},
        )
    if name.lower() == ARGOS:
        raise InvalidOperation(
            f"“{ARGOS}” is the built-in engine's name; choose another",
            code="engine.reserved-name",
            params={"name": name},
        )
    return name


def check_url(url: str) -> str:
    """*url* without a trailing slash, if it is an http(s) address with a host."""
    url = url.strip()
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise InvalidOperation(
            f"not a server address: {url!r} (expected e.g. http://localhost:5000)",
            code="engine.bad-url",
            params={"url": url},
        )
    return url.rstrip("/")


def _config(row: EngineSetting) -> EngineConfig:
    return EngineConfig(
        name=row.name, kind=row.kind, url=row.url, model=row.model, api_key=row.api_key, prompt=row.prompt
    )


def _row(session: Session, name: str) -> EngineSetting:
    row = session.scalars(select(EngineSetting).where(EngineSetting.name == name)).first()
    if row is None:
        raise NotFound(f"no engine named “{name}”", code="not-found.engine", params={"name": name})
    return row


def list_engines(session: Session) -> list[EngineConfig]:
    """The built-in engine, then the user's, by name."""
    rows = session.scalars(select(EngineSetting).order_by(EngineSetting.name))
    return [BUILTIN, *(_config(row) for row in rows)]


def get_engine(session: Session, name: str) -> EngineConfig:
    """The engine named *name* (:class:`NotFound` if there is none)."""
    if name.strip().lower() == ARGOS:
        return BUILTIN
    return _config(_row(session, name.strip()))


def chosen(session: Session) -> dict[Direction, EngineConfig]:
    """The engine of every direction (Argos where none was chosen)."""
    found = {
        (source, target): _config(row)
        for source, target, row in session.execute(
            select(EngineChoice.source_lang, EngineChoice.target_lang, EngineSetting).join(
                EngineSetting, EngineSetting.id == EngineChoice.engine_id
            )
        )
    }
    return {direction: found.get(direction, BUILTIN) for direction in DIRECTIONS}


def _validated(config: EngineConfig) -> EngineConfig:
    if config.kind not in (*SERVER_KINDS, CT2):
        raise InvalidOperation(
            f"unknown engine kind {config.kind!r} (known: {LIBRETRANSLATE}, {CHAT}, {CT2})",
            code="engine.bad-kind",
            params={"kind": config.kind},
        )
    model = (config.model or "").strip() or None
    if config.kind == CT2:
        if model is None:
            raise InvalidOperation(
                "a CTranslate2 engine needs the name of an installed model (see `talk-reader models list`)",
                code="engine.no-local-model",
                params={"name": config.name},
            )
        return EngineConfig(name=check_name(config.name), kind=CT2, model=model)
    if config.kind == CHAT and model is None:
        raise InvalidOperation(
            "a chat engine needs the name of the model to ask (e.g. qwen2.5:7b)",
            code="engine.no-model",
            params={"name": config.name},
        )
    prompt = config.prompt if config.prompt and config.prompt.strip() else None
    if prompt is not None:
        validate_prompt(prompt)
    return EngineConfig(
        name=check_name(config.name),
        kind=config.kind,
        url=check_url(config.url),
        model=model,
        api_key=(config.api_key or "").strip() or None,
        prompt=prompt,
    )


def _named(_session: Session, config: EngineConfig | str, *_args: object, **_kwargs: object) -> dict[str, object]:
    return {"name": config if isinstance(config, str) else config.name}


@records(ActionKind.ADD_ENGINE, _named)
def add_engine(session: Session, config: EngineConfig) -> EngineConfig:
    """Add a LibreTranslate, chat or CTranslate2-model engine (its settings are checked,
    not its server or whether its model is installed)."""
    config = _validated(config)
    if session.scalars(select(EngineSetting.id).where(EngineSetting.name == config.name)).first() is not None:
        raise InvalidOperation(
            f"there is already an engine named “{config.name}”",
            code="engine.exists",
            params={"name": config.name},
        )
    now = utcnow()
    session.add(
        EngineSetting(
            name=config.name,
            kind=config.kind,
            url=config.url,
            model=config.model,
            api_key=config.api_key,
            prompt=config.prompt,
            created_at=now,
            updated_at=now,
        )
    )
    session.flush()
    return config


@records(ActionKind.EDIT_ENGINE, _named)
def edit_engine(session: Session, name: str, changes: Mapping[str, str | None]) -> EngineConfig:
    """Change some of an engine's settings (``url``, ``model``, ``api_key``, ``prompt``;
    None or empty: back to none / the default prompt)."""
    row = _row(session, name)
    unknown = set(changes) - {"url", "model", "api_key", "prompt"}
    if unknown:
        raise InvalidOperation(
            f"an engine has no setting {sorted(unknown)[0]!r}",
            code="engine.bad-setting",
            params={"setting": sorted(unknown)[0]},
        )
    current = _config(row)
    updated = _validated(
        EngineConfig(
            name=current.name,
            kind=current.kind,
            url=changes["url"] or "" if "url" in changes else current.url,
            model=changes["model"] if "model" in changes else current.model,
            api_key=changes["api_key"] if "api_key" in changes else current.api_key,
            prompt=changes["prompt"] if "prompt" in changes else current.prompt,
        )
    )
    row.url, row.model, row.api_key, row.prompt = updated.url, updated.model, updated.api_key, updated.prompt
    row.updated_at = utcnow()
    session.flush()
    return updated


@records(ActionKind.REMOVE_ENGINE, _named)
def remove_engine(session: Session, name: str) -> None:
    """Remove an engine; the directions that used it go back to Argos. Its translations stay."""
    if name.strip().lower() == ARGOS:
        raise InvalidOperation("the built-in engine cannot be removed", code="engine.builtin", params={"name": ARGOS})
    session.delete(_row(session, name.strip()))
    session.flush()


def _choice(_session: Session, direction: Direction, name: str) -> dict[str, object]:
    return {"name": name, "direction": direction_text(direction)}


@records(ActionKind.CHOOSE_ENGINE, _choice)
def choose_engine(session: Session, direction: Direction, name: str) -> EngineConfig:
    """Translate *direction* with the engine *name* from now on (``argos``: the built-in one)."""
    if direction not in DIRECTIONS:
        raise InvalidOperation(
            f"unknown direction {direction_text(direction)}",
            code="engine.bad-direction",
            params={"direction": direction_text(direction)},
        )
    config = get_engine(session, name)
    existing = session.scalars(
        select(EngineChoice).where(EngineChoice.source_lang == direction[0], EngineChoice.target_lang == direction[1])
    ).first()
    if config.builtin:
        if existing is not None:
            session.delete(existing)
    else:
        engine_id = _row(session, config.name).id
        if existing is None:
            session.add(EngineChoice(source_lang=direction[0], target_lang=direction[1], engine_id=engine_id))
        elif existing.engine_id != engine_id:
            existing.engine_id = engine_id
    session.flush()
    return config
