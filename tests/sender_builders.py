"""Build small test messages for the sender analysis: a clean baseline and targeted changes to it.

The baseline is a message from alice@partner-mail.eu to bob@inspector-test.be, signed by
partner-mail.eu (DKIM) and received by the recipient's mx1.inspector-test.be, which stamped an
all-pass Authentication-Results just under its Received line. The signature's body hash is
computed for the body each message is built with, so that the stamp's dkim=pass matches a
signature the message carries (a pass for a signature that is not there is a forged stamp).
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Iterable

from inspector.analysis.sender.sender import sender_analysis
from inspector.analysis.sender.settings import SenderSettings
from inspector.model import Finding, MessageSummary, Report
from inspector.parsing import load_bytes

ENTRY = (
    "Received",
    "from mail.partner-mail.eu (mail.partner-mail.eu [185.70.40.10]) by mx1.inspector-test.be (Postfix) "
    "with ESMTPS id 4AbCdE for <bob@inspector-test.be>; Mon, 6 Jan 2025 10:00:05 +0100",
)
AR_PASS = (
    "Authentication-Results",
    "mx1.inspector-test.be; spf=pass smtp.mailfrom=partner-mail.eu; dkim=pass header.d=partner-mail.eu; "
    "dmarc=pass header.from=partner-mail.eu",
)


def signature(domain: str) -> str:
    """A DKIM-Signature value by `domain`; `build` fills in the body hash of the body it builds."""
    return f"v=1; a=rsa-sha256; c=relaxed/relaxed; d={domain}; s=s1; h=from:to:subject:date; bh={{bh}}; b=dGVzdA=="


SUBMISSION = (
    "Received",
    "from [10.0.0.7] (pc7.partner-mail.eu [10.0.0.7]) by mail.partner-mail.eu (Postfix) with ESMTPSA id 1XyZ; "
    "Mon, 6 Jan 2025 10:00:01 +0100",
)
BASE = {
    "Return-Path": "<alice@partner-mail.eu>",
    "From": "Alice Martin <alice@partner-mail.eu>",
    "To": "Bob Peeters <bob@inspector-test.be>",
    "Subject": "Meeting notes",
    "Date": "Mon, 6 Jan 2025 09:59:58 +0100",
    "Message-ID": "<20250106095958.1@partner-mail.eu>",
    "MIME-Version": "1.0",
    "Content-Type": "text/plain; charset=utf-8",
    "DKIM-Signature": signature("partner-mail.eu"),
}

BODY = "Hello Bob,\r\n\r\nsee you on Monday.\r\n\r\nAlice\r\n"


def ar(results: str, authserv: str | None = "mx1.inspector-test.be") -> tuple[str, str]:
    return ("Authentication-Results", f"{authserv}; {results}" if authserv else results)


def build(
    *,
    top: Iterable[tuple[str, str]] = (ENTRY, AR_PASS),
    middle: Iterable[tuple[str, str]] = (SUBMISSION,),
    set: dict[str, str | None] | None = None,
    extra: Iterable[tuple[str, str]] = (),
    body: str = BODY,
) -> bytes:
    fields = dict(BASE)
    for name, value in (set or {}).items():
        if value is None:
            fields.pop(name, None)
        else:
            fields[name] = value
    if "{bh}" in (fields.get("DKIM-Signature") or ""):
        fields["DKIM-Signature"] = fields["DKIM-Signature"].replace("{bh}", body_hash(body))
    lines = [*top, *middle, *fields.items(), *extra]
    head = "".join(f"{name}: {value}\r\n" for name, value in lines)
    return (head + "\r\n" + body).encode("utf-8")


def body_hash(body: str, c: str = "relaxed/relaxed") -> str:
    from dkim.canonicalization import CanonicalizationPolicy

    canonical = CanonicalizationPolicy.from_c_value(c.encode()).canonicalize_body(body.encode())
    return base64.b64encode(hashlib.sha256(canonical).digest()).decode()


def run(data: bytes, settings: SenderSettings | None = None) -> tuple[list[Finding], Report]:
    report = Report(message=MessageSummary())
    findings = sender_analysis(load_bytes(data), report, settings=settings or SenderSettings())
    return findings, report


def codes(data: bytes, settings: SenderSettings | None = None) -> dict[str, str]:
    """code -> worst severity among findings with that code."""
    out: dict[str, str] = {}
    order = ["info", "low", "medium", "high"]
    for f in run(data, settings)[0]:
        if f.code not in out or order.index(f.severity) > order.index(out[f.code]):
            out[f.code] = str(f.severity)
    return out


def two_from_message(subject: str | None = None) -> bytes:
    """A forged From line above the real one, signed and sent by a third party (the sender card's hard case)."""
    fields = {
        "From": "Marchés publics <marches.publics@inspector-test.be>",
        "Return-Path": "<ventes@papeterie-exemple.be>",
        "DKIM-Signature": signature("papeterie-exemple.be"),
        "Message-ID": "<1@papeterie-exemple.be>",
    }
    if subject:
        fields["Subject"] = subject
    return build(
        top=(
            ENTRY,
            ar(
                "spf=pass smtp.mailfrom=papeterie-exemple.be; dkim=pass header.d=papeterie-exemple.be; "
                "dmarc=pass header.from=papeterie-exemple.be"
            ),
        ),
        set=fields,
        extra=(("From", "Papeterie Delcourt <ventes@papeterie-exemple.be>"), ("Cc", "Carla <carla@inspector-test.be>")),
    )
