"""Find bundled files in `resources/` whether running from a checkout, an install or a frozen app."""

from __future__ import annotations

import sys
from pathlib import Path, PurePosixPath


def resources_dir() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    installed = Path(__file__).resolve().parent / "_resources"
    if installed.is_dir():
        return installed
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(relative: str) -> Path:
    """Path of a bundled resource; refuses absolute paths and `..` so no caller can escape."""
    rel = PurePosixPath(relative)
    if rel.is_absolute() or ".." in rel.parts or not rel.parts:
        raise ValueError(f"not a resource name: {relative!r}")
    return resources_dir().joinpath(*rel.parts)
