"""The house rules as tests: which part may import which (issue 27 item 5), no Qt at import time, no cycles.

Every import in the tree counts: module level, inside functions, under `if TYPE_CHECKING`, relative
ones resolved, and `importlib.import_module("...")` with a written name. They are read from the
source with `ast`, so an import a test run never reaches is checked too.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from collections.abc import Collection
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest
from conftest import REPO

# -- the rules ------------------------------------------------------------------------------------
# A part is a module or a package (a package covers every module in it). To add a package, a command
# module or an engine, add its name here; every rule below is checked on every import of every module.

QT = ("PySide6", "shiboken6")
GUI = ("inspector.gui",)
# The command line opens the window and draws PDF/PNG through the GUI's export functions, lazily, in the
# commands that need them. No other part outside the GUI reaches it.
COMMAND_LINE = ("inspector.cli",)
# The engines answer different questions and share parsed state through the context, not each other.
ENGINES = ("inspector.analysis.tracking", "inspector.analysis.sender", "inspector.analysis.traps")
# The room below the engines: what they all use. It answers no question, so it imports none of them,
# nor the registry and verdict above them.
COMMON = "inspector.analysis.common"
ABOVE_COMMON = (*ENGINES, "inspector.analysis.verdict", "inspector.analysis.verdict_text", "inspector.analysis.axes")


@dataclass(frozen=True)
class Rule:
    id: str
    parts: tuple[str, ...]  # the modules the rule is about
    never: tuple[str, ...]  # what they must never import
    besides: tuple[str, ...] = ()  # modules inside `parts` the rule does not cover


def _short(name: str) -> str:
    return name.rsplit(".", 1)[-1]


RULES = [
    Rule("core-imports-no-qt", ("inspector",), QT, besides=GUI),
    Rule("only-the-command-line-reaches-the-gui", ("inspector",), GUI, besides=GUI + COMMAND_LINE),
    Rule("render-imports-no-gui", ("inspector.render",), GUI),
    Rule(
        "parsing-imports-no-analysis-render-report-gui",
        ("inspector.parsing",),
        ("inspector.analysis", "inspector.render", "inspector.report", *GUI),
    ),
    Rule("model-imports-nothing-of-ours", ("inspector.model",), ("inspector",)),
    Rule("report-imports-no-gui", ("inspector.report",), GUI),
    Rule(
        "analysis-imports-no-render-report-cli-gui",
        ("inspector.analysis",),
        ("inspector.render", "inspector.report", *COMMAND_LINE, *GUI),
    ),
    *(
        Rule(f"{_short(engine)}-imports-no-{_short(other)}", (engine,), (other,))
        for engine in ENGINES
        for other in ENGINES
        if other != engine
    ),
    Rule("common-imports-no-engine", (COMMON,), ABOVE_COMMON),
    Rule("pipeline-imports-no-gui-or-cli", ("inspector.pipeline",), (*GUI, *COMMAND_LINE, *QT)),
]

# Imports that break a rule today, each with the work that removes it. Each is a strict xfail: when the
# import is gone the test passes unexpectedly and fails the run, so the line here is deleted with it.
# (None left: render/cli.py became inspector/cli/render.py, and the engines share parsed state through
# analysis/common/context.py.)
KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

# -- reading the imports --------------------------------------------------------------------------


def within(name: str, prefixes: tuple[str, ...]) -> bool:
    return any(name == p or name.startswith(p + ".") for p in prefixes)


@cache
def our_modules() -> dict[str, Path]:
    modules = {}
    for path in sorted((REPO / "inspector").rglob("*.py")):
        parts = list(path.relative_to(REPO).with_suffix("").parts)
        modules[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return modules


def imports_in(source: str, module: str, *, is_package: bool, known: Collection[str]) -> set[tuple[str, int]]:
    """(imported module, line) for every import in `source`; `from a import b` is `a.b` when that is a
    module of ours, else `a`."""
    package = module.split(".") if is_package else module.split(".")[:-1]
    found = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found |= {(alias.name, node.lineno) for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else []
            target = ".".join(base + ([node.module] if node.module else []))
            for alias in node.names:
                full = f"{target}.{alias.name}" if target else alias.name
                found.add((full if full in known else target, node.lineno))
        elif isinstance(node, ast.Call) and _is_dynamic_import(node.func) and node.args:
            first = node.args[0]
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                found.add((first.value, node.lineno))
    return found


def _is_dynamic_import(func: ast.expr) -> bool:
    if isinstance(func, ast.Attribute):
        return func.attr == "import_module"
    return isinstance(func, ast.Name) and func.id in ("import_module", "__import__")


@cache
def import_graph() -> dict[str, frozenset[tuple[str, int]]]:
    modules = our_modules()
    return {
        name: frozenset(
            imports_in(path.read_text(encoding="utf-8"), name, is_package=path.name == "__init__.py", known=modules)
        )
        for name, path in modules.items()
    }


def violations(rule: Rule, only: str | None = None) -> list[str]:
    out = []
    for module, imported in sorted(import_graph().items()):
        if not within(module, rule.parts) or within(module, rule.besides):
            continue
        if (only is None and (rule.id, module) in KNOWN_VIOLATIONS) or (only is not None and module != only):
            continue
        path = our_modules()[module].relative_to(REPO)
        out += [f"{path}:{line} imports {target}" for target, line in sorted(imported) if within(target, rule.never)]
    return out


# -- the tests ------------------------------------------------------------------------------------


@pytest.mark.parametrize("rule", RULES, ids=[r.id for r in RULES])
def test_layer_rule(rule: Rule) -> None:
    covered = [m for m in our_modules() if within(m, rule.parts) and not within(m, rule.besides)]
    assert covered, f"{rule.id}: no module is in {rule.parts} (renamed?)"
    assert violations(rule) == []


@pytest.mark.parametrize(
    ("rule_id", "module"),
    [
        pytest.param(rule_id, module, marks=pytest.mark.xfail(strict=True, reason=reason, raises=AssertionError))
        for (rule_id, module), reason in KNOWN_VIOLATIONS.items()
    ],
)
def test_known_violation_still_to_remove(rule_id: str, module: str) -> None:
    rule = next(r for r in RULES if r.id == rule_id)
    assert violations(rule, only=module) == []


def test_the_reader_sees_lazy_relative_and_dynamic_imports() -> None:
    source = (
        "import os.path\n"
        "from . import sibling, CONSTANT\n"
        "from ..gui.safe_view import create_safe_view\n"
        "def draw():\n"
        "    from PySide6.QtCore import QTimer\n"
        "    import shiboken6\n"
        "    importlib.import_module('inspector.report.stix')\n"
    )
    known = {"inspector.render.sibling", "inspector.gui.safe_view"}
    found = {name for name, _ in imports_in(source, "inspector.render.cli", is_package=False, known=known)}
    assert found == {
        "os.path",
        "inspector.render.sibling",
        "inspector.render",  # CONSTANT is a name in the package
        "inspector.gui.safe_view",
        "PySide6.QtCore",
        "shiboken6",
        "inspector.report.stix",
    }
    inside_package = imports_in("from .x import y", "inspector.parsing", is_package=True, known=set())
    assert inside_package == {("inspector.parsing.x", 1)}


CORE_MODULES = [
    "inspector.model",
    "inspector.parsing",
    "inspector.analysis",
    "inspector.report.record",
    "inspector.report.text",
    "inspector.cli",
    "inspector.cli.scan",
    "inspector.cli.export",
    "inspector.cli.iocs",
    "inspector.cli.bundle",
    "inspector.cli.render",
    "inspector.cli.desktop",
    "inspector.pipeline",
]


def test_core_imports_no_qt() -> None:
    code = (
        "import importlib, sys\n"
        f"for name in {CORE_MODULES!r}:\n"
        "    importlib.import_module(name)\n"
        "for optional in ('inspector.render',):\n"
        "    try: importlib.import_module(optional)\n"
        "    except ModuleNotFoundError: pass\n"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, check=True)
    assert done.stdout.strip() == "[]"


def test_no_import_cycle_between_our_modules() -> None:
    """Imports point one way, lazy ones in functions included (issue 15: safe_view ⇄ webengine_view)."""
    modules = our_modules()
    graph = {name: {t for t, _ in imported if t in modules and t != name} for name, imported in import_graph().items()}

    def reaches(start: str, goal: str) -> bool:
        seen, todo = set(), [start]
        while todo:
            for nxt in graph[todo.pop()] - seen:
                if nxt == goal:
                    return True
                seen.add(nxt)
                todo.append(nxt)
        return False

    cycles = sorted((a, b) for a in graph for b in graph[a] if a < b and reaches(b, a))
    assert cycles == []
