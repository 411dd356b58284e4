"""Dates as the reader writes them: the window's language decides (ISO stays for English and reports)."""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QLocale, Qt

_BELGIAN = {QLocale.Language.French, QLocale.Language.Dutch}


def local_date(iso: str) -> str:
    """`2025-11-25T09:00:03+01:00` in the window's locale (Belgian French and Dutch), with the sender's offset.

    English keeps the ISO form members and reports share; a text that is not ISO comes back unchanged."""
    locale = QLocale()
    if locale.language() not in _BELGIAN or not iso:
        return iso
    moment = QDateTime.fromString(iso, Qt.DateFormat.ISODate)
    if not moment.isValid():
        return iso
    belgian = QLocale(locale.language(), QLocale.Country.Belgium)
    offset = iso[19:] if len(iso) > 19 and iso[19:20] in "+-Z" else ""
    text = belgian.toString(moment, belgian.dateTimeFormat(QLocale.FormatType.ShortFormat))
    return f"{text} ({offset})" if offset and offset != "Z" else text
