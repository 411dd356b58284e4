"""Links in a safe document point at the internal scheme; the real target rides along in the URL.

A click never navigates: the view decodes `inspector:link?to=...` back to the message's own URL
and hands it to the application, which shows it and offers to copy it.
"""

from __future__ import annotations

from urllib.parse import parse_qs, quote, urlsplit

INTERNAL_SCHEME = "inspector"
LINK_PREFIX = f"{INTERNAL_SCHEME}:link?to="


def link_href(target: str) -> str:
    """The internal href standing for `target` (the message's URL, exactly as written)."""
    return LINK_PREFIX + quote(target, safe="")


def link_target(href: str) -> str | None:
    """The original URL behind an internal link; None if `href` is not one of ours."""
    parts = urlsplit(href)
    if parts.scheme.lower() != INTERNAL_SCHEME or parts.path != "link":
        return None
    values = parse_qs(parts.query, keep_blank_values=True).get("to")
    return values[0] if values else ""


def is_internal(url: str) -> bool:
    return url[: len(INTERNAL_SCHEME) + 1].lower() == INTERNAL_SCHEME + ":"
