"""Read Outlook .msg (OLE2) files into our Message with extract-msg.

We read extract-msg's objects directly rather than through mail-parser, whose .msg path
round-trips through a temporary .eml and loses the Subject on some files. The transport
headers are kept when Outlook stored them; otherwise headers are rebuilt from the MAPI
properties and the message says so (`extra["synthetic_headers"]`).
"""

from __future__ import annotations

import contextlib
import logging
from typing import Any

from .decode import decode_text, header_raw_text, sniff_html_charset
from .eml import headers_of
from .message import Attachment, Body, Defect, Header, Message, Part, in_memory, sha256_hex
from .rtf_html import deencapsulate_html
from .sniff import sniff_type

logging.getLogger("extract_msg").setLevel(logging.CRITICAL)

_HTML_STREAM = "__substg1.0_10130102"
_PSETID_COMMON = "{00062008-0000-0000-C000-000000000046}"
_PID_LID_REMINDER_FILE = "851F"
MAX_DEPTH = 20


class MsgError(Exception):
    """The OLE2 container could not be read as an Outlook message."""


def load_msg(data: bytes) -> Message:
    # extract-msg is heavy (≈0.4 s to import); only .msg inputs pay for it.
    import extract_msg  # noqa: PLC0415
    from extract_msg.enums import ErrorBehavior  # noqa: PLC0415

    lenient = False
    try:
        msg = extract_msg.openMsg(data, strict=False, delayAttachments=False)
    except Exception:  # noqa: BLE001 - extract-msg raises many unrelated types
        # A damaged file: try again tolerating what can be tolerated, and say so.
        lenient = True
        try:
            msg = extract_msg.openMsg(
                data, strict=False, delayAttachments=False, errorBehavior=ErrorBehavior.SUPPRESS_ALL
            )
        except Exception as exc:
            raise MsgError(f"not a readable Outlook message: {exc}") from exc
    from extract_msg.msg_classes import MessageBase  # noqa: PLC0415

    if not isinstance(msg, MessageBase):
        # An OLE2 file with no readable message class: truncated, or another Office file.
        _close(msg)
        raise MsgError("an OLE2 file that holds no readable Outlook item (truncated, or not a message)")
    try:
        message = _build(msg, prefix="", depth=0)
    finally:
        _close(msg)
    if lenient:
        message.defects.insert(0, Defect("0", "DamagedOutlookFile", "the .msg container is damaged; read leniently"))
    message.raw = data
    return message


def _close(msg: Any) -> None:
    with contextlib.suppress(Exception):
        msg.close()


def _safe(getter: Any, default: Any = None) -> Any:
    """extract-msg computes properties lazily and any of them can raise on a damaged file."""
    try:
        value = getter()
    except Exception:  # noqa: BLE001
        return default
    return default if value is None else value


def _build(msg: Any, *, prefix: str, depth: int) -> Message:
    defects: list[Defect] = []
    header_text = _safe(lambda: msg.headerText, "")
    synthetic = not header_text
    parsed_header = _safe(lambda: msg.header)
    headers = headers_of(parsed_header, defects, f"{prefix}.0" if prefix else "0") if parsed_header is not None else []
    if synthetic:  # extract-msg fills missing properties with the string "None"
        headers = [h for h in headers if h.value and h.value != "None"]
    subject = str(_safe(lambda: msg.subject, "")).replace("\x00", "")
    if subject and not any(h.name.lower() == "subject" for h in headers):
        headers.append(Header("Subject", subject, subject))

    def pid(index: int) -> str:
        return f"{prefix}.{index}" if prefix else str(index)

    root = Part(id=f"{prefix}.0" if prefix else "0", content_type="application/vnd.ms-outlook", headers=headers)
    message = Message(format="msg", headers=headers, root=root, defects=defects, part_prefix=prefix)
    message.extra["synthetic_headers"] = synthetic
    reminder = _reminder_sound(msg, defects, root.id)
    if reminder:
        message.extra["reminder_file_parameter"] = reminder

    index = 0
    text = _safe(lambda: msg.body)
    if isinstance(text, str) and text:
        index += 1
        root.children.append(Part(id=pid(index), content_type="text/plain", size=len(text)))
        clean = text.replace("\x00", "\ufffd")
        message.text_bodies.append(Body(part=pid(index), text=clean, declared_charset=None, charset="utf-16"))

    html = _html_body(msg)
    if html:
        index += 1
        size = len(html.encode("utf-8")) if isinstance(html, str) else len(html)
        root.children.append(Part(id=pid(index), content_type="text/html", size=size))
        if isinstance(html, str):  # taken out of the RTF body: already text, whatever its <meta> says
            declared, decoded, used, problem = None, html, "utf-8", None
        else:
            declared = sniff_html_charset(html)
            decoded, used, problem = decode_text(html, declared)
        if problem:
            defects.append(Defect(pid(index), "CharsetDecodeDefect", problem))
        message.html_bodies.append(Body(part=pid(index), text=decoded, declared_charset=declared, charset=used))

    for attachment in _safe(lambda: msg.attachments, []):
        index += 1
        _add_attachment(message, attachment, pid(index), depth)
    return message


def _reminder_sound(msg: Any, defects: list[Defect], part_id: str) -> str | None:
    """PidLidReminderFileParameter: the sound file Outlook plays for a reminder (CVE-2023-23397).

    Looked up by its number and property-set GUID, spelled here rather than imported from
    extract-msg, whose constant moved between versions (the import failed silently on 0.57).
    A read that raises is a defect, never a silent skip: this is the one property that
    leaks a password hash with no click."""
    try:
        value = msg.getNamedProp(_PID_LID_REMINDER_FILE, _PSETID_COMMON)
    except Exception as exc:  # noqa: BLE001 - extract-msg raises many unrelated types
        defects.append(Defect(part_id, "NamedPropertyUnreadable", f"reminder sound property: {exc}"[:200]))
        return None
    if not value:
        return None
    text = value.decode("latin-1") if isinstance(value, bytes) else str(value)
    return text.replace("\x00", "") or None


def _html_body(msg: Any) -> bytes | str | None:
    """The HTML Outlook stored (bytes), or the HTML encapsulated in its RTF body (text) — never
    the HTML extract-msg would invent from the plain text."""
    html = _safe(lambda: msg.getStream(_HTML_STREAM))
    if html:
        return bytes(html)
    rtf = _safe(lambda: msg.rtfBody)
    if not rtf or b"\\fromhtml" not in rtf:
        # Only RTF marked `\fromhtml1` encapsulates HTML; RTFDE would parse all of it to find out.
        return None
    fast = deencapsulate_html(bytes(rtf))
    if fast is not None:
        return fast
    try:  # something our one-pass reader does not expect: RTFDE's full parser may still read it
        from extract_msg.enums import DeencapType  # noqa: PLC0415

        out = msg.deencapsulateBody(rtf, DeencapType.HTML)
    except Exception:  # noqa: BLE001
        return None
    return bytes(out).decode("utf-8", "replace") if out else None


def _add_attachment(message: Message, attachment: Any, part_id: str, depth: int) -> None:
    name = _safe(lambda: attachment.longFilename) or _safe(lambda: attachment.shortFilename)
    name = header_raw_text(str(name)) if name else None
    cid = _safe(lambda: attachment.cid)
    mimetype = _safe(lambda: attachment.mimetype) or "application/octet-stream"
    data = _safe(lambda: attachment.data)
    part = Part(id=part_id, content_type=str(mimetype), filename=name, content_id=cid or None)
    message.root.children.append(part)
    if data is not None and not isinstance(data, bytes):
        # An embedded Outlook message: a message of its own, numbered under this part.
        part.content_type = "application/vnd.ms-outlook"
        if depth >= MAX_DEPTH:
            message.defects.append(Defect(part_id, "NestingTooDeep", f"more than {MAX_DEPTH} levels; not read"))
            return
        nested = _safe(lambda: _build(data, prefix=part_id, depth=depth + 1))
        if nested is None:
            message.defects.append(Defect(part_id, "UndecodablePart", "embedded Outlook message could not be read"))
            return
        part.children.append(nested.root)
        message.nested.append(nested)
        raw = _safe(lambda: data.exportBytes(), b"")
        nested.raw = raw or None
        data = raw
        sniffed = "application/vnd.ms-outlook"
    else:
        if data is None:
            message.defects.append(Defect(part_id, "UndecodablePart", f"attachment {name!r} has no readable data"))
            data = b""
        sniffed = sniff_type(data)
    part.size = len(data)
    hidden = bool(_safe(lambda: attachment.hidden, False))
    message.attachments.append(
        Attachment(
            part=part_id,
            filename=name,
            declared_type=part.content_type,
            sniffed_type=sniffed,
            size=len(data),
            sha256=sha256_hex(data),
            content_id=part.content_id,
            inline=hidden or bool(cid),
            _loader=in_memory(data),
        )
    )
