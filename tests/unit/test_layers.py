"""The GUI and the CLI talk to the library only through core functions.

Read from the source (an import under ``if TYPE_CHECKING:`` is only for annotations and is
allowed): no module of ``reader.gui`` or ``reader.cli`` imports SQLAlchemy or the ORM models,
or runs SQL itself (``exec_driver_sql``, ``session.execute``).
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2] / "reader"
FORBIDDEN_MODULES = ("sqlalchemy", "reader.core.models")
FORBIDDEN_CALLS = ("exec_driver_sql", "execute", "scalars", "scalar")


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _runtime_nodes(tree: ast.AST):
    """Every node except those under ``if TYPE_CHECKING:``."""
    stack = [tree]
    while stack:
        node = stack.pop()
        yield node
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and _is_type_checking(child):
                stack.extend(child.orelse)
                continue
            stack.append(child)


def _violations(path: Path, root: Path = ROOT.parent) -> list[str]:
    found = []
    for node in _runtime_nodes(ast.parse(path.read_text(encoding="utf-8"))):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            names = [node.module]
        for name in names:
            if name.startswith(FORBIDDEN_MODULES):
                found.append(f"{path.relative_to(root)}:{node.lineno} imports {name}")
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            if node.func.attr in FORBIDDEN_CALLS and _looks_like_a_session(node.func.value):
                found.append(f"{path.relative_to(root)}:{node.lineno} runs SQL ({node.func.attr})")
    return found


def _looks_like_a_session(value: ast.expr) -> bool:
    text = ast.unparse(value)
    return "session" in text or "conn" in text


def test_gui_and_cli_never_touch_sqlalchemy_or_sql() -> None:
    files = sorted([*(ROOT / "gui").rglob("*.py"), *(ROOT / "cli").rglob("*.py")])
    assert len(files) > 20
    violations = [v for path in files for v in _violations(path)]
    assert not violations, "\n".join(violations)


def test_the_check_finds_what_it_looks_for(tmp_path: Path) -> None:
    probe = tmp_path / "probe.py"
    probe.write_text(
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n    from sqlalchemy.orm import Session\n"
        "from sqlalchemy import select\n"
        "def f(session):\n    session.connection().exec_driver_sql('SELECT 1')\n",
        encoding="utf-8",
    )
    found = _violations(probe, tmp_path)
    assert sorted(v.split(" ", 1)[1] for v in found) == ["imports sqlalchemy", "runs SQL (exec_driver_sql)"]


# -- the main window lays out and wires; controllers do the work ------------------------------
WINDOW = ROOT / "gui" / "main_window.py"
#: What only a controller or an operation may use: the core itself, the readers of talks,
#: notes and search results, and the background task builder.
WINDOW_FORBIDDEN_MODULES = ("reader.core", "reader.gui.search_backend", "reader.gui.models.talk_data")
WINDOW_FORBIDDEN_NAMES = {
    "reader.gui.tasks": {"Op", "Lane", "OpContext"},
    "reader.gui.translation": {"PlanInfo"},
}
#: Calls that load, translate or search: they belong to the talk view, the talk list, the
#: translation controller and the search controller.
WINDOW_FORBIDDEN_CALLS = {"Op", "load_talk", "load_notes", "clean_texts", "list_talks", "run_search"}
#: Methods of the app's TranslationController that drive a run (the window may only stop it).
TRANSLATION_DRIVING = {"start", "again", "prioritise", "stop_for", "models_changed", "engines_changed"}
#: The controllers the window creates: each is given what it works on, never the window.
CONTROLLERS = (
    "notes",
    "talk_view",
    "talk_list",
    "talk_translation",
    "library_search",
    "importing",
    "reading_options",
    "history_actions",
    "engines",
)


def _window_violations(path: Path, root: Path = ROOT.parent) -> list[str]:
    """Where *path* (the main window) loads, translates or searches by itself."""
    found = []
    where = path.relative_to(root)
    for node in _runtime_nodes(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            bad = [alias.name for alias in node.names if alias.name.startswith(WINDOW_FORBIDDEN_MODULES)]
            found += [f"{where}:{node.lineno} imports {name}" for name in bad]
        elif isinstance(node, ast.ImportFrom) and node.module:
            if node.module.startswith(WINDOW_FORBIDDEN_MODULES):
                found.append(f"{where}:{node.lineno} imports {node.module}")
            names = {alias.name for alias in node.names} & WINDOW_FORBIDDEN_NAMES.get(node.module, set())
            found += [f"{where}:{node.lineno} imports {node.module}.{name}" for name in sorted(names)]
        elif isinstance(node, ast.Call):
            func = node.func
            name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
            if name in WINDOW_FORBIDDEN_CALLS:
                found.append(f"{where}:{node.lineno} calls {name}")
            elif isinstance(func, ast.Attribute) and ast.unparse(func.value) == "self.translation":
                if name in TRANSLATION_DRIVING:
                    found.append(f"{where}:{node.lineno} drives translation (translation.{name})")
            elif isinstance(func, ast.Attribute) and ast.unparse(func.value) == "self.ops" and name == "read":
                found.append(f"{where}:{node.lineno} reads the library (ops.read)")
    return found


def _window_privates(window: Path) -> set[str]:
    """The private methods and attributes the main window defines."""
    names = set()
    for node in ast.walk(ast.parse(window.read_text(encoding="utf-8"))):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.name.startswith("_"):
            names.add(node.name)
        elif isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Store):
            if ast.unparse(node.value) == "self" and node.attr.startswith("_"):
                names.add(node.attr)
    return {name for name in names if not (name.startswith("__") and name.endswith("__"))}


def _private_reaches(path: Path, privates: set[str], root: Path) -> list[str]:
    """Where *path* touches a private member of the window: ``window._x`` (whatever the window
    is called there), or any object's ``_x`` that is a private name of the window's."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Attribute) or not node.attr.startswith("_") or node.attr.startswith("__"):
            continue
        owner = ast.unparse(node.value)
        if owner in ("self", "cls"):
            continue
        if owner.lower().endswith("window") or node.attr in privates:
            found.append(f"{path.relative_to(root)}:{node.lineno} reaches into the window ({owner}.{node.attr})")
    return found


def _knows_the_window(path: Path, root: Path = ROOT.parent) -> list[str]:
    """Where a controller imports the main window (even for annotations only)."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module == "reader.gui.main_window":
            found.append(f"{path.relative_to(root)}:{node.lineno} imports the main window")
    return found


def test_the_main_window_leaves_loading_translating_and_searching_to_its_controllers() -> None:
    violations = _window_violations(WINDOW)
    assert not violations, "\n".join(violations)


def test_nothing_but_the_window_touches_its_private_members() -> None:
    privates = _window_privates(WINDOW)
    assert {"_build_widgets", "_connect"} <= privates
    tests = Path(__file__).resolve().parents[1]
    files = sorted({*ROOT.rglob("*.py"), *tests.rglob("*.py")} - {WINDOW})
    violations = [v for path in files for v in _private_reaches(path, privates, ROOT.parent)]
    assert not violations, "\n".join(violations)


def test_the_window_s_controllers_are_given_what_they_need() -> None:
    files = [ROOT / "gui" / f"{name}.py" for name in CONTROLLERS]
    assert all(path.exists() for path in files)
    violations = [v for path in files for v in _knows_the_window(path)]
    assert not violations, "\n".join(violations)


def test_the_window_checks_find_what_they_look_for(tmp_path: Path) -> None:
    window = tmp_path / "main_window.py"
    window.write_text(
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n    from reader.core.db import Library\n"
        "from reader.core.library import list_talks\n"
        "from reader.gui.tasks import Failure, Op\n"
        "class MainWindow:\n"
        "    def __init__(self):\n        self._loading_talk = None\n"
        "    def _talk_loaded(self, document):\n        pass\n"
        "    def open_talk(self, talk_id):\n"
        "        Op(self, lambda _ctx: load_talk(self.library, talk_id)).run()\n"
        "        self.translation.start(talk_id, [])\n"
        "        self.translation.cancel()\n"
        "        self.ops.read(list_talks, print)\n",
        encoding="utf-8",
    )
    found = sorted(v.split(" ", 1)[1] for v in _window_violations(window, tmp_path))
    assert found == [
        "calls Op",
        "calls load_talk",
        "drives translation (translation.start)",
        "imports reader.core.library",
        "imports reader.gui.tasks.Op",
        "reads the library (ops.read)",
    ]
    privates = _window_privates(window)
    assert privates == {"_loading_talk", "_talk_loaded"}
    other = tmp_path / "other.py"
    other.write_text(
        "from reader.gui.main_window import MainWindow\n"
        "def f(app, old, model):\n"
        "    app.window._loading_talk = None\n"
        "    old._talk_loaded(None)\n"
        "    model._rows.clear()\n"
        "    self._talk_loaded = None\n",
        encoding="utf-8",
    )
    found = sorted(v.split(" ", 1)[1] for v in _private_reaches(other, privates, tmp_path))
    assert found == [
        "reaches into the window (app.window._loading_talk)",
        "reaches into the window (old._talk_loaded)",
    ]
    assert [v.split(" ", 1)[1] for v in _knows_the_window(other, tmp_path)] == ["imports the main window"]
