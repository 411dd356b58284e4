"""Which tab already shows a source: opening the same file again focuses its tab instead of a copy.

The same file is the same resolved path (a link, `./x.eml` and `/home/me/x.eml` are one file);
bytes with no file (a drop, a paste) are the same when their SHA-256 is.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from inspector.sources import Source

SourceKey = tuple[str, str, int | None]


def source_key(source: Source) -> SourceKey | None:
    """What makes two sources the same message to show; None for a message nested in another."""
    if source.message is not None:
        return None
    if source.data is not None:
        return ("data", hashlib.sha256(source.data).hexdigest(), None)
    if not source.path:
        return None
    path = Path(source.path)
    try:
        resolved = str(path.resolve())
    except (OSError, RuntimeError):  # a link loop: the path as given
        resolved = str(path.absolute())
    return ("path", resolved, source.index)
