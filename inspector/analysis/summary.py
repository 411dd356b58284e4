"""The short message summary and attachment table every report carries."""

from __future__ import annotations

import email.utils

from ..model import AttachmentInfo, Fingerprints, MessageSummary
from ..parsing import Attachment, Message
from .fingerprint import body_words, simhash


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


def fingerprints(message: Message) -> Fingerprints:
    """Body fingerprint for campaign grouping (see analysis/fingerprint.py)."""
    words = body_words([b.text for b in message.html_bodies], [b.text for b in message.text_bodies])
    value = simhash(words)
    return Fingerprints(body_simhash=f"{value:016x}" if value is not None else None)


def attachment_table(message: Message) -> list[AttachmentInfo]:
    """Every attachment of the message and of its nested messages, in part order."""
    return [attachment_info(a) for m in message.walk_messages() for a in m.attachments]


def attachment_info(a: Attachment) -> AttachmentInfo:
    return AttachmentInfo(
        part=a.part,
        filename=a.filename,
        declared_type=a.declared_type,
        sniffed_type=a.sniffed_type,
        size=a.size,
        sha256=a.sha256,
        content_id=a.content_id,
        inline=a.inline,
    )
