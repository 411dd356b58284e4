"""What a body hides from the reader but shows to a filter: zero-size and undisplayed text, or no text.

Filters read words; people see pixels. Text in a 0-point font or inside `display:none` is read by
the first and not the second, which is why spammers fill it with innocent words. The reverse trick
is a body that is one picture: nothing for a filter to read at all.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from bs4 import BeautifulSoup, NavigableString, Tag

from ...model import Category, Finding, Severity
from ...texts import tr

_ZERO_FONT = re.compile(r"(?:^|;)\s*font-size\s*:\s*0*\.?0+(?:px|pt|em|rem|%)?\s*(?:!important)?\s*(?:;|$)", re.I)
_UNDISPLAYED = re.compile(r"(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)", re.I)
_LETTER = re.compile(r"[^\W\d_]")
PREHEADER_LETTERS = 300  # the preview line newsletters hide at the top of the body is normal
HIDDEN_LETTERS = 300
ZERO_FONT_LETTERS = 20
IMAGE_ONLY_LETTERS = 40


def letters(text: str) -> int:
    return len(_LETTER.findall(text))


def _style_hides(style: str) -> tuple[bool, bool]:
    """(zero font size, display:none or visibility:hidden) in an inline style.

    For ASCII text IGNORECASE is plain lower-casing, so a style without the words cannot match and
    the searches are skipped; other text (`dısplay` with a dotless i matches too) always gets them."""
    low = style.lower() if style.isascii() else None
    zero = (low is None or "font-size" in low) and _ZERO_FONT.search(style) is not None
    hidden = (low is None or "display" in low or "visibility" in low) and _UNDISPLAYED.search(style) is not None
    return zero, hidden


def _has_letters(texts: Iterable[str], wanted: int) -> bool:
    """`letters` of the texts together reach `wanted`; stops counting there (a body has thousands)."""
    count = 0
    if wanted <= 0:
        return True
    for text in texts:
        for _ in _LETTER.finditer(text):
            count += 1
            if count >= wanted:
                return True
    return False


def hidden_findings(soup: BeautifulSoup, part: str) -> Iterable[Finding]:
    zero: list[tuple[str, bool]] = []  # (text, glued to a visible letter on its left)
    zero_first_on_top = undisplayed_first_on_top = False
    undisplayed: list[str] = []
    for tag in styled_tags(soup):
        if tag.name in ("style", "script", "head", "title"):
            continue
        style = str(tag.get("style") or "")
        zero_font, undisplayed_style = _style_hides(style)
        if zero_font:
            own = " ".join(s.strip() for s in tag.children if type(s) is NavigableString and s.strip())
            if letters(own):
                if not zero:
                    zero_first_on_top = _nothing_visible_before(tag)
                before = tag.previous_sibling
                glued = type(before) is NavigableString and bool(_LETTER.match(str(before)[-1:]))
                zero.append((own, glued))
        # Inline display:none without a class or id: no style sheet can show it again (mobile/desktop
        # variants are hidden by class and shown by a media query).
        if (
            undisplayed_style
            and not tag.get("class")
            and not tag.get("id")
            and not any(_UNDISPLAYED.search(str(p.get("style") or "")) for p in tag.parents if isinstance(p, Tag))
        ):
            if not undisplayed:
                undisplayed_first_on_top = _nothing_visible_before(tag)
            undisplayed.append(tag.get_text(" ", strip=True))
    # A hidden block before any visible word is the inbox preview line; only hidden text beyond it counts.
    if zero and not zero[0][1] and (letters(zero[0][0]) <= PREHEADER_LETTERS or zero_first_on_top):
        zero = zero[1:]
    glued_texts = [t for t, g in zero if g]
    zero_letters = sum(letters(t) for t, _ in zero)
    if glued_texts or zero_letters >= ZERO_FONT_LETTERS:
        # Words cut in two by invisible letters (rspamd's ZERO_FONT) are a filter-evasion trick.
        severity = Severity.MEDIUM if glued_texts or zero_letters >= 100 else Severity.LOW
        yield _hidden(part, "zero font size", [t for t, _ in zero], severity)
    extra = undisplayed[1:] if undisplayed and letters(undisplayed[0]) <= PREHEADER_LETTERS else undisplayed
    if extra is undisplayed and undisplayed and undisplayed_first_on_top:
        extra = undisplayed[1:]
    if sum(letters(t) for t in extra) >= HIDDEN_LETTERS:
        yield _hidden(part, "not displayed", extra, Severity.LOW)


def styled_tags(soup: BeautifulSoup) -> list[Tag]:
    """`soup.find_all(style=True)`: the tags with a style attribute, in document order, by a plain walk
    (the search machinery of find_all cost more than the walk itself)."""
    return [t for t in soup.descendants if isinstance(t, Tag) and t.attrs.get("style") is not None]


def _nothing_visible_before(tag: Tag, limit: int = 400) -> bool:
    """No word of the body comes before `tag` (the text nodes in front are empty, or inside head/style)."""
    for seen, text in enumerate(tag.find_all_previous(string=True)):
        if seen >= limit:
            return False
        if type(text) is NavigableString and letters(text):
            parent = text.parent
            if parent is None or parent.name not in ("style", "script", "title", "head"):
                return False
    return True


def _hidden(part: str, how: str, texts: list[str], severity: Severity) -> Finding:
    return Finding(
        category=Category.CONTENT,
        code="HIDDEN_TEXT",
        severity=severity,
        title=tr("The message contains text you cannot see"),
        explanation=tr(
            "Part of the text is written so that it is not shown (a font size of zero, or an element that is "
            "not displayed). You do not see it, but spam and phishing filters read it: this is a way to make "
            "a malicious message look harmless to them."
        )
        + " "
        + tr("Innocent explanations:")
        + " "
        + tr("mailing programs hide a preview line or a plain-text copy of the message this way."),
        evidence={"how": how, "count": len(texts), "sample": [t[:120] for t in texts[:5]]},
        part=part,
    )


def image_only(soup: BeautifulSoup, part: str, text_bodies: list[str]) -> Finding | None:
    """A body made of images with (almost) no words, and no plain-text part with words either."""
    if any(_has_letters((t,), IMAGE_ONLY_LETTERS) for t in text_bodies):
        return None
    # One walk, left as soon as the visible text has enough letters (most bodies: within a few lines).
    # Read-only: the tree is shared with the other checks.
    images: list[Tag] = []
    visible: list[str] = []
    seen = 0
    for node in soup.descendants:
        if type(node) is NavigableString:
            if not (node.parent and node.parent.name in ("style", "script", "title", "head")):
                visible.append(node)
                seen += letters(node)
                if seen >= IMAGE_ONLY_LETTERS:
                    return None
        elif isinstance(node, Tag) and node.name == "img":
            images.append(node)
    if not images:
        return None
    linked = any(i.find_parent("a") is not None for i in images)
    return Finding(
        category=Category.CONTENT,
        code="IMAGE_ONLY_BODY",
        severity=Severity.LOW,
        title=tr("The message is only a picture, with almost no text"),
        explanation=tr(
            "The whole message is one or more images and has almost no text. Filters cannot read words in a "
            "picture, which is why spam and phishing are sent this way."
        )
        + " "
        + tr("Innocent explanations:")
        + " "
        + tr("some invitations, greeting cards and advertisements are designed as a single image."),
        evidence={"images": len(images), "visible_letters": letters(" ".join(visible)), "image_is_link": linked},
        part=part,
    )
