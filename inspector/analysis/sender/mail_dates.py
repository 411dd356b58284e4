"""Dates as mail servers really write them, read the way a person would read them.

RFC 5322 dates are the common case, but Received lines and Date headers also carry ISO 8601
(`2023-01-16 17:12:31.634 +0000 UTC`), US numeric dates (`4/20/2018 23:01:06 -0400`), 12-hour
clocks (`2018-4-20 11:01:08 PM`), zone names, comments and dates with no time at all. A date
with no zone is taken as UTC; fractions of a second are kept.
"""

from __future__ import annotations

import email.utils
import re
from datetime import UTC, datetime, timedelta, timezone

_COMMENTS = re.compile(r"\s*\([^()]*\)")
_FRACTION = re.compile(r"(\d{1,2}:\d{2}:\d{2})[.,](\d+)")
_ZONE = r"(?P<zone>[+-]\d{2}:?\d{2}|Z|UTC|GMT|UT)?"
_CLOCK = r"(?:[ T]+(?P<h>\d{1,2}):(?P<mi>\d{2})(?::(?P<s>\d{2})(?:[.,](?P<f>\d+))?)?\s*(?P<ampm>[AaPp]\.?[Mm]\.?)?)?"
_ISO = re.compile(rf"(?<!\d)(?P<y>\d{{4}})-(?P<mo>\d{{1,2}})-(?P<d>\d{{1,2}}){_CLOCK}\s*{_ZONE}(?![\w:])")
_SLASHED = re.compile(rf"(?<!\d)(?P<a>\d{{1,2}})/(?P<b>\d{{1,2}})/(?P<y>\d{{4}}){_CLOCK}\s*{_ZONE}(?![\w:])")
_MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
_DAY_ONLY = re.compile(r"(?<!\d)(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?\s+(\d{4})\s*(?:[+-]\d{4}|[A-Za-z]{1,5})?$")


def parse_date(text: str) -> datetime | None:
    """The moment `text` names (timezone-aware), or None when no date can be read from it."""
    text = " ".join(_COMMENTS.sub(" ", " ".join(text.split())).split()).strip().rstrip(";").strip()
    if not text:
        return None
    micro = 0
    if match := _FRACTION.search(text):
        micro = int(match.group(2)[:6].ljust(6, "0"))
        text = text[: match.start()] + match.group(1) + text[match.end() :]
    parsed = _numeric(text) or _rfc5322(text) or _day_only(text)
    if parsed is None:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.replace(microsecond=micro) if micro and not parsed.microsecond else parsed


def _rfc5322(text: str) -> datetime | None:
    try:
        return email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


def _numeric(text: str) -> datetime | None:
    """ISO-like `2018-4-20 …` and slashed `4/20/2018 …` (month first unless the first is > 12)."""
    if match := _ISO.search(text):
        year, month, day = int(match["y"]), int(match["mo"]), int(match["d"])
    elif match := _SLASHED.search(text):
        a, b, year = int(match["a"]), int(match["b"]), int(match["y"])
        month, day = (b, a) if a > 12 >= b else (a, b)
    else:
        return None
    hour, minute, second = int(match["h"] or 0), int(match["mi"] or 0), int(match["s"] or 0)
    ampm = (match["ampm"] or "").lower()[:1]
    if ampm and 1 <= hour <= 12:
        hour = hour % 12 + (12 if ampm == "p" else 0)
    micro = int(match["f"][:6].ljust(6, "0")) if match["f"] else 0
    try:
        return datetime(year, month, day, hour, minute, second, micro, tzinfo=_zone(match["zone"]))
    except (ValueError, OverflowError):
        return None


def _zone(text: str | None) -> timezone:
    if not text or text.upper() in ("Z", "UTC", "GMT", "UT"):
        return UTC
    sign = -1 if text[0] == "-" else 1
    digits = text[1:].replace(":", "")
    return timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:])))


def _day_only(text: str) -> datetime | None:
    """`Fri, 20 Apr 2018` with no time: midnight UTC that day."""
    match = _DAY_ONLY.search(text)
    if not match or match.group(2).lower() not in _MONTHS:
        return None
    try:
        return datetime(int(match.group(3)), _MONTHS.index(match.group(2).lower()) + 1, int(match.group(1)), tzinfo=UTC)
    except ValueError:
        return None
