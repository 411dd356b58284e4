"""Say when the installed fonts cannot draw a message's text, and how to fix it on this platform.

A minimal Linux install has no Chinese, Japanese or Korean font and no emoji font: such text shows
as boxes, silently. We lay out a sample of the message's characters with Qt (fallback fonts
included, as the window draws them) and look for glyph 0, the "no glyph" box. Sampling keeps it fast:
only distinct characters outside ASCII, at most SAMPLE_LIMIT of them.
"""

from __future__ import annotations

import sys
import unicodedata
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QTextLayout
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from .widgets import plain_label

SAMPLE_LIMIT = 400  # distinct characters laid out per group; a whole CJK message has a few hundred
TEXT_LIMIT = 20_000  # characters read from each text (subject, names, bodies)
_SKIPPED = {"Cc", "Cf", "Cs", "Co", "Cn", "Zs", "Zl", "Zp", "Mn", "Me"}  # drawn by their base, or not at all

CJK, EMOJI, OTHER = "cjk", "emoji", "other"


def script_group(char: str) -> str:
    """The font package that draws `char`: CJK ideographs and kana/hangul, emoji, or the rest."""
    cp = ord(char)
    if (
        0x2E80 <= cp <= 0x2FDF  # radicals
        or 0x3000 <= cp <= 0x9FFF  # CJK punctuation, kana, bopomofo, hangul compatibility, ideographs
        or 0xA960 <= cp <= 0xA97F
        or 0xAC00 <= cp <= 0xD7FF  # hangul syllables
        or 0xF900 <= cp <= 0xFAFF
        or 0xFE30 <= cp <= 0xFE4F
        or 0xFF00 <= cp <= 0xFFEF  # full-width forms
        or 0x20000 <= cp <= 0x3FFFF
    ):
        return CJK
    if 0x1F000 <= cp <= 0x1FAFF or 0x2600 <= cp <= 0x27BF or 0x2B00 <= cp <= 0x2BFF:
        return EMOJI
    return OTHER


def sample(texts: Iterable[str]) -> dict[str, str]:
    """Distinct drawable non-ASCII characters of `texts`, by script group (set() keeps it at C speed)."""
    chars = set().union(*(set(text[:TEXT_LIMIT]) for text in texts))
    groups: dict[str, list[str]] = {}
    for char in sorted(c for c in chars if c >= "\x80"):
        if unicodedata.category(char) in _SKIPPED:
            continue
        group = groups.setdefault(script_group(char), [])
        if len(group) < SAMPLE_LIMIT:
            group.append(char)
    return {name: "".join(group) for name, group in groups.items()}


def undrawable(text: str, font: QFont) -> bool:
    """True when Qt, with every fallback font it knows, draws a box for some character of `text`."""
    layout = QTextLayout(text, font)
    layout.beginLayout()
    while layout.createLine().isValid():
        pass
    layout.endLayout()
    return any(0 in run.glyphIndexes() for run in layout.glyphRuns())


def missing_groups(texts: Iterable[str], font: QFont | None = None) -> list[str]:
    """The script groups (CJK, EMOJI, OTHER) with characters no installed font can draw."""
    font = font or QFont()
    return [group for group, chars in sample(texts).items() if undrawable(chars, font)]


def advice(groups: list[str], platform: str = sys.platform) -> str:
    """One sentence: what cannot be shown and the command (or setting) that fixes it."""
    if not groups:
        return ""
    # Literal QCoreApplication.translate calls: pyside6-lupdate finds no other spelling.
    what = {
        CJK: QCoreApplication.translate("font_check", "Chinese, Japanese or Korean"),
        EMOJI: QCoreApplication.translate("font_check", "emoji"),
        OTHER: QCoreApplication.translate("font_check", "other scripts or symbols"),
    }
    missing = ", ".join(what[g] for g in (CJK, EMOJI, OTHER) if g in groups)
    if platform.startswith("linux"):
        packages = {CJK: "fonts-noto-cjk", EMOJI: "fonts-noto-color-emoji", OTHER: "fonts-noto-core"}
        fix = "sudo apt install " + " ".join(packages[g] for g in (CJK, EMOJI, OTHER) if g in groups)
        return QCoreApplication.translate(
            "font_check",
            "Some text ({missing}) shows as boxes: no installed font has it. Install the fonts: {fix}",
        ).format(missing=missing, fix=fix)
    if platform == "darwin":
        return QCoreApplication.translate(
            "font_check",
            "Some text ({missing}) shows as boxes: no installed font has it. "
            "Open Font Book and download the fonts for that language.",
        ).format(missing=missing)
    return QCoreApplication.translate(
        "font_check",
        "Some text ({missing}) shows as boxes: no installed font has it. "
        "Add the language in Settings › Time & language › Language & region: Windows then installs its fonts.",
    ).format(missing=missing)


def message_texts(message) -> list[str]:
    """What the tab shows in the message's own words: subject, names and addresses, file names, bodies."""
    wanted = {"subject", "from", "to", "cc", "reply-to", "sender"}
    texts = [h.value for m in message.walk_messages() for h in m.headers if h.name.lower() in wanted]
    texts += [a.filename or "" for m in message.walk_messages() for a in m.attachments]
    texts += [b.text for m in message.walk_messages() for b in (*m.text_bodies, *m.html_bodies)]
    return texts


class FontNotice(QWidget):
    """The one-line notice above the message; hidden when every character can be drawn."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.groups: list[str] = []
        self.label: QLabel = plain_label("", self)
        self.label.setObjectName("fontNotice")
        self.label.setStyleSheet(
            "QLabel#fontNotice { background: palette(alternate-base); border: 1px solid palette(mid);"
            " border-radius: 3px; padding: 4px 8px; }"
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        layout.addWidget(self.label)
        self.hide()

    def check(self, message) -> None:
        self.groups = missing_groups(message_texts(message), self.font())
        self.retranslate()

    def retranslate(self) -> None:
        text = advice(self.groups)
        self.label.setText(text)
        self.setVisible(bool(text))
