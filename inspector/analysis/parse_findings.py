"""`parse` findings: what the parser had to work around, so the analyst knows what was read."""

from __future__ import annotations

from collections.abc import Iterator

from ..model import Category, Finding, Report, Severity
from ..parsing import Defect, Message
from ..texts import tr

# Defects that hide content from filters or leave a part unread matter more than cosmetics.
_LOW = {
    "StartBoundaryNotFoundDefect",
    "CloseBoundaryNotFoundDefect",
    "MultipartInvariantViolationDefect",
    "InvalidBase64CharactersDefect",
    "InvalidBase64PaddingDefect",
    "InvalidBase64LengthDefect",
    "MissingHeaderBodySeparatorDefect",
    "DamagedOutlookFile",
    "AmbiguousMimeHeader",  # clients read the part differently: one may show what a filter did not see
}

_CODES = {
    "CharsetDecodeDefect": "CHARSET_FALLBACK",
    "UndecodablePart": "UNDECODABLE_PART",
    "NestingTooDeep": "NESTING_TOO_DEEP",
    "TooManyParts": "TOO_MANY_PARTS",
    "DamagedOutlookFile": "DAMAGED_MSG",
    "HeaderTooLong": "HEADER_TOO_LONG",
    "BodyTruncated": "BODY_TRUNCATED",
    "AttachmentTooLarge": "ATTACHMENT_NOT_SCANNED",
}
_PARTLY_READ = {"HEADER_TOO_LONG", "BODY_TRUNCATED", "ATTACHMENT_NOT_SCANNED"}


def parse_findings(message: Message, report: Report, context: object = None) -> Iterator[Finding]:
    for inner in message.walk_messages():
        for defect in inner.defects:
            yield _finding(defect)


def _finding(defect: Defect) -> Finding:
    code = _CODES.get(defect.kind, "MIME_DEFECT")
    if code == "CHARSET_FALLBACK":
        return Finding(
            category=Category.PARSE,
            code=code,
            severity=Severity.INFO,
            title=tr("Text in part {part} was decoded with a fallback character set", part=defect.part),
            explanation=tr(
                "The message declares its text encoding wrongly or not at all, so some characters may "
                "show incorrectly. Badly labelled encodings are common in bulk and spam mail."
            ),
            evidence={"defect": defect.kind, "detail": defect.detail},
            part=defect.part,
        )
    if code in ("UNDECODABLE_PART", "NESTING_TOO_DEEP", "TOO_MANY_PARTS"):
        return Finding(
            category=Category.PARSE,
            code=code,
            severity=Severity.LOW,
            title=tr("Part {part} could not be read", part=defect.part),
            explanation=tr(
                "Part of this message could not be decoded or was skipped because it is built in an "
                "abnormal way. Its content was not analysed; be careful with it."
            ),
            evidence={"defect": defect.kind, "detail": defect.detail},
            part=defect.part,
        )
    if code in _PARTLY_READ:
        return Finding(
            category=Category.PARSE,
            code=code,
            severity=Severity.LOW,
            title=tr("Part {part} was only partly analysed", part=defect.part),
            explanation=tr(
                "Part of this message is far larger than real mail needs, a common way to exhaust or slip past "
                "filters. Only its beginning was analysed (and shown); the rest was skipped. Be careful with it."
            ),
            evidence={"defect": defect.kind, "detail": defect.detail},
            part=defect.part,
        )
    severity = Severity.LOW if defect.kind in _LOW else Severity.INFO
    return Finding(
        category=Category.PARSE,
        code=code,
        severity=severity,
        title=tr("Malformed message structure in part {part}", part=defect.part),
        explanation=tr(
            "The message does not follow the email format rules here. Mail programs may show it "
            "differently from one another, which senders of spam and phishing sometimes use to slip "
            "content past filters. The analysis read it as well as it could."
        ),
        evidence={"defect": defect.kind, "detail": defect.detail},
        part=defect.part,
    )
