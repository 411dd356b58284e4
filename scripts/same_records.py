"""Are two `scan --format json` outputs the same report? For refactors that must not change the contract.

    git worktree / archive of the base commit:  python -m inspector scan --format json DIR > before.jsonl
    this tree:                                  python -m inspector scan --format json DIR > after.jsonl
    python scripts/same_records.py before.jsonl after.jsonl

Records are matched by file (resolved, so `../shared/corpus` and `/work/shared/corpus` agree) and mbox
position, and compared as JSON text with keys in their order; only `tool` (the version) is ignored.
Exit status 0 when every record is identical, 1 otherwise (the first differing files are listed).
"""

from __future__ import annotations

import json
import os
import sys


def records(path: str) -> dict[tuple[str, str], str]:
    out: dict[tuple[str, str], str] = {}
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            record.pop("tool", None)
            record["file"] = os.path.realpath(record["file"])
            out[(record["file"], json.dumps(record.get("source")))] = json.dumps(record)
    return out


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    before, after = records(argv[0]), records(argv[1])
    differing = sorted(k for k in before.keys() | after.keys() if before.get(k) != after.get(k))
    print(f"{len(before)} records before, {len(after)} after, {len(differing)} differ")
    for file, source in differing[:20]:
        print(f"  {file} {source if source != 'null' else ''}".rstrip())
    return 1 if differing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
