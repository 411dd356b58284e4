"""What a blocked thing looks like: `data:` SVG boxes of the original size, badges and labelled boxes.

Every placeholder is built here from escaped text, so nothing the message says can become markup.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from urllib.parse import quote

from ..texts import Text, tr

Words = Callable[[str], str]  # puts a core text into the reader's language (`str` keeps English)
REMOTE_IMAGE = tr("remote image blocked")
IMAGE_NOT_SHOWN = tr("image not shown")
TRACKING_PIXEL = tr("tracking pixel")

# The default box when the message gives no size: wide enough for the label, one line high.
DEFAULT_HEIGHT = 32
MAX_SIDE = 4000
_LABEL_MIN_WIDTH = 80
_LABEL_MIN_HEIGHT = 20

BOX_STYLE = (
    "display:inline-block;box-sizing:border-box;border:1px dashed #9aa0a6;background:#f1f3f4;"
    "color:#5f6368;font:12px/1.4 sans-serif;padding:6px 8px;margin:2px 0;max-width:100%;"
    "overflow:hidden;text-overflow:ellipsis;vertical-align:middle"
)
BADGE_STYLE = (
    "display:inline-block !important;visibility:visible !important;opacity:1 !important;"
    "box-sizing:border-box;border:2px solid #d93025;border-radius:4px;background:#fce8e6;color:#a50e0e;"
    "font:600 12px/1.4 sans-serif;padding:2px 6px;margin:2px;max-width:100%;white-space:normal;"
    "text-align:left;vertical-align:middle"
)


def svg_data_uri(svg: str) -> str:
    return "data:image/svg+xml;charset=utf-8," + quote(svg, safe=" =:;,/'")


_OWN_SVG = re.compile(
    r'<svg xmlns="http://www\.w3\.org/2000/svg"[^<>]*>(?:<(?:rect|path|text)\b[^<>]*>[^<>]*(?:</text>)?)*(?:</svg>)?'
)


def is_placeholder_svg(data: bytes) -> bool:
    """True only for an SVG this module wrote: rect, path and text, nothing that could load.

    An engine that renders SVG from `data:` URLs (QTextBrowser does, through Qt's image reader)
    must not render any other: an SVG `<image href="file:...">` reads a local file.
    """
    try:
        svg = data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    lowered = svg.lower()
    if any(word in lowered for word in ("href", "url(", "<!", "<?", "xi:", "@import")):
        return False
    return _OWN_SVG.fullmatch(svg) is not None


def blocked_image(
    host: str, width: int | None, height: int | None, *, label: Text = REMOTE_IMAGE, words: Words = str
) -> str:
    """A `data:` SVG of the image's own box saying what was blocked and where it would have gone."""
    text = words(tr("{label} · {host}", label=label, host=host) if host else label)
    w = _clamp(width) if width is not None else max(160, min(420, 7 * len(text) + 24))
    h = _clamp(height) if height is not None else (DEFAULT_HEIGHT if width is None or w >= 40 else w)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {w} {h}">',
        f'<rect x="0.5" y="0.5" width="{max(w - 1, 0)}" height="{max(h - 1, 0)}" fill="#f1f3f4" '
        'stroke="#9aa0a6" stroke-dasharray="4 3"/>',
    ]
    if w >= _LABEL_MIN_WIDTH and h >= _LABEL_MIN_HEIGHT:  # slices of image buttons stay plain boxes
        size = 11 if h >= 18 else 9
        parts.append(
            f'<text x="{w / 2:g}" y="{h / 2:g}" dy="0.35em" text-anchor="middle" font-family="sans-serif" '
            f'font-size="{size}" fill="#5f6368" textLength="{min(w - 8, len(text) * size * 0.55):g}" '
            f'lengthAdjust="spacingAndGlyphs">{html.escape(text)}</text>'
        )
    parts.append("</svg>")
    return svg_data_uri("".join(parts))


def blocked_background() -> str:
    """A faint hatch for blocked CSS/attribute backgrounds: visible, but text over it stays readable."""
    return svg_data_uri(
        '<svg xmlns="http://www.w3.org/2000/svg" width="12" height="12">'
        '<rect width="12" height="12" fill="#f8f9fa"/><path d="M0 12L12 0" stroke="#dadce0" stroke-width="1"/>'
        "</svg>"
    )


def transparent_pixel() -> str:
    return svg_data_uri('<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>')


def badge_text(host: str, *, knows_address: bool, label: Text = TRACKING_PIXEL) -> Text:
    text = tr("{label} → {host}", label=label, host=host) if host else label
    return text + " · " + tr("knows your address") if knows_address else text


def box_text(kind: Text, host: str) -> Text:
    return tr("{kind} not loaded · {host}", kind=kind, host=host) if host else tr("{kind} not loaded", kind=kind)


_LENGTH = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(px)?\s*$", re.IGNORECASE)


def parse_length(value: object) -> int | None:
    """A pixel length from an HTML attribute or CSS value (`600`, `600px`); None for %, auto, em..."""
    if not isinstance(value, str):
        return None
    match = _LENGTH.match(value)
    return _clamp(round(float(match.group(1)))) if match else None


def _clamp(value: int) -> int:
    return max(0, min(MAX_SIDE, value))
