"""Read mypy's output on stdin; fail on any error outside the packages listed in the baseline file, and
on more errors in a listed package than the file allows. Used by scripts/test.sh.

The baseline may only shrink: when a package has fewer errors than listed, lower its number.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

_ERROR = re.compile(r"^(inspector/[^:]+):\d+: error:")


def main(baseline_file: str) -> int:
    allowed: dict[str, int] = {}
    for line in Path(baseline_file).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            package, count = line.split()
            allowed[package.rstrip("/") + "/"] = int(count)
    counts = dict.fromkeys(allowed, 0)
    failed = False
    for line in sys.stdin:
        match = _ERROR.match(line)
        if not match:
            continue
        package = next((p for p in allowed if match.group(1).startswith(p)), None)
        if package is None:
            print(line, end="")
            failed = True
        else:
            counts[package] += 1
    for package, count in counts.items():
        if count > allowed[package]:
            print(f"mypy: {count} errors in {package}, the baseline allows {allowed[package]}: run mypy and fix them")
            failed = True
        elif count < allowed[package]:
            print(f"mypy: {package} is down to {count} errors: lower its line in {baseline_file}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
