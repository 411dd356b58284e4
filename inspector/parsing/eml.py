"""Read RFC 822 / MIME bytes into our Message, keeping every header and numbering every part.

The standard library parser does the MIME work: it never gives up on broken input and
records what it worked around as defects, which we surface to the analyst. mail-parser's
lenient header decoding is used through `decode.decode_header_value`.
"""

from __future__ import annotations

import email
import email.feedparser
import email.message
import email.parser
import email.utils
import functools
import re
from email import policy
from typing import Any, cast

from . import readings
from .decode import decode_header_value, decode_text, header_raw_text, sniff_html_charset, unfold
from .limits import MAX_HEADERS, HeaderBudget, cap_header_block
from .message import Attachment, Body, Defect, Header, Message, Part, in_memory, sha256_hex
from .sniff import sniff_type
from .wrapped import inner_message

MAX_DEPTH = 40  # nested multiparts / messages; deeper is an evasion or a bomb, not mail
MAX_PARTS = 5000
MAX_REPARSE_BYTES = 60_000_000  # bytes parsed a second time per message: wrapped messages, other readings
_FEED_BYTES = 1 << 20


_BLANK_LINE = re.compile(rb"\r?\n\r?\n")
_LEADING = re.compile(rb"(?:\xef\xbb\xbf|[\x00\r\n])*")  # not spaces: the parser reads those, with a defect
_SURROGATE = re.compile(r"[\udc80-\udcff]")
_OBS_FIELD = re.compile(rb"^([!-9;-~]{1,76})[ \t]+:", re.MULTILINE)


def load_eml(data: bytes) -> Message:
    capped, dropped = cap_header_block(skip_leading(data))
    message = _Builder(len(data)).message(_parse(_fix_obsolete_field_names(capped)), prefix="", depth=0)
    if dropped:
        detail = f"{dropped:,} header lines after the first {MAX_HEADERS:,} were not read"
        message.defects.append(Defect(message.root.id, "HeaderTooLong", detail))
    message.raw = data
    return message


def skip_leading(data: bytes) -> bytes:
    """`data` from its first header on, after what editors and exporters leave before it.

    A byte-order mark, NULs, empty lines, before the headers or after an mbox `From ` line: the
    parser would read a blank first line as the end of an empty header block, and the whole
    message as its body (no sender, no subject). The `From ` line stays (the parser knows it).
    """
    leading = _LEADING.match(data)
    start = leading.end() if leading else 0
    if data.startswith(b"From ", start):
        line_end = data.find(b"\n", start)
        if line_end < 0:
            return data[start:]
        blank = _LEADING.match(data, line_end + 1)
        after = blank.end() if blank else line_end + 1
        if after > line_end + 1:
            return data[start : line_end + 1] + data[after:]
    return data[start:] if start else data


def _parse(data: bytes) -> email.message.Message:
    """`email.message_from_bytes`, fed in slices: it would copy the whole input into a StringIO
    (4 bytes a character), which made a 90 MB message cost 800 MB. Bytes map to characters one to
    one (surrogateescape), so slicing anywhere is safe; the parser joins lines across feeds."""
    single = _parse_single_part(data)
    if single is not None:
        return single
    budget = [MAX_PARTS]
    factory = functools.partial(_BoundedPart, budget=budget)
    parser = email.feedparser.FeedParser(_factory=factory, policy=policy.compat32)
    for start in range(0, len(data), _FEED_BYTES):
        parser.feed(data[start : start + _FEED_BYTES].decode("ascii", "surrogateescape"))
    return parser.close()


def _parse_single_part(data: bytes) -> email.message.Message | None:
    """A message that is not multipart or message/*, parsed without reading its body line by line
    (the stdlib parser spends 2 µs a line: a 28 MB body of a million lines took 2 s); None for
    any other message.

    Only the bytes up to the first blank line go through the parser, headers only; the stdlib
    would make the payload of everything after the headers, so that is what we do.
    """
    end = _BLANK_LINE.search(data)
    if end is None or end.end() == len(data):
        return None
    parser = email.parser.Parser(_class=functools.partial(_BoundedPart, budget=[MAX_PARTS]), policy=policy.compat32)
    head = parser.parsestr(data[: end.end()].decode("ascii", "surrogateescape"), headersonly=True)
    if head.get_content_maintype() in ("multipart", "message") or head.is_multipart():
        return None
    payload = head.get_payload()
    rest = data[end.end() :].decode("ascii", "surrogateescape")
    head.set_payload((payload if isinstance(payload, str) else "") + rest)
    return head


class _BoundedPart(email.message.Message):
    """The stdlib parser's part class, made to stop where our limits are rather than fail.

    The parser recurses once per nesting level (10,000 levels raise RecursionError) and keeps every
    part (100,000 parts take gigabytes). Below MAX_DEPTH a multipart or message/* part reads as
    opaque; after MAX_PARTS parts, new parts are parsed but not kept. The builder reports both.
    """

    _payload: Any  # the stdlib's stored payload (private, so not in its type stubs)

    def __init__(self, policy: email.policy.Policy = policy.compat32, *, budget: list[int]) -> None:
        super().__init__(policy)
        self.budget = budget
        self.depth = 0
        self.dropped = 0

    def attach(self, payload: email.message.Message | str) -> None:
        if isinstance(payload, _BoundedPart):
            payload.depth = self.depth + 1
        if self.budget[0] <= 0:
            self.dropped += 1
            return
        self.budget[0] -= 1
        super().attach(payload)

    def get_payload(self, i: int | None = None, decode: bool = False) -> Any:
        """The stdlib's, except that 8-bit text in a charset whose codec fails (`idna` cannot even
        replace errors) reads as ASCII with replacements, as for an unknown charset."""
        try:
            return super().get_payload(i, True) if decode else super().get_payload(i)
        except (UnicodeError, ValueError):
            if decode or i is not None or not isinstance(self._payload, str):
                raise
            return self._payload.encode("ascii", "surrogateescape").decode("ascii", "replace")

    def get_content_type(self) -> str:
        real = super().get_content_type()
        if self.depth > MAX_DEPTH and real.startswith(("multipart/", "message/")):
            return "application/octet-stream"
        return real


def _fix_obsolete_field_names(data: bytes) -> bytes:
    """RFC 822 allowed spaces before a header's colon ("From  : x"); the stdlib parser does not,
    and would read the whole header block as body. Only the in-memory copy is changed."""
    end = re.search(rb"\r?\n\r?\n", data)
    head = data[: end.start()] if end else data
    if not _OBS_FIELD.search(head):
        return data
    return _OBS_FIELD.sub(rb"\1:", head) + data[len(head) :]


def headers_of(part: email.message.Message, defects: list[Defect] | None = None, part_id: str = "") -> list[Header]:
    """Every header as sent, within the limits of `HeaderBudget` (what it cut is noted in `defects`)."""
    out = []
    budget = HeaderBudget()
    for name, value in part.raw_items():
        raw = budget.take(str(name), str(value))
        if raw is None:
            continue
        raw = unfold(header_raw_text(raw))
        out.append(Header(name=str(name), raw=raw, value=decode_header_value(raw)))
    if defects is not None:
        defects.extend(budget.defects(part_id or "0"))
    return out


def _child_id(prefix: str, index: int) -> str:
    return f"{prefix}.{index}" if prefix else str(index)


class _Builder:
    """Walks one stdlib message tree; counts parts across nested messages to enforce MAX_PARTS."""

    def __init__(self, size: int) -> None:
        self.part_count = 0
        # Wrapped messages and other readings are parsed a second time: at most twice the input again,
        # so that nesting them (each layer parsed once more) cannot multiply the work.
        self.reparse_budget = min(MAX_REPARSE_BYTES, 2 * size + 1_000_000)

    def message(self, parsed: email.message.Message, *, prefix: str, depth: int) -> Message:
        root_id = (f"{prefix}.0" if prefix else "0") if parsed.is_multipart() else _child_id(prefix, 1)
        defects: list[Defect] = []
        headers = headers_of(parsed, defects, root_id)
        message = Message(format="eml", headers=headers, root=Part(id=root_id, content_type=""), defects=defects)
        message.part_prefix = prefix
        message.root = self.part(parsed, root_id, prefix, depth, message, headers=headers)
        return message

    def part(
        self,
        node: email.message.Message,
        part_id: str,
        prefix: str,
        depth: int,
        message: Message,
        *,
        headers: list[Header] | None = None,
    ) -> Part:
        self.part_count += 1
        content_type = node.get_content_type()
        part = Part(
            id=part_id,
            content_type=content_type,
            headers=headers if headers is not None else headers_of(node, message.defects, part_id),
            filename=_filename(node),
            disposition=node.get_content_disposition(),
            content_id=_content_id(node),
            charset=_param(node, "charset"),
        )
        for defect in node.defects:
            message.defects.append(Defect(part_id, type(defect).__name__, str(defect) or _doc(defect)))
        self._readings(node, part_id, message)
        if dropped := getattr(node, "dropped", 0):
            detail = f"{dropped:,} more parts after the first {MAX_PARTS:,} of the message; not read"
            message.defects.append(Defect(part_id, "TooManyParts", detail))
        if depth > MAX_DEPTH:
            message.defects.append(Defect(part_id, "NestingTooDeep", f"more than {MAX_DEPTH} levels; not read"))
            return part
        if self.part_count > MAX_PARTS:
            message.defects.append(Defect(part_id, "TooManyParts", f"more than {MAX_PARTS} parts; not read"))
            return part

        payload = node.get_payload()
        if content_type == "message/rfc822" and isinstance(payload, list):
            self._nested(node, part, depth, message)
            return part
        if node.is_multipart() and isinstance(payload, list):
            child_prefix = prefix if part_id.endswith(".0") or part_id == "0" else part_id
            for index, child in enumerate(payload, start=1):
                if isinstance(child, email.message.Message):
                    child_id = _child_id(child_prefix, index)
                    part.children.append(self.part(child, child_id, prefix, depth + 1, message))
            return part
        self._leaf(node, part, message, depth)
        return part

    def _readings(self, node: email.message.Message, part_id: str, message: Message) -> None:
        """A part whose type, encoding or boundary is given twice: note it, and keep the HTML of the other readings."""
        detail = readings.ambiguity(node)
        if detail is None:
            return
        message.defects.append(Defect(part_id, "AmbiguousMimeHeader", detail))
        kept = cast(list[dict[str, str]], message.extra.setdefault(readings.OTHER_READINGS, []))
        if len(kept) < readings.MAX_PER_MESSAGE and self.reparse_budget > 0:
            kept += readings.other_readings(node, part_id, self._reparse)[: readings.MAX_PER_MESSAGE - len(kept)]

    def _reparse(self, data: bytes) -> email.message.Message:
        """`_parse`, charged to the budget every second reading of the same bytes shares."""
        if self.reparse_budget < len(data):
            raise ValueError("parse budget spent")
        self.reparse_budget -= len(data)
        return _parse(data)

    def _nested(self, node: email.message.Message, part: Part, depth: int, message: Message) -> None:
        """A message/rfc822 part: its body is a message of its own, numbered under this part."""
        inner = node.get_payload(0)
        if not isinstance(inner, email.message.Message):
            return
        nested = self.message(inner, prefix=part.id, depth=depth + 1)
        part.children.append(nested.root)
        try:
            raw = inner.as_bytes()
        except Exception:  # noqa: BLE001 - a damaged nested message is still analysed, not re-serialised
            raw = b""
        nested.raw = raw
        message.nested.append(nested)
        part.size = len(raw)
        message.attachments.append(
            Attachment(
                part=part.id,
                filename=part.filename,
                declared_type=part.content_type,
                sniffed_type="message/rfc822",
                size=len(raw),
                sha256=sha256_hex(raw),
                content_id=part.content_id,
                inline=part.disposition == "inline",
                _loader=in_memory(raw),
            )
        )

    def _leaf(self, node: email.message.Message, part: Part, message: Message, depth: int) -> None:
        known = len(node.defects)
        try:
            data = node.get_payload(decode=True)
        except Exception as exc:  # noqa: BLE001 - any decoder failure is a finding, not a crash
            message.defects.append(Defect(part.id, "UndecodablePart", f"payload could not be decoded: {exc}"))
            data = b""
        for defect in node.defects[known:]:  # base64 damage is only found while decoding
            message.defects.append(Defect(part.id, type(defect).__name__, str(defect) or _doc(defect)))
        if not isinstance(data, bytes):
            data = b""
        part.size = len(data)
        is_attachment = part.disposition == "attachment" or (
            part.filename is not None and part.content_type not in ("text/plain", "text/html")
        )
        if part.content_type in ("text/plain", "text/html") and not is_attachment:
            declared = part.charset
            if declared is None and part.content_type == "text/html":
                declared = sniff_html_charset(data)
            text, used, problem = decode_text(data, declared)
            if problem:
                message.defects.append(Defect(part.id, "CharsetDecodeDefect", problem))
            body = Body(part=part.id, text=text, declared_charset=part.charset, charset=used)
            (message.html_bodies if part.content_type == "text/html" else message.text_bodies).append(body)
            return
        message.attachments.append(
            Attachment(
                part=part.id,
                filename=part.filename,
                declared_type=part.content_type,
                sniffed_type=sniff_type(data),
                size=len(data),
                sha256=sha256_hex(data),
                content_id=part.content_id,
                inline=part.disposition != "attachment",
                _loader=functools.partial(_payload_bytes, node),
            )
        )
        found = inner_message(part.content_type, part.filename, data) if depth < MAX_DEPTH else None
        if found is not None:
            self._wrapped(found, part, depth, message)

    def _wrapped(self, found: tuple[bytes, str], part: Part, depth: int, message: Message) -> None:
        """A message carried opaquely (see `wrapped`): read as a nested message under the part that holds it."""
        data, how = found
        try:
            parsed = self._reparse(data)
        except ValueError:
            detail = f"not read as a message ({how}): too much to parse again"
            message.defects.append(Defect(part.id, "NestingTooDeep", detail))
            return
        nested = self.message(parsed, prefix=part.id, depth=depth + 1)
        nested.raw = data
        part.children.append(nested.root)
        message.nested.append(nested)
        message.defects.append(Defect(part.id, "WrappedMessage", f"read as a message: {how}"))


def _payload_bytes(node: email.message.Message) -> bytes:
    try:
        data = node.get_payload(decode=True)
    except Exception:  # noqa: BLE001
        return b""
    return data if isinstance(data, bytes) else b""


def _filename(node: email.message.Message) -> str | None:
    name = _param(node, "filename", header="content-disposition")
    if name is None:
        name = _param(node, "name")
    if name is None:
        return None
    return decode_header_value(header_raw_text(str(name)))


def _param(node: email.message.Message, name: str, *, header: str = "content-type") -> str | None:
    try:
        value = _param_view(node).get_param(name, header=header)
    except Exception:  # noqa: BLE001
        return None
    if value is None:
        return None
    if isinstance(value, tuple):
        value = _collapse_rfc2231(value)
    return header_raw_text(str(value))


def _param_view(node: email.message.Message) -> email.message.Message:
    """The part itself, or, when its Content-Type or Content-Disposition holds raw 8-bit bytes
    (RFC 6532 UTF-8), a copy of those two headers read as UTF-8 (Windows-1252 if invalid).

    The stdlib would turn each such byte into U+FFFD, and with it a U+202E that reverses the
    file name's extension: the name checks would never see it.
    """
    raw = [(k, v) for k, v in node.raw_items() if k.lower() in ("content-type", "content-disposition")]
    if not any(_SURROGATE.search(str(v)) for _, v in raw):
        return node
    view = email.message.Message(policy.compat32)
    for key, value in raw:
        view[key] = header_raw_text(str(value))
    return view


def _collapse_rfc2231(value: tuple[str | None, str | None, str]) -> str:
    """An RFC 2231 `name*=charset'lang'text` value as text, whatever the charset (the stdlib
    raises on `idna`): our decoder falls back to UTF-8 and Windows-1252."""
    charset, _lang, text = value
    try:
        return email.utils.collapse_rfc2231_value(value)
    except Exception:  # noqa: BLE001 - a codec may raise anything
        try:
            data = text.encode("latin-1")
        except UnicodeEncodeError:  # raw UTF-8 in the value: it is text already
            return text
        return decode_text(data, charset)[0]


def _content_id(node: email.message.Message) -> str | None:
    value = node.get("Content-ID")
    if value is None:
        return None
    return header_raw_text(str(value)).strip().strip("<>").strip() or None


def _doc(defect: object) -> str:
    doc = type(defect).__doc__ or ""
    return doc.strip().splitlines()[0] if doc.strip() else ""
