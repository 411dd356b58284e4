"""Write the French and Dutch catalogues for the texts the analysis core writes, and compile them.

The core marks its texts with `inspector.texts.tr("template {name}", ...)`. This script finds every
such template in `inspector/` (the GUI excluded, which has its own .ts files), takes the
translations from the tables in `scripts/i18n_findings/*.py` (each a dict `T`: English template ->
(French, Dutch)), writes `resources/i18n/findings_{fr,nl}.ts` (context "Findings") and compiles
them with lrelease. The window loads those .qm files next to its own.

    .venv/bin/python scripts/i18n_findings.py          # write, compile, list what is missing
    .venv/bin/python scripts/i18n_findings.py --check  # only list what is missing (exit 1 if any)
"""

from __future__ import annotations

import ast
import importlib.util
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "inspector"
TABLES = Path(__file__).resolve().parent / "i18n_findings"
I18N = ROOT / "resources" / "i18n"
CONTEXT = "Findings"
LANGUAGES = {"fr": "fr_FR", "nl": "nl_BE"}


def core_templates() -> dict[str, str]:
    """Every `tr()` template in the Qt-free core -> where it was first seen (file:line)."""
    found: dict[str, str] = {}
    for path in sorted(SOURCES.rglob("*.py")):
        if "gui" in path.relative_to(SOURCES).parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "tr"):
                continue
            where = f"{path.relative_to(ROOT)}:{node.lineno}"
            first = node.args[0] if node.args else None
            if not (isinstance(first, ast.Constant) and isinstance(first.value, str)):
                raise SystemExit(f"{where}: tr() needs a literal template, not an expression")
            found.setdefault(first.value, where)
    return found


def tables() -> dict[str, tuple[str, str]]:
    merged: dict[str, tuple[str, str]] = {}
    for path in sorted(TABLES.glob("*.py")):
        spec = importlib.util.spec_from_file_location(f"i18n_findings_{path.stem}", path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        merged.update(module.T)
    return merged


def write_ts(code: str, column: int, templates: dict[str, str], table: dict[str, tuple[str, str]]) -> Path:
    root = ET.Element("TS", version="2.1", language=LANGUAGES[code], sourcelanguage="en")
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = CONTEXT
    for template, where in templates.items():
        message = ET.SubElement(context, "message")
        path, line = where.rsplit(":", 1)
        ET.SubElement(message, "location", filename=f"../../{path}", line=line)
        ET.SubElement(message, "source").text = template
        translation = ET.SubElement(message, "translation")
        if template in table and table[template][column]:
            translation.text = table[template][column]
        else:
            translation.set("type", "unfinished")
    ET.indent(root)
    ts = I18N / f"findings_{code}.ts"
    with ts.open("wb") as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        out.write(ET.tostring(root, encoding="utf-8"))
        out.write(b"\n")
    return ts


def main(argv: list[str]) -> int:
    templates = core_templates()
    table = tables()
    missing = [t for t in templates if t not in table]
    for template in missing:
        print(f"no translation for {template!r} ({templates[template]})", file=sys.stderr)
    unused = [t for t in table if t not in templates]
    for template in unused:
        print(f"unused table entry {template!r}", file=sys.stderr)
    if "--check" in argv:
        return 1 if missing else 0
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    for column, code in enumerate(LANGUAGES):
        ts = write_ts(code, column, templates, table)
        subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)
    print(f"{len(templates)} templates, {len(missing)} missing, {len(unused)} unused table entries")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
