"""Word field codes and Excel DDE: instructions a document runs or fetches when it is opened or updated.

Field instructions are collected the way Word assembles them, not by matching raw bytes: the text
of every `instrText` run between a field's begin and separate marks (attackers split `DDE` and
`AUTO` over two runs), `fldSimple` attributes, the `\\fldinst` destination of RTF with its control
words and groups taken out, and the 0x13…0x14 ranges of a binary .doc. Excel's DDE lives in
`ddeLink` parts, in cell formulas (`=cmd|' /c calc'!A0`) and in CSV files, which Excel reads
as formulas.
"""

from __future__ import annotations

import html
import re

from ...model import Finding, Severity
from ...parsing import Attachment
from ...texts import tr
from ..common.urls import REMOTE, UNC, normalise
from .attach_common import label, load_finding, share_sentence

MAX_FIELDS = 50
MAX_INSTRUCTION = 2000
_WML = re.compile(
    rb'<(?:\w+:)?fldChar\b[^<>]{0,400}?fldCharType="(begin|separate|end)"'
    rb"|<(?:\w+:)?instrText\b[^<>]{0,200}>([^<]*)<"
    rb'|<(?:\w+:)?fldSimple\b[^<>]{0,400}?instr="([^"<>]{0,4000})"',
    re.IGNORECASE,
)
_INSTRUCTION = re.compile(r"^\s*(DDEAUTO|DDE|INCLUDEPICTURE|INCLUDETEXT|LINK|IMPORT)\b\s*(.*)$", re.I | re.S)
_QUOTED = re.compile(r'"([^"]{1,2000})"')
# One RTF token: a brace, a hex escape (1), an escaped brace or backslash (2), another control word or
# symbol, a run of text, or line breaks (which RTF ignores).
_RTF_TOKEN = re.compile(rb"[{}]|\\'([0-9a-fA-F]{2})|\\([{}\\])|\\[a-zA-Z]{1,32}-?\d{0,10} ?|\\.|[^{}\\\r\n]+|[\r\n]+")
# `=cmd|' /c calc'!A0`, `@MSEXCEL|'\..\cmd.exe'!''`, `+DDE("cmd";"/c calc";"x")`: Excel runs the application.
_DDE_FORMULA = re.compile(
    r"[=+\-@(][ \t]{0,20}'?([A-Za-z][\w.\-]{0,40})'?[ \t]{0,20}\|[ \t]{0,20}'([^'\r\n]{0,400})'[ \t]{0,20}!"
    r"|\bDDE(?:AUTO)?[ \t]{0,20}\([ \t]{0,20}\"([^\"]{1,200})\"",
    re.IGNORECASE,
)
_DDE_LINK = re.compile(rb"<(?:\w+:)?ddeLink\b[^<>]{0,2000}>", re.IGNORECASE)
_XML_ATTR = re.compile(rb'(\w+)\s*=\s*"([^"]*)"')
_FORMULA = re.compile(rb"<(?:\w+:)?f\b[^<>]{0,200}>([^<]{1,8000})<", re.IGNORECASE)


def wordml_instructions(xml: bytes) -> list[str]:
    """Every field instruction of a WordprocessingML part, nested fields included."""
    out: list[str] = []
    open_fields: list[list[str] | None] = []  # None once the field passed its separate mark
    for mark, text, simple in _WML.findall(xml):
        if simple:
            out.append(simple.decode("utf-8", "replace"))
        elif mark:
            kind = mark.decode().lower()
            if kind == "begin":
                open_fields.append([])
            elif open_fields and kind == "separate":
                done = open_fields[-1]
                if done is not None:
                    out.append("".join(done))
                open_fields[-1] = None
            elif open_fields:
                done = open_fields.pop()
                if done is not None:
                    out.append("".join(done))
        elif open_fields and open_fields[-1] is not None:
            open_fields[-1].append(text.decode("utf-8", "replace"))
        elif not open_fields:  # an instruction outside any field mark: read it on its own, leniently
            out.append(text.decode("utf-8", "replace"))
        if len(out) >= MAX_FIELDS * 4:
            break
    return [html.unescape(i)[:MAX_INSTRUCTION] for i in out]


def rtf_instructions(data: bytes) -> list[str]:
    """The text of every `\\fldinst` destination, as Word reads it (control words and braces removed)."""
    out: list[str] = []
    start = 0
    while len(out) < MAX_FIELDS * 2:
        at = data.find(b"\\fldinst", start)
        if at < 0:
            break
        out.append(rtf_group_text(data, at + 8, MAX_INSTRUCTION * 4))  # 8: past the control word
        start = at + 8
    return out


def rtf_group_text(data: bytes, at: int, limit: int) -> str:
    """Plain text from `at` to the end of the group holding it (at most `limit` bytes read)."""
    depth = 0
    text = bytearray()
    for token in _RTF_TOKEN.finditer(data, at, min(len(data), at + limit)):
        piece = token.group(0)
        if piece == b"{":
            depth += 1
        elif piece == b"}":
            depth -= 1
            if depth < 0:
                break
        elif token.group(1):
            text.append(int(token.group(1), 16))
        elif token.group(2):
            text += token.group(2)
        elif piece[:1] not in b"\\\r\n":
            text += piece
    return text.decode("latin-1")[:MAX_INSTRUCTION]


def dde_formulas(text: str) -> list[str]:
    """DDE calls in spreadsheet formulas or CSV text, as `application|topic`."""
    if "|" not in text and "dde" not in text.lower():
        return []
    out = []
    for match in _DDE_FORMULA.finditer(text):
        app, topic, call = match.group(1), match.group(2), match.group(3)
        out.append(f"DDE({call})" if call else f"{app}|'{topic}'")
        if len(out) >= MAX_FIELDS:
            break
    return out


def sheet_formulas(xml: bytes) -> list[str]:
    """DDE calls in the `<f>` formulas of a SpreadsheetML part."""
    found: list[str] = []
    for formula in _FORMULA.findall(xml):
        if b"|" in formula or b"DDE" in formula.upper():
            found += dde_formulas("=" + html.unescape(formula.decode("utf-8", "replace")))
        if len(found) >= MAX_FIELDS:
            break
    return found


def dde_links(xml: bytes) -> list[str]:
    """Excel `ddeLink` parts (xl/externalLinks/*.xml): the application and topic Excel starts."""
    out = []
    for tag in _DDE_LINK.findall(xml)[:MAX_FIELDS]:
        attrs = {k.decode().lower(): html.unescape(v.decode("utf-8", "replace")) for k, v in _XML_ATTR.findall(tag)}
        out.append(f"{attrs.get('ddeservice', '')}|'{attrs.get('ddetopic', '')}'")
    return out


def field_findings(att: Attachment, instructions: list[str], member: str, *, carrier: str) -> list[Finding]:
    """DDE_FIELD for DDE, UNC_PATH or OFFICE_FIELD for fields that fetch from a share or the web."""
    out: list[Finding] = []
    seen: set[str] = set()
    for instruction in instructions:
        match = _INSTRUCTION.match(instruction)
        if match is None or instruction in seen:
            continue
        seen.add(instruction)
        name, rest = match.group(1).upper(), match.group(2)
        if name.startswith("DDE"):
            out.append(dde_finding(att, name, instruction.strip(), member, carrier=carrier))
        else:
            found = _fetch_finding(att, name, rest, instruction.strip(), member, carrier=carrier)
            if found:
                out.append(found)
        if len(out) >= MAX_FIELDS:
            break
    return out


def dde_finding(att: Attachment, field_name: str, instruction: str, member: str, *, carrier: str) -> Finding:
    name = label(att)
    return load_finding(
        "DDE_FIELD",
        Severity.HIGH,
        tr("Attachment {name} has a {field} field", name=name, field=field_name),
        tr(
            "The attached document {name} contains a {field} field, which can start programs on the "
            "computer when the document is updated.",
            name=name,
            field=field_name,
        ),
        None,
        None,
        att.part,
        f"{carrier}-field:{field_name}",
        {"attachment": str(name), "member": member, "field": instruction[:300]},
        (),
    )


def _fetch_finding(att: Attachment, field_name: str, rest: str, instruction: str, member: str, *,
                   carrier: str) -> Finding | None:  # fmt: skip
    quoted = _QUOTED.search(rest)
    arg = quoted.group(1) if quoted else (rest.split() or [""])[0]
    if field_name == "LINK" and not quoted:
        parts = rest.split()
        arg = parts[1] if len(parts) > 1 else ""  # LINK <class> <file> <item>
    target = normalise(arg.replace("\\\\", "\\"))
    if target.locality not in (REMOTE, UNC):
        return None
    name = label(att)
    unc = target.locality == UNC
    return load_finding(
        "UNC_PATH" if unc else "OFFICE_FIELD",
        Severity.HIGH if unc else Severity.MEDIUM,
        tr("Attachment {name} has a {field} field", name=name, field=field_name),
        tr(
            "The attached document {name} contains a {field} field that fetches content from {where} when "
            "the document is opened.",
            name=name,
            field=field_name,
            where=target.host or target.url,
        )
        + share_sentence(unc),
        target.url or None,
        target.host or None,
        att.part,
        f"{carrier}-field:{field_name}",
        {"attachment": str(name), "member": member, "field": instruction[:300]},
        ("open_time", "ip_address") + (("windows_credentials",) if unc else ()),
    )
