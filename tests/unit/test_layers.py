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
