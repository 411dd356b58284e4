"""PDF attachments: actions that reach outside the file, share paths, encryption (a cheap scan of the raw bytes)."""

from __future__ import annotations

import re

from ...model import Finding, Severity
from ...parsing import Attachment
from ...texts import tr
from ..urls import UNC, normalise
from .attach_common import PDF, load_finding
from .attach_threats import encrypted_finding

TAIL_BYTES = 65_536  # the trailer, where /Encrypt sits, is at the end
_PDF_ACTION = re.compile(rb"/(Launch|GoToR|GoToE|SubmitForm|ImportData|JavaScript|OpenAction|URI)\b")
_PDF_URI = re.compile(rb"/URI\s*\(([^)]{1,2000})\)")
# A file specification or URI written as a literal string (escapes kept) or a hex string.
_FILE_SPEC = re.compile(rb"/(F|UF|URI)\s*(?:\(((?:[^()\\]|\\.){1,2000})\)|<([0-9a-fA-F\s]{4,4000})>)")
_ENCRYPT = re.compile(rb"/Encrypt\s*(?:\d+\s+\d+\s+R|<<)")
_ESCAPE = re.compile(rb"\\([0-7]{1,3}|.)", re.DOTALL)
_ESCAPES = {b"n": b"\n", b"r": b"\r", b"t": b"\t", b"b": b"\b", b"f": b"\f"}


def pdf_findings(att: Attachment, data: bytes, label: str) -> list[Finding]:
    tail = att.data()[-TAIL_BYTES:] if att.size > len(data) else b""
    out = _actions(att, data, label)
    out += _shares(att, data, label)
    if _ENCRYPT.search(data) or _ENCRYPT.search(tail):
        out.append(encrypted_finding(att, "/Encrypt dictionary in the PDF trailer", container="PDF", expected=PDF))
    return out


def _actions(att: Attachment, data: bytes, label: str) -> list[Finding]:
    actions = sorted({m.decode() for m in _PDF_ACTION.findall(data)})
    risky = [a for a in actions if a in ("Launch", "GoToR", "GoToE", "SubmitForm", "ImportData")]
    auto = "OpenAction" in actions and ("URI" in actions or "JavaScript" in actions)
    if not risky and not auto:
        return []
    uris = [u.decode("latin-1")[:300] for u in _PDF_URI.findall(data)[:20]]
    return [
        load_finding(
            "PDF_ACTION",
            Severity.MEDIUM,
            tr("PDF attachment {name} has actions that reach outside the file", name=label),
            tr(
                "The attached PDF {name} contains {actions} actions (found in the uncompressed parts of the file). "
                "PDF readers can use these to open web addresses, other files or programs when the PDF is opened or "
                "a button is pressed.",
                name=label,
                actions=", ".join(actions),
            ),
            normalise(uris[0]).url if uris else None,
            normalise(uris[0]).host if uris else None,
            att.part,
            "pdf:action",
            {"attachment": str(label), "actions": actions, "uris": uris},
            ("open_time", "ip_address"),
        )
    ]


def pdf_string(literal: bytes) -> bytes:
    """A PDF literal string's bytes, its backslash escapes resolved (`\\\\` is one backslash)."""

    def one(match: re.Match[bytes]) -> bytes:
        code = match.group(1)
        if code[:1].isdigit():
            return bytes([int(code, 8) & 0xFF])
        return _ESCAPES.get(code, code if code not in b"\r\n" else b"")

    return _ESCAPE.sub(one, literal)


def _hex_string(hexa: bytes) -> bytes:
    digits = re.sub(rb"\s", b"", hexa).decode()
    return bytes.fromhex(digits[: len(digits) // 2 * 2])


def _shares(att: Attachment, data: bytes, label: str) -> list[Finding]:
    """A file specification on a Windows share: opening or following it sends the NTLM hash (Bad-PDF)."""
    out: list[Finding] = []
    seen: set[str] = set()
    for key, literal, hexa in _FILE_SPEC.findall(data):
        text = (pdf_string(literal) if literal else _hex_string(hexa)).decode("latin-1")
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
