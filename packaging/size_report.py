"""Print the frozen app's size against the goal (issue 26: 250 MB), for `scripts/build.sh --check`.

    python packaging/size_report.py dist/email-inspector [ARCHIVE]

On disk: the apparent size of every file in the folder (MB = 10^6 bytes), with the one library that
sets the floor. ARCHIVE, when given, is the compressed download of the same folder.
"""

from __future__ import annotations

import sys
from pathlib import Path

GOAL_MB = 250.0
FLOOR = "libQt6WebEngineCore"  # Chromium: about 204 MB, stripped already; the app cannot run WebEngine without it


def megabytes(size: int) -> float:
    return size / 1e6


def verdict(size: int) -> str:
    over = megabytes(size) - GOAL_MB
    return f"goal {GOAL_MB:.0f} MB: met" if over <= 0 else f"goal {GOAL_MB:.0f} MB: {over:.1f} MB over"


def report(folder: Path, archive: Path | None = None) -> list[str]:
    files = [folder] if folder.is_file() else [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    total = sum(p.stat().st_size for p in files)
    floor = sum(p.stat().st_size for p in files if p.name.startswith(FLOOR))
    lines = [
        f"size on disk: {megabytes(total):.1f} MB ({total / 2**20:.1f} MiB, {len(files)} files), {verdict(total)}"
        + (f"; {FLOOR} alone is {megabytes(floor):.1f} MB" if floor else "")
    ]
    if archive is not None and archive.exists():
        size = archive.stat().st_size
        lines.append(f"download {archive.name}: {megabytes(size):.1f} MB, {verdict(size)}")
    return lines


if __name__ == "__main__":
    print("\n".join(report(Path(sys.argv[1]), Path(sys.argv[2]) if len(sys.argv) > 2 else None)))
