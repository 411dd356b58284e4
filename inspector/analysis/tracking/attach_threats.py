"""The `attachment` findings: macros, embedded objects and encrypted files, in the words a person reads.

Each carrier module (`attach_ooxml`, `attach_odf`, `attach_rtf`, `attach_pdf`, `attach_archive`, and
`attach_ole` for legacy Office files) finds the facts; the sentences a person reads are written here,
once, so that the same thing reads the same whatever file carried it.
"""

from __future__ import annotations

import re

from ...model import Finding, Severity
from ...parsing import Attachment
from ...texts import Text, join, tr
from . import attach_fields
from .attach_common import OOXML, content_finding, disguise_sentence, label
from .attach_ole import OleFacts, read_ole

# Objects that run code without a double-click, or hold a file the reader is invited to open.
_DANGEROUS_CLASSES = re.compile(
    r"^(Package|Equation\.\d|OLE2Link|htmlfile|Forms\.|Shell\.|Script|MSScriptControl|ActiveX)", re.IGNORECASE
)
# Objects an office suite shows as content: a spreadsheet, chart, drawing or picture. Macros inside one are
# reported on their own (MACRO_DOCUMENT), so the object itself is only worth a note.
_CONTENT_CLASSES = re.compile(
    r"^(Excel\.|Word\.|PowerPoint\.|MSGraph\.|Visio\.|Paint\.|PBrush|MSPhotoEd|WordPad)", re.I
)


def ole_findings(att: Attachment, data: bytes, *, container: str, expected: frozenset[str]) -> list[Finding]:
    """Findings for an OLE2 attachment (a .doc, .xls, .ppt or one whose name hides it)."""
    facts = read_ole(data)
    if facts is None:
        return []
    fields = attach_fields.field_findings(att, facts.fields, "WordDocument", carrier="doc")
    return facts_findings(att, facts, container=container, expected=expected) + fields


def facts_findings(att: Attachment, facts: OleFacts, *, container: str, expected: frozenset[str],
                   member: str | None = None) -> list[Finding]:  # fmt: skip
    out = []
    if facts.macros:
        out.append(macro_finding(att, facts, container=container, expected=expected, member=member))
    out += [object_finding(att, o, member=member, expected=expected) for o in facts.objects]
    if facts.encrypted:
        # An encrypted .docx/.xlsx/.pptx is an OLE2 file that keeps its Office Open XML name.
        names = expected | OOXML if "EncryptedPackage" in facts.encrypted else expected
        out.append(encrypted_finding(att, facts.encrypted, container=container, expected=names))
    return out


def macro_finding(att: Attachment, facts: OleFacts, *, container: str, expected: frozenset[str],
                  member: str | None = None) -> Finding:  # fmt: skip
    name = label(att)
    sentences: list[Text | None] = [
        tr(
            "The attached document {name} contains macros: programs that run inside Word, Excel or PowerPoint. "
            'They run when you press "Enable content", and some documents are made to run them as soon as they '
            "open. Macros are one of the most common ways to install malware.",
            name=name,
        )
    ]
    if facts.auto_run:
        sentences.append(tr("They are set to run by themselves ({names}).", names=", ".join(facts.auto_run)))
    if facts.calls:
        sentences.append(tr("They use {calls}, which start programs or fetch files.", calls=", ".join(facts.calls)))
    sentences.append(disguise_sentence(att, expected))
    sentences.append(
        tr("Innocent explanations:")
        + " "
        + tr("some companies use macro spreadsheets for forms and reports; ask the sender by another channel.")
    )
    seen = {"container": container, "seen": facts.macros[:20], "auto_run": facts.auto_run, "calls": facts.calls}
    if member:
        seen["member"] = member
    return content_finding(
        att,
        "MACRO_DOCUMENT",
        Severity.HIGH,
        tr("Attachment {name} contains macros", name=name),
        join(" ", [s for s in sentences if s]),
        seen,
        expected=expected,
    )


def object_finding(att: Attachment, obj: dict, *, member: str | None = None, url: str | None = None,
                   expected: frozenset[str] = frozenset()) -> Finding:  # fmt: skip
    name = label(att)
    kind = obj.get("class") or ""
    dangerous = bool(_DANGEROUS_CLASSES.match(kind)) or obj.get("linked") or obj.get("auto_update") or url
    severity = Severity.HIGH if dangerous else Severity.LOW if _CONTENT_CLASSES.match(kind) else Severity.MEDIUM
    sentences: list[Text | None] = [
        tr(
            "The attached document {name} contains an embedded object of type {kind}. Embedded objects can hold a "
            "program or script that runs when double-clicked, and some kinds (Equation Editor, OLE2Link, ActiveX "
            "controls, packaged files) have been used to run code as soon as the document opens.",
            name=name,
            kind=kind or tr("unknown"),
        )
    ]
    if obj.get("embedded_file"):
        sentences.append(tr("It holds a file called {file}.", file=obj["embedded_file"]))
    if url:
        sentences.append(tr("It is fetched from {where} when the document opens.", where=url))
    if obj.get("auto_update"):
        sentences.append(tr("It is set to update itself when the document opens, without a click."))
    sentences.append(disguise_sentence(att, expected))
    sentences.append(
        tr("Innocent explanations:") + " " + tr("documents sometimes embed a spreadsheet, chart or drawing this way.")
    )
    seen = {k: v for k, v in obj.items() if v}
    if member:
        seen["member"] = member
    return content_finding(
        att,
        "OLE_OBJECT",
        severity,
        tr("Attachment {name} contains an embedded object ({kind})", name=name, kind=kind)
        if kind
        else tr("Attachment {name} contains an embedded object", name=name),
        join(" ", [s for s in sentences if s]),
        seen,
        expected=expected,
        url=url,
    )


def encrypted_finding(att: Attachment, how: str, *, container: str, expected: frozenset[str] = frozenset(),
                      opens_without_password: bool = False) -> Finding:  # fmt: skip
    """ENCRYPTED_ATTACHMENT: medium; low for a PDF that opens without a password (only printing or copying
    is restricted: not how attackers hide a file, but this program still cannot look inside)."""
    name = label(att)
    if opens_without_password:
        first = tr(
            "The attached PDF {name} is encrypted but opens without a password: the encryption only restricts "
            "printing or copying, as banks and utilities often do. This program could not look inside it.",
            name=name,
        )
    else:
        first = tr(
            "The attached file {name} is protected by a password, so neither this program nor a mail filter could "
            "look inside it. Attackers send malware this way, with the password in the message, to get it past "
            "filters.",
            name=name,
        )
    sentences: list[Text | None] = [first, disguise_sentence(att, expected)]
    if not opens_without_password:
        sentences.append(
            tr("Innocent explanations:")
            + " "
            + tr(
                "banks, accountants and personnel departments protect confidential documents this way; if you did "
                "not expect it, ask the sender by another channel before opening it."
            )
        )
    seen = {"container": container, "seen": how, "opens_without_password": opens_without_password}
    return content_finding(
        att,
        "ENCRYPTED_ATTACHMENT",
        Severity.LOW if opens_without_password else Severity.MEDIUM,
        tr("Attachment {name} is encrypted and could not be checked", name=name),
        join(" ", [s for s in sentences if s]),
        seen,
        expected=expected,
    )
