"""The core's texts in French or Dutch without Qt: the reports read the catalogues the window uses.

scripts/i18n_findings.py writes `resources/i18n/findings_{fr,nl}.ts` (plain XML) from the tables in
scripts/i18n_findings/; reading that XML here keeps one source of truth for every translation and
keeps Qt out of the core.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from functools import cache

from ..resources import resource_path
from ..texts import Lookup, translate

LANGUAGES = ("en", "fr", "nl")


@cache
def _catalogue(lang: str) -> dict[str, str]:
    if lang not in LANGUAGES or lang == "en":
        return {}
    try:
        root = ET.parse(resource_path(f"i18n/findings_{lang}.ts")).getroot()
    except (OSError, ET.ParseError):
        return {}  # a missing catalogue shows English, it never stops a report
    table = {}
    for message in root.iter("message"):
        source, translation = message.findtext("source"), message.find("translation")
        if source and translation is not None and translation.text and translation.get("type") != "unfinished":
            table[source] = translation.text
    return table


def lookup(lang: str) -> Lookup:
    """A template -> translation function for `inspector.texts.translate` (None keeps English)."""
    return _catalogue(lang).get


def say(text: object, lang: str) -> str:
    """`text` in `lang` when it was built with `tr()`; other values as they are (None -> "")."""
    if text is None:
        return ""
    if not isinstance(text, str):
        return str(text)
    return translate(text, lookup(lang)) if lang != "en" else str(text)
