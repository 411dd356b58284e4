"""The short message summary and attachment table every report carries."""

from __future__ import annotations

import email.utils
from typing import Any

from ..model import MessageSummary
from ..parsing import Message


def message_summary(message: Message) -> MessageSummary:
    return MessageSummary(
        subject=message.header("Subject") or "",
        from_=message.header("From") or "",
        to=message.header("To") or "",
        date=iso_date(message.header("Date")),
        message_id=(message.header("Message-ID") or "").strip(),
    )


def iso_date(value: str | None) -> str | None:
    """ISO 8601 when the Date header parses, else the raw text (evidence beats tidiness)."""
    if not value:
        return None
    try:
        parsed = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return value.strip()
    return parsed.isoformat()


def attachment_table(message: Message) -> list[dict[str, Any]]:
    """Every attachment of the message and of its nested messages, in part order."""
    return [a.to_dict() for m in message.walk_messages() for a in m.attachments]
