"""SVG icons from resources/icons, and the colour and icon that go with each level."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QColor, QIcon

from inspector.resources import resource_path

SEVERITY_ICON = {"info": "info", "low": "caution", "medium": "suspicious", "high": "dangerous"}
LEVEL_COLOUR = {
    "clean": "#1e8e3e",
    "tracked": "#1a5fb4",
    "targeted": "#d4a000",
    "caution": "#d4a000",
    "suspicious": "#e8710a",
    "dangerous": "#c5221f",
    "info": "#1a73e8",
}


@cache
def icon(name: str) -> QIcon:
    """A bundled SVG icon; QIcon renders SVG at any size, so it stays sharp on high-DPI screens."""
    return QIcon(str(resource_path(f"icons/{name}.svg")))


def severity_icon(severity: str) -> QIcon:
    return icon(SEVERITY_ICON.get(severity, "info"))


def level_colour(level: str) -> QColor:
    return QColor(LEVEL_COLOUR.get(level, LEVEL_COLOUR["info"]))
