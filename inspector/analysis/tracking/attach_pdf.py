"""PDF attachments: actions that reach outside the file, share paths, encryption (a cheap scan of the raw bytes)."""

from __future__ import annotations

import re
import zlib

from ...model import Finding, Severity
from ...parsing import Attachment
from ...texts import join, tr
from ..common.urls import UNC, normalise
from .attach_common import PDF, load_finding
from .attach_pdf_crypto import hex_string, opens_without_password, pdf_string
from .attach_threats import encrypted_finding

TAIL_BYTES = 65_536  # the trailer, where /Encrypt sits, is at the end
MAX_STREAMS = 300
MAX_STREAM_OUT = 1_000_000  # inflated bytes per stream
MAX_INFLATED = 8_000_000  # inflated bytes per PDF
MAX_ESCAPED_NAMES = 20_000
_PDF_ACTION = re.compile(rb"/(Launch|GoToR|GoToE|SubmitForm|ImportData|JavaScript|JS|OpenAction|AA|URI)\b")
_RISKY = ("Launch", "GoToR", "GoToE", "SubmitForm", "ImportData")
_AUTO = ("OpenAction", "AA")  # run when the document or a page opens
# A file specification or URI written as a literal string (escapes kept) or a hex string.
_FILE_SPEC = re.compile(rb"/(F|UF|URI)\s*(?:\(((?:[^()\\]|\\.){1,2000})\)|<([0-9a-fA-F\s]{4,4000})>)")
_ENCRYPT = re.compile(rb"/Encrypt\s*(?:\d+\s+\d+\s+R|<<)")
# A name with #xx escapes (`/L#61unch` is `/Launch`): readers decode them, so we do too.
_ESCAPED_NAME = re.compile(rb"/[^\s/<>\[\]()%{}#]{0,126}(?:#[0-9A-Fa-f]{2}[^\s/<>\[\]()%{}#]{0,126}){1,64}")
_NAME_ESCAPE = re.compile(rb"#([0-9A-Fa-f]{2})")
_STREAM = re.compile(rb"(?<!end)stream\r?\n")


def pdf_findings(att: Attachment, data: bytes, label: str) -> list[Finding]:
    tail = att.data()[-TAIL_BYTES:] if att.size > len(data) else b""
    plain = decode_names(data)
    inflated = decode_names(inflate_streams(data))
    out = _actions(att, plain, inflated, label)
    out += _shares(att, plain + b"\n" + inflated, label)
    if _ENCRYPT.search(plain) or _ENCRYPT.search(decode_names(tail)):
        opens = opens_without_password(data + tail)
        how = "/Encrypt dictionary in the PDF trailer" + (", empty user password" if opens else "")
        out.append(encrypted_finding(att, how, container="PDF", expected=PDF, opens_without_password=bool(opens)))
    return out


def decode_names(data: bytes) -> bytes:
    decode = lambda m: _NAME_ESCAPE.sub(lambda e: bytes([int(e.group(1), 16)]), m.group(0))  # noqa: E731
    return _ESCAPED_NAME.sub(decode, data, count=MAX_ESCAPED_NAMES)


def inflate_streams(data: bytes) -> bytes:
    """The FlateDecode streams that are not images, inflated (object streams hide actions there)."""
    out: list[bytes] = []
    budget = MAX_INFLATED
    view = memoryview(data)
    for count, match in enumerate(_STREAM.finditer(data)):
        if count >= MAX_STREAMS or budget <= 0:
            break
        head = data[max(0, match.start() - 1000) : match.start()]
        head = head[head.rfind(b"<<") :] if b"<<" in head else head
        if (b"/FlateDecode" not in head and b"/Fl " not in head and b"/Fl]" not in head) or b"/Image" in head:
            continue
        try:
            chunk = zlib.decompressobj().decompress(view[match.end() :], min(MAX_STREAM_OUT, budget))
        except zlib.error:
            continue
        budget -= len(chunk)
        out.append(chunk)
    return b"\n".join(out)


def _actions(att: Attachment, plain: bytes, inflated: bytes, label: str) -> list[Finding]:
    seen_plain = {m.decode() for m in _PDF_ACTION.findall(plain)}
    seen_inflated = {m.decode() for m in _PDF_ACTION.findall(inflated)}
    actions = sorted({"JavaScript" if a == "JS" else a for a in seen_plain | seen_inflated})  # /JS holds JavaScript
    risky = [a for a in actions if a in _RISKY]
    auto = any(a in actions for a in _AUTO) and any(a in actions for a in ("URI", "JavaScript", *_RISKY))
    if not risky and not auto:
        return []
    uris = _uris(plain + b"\n" + inflated)
    target = normalise(uris[0]) if uris else None
    sentences = [
        tr(
            "The attached PDF {name} contains {actions} actions. PDF readers can use these to open web addresses, "
            "other files or programs when the PDF is opened or a button is pressed.",
            name=label,
            actions=", ".join(actions),
        )
    ]
    if auto:
        sentences.append(tr("Some are set to run when the document or one of its pages opens."))
    hidden = sorted({"JavaScript" if a == "JS" else a for a in seen_inflated - seen_plain})
    if hidden:
        sentences.append(tr("Some are hidden in compressed parts of the file: {actions}.", actions=", ".join(hidden)))
    return [
        load_finding(
            "PDF_ACTION",
            Severity.MEDIUM,
            tr("PDF attachment {name} has actions that reach outside the file", name=label),
            join(" ", sentences),
            target.url if target and target.url else None,
            target.host if target else None,
            att.part,
            "pdf:action",
            {"attachment": str(label), "actions": actions, "uris": uris, "auto": auto, "compressed": hidden},
            ("open_time", "ip_address"),
        )
    ]


def _uris(data: bytes) -> list[str]:
    out = []
    for key, literal, hexa in _FILE_SPEC.findall(data):
        if key == b"URI":
            out.append((pdf_string(literal) if literal else hex_string(hexa)).decode("latin-1")[:300])
        if len(out) >= 20:
            break
    return out


def _shares(att: Attachment, data: bytes, label: str) -> list[Finding]:
    """A file specification on a Windows share: opening or following it sends the NTLM hash (Bad-PDF)."""
    out: list[Finding] = []
    seen: set[str] = set()
    for key, literal, hexa in _FILE_SPEC.findall(data):
        text = (pdf_string(literal) if literal else hex_string(hexa)).decode("latin-1")
        target = normalise(text)
        if target.locality != UNC or not target.host or target.url in seen:
            continue
        seen.add(target.url)
        out.append(
            load_finding(
                "UNC_PATH",
                Severity.HIGH,
                tr("PDF attachment {name} points to a network share", name=label),
                tr(
                    "The attached PDF {name} refers to a file on the network share {host}. A PDF reader that follows "
                    "it, when the PDF is opened or a link or button is used, connects to that server and on Windows "
                    "sends your login name and a hash of your password.",
                    name=label,
                    host=target.host,
                ),
                target.url,
                target.host,
                att.part,
                f"pdf:/{key.decode()}",
                {"attachment": str(label), "key": key.decode(), "value": text[:300]},
                ("windows_credentials", "ip_address", "open_time"),
            )
        )
        if len(out) >= 10:
            break
    return out
