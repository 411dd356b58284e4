"""Catastrophic-backtracking sweep: run every pattern against inputs built to make it backtrack.

For each pattern, the inputs are long runs of the characters the pattern itself accepts (its
literals and a representative of each class), alone and after each literal run of the pattern
(so an anchored pattern gets past its anchor), ending in a character that makes the match fail.
On 5,000 characters a linear-time pattern takes well under a millisecond; a backtracking one
takes a second or more (the two tracker patterns this found took 1 s at 2,000).

`python tests/regex_sweep.py` prints JSON: the slowest patterns with their time and input.
"""

from __future__ import annotations

import contextlib
import importlib
import json
import pkgutil
import re
import sys
import time
from pathlib import Path

try:
    from re import _parser as sre_parse  # Python 3.11+
except ImportError:  # pragma: no cover
    import sre_parse  # type: ignore[no-redef]

REPO = Path(__file__).resolve().parent.parent
FIXED = ["/" + "a" * 5_000, "%" * 5_000, "/a" * 2_500, "?" + "a=1&" * 1_250, "a." * 2_500, "%2F" * 1_700]


def _walk(parsed: object, literals: list[str], chars: set[str]) -> None:
    run: list[str] = []
    for op, arg in parsed:  # type: ignore[union-attr]
        name = str(op)
        if name == "LITERAL":
            run.append(chr(arg))
            chars.add(chr(arg))
            continue
        if run:
            literals.append("".join(run))
            run = []
        if name == "IN":
            for item_op, item in arg:
                if str(item_op) == "LITERAL":
                    chars.add(chr(item))
                elif str(item_op) == "RANGE":
                    chars.add(chr(item[0]))
                elif str(item_op) == "CATEGORY":
                    chars.update("a0 ")
        elif name in ("ANY", "NOT_LITERAL"):
            chars.update("a/")
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            _walk(arg[2], literals, chars)
        elif name == "SUBPATTERN":
            _walk(arg[3], literals, chars)
        elif name == "BRANCH":
            for branch in arg[1]:
                _walk(branch, literals, chars)
        elif name in ("ASSERT", "ASSERT_NOT"):
            _walk(arg[1], literals, chars)
    if run:
        literals.append("".join(run))


def adversarial_inputs(pattern: str, size: int = 5_000) -> list[str]:
    literals: list[str] = []
    chars: set[str] = set()
    with contextlib.suppress(Exception):  # an exotic pattern still gets the fixed inputs
        _walk(sre_parse.parse(pattern), literals, chars)
    pumps = sorted(chars)[:16] + [lit for lit in literals if len(lit) > 1][:4]
    prefixes = ["", *[lit for lit in literals if lit][:2]]
    out = list(FIXED)
    for prefix in prefixes:
        for pump in pumps:
            out.append(prefix + pump * (size // max(1, len(pump))) + "\x00!")
    return out


def sweep(patterns: list[tuple[str, re.Pattern[str]]], size: int = 5_000) -> list[dict]:
    """The time of the slowest input for each pattern, slowest first."""
    results = []
    for label, compiled in patterns:
        worst, worst_input = 0.0, ""
        for text in adversarial_inputs(compiled.pattern if isinstance(compiled.pattern, str) else "", size):
            subject: str | bytes = text if isinstance(compiled.pattern, str) else text.encode("utf-8", "replace")
            start = time.perf_counter()
            compiled.search(subject)  # type: ignore[arg-type]
            elapsed = time.perf_counter() - start
            if elapsed > worst:
                worst, worst_input = elapsed, text[:40]
        results.append({"pattern": label, "seconds": round(worst, 4), "input": worst_input})
    return sorted(results, key=lambda r: -r["seconds"])


def tracker_patterns() -> list[tuple[str, re.Pattern[str]]]:
    data = json.loads((REPO / "resources" / "trackers.json").read_text(encoding="utf-8"))
    out = []
    for entry in data["trackers"]:
        for key in ("path_regex", "url_regex"):
            if entry.get(key):
                out.append((f"trackers.json {entry['vendor']} {key}", re.compile(entry[key], re.IGNORECASE)))
    return out


def module_patterns() -> list[tuple[str, re.Pattern]]:
    """Every compiled pattern held at module level anywhere in the core (not the GUI)."""
    import inspector

    out = []
    for info in pkgutil.walk_packages(inspector.__path__, "inspector."):
        if info.name.startswith("inspector.gui") or info.name.endswith("__main__"):
            continue
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if isinstance(value, re.Pattern):
                out.append((f"{info.name}.{name}", value))
            elif isinstance(value, (tuple, list)):
                for n, item in enumerate(value):
                    found = [x for x in (item if isinstance(item, tuple) else (item,)) if isinstance(x, re.Pattern)]
                    out.extend((f"{info.name}.{name}[{n}]", p) for p in found)
    return out


if __name__ == "__main__":
    sys.path.insert(0, str(REPO))
    which = sys.argv[1] if len(sys.argv) > 1 else "trackers"
    found = tracker_patterns() if which == "trackers" else module_patterns()
    print(json.dumps({"patterns": len(found), "slowest": sweep(found)[:10]}))
