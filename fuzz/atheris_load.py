"""Coverage-guided fuzzing of the whole pipeline with atheris (libFuzzer), run on demand.

    .venv/bin/pip install -e '.[fuzz]'
    .venv/bin/python fuzz/atheris_load.py fuzz/corpus -max_total_time=600 -rss_limit_mb=3000 -timeout=30

Each input goes through load, analyse, the safe view and the exports, and must keep the
invariants of `tests/fuzz_strategies.check_invariants` (only LoadError escapes the loader, no
analyser fails, every auto-loading remote URL is reported, the safe view holds no remote
reference). A broken invariant is an uncaught exception: libFuzzer stops and writes the input
to `crash-*`; an input slower than `-timeout` seconds goes to `timeout-*`. Seed the corpus folder
with a few real messages (`--seed` copies the test fixtures, never the shared corpus, which must
not be written to).
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import atheris

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE.parent / "tests")]

with atheris.instrument_imports(include=["inspector"]):
    from fuzz_strategies import check_invariants


def one_input(data: bytes) -> None:
    check_invariants(data)


def seed(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for path in sorted((HERE.parent / "tests" / "fixtures").rglob("*.eml"))[:60]:
        shutil.copy(path, folder / path.name)


if __name__ == "__main__":
    if "--seed" in sys.argv:
        sys.argv.remove("--seed")
        seed(Path(next((a for a in sys.argv[1:] if not a.startswith("-")), HERE / "corpus")))
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()
