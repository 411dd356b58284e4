"""A part whose Content-Type, Content-Transfer-Encoding or boundary is given twice, differently.

Mail programs do not agree on which one counts (the standard library takes the first; others take
the last), so one of them may show HTML where another shows text, or split the message at another
boundary. Attackers use this to show one thing to a filter and another to the reader. We read the
part as the standard library does and, beside it, every other reading: the HTML each of them would
show is kept in `Message.extra[OTHER_READINGS]` so the analysis lists what it would load. Bounded:
four other readings a part, twenty a message, each parsed with the same limits as the message.
"""

from __future__ import annotations

import email.message
from collections.abc import Callable
from email.generator import Generator
from io import StringIO

from .decode import decode_text
from .limits import MAX_HTML_CHARS

OTHER_READINGS = "other_readings"  # Message.extra key: list of {"part", "reading", "html"}
MAX_PER_PART = 4
MAX_PER_MESSAGE = 20

Parse = Callable[[bytes], email.message.Message]


def ambiguity(node: email.message.Message) -> str | None:
    """A sentence listing the readings when this part's headers allow more than one; None otherwise."""
    types = _distinct(node.get_all("Content-Type") or [], _type_of)
    encodings = _distinct(node.get_all("Content-Transfer-Encoding") or [], lambda v: v.strip().lower())
    boundaries = _boundaries(node)
    if len(types) < 2 and len(encodings) < 2 and len(boundaries) < 2:
        return None
    parts = []
    if len(types) > 1:
        parts.append("Content-Type " + " / ".join(types))
    if len(encodings) > 1:
        parts.append("Content-Transfer-Encoding " + " / ".join(encodings))
    if len(boundaries) > 1:
        parts.append("boundary " + " / ".join(boundaries))
    return "given more than once, differently: " + "; ".join(parts) + " (the first of each was used)"


def other_readings(node: email.message.Message, part_id: str, parse: Parse) -> list[dict[str, str]]:
    """The HTML every other reading of `node` would show (none when it shows none)."""
    body = _raw_body(node)
    if body is None:
        return []
    seen = set(_html_leaves(node))
    out: list[dict[str, str]] = []
    for header, encoding in _alternatives(node)[:MAX_PER_PART]:
        lines = f"Content-Type: {header}\r\n" + (f"Content-Transfer-Encoding: {encoding}\r\n" if encoding else "")
        try:
            tree = parse((lines + "\r\n" + body).encode("ascii", "surrogateescape"))
        except Exception:  # noqa: BLE001 - another reading that cannot be parsed shows nothing
            continue
        for html in _html_leaves(tree):
            if html not in seen:
                seen.add(html)
                out.append({"part": part_id, "reading": f"Content-Type: {header}; encoding: {encoding or '7bit'}",
                            "html": html[:MAX_HTML_CHARS]})  # fmt: skip
    return out


def _type_of(value: str) -> str:
    return value.split(";", 1)[0].strip().lower()


def _distinct(values: list, key: Callable[[str], str]) -> list[str]:
    out: list[str] = []
    for value in values:
        item = key(str(value))
        if item and item not in out:
            out.append(item)
    return out


def _boundaries(node: email.message.Message) -> list[str]:
    out: list[str] = []
    for value in node.get_all("Content-Type") or []:
        view = email.message.Message()
        view["Content-Type"] = str(value)
        for key, param in view.get_params(failobj=[], unquote=True)[1:]:
            if key.lower() == "boundary" and isinstance(param, str) and param not in out:
                out.append(param)
    return out


def _alternatives(node: email.message.Message) -> list[tuple[str, str | None]]:
    """Every (Content-Type value, encoding) pair a client could use, but the one we used."""
    headers = [str(v) for v in node.get_all("Content-Type") or []] or ["text/plain"]
    for boundary in _boundaries(node)[1:]:
        headers.append(f'{_type_of(headers[0])}; boundary="{boundary}"')
    encodings: list[str | None] = [str(v).strip() for v in node.get_all("Content-Transfer-Encoding") or []] or [None]
    used = (headers[0], encodings[0])
    pairs = [(h, e) for h in dict.fromkeys(headers) for e in dict.fromkeys(encodings)]
    return [p for p in pairs if p != used]


def _raw_body(node: email.message.Message) -> str | None:
    """The part's body as sent: the undecoded payload, or for a multipart the parts written back."""
    payload = node.get_payload()
    if isinstance(payload, str):
        return payload
    try:
        buffer = StringIO()
        Generator(buffer, mangle_from_=False, maxheaderlen=0).flatten(node)
    except Exception:  # noqa: BLE001
        return None
    text = buffer.getvalue()
    split = text.find("\n\n")
    return text[split + 2 :] if split >= 0 else None


def _html_leaves(tree: email.message.Message) -> list[str]:
    out = []
    for leaf in tree.walk():
        if leaf.is_multipart() or leaf.get_content_type() != "text/html":
            continue
        try:
            data = leaf.get_payload(decode=True)
        except Exception:  # noqa: BLE001
            continue
        if isinstance(data, bytes):
            out.append(decode_text(data, leaf.get_content_charset())[0])
    return out
