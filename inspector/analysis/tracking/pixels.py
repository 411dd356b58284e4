"""Is a remote image meant to be seen? Size, hiding, spacer rules and path words, read from the tree.

Declared sizes lie and many real pixels declare none (Hu et al. 2019), so hiding, path words,
tokens and position carry much of the recall; repeated or well-known spacer images are layout,
not tracking (Trocker's "same URL 5 times" rule; MailTrackerBlocker's spacer allow-list).
"""

from __future__ import annotations

import functools
import re

import tinycss2
from bs4 import Tag

from ...texts import Text, tr

SPACER_REPEATS = 5
_MAX_ANCESTORS = 10
_NUMBER = re.compile(r"^\s*(-?\d+(?:\.\d+)?)\s*(px)?\s*$", re.IGNORECASE)
_SPACER_NAME = re.compile(
    r"spacer|transparent\.gif|blank\.gif|clear\.gif|shim\.gif|/s\.gif|gmail_fix|attachments\.office\.net/owa/|"
    r"apple_logo_web|sidebar-gradient|fedex_collective_logo_|/pixel_transparent",
    re.IGNORECASE,
)
PATH_WORDS = re.compile(
    r"/open\b|=open\b|/opened|/opens?[._/?]|/track|/trace|/pixel|/beacon|/imp\b|/impression|/wf/open|/e2t/o/|"
    r"/tr/op/|/op/\d|/o/e[jy]|/o\.gif|/open\.(?:gif|png|aspx|php|html)|/oo/|/view/|/action/view|"
    r"[?&](?:open|view)=|emailopen|mailopen|read_?receipt|/t\.gif|/1x1|/blank\.gif\?",
    re.IGNORECASE,
)


def style_map(style: str) -> dict[str, str]:
    """Inline CSS declarations, lower-cased, last one wins (tinycss2, so escapes and comments are handled)."""
    if not style or ":" not in style:
        return {}
    if len(style) > _CACHED_STYLE_CHARS:
        return _style_map.__wrapped__(style)
    return dict(_style_map(style))  # a copy: the cached one is shared


_CACHED_STYLE_CHARS = 4096


@functools.lru_cache(maxsize=4096)
def _style_map(style: str) -> dict[str, str]:
    """Cached: a newsletter repeats the same few `style` attributes on hundreds of cells, and the
    hiding check reads every ancestor of every image (the corpus: 13,856 reads of 695 strings)."""
    out: dict[str, str] = {}
    for decl in tinycss2.parse_declaration_list(style, skip_comments=True, skip_whitespace=True):
        if decl.type == "declaration":
            out[decl.lower_name] = tinycss2.serialize(decl.value).strip().lower()
    return out


def _px(value: object) -> float | None:
    if value is None:
        return None
    match = _NUMBER.match(str(value).replace("!important", ""))
    return float(match.group(1)) if match else None


def declared_size(tag: Tag, style: dict[str, str]) -> tuple[float | None, float | None]:
    """Width and height from attributes or inline CSS (the smallest of width/max-width/...)."""

    def dim(name: str) -> float | None:
        values = [_px(tag.get(name)), _px(style.get(name)), _px(style.get(f"max-{name}"))]
        known = [v for v in values if v is not None]
        return min(known) if known else None

    return dim("width"), dim("height")


def is_tiny(width: float | None, height: float | None) -> bool:
    """0-3 px in the dimensions we know; a wide 1-px line (w >= 50) is layout, not a pixel."""
    if width is None and height is None:
        return False
    if width is not None and height is not None:
        return (width <= 3 and height <= 3) or width * height <= 4 or (min(width, height) == 0)
    known = width if width is not None else height
    return known is not None and known <= 1


def hidden_reason(tag: Tag) -> Text | None:
    """Why the element (or an ancestor) cannot be seen, judging by inline styles and attributes."""
    node: Tag | None = tag
    for depth in range(_MAX_ANCESTORS):
        if node is None or not isinstance(node, Tag) or node.name in ("body", "html", "[document]"):
            return None
        reason = _hides(node, depth)
        if reason:
            return reason
        node = node.parent
    return None


def _hides(node: Tag, depth: int) -> Text | None:
    hidden = node.get("hidden") is not None
    style = style_map(str(node.get("style", ""))) if not hidden else {}
    if not hidden and not style:
        return None  # the common case: nothing to say, so no text is made
    who = tr("the image") if depth == 0 else tr("its container <{tag}>", tag=node.name)
    if hidden:
        return tr("{who} has the hidden attribute", who=who)
    if style.get("display", "").startswith("none"):
        return tr("{who} is display:none", who=who)
    if style.get("visibility", "").startswith(("hidden", "collapse")):
        return tr("{who} is visibility:hidden", who=who)
    if _px(style.get("opacity")) == 0:
        return tr("{who} has opacity 0", who=who)
    if style.get("mso-hide", "").startswith("all"):
        return tr("{who} is hidden from Outlook (mso-hide:all)", who=who)
    for prop in ("max-height", "height", "max-width", "width"):
        if _px(style.get(prop)) == 0 and (depth == 0 or "hidden" in style.get("overflow", "")):
            return tr("{who} has {prop}:0", who=who, prop=prop)
    for prop in ("left", "top", "margin-left", "text-indent"):
        if prop == "text-indent" and depth == 0:
            continue  # text-indent moves a block's inline content, not the image element itself
        value = _px(style.get(prop))
        if value is not None and value <= -1000:
            return tr("{who} is moved off-screen ({prop}:{value})", who=who, prop=prop, value=style[prop])
    return None


def is_spacer_name(url: str) -> bool:
    return bool(_SPACER_NAME.search(url))


def path_word(url: str) -> str | None:
    match = PATH_WORDS.search("/" + url.split("//", 1)[-1].partition("/")[2])
    return match.group(0) if match else None


_IMAGE_FILE = re.compile(r"\.(?:gif|png|jpe?g|webp|bmp|svg)$", re.IGNORECASE)


def is_image_file(url: str) -> bool:
    path = url.split("?", 1)[0].split("#", 1)[0]
    return bool(_IMAGE_FILE.search(path))
