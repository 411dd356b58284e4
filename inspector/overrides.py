"""What the window's Settings put over the environment for every analysis (own domains, trusted servers,
sender history).

A module of its own that imports nothing, so that the window can apply its settings before its first
paint without loading the analysis (importing `inspector.analysis` takes about 0.4 s).
"""

from __future__ import annotations

from collections.abc import Mapping

_overrides: dict[str, object] = {}  # set by the window for every analysis it runs (all threads)


def set_overrides(changes: Mapping[str, object]) -> None:
    """Fields every analysis takes instead of the environment's ({}: the environment alone again)."""
    global _overrides
    _overrides = dict(changes)


def sender_overrides() -> dict[str, object]:
    return _overrides
