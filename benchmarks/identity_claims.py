"""How many "knows your address / your name" claims name no real recipient identity? (issue 22; goal 0)

    .venv/bin/python benchmarks/identity_claims.py [CORPUS] [--jsonl saved.jsonl]

Scans the corpus (or reads a saved `scan --format json` run) and checks every finding whose
`recipient_token` claims an identity: the address must be a real one (a domain under a public
suffix, or a reserved test name) and, when it came from the headers, one of the message's recipients;
a name must be a full name. Prints the claims per source and each false one.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from inspector.analysis.tracking.identities import full_name, real_address  # noqa: E402


def false_claim(token: dict, record: dict) -> str | None:
    identity = str(token.get("identity") or "")
    if token.get("kind") == "name":
        return None if full_name(identity) == identity else f"not a full name: {identity!r}"
    if not real_address(identity):
        return f"not a real address: {identity!r}"
    if token.get("source") not in (None, "url"):
        recipients = (record.get("message") or {}).get("to", "").lower() + json.dumps(record.get("sender") or {})
        if identity.lower() not in recipients and token.get("source") in ("To", "Cc"):
            return f"{identity!r} is not among the recipients"
    return None


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("corpus", nargs="?", default=str(REPO.parent / "shared" / "corpus"))
    parser.add_argument("--jsonl", help="read a saved `scan --format json` run instead of scanning")
    args = parser.parse_args()
    if args.jsonl:
        lines = Path(args.jsonl).read_text().splitlines()
    else:
        command = [sys.executable, "-m", "inspector", "scan", "--format", "json", "--quiet", "--jobs", "2", args.corpus]
        lines = subprocess.run(command, cwd=REPO, capture_output=True, text=True).stdout.splitlines()
    claims: Counter[str] = Counter()
    false: list[str] = []
    for line in lines:
        record = json.loads(line)
        source = Path(record["file"]).parent.name
        for finding in record.get("findings") or []:
            token = finding.get("recipient_token") or {}
            if token.get("kind") not in ("identity", "name"):
                continue
            claims[source] += 1
            problem = false_claim(token, record)
            if problem:
                false.append(f"{record['file']}: {finding['code']}: {problem}")
    for source, count in sorted(claims.items()):
        print(f"{source:<32}{count:>5} identity claims")
    print(f"false identity claims: {len(false)}")
    for line in false[:30]:
        print("  " + line)
    return 1 if false else 0


if __name__ == "__main__":
    sys.exit(main())
