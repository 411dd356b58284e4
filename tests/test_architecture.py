"""The analysis core imports no Qt: GUI, CLI and exports are thin layers over one core."""

import subprocess
import sys

from conftest import REPO

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
    import ast

    root = REPO / "inspector"
    modules = {}
    for path in root.rglob("*.py"):
        parts = list(path.relative_to(REPO).with_suffix("").parts)
        modules[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        package = name.split(".") if path.name == "__init__.py" else name.split(".")[:-1]
        edges = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom):
                base = package[: len(package) - node.level + 1] if node.level else []
                target = ".".join(base + ([node.module] if node.module else []))
                for alias in node.names:
                    full = f"{target}.{alias.name}" if target else alias.name
                    edges.add(full if full in modules else target)
            elif isinstance(node, ast.Import):
                edges |= {alias.name for alias in node.names}
        graph[name] = {e for e in edges if e in modules and e != name}

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
