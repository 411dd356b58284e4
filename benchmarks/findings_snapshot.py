"""What the analysis concluded for every corpus message, as one line each, to diff before/after.

    .venv/bin/python benchmarks/findings_snapshot.py [CORPUS] > snapshot.tsv

Speed work must not change results. Each line: file, verdict level, the sorted finding codes with
their severity, and a hash of the findings' evidence and element ids (titles and explanations are
left out: they are prose that others edit). Runs `scan --format json --jobs 2` once.
"""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def main() -> None:
    corpus = Path(sys.argv[1]) if len(sys.argv) > 1 else REPO.parent / "shared" / "corpus"
    done = subprocess.run(
        [sys.executable, "-m", "inspector", "scan", "--format", "json", "--quiet", "--jobs", "2", str(corpus)],
        cwd=REPO,
        capture_output=True,
        text=True,
    )
    rows = []
    for line in done.stdout.splitlines():
        record = json.loads(line)
        findings = record.get("findings") or []
        codes = sorted(f"{f['code']}:{f['severity']}" for f in findings)
        facts = sorted(
            json.dumps([f["code"], f.get("evidence"), f.get("element_id"), f.get("part"), f.get("header")],
                       sort_keys=True, default=str)
            for f in findings
        )  # fmt: skip
        digest = hashlib.sha256("\n".join(facts).encode()).hexdigest()[:16]
        level = (record.get("verdict") or {}).get("level")
        rel = Path(record["file"]).resolve().relative_to(corpus.resolve())
        rows.append(f"{rel}\t{record['ok']}\t{level}\t{' '.join(codes)}\t{digest}")
    print("\n".join(sorted(rows)))


if __name__ == "__main__":
    main()
