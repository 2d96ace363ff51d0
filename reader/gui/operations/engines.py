"""Translation engines as operations: add, edit, remove, choose per direction (each one
undoable action of :mod:`reader.core.translate.engine_settings`), reading them, and asking
their servers whether they are ready.

Every change ends in ``LibraryChange(engines=True)``: the engines dialog, the reader's
"Translate Again With" menus and the translation of the open talk follow that one signal,
so an undo of "Use “llm” for Chinese → English" lands in the same place as the choice did.
Readiness checks talk to servers, so they run on :attr:`Lane.NETWORK`, never on the lanes
that load talks or translate.

The core is imported when an operation runs, not with this module: the window's menus
use :class:`EngineList` before anything is translated.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from reader.gui.operations import LibraryChange, Operations
from reader.gui.tasks import Failure, Lane, Op, OpContext, OpHandle

if TYPE_CHECKING:
    from PySide6.QtCore import QObject

    from reader.core.translate.engine_settings import Direction, EngineConfig
    from reader.core.translate.engines import Readiness

Done = Callable[[Any], Any] | None
Failed = Callable[[Failure], Any] | None

#: How long a readiness check waits for a server (a closed port answers at once).
CHECK_TIMEOUT = 5.0


@dataclass(frozen=True)
class EngineList:
    """The library's engines (the built-in one first) and the engine of each direction."""

    engines: tuple[EngineConfig, ...]
    chosen: Mapping[Direction, EngineConfig]

    def uses(self, name: str) -> list[Direction]:
        """The directions translated with the engine *name*."""
        return [direction for direction, config in self.chosen.items() if config.name == name]

    def named(self, name: str) -> EngineConfig | None:
        return next((config for config in self.engines if config.name == name), None)


def _changed(_result: object) -> LibraryChange:
    return LibraryChange(engines=True)


def load(ops: Operations, on_done: Callable[[EngineList], Any]) -> OpHandle:
    """Read the engines and the choices (read lane)."""
    from reader.core.translate import engine_settings as es

    return ops.read(lambda s: EngineList(tuple(es.list_engines(s)), es.chosen(s)), on_done)


def add(ops: Operations, config: EngineConfig, *, on_done: Done = None, on_failure: Failed = None) -> OpHandle:
    """Add a LibreTranslate or chat engine; a bad setting fails with a coded error."""
    from reader.core.translate import engine_settings as es

    return ops.edit(lambda s: es.add_engine(s, config), _changed, on_done=on_done, on_failure=on_failure)


def edit(
    ops: Operations,
    name: str,
    changes: Mapping[str, str | None],
    *,
    on_done: Done = None,
    on_failure: Failed = None,
) -> OpHandle:
    """Change an engine's URL, API key, model or prompt (None or empty: none / the default)."""
    from reader.core.translate import engine_settings as es

    return ops.edit(lambda s: es.edit_engine(s, name, dict(changes)), _changed, on_done=on_done, on_failure=on_failure)


def remove(ops: Operations, name: str, *, on_done: Done = None) -> OpHandle:
    """Remove an engine; its directions go back to the built-in one, its translations stay."""
    from reader.core.translate import engine_settings as es

    return ops.edit(lambda s: es.remove_engine(s, name), _changed, on_done=on_done)


def choose(ops: Operations, direction: Direction, name: str, *, on_done: Done = None) -> OpHandle:
    """Translate *direction* with the engine *name* from now on."""
    from reader.core.translate import engine_settings as es

    return ops.edit(lambda s: es.choose_engine(s, direction, name), _changed, on_done=on_done)


def check(
    parent: QObject,
    ops: Operations,
    configs: Sequence[EngineConfig],
    on_result: Callable[[str, Readiness], Any],
    *,
    on_finished: Callable[[], Any] | None = None,
    label: str = "",
) -> OpHandle:
    """Ask each engine in turn whether it can translate now (network lane); *on_result* gets
    ``(name, readiness)`` as each answer comes. Cancelling the handle stops between engines."""
    from reader.core.translate import registry

    configs = tuple(configs)

    def work(ctx: OpContext) -> int:
        for done, config in enumerate(configs):
            ctx.check()
            ctx.report(done, len(configs))
            ctx.emit((config.name, registry.check(config, timeout=CHECK_TIMEOUT)))
        return len(configs)

    op = Op(parent, work, lane=Lane.NETWORK, manager=ops.manager)
    op.on_partial(lambda value: on_result(*value))
    if on_finished is not None:
        op.on_finished(on_finished)
    if label:
        op.with_progress(label, cancellable=True)
    return op.run()
