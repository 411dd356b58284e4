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
