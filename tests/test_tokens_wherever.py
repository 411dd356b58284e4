"""Who you are, wherever it hides (issue 22): tokens in attachment loads, host names and names; no false claims.

Every reader here is made up: Anne Dupont, Marie Dubois, Pieter Janssens at test domains.
"""

from __future__ import annotations

import base64
import hashlib
import json
from email.message import EmailMessage

import pytest
from verdict_cases import DOCX_TYPE, ENTRY, docx, mail, page

from inspector.analysis import analyse
from inspector.analysis.tracking.identities import Identity, full_name, real_address
from inspector.analysis.tracking.tokens import TokenFinder
from inspector.model import Finding, Report
from inspector.parsing import load_bytes

READER = "anne.dupont@parl-test.be"


def report_of(data: bytes) -> Report:
    return analyse(load_bytes(data))


def tokens(report: Report) -> dict[str, dict]:
    return {f.code: f.recipient_token for f in report.findings if f.recipient_token}


def only(report: Report, code: str) -> Finding:
    found = [f for f in report.findings if f.code == code]
    assert len(found) == 1, [(f.code, f.url) for f in report.findings]
    return found[0]


# --- attachment loads are searched like every other URL --------------------------------------------------


def test_rtf_template_with_a_sha1_of_the_address_identifies_the_reader() -> None:
    digest = hashlib.sha1(READER.encode()).hexdigest()
    rtf = b"{\\rtf1{\\*\\template https://docs.news-outlet.net/t/" + digest.encode() + b".dot}}"
    report = report_of(mail(attach=((rtf, "interview.rtf", "application/rtf"),)))
    template = only(report, "REMOTE_TEMPLATE")
    assert template.recipient_token["identity"] == READER
    assert template.recipient_token["encoding"] == "sha1(lower)"
    assert "that knows your address" in template.title and "identity" in template.reveals
    assert str(report.verdict.tracking) == "identified" and report.verdict.banner == "dangerous"


def test_ics_image_with_upper_case_sha256_of_the_address() -> None:
    digest = hashlib.sha256(READER.encode()).hexdigest().upper()
    ics = (
        "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:Interview\r\n"
        f"IMAGE;VALUE=URI:https://cal.news-outlet.net/i/{digest}.png\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    report = report_of(mail(attach=((ics.encode(), "invite.ics", "text/calendar"),)))
    token = tokens(report)["ICS_REMOTE"]
    assert token["identity"] == READER and token["encoding"] == "sha256(lower)"
    assert str(report.verdict.tracking) == "identified"


def test_docx_template_and_linked_image_with_the_address_in_hex() -> None:
    hexed = READER.encode().hex()
    rels = (
        "<Relationships>"
        '<Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        f'attachedTemplate" Target="https://docs.news-outlet.net/t.dotm?r={hexed}" TargetMode="External"/>'
        '<Relationship Id="r2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" '
        f'Target="https://img.news-outlet.net/{hexed}/logo.png" TargetMode="External"/>'
        "</Relationships>"
    )
    report = report_of(mail(attach=((docx(rels), "questions.docx", DOCX_TYPE),)))
    found = tokens(report)
    assert found["REMOTE_TEMPLATE"]["encoding"] == "hex" and found["REMOTE_TEMPLATE"]["where"] == "query:r"
    assert found["ATTACHMENT_REMOTE_REF"]["identity"] == READER


# --- host labels, double encodings, JSON, split tokens ---------------------------------------------------

FINDER = TokenFinder([Identity(READER, "To", "anne dupont")])


def test_a_hash_in_a_host_label() -> None:
    digest = hashlib.md5(READER.encode()).hexdigest()
    hit = FINDER.find(f"https://{digest}.img.example-news.net/p.gif", host=f"{digest}.img.example-news.net",
                      domain="example-news.net")  # fmt: skip
    assert hit and hit["kind"] == "identity" and hit["where"] == "host" and hit["encoding"] == "md5(lower)"
    report = report_of(mail(html=page(f'<img src="https://{digest}.img.example-news.net/p.gif" width="1" height="1">')))
    assert tokens(report)["TRACKING_PIXEL"]["where"] == "host"


def test_double_url_encoding_json_and_split_tokens() -> None:
    twice = FINDER.find("https://t.news-outlet.net/o?e=anne.dupont%2540parl-test.be")
    assert twice and twice["kind"] == "identity" and twice["encoding"] == "url-encoded"
    blob = base64.b64encode(json.dumps({"email": READER, "c": 4}).encode()).decode()
    in_json = FINDER.find(f"https://t.news-outlet.net/o?d={blob}")
    assert in_json and in_json["identity"] == READER and "JSON" in in_json["encoding"]
    hexed = READER.encode().hex()
    split = FINDER.find(f"https://t.news-outlet.net/o/{hexed[:20]}?x={hexed[20:]}")
    assert split and split["kind"] == "identity" and split["where"] == "path and query"


# --- the reader's name ---------------------------------------------------------------------------------------


def _named_mail(to: str, html: str) -> bytes:
    address = to.rpartition("<")[2].rstrip(">")
    return mail(set={"To": to}, html=page(html), received=(ENTRY.replace(READER, address),))


def test_a_pixel_carrying_the_full_name_identifies_the_reader() -> None:
    report = report_of(
        _named_mail("Marie Dubois <m.dubois@parl-test.be>",
                    '<img src="https://news-outlet.net/open/marie-dubois.gif" width="1" height="1">')
    )  # fmt: skip
    pixel = only(report, "TRACKING_PIXEL")
    assert pixel.recipient_token["kind"] == "name" and pixel.recipient_token["identity"] == "marie dubois"
    assert "that knows your name" in pixel.title and "your name (marie dubois" in pixel.explanation
    assert str(report.verdict.tracking) == "identified" and report.verdict.banner == "targeted"


def test_base64_of_the_name_and_a_last_first_display_name() -> None:
    blob = base64.urlsafe_b64encode(b"Pieter Janssens").decode().rstrip("=")
    pixel = f'<img src="https://news-outlet.net/o.gif?n={blob}" width="1" height="1">'
    report = report_of(_named_mail('"Janssens, Pieter" <pj@parl-test.be>', pixel))
    token = tokens(report)["TRACKING_PIXEL"]
    assert token["kind"] == "name" and token["identity"] == "pieter janssens" and token["encoding"] == "base64url"


def test_a_first_name_alone_names_nobody() -> None:
    assert full_name("Marie") == "" and full_name("Press office") == "press office"
    pixel = '<img src="https://news-outlet.net/open/marie.gif" width="1" height="1">'
    report = report_of(_named_mail("Marie Dubois <m.dubois@parl-test.be>", pixel))
    assert (tokens(report).get("TRACKING_PIXEL") or {}).get("kind") != "name"


# --- no false claims -----------------------------------------------------------------------------------------


def test_a_retina_image_name_is_not_an_address() -> None:
    assert not real_address("hero@2x.webp") and real_address("anne.dupont@parl-test.be")
    html = '<img srcset="https://cdn.news-outlet.net/hero.webp 1x, https://cdn.news-outlet.net/hero@2x.webp 2x">'
    report = report_of(mail(html=page(html)))
    assert not any((f.recipient_token or {}).get("kind") == "identity" for f in report.findings)
    assert "that knows your address" not in " ".join(f.title for f in report.findings)


@pytest.mark.parametrize(
    "url",
    [
        "https://webmail.parl-test.be/owa/redir.aspx?SURL=lVbSQtOT9u5X5e6zSL35Ve0_WKw8h&URL=https%3a%2f%2fx.example",
        "https://eur02.safelinks.protection.outlook.com/?url=https%3A%2F%2Fnews.example%2F&data=05%7C01%7Cabc123XYZ",
        "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32016R0679",
        "https://doi.org/10.1145/3178876.3186088",
    ],
)
def test_webmail_redirectors_and_document_ids_are_not_personal(url: str) -> None:
    assert FINDER.find(url) is None
    report = report_of(mail(html=page(f'<a href="{url}">the text</a>')))
    assert not any(f.code == "PERSONALISED_LINK" for f in report.findings)


def test_a_signature_with_the_writers_address_is_not_a_greeting() -> None:
    text = "This is a sample message.\n\nChris Wilson\nEmail: anne.dupont@parl-test.be\n"
    report = report_of(mail(text=text, set={"From": "Anne Dupont <anne.dupont@parl-test.be>"}))
    assert "RECIPIENT_IN_SUBJECT" not in {f.code for f in report.findings}
    greeted = report_of(mail(text="Dear anne.dupont@parl-test.be,\n\nyour mailbox is full.\n"))
    assert "RECIPIENT_IN_SUBJECT" in {f.code for f in greeted.findings}


def test_campaign_monitor_open_pixel_carries_a_subscriber_id() -> None:
    url = "https://newsletter.createsend1.com/t/j-o-qtlkdjt-l/o.gif"
    report = report_of(mail(html=page(f'<img src="{url}" width="1" height="1">')))
    token = tokens(report)["TRACKING_PIXEL"]
    assert token["kind"] == "subscriber_id" and "j-o-qtlkdjt-l" in token["value"]
    assert report.verdict.banner == "tracked"


def test_a_msg_like_message_without_recipients_claims_nothing() -> None:
    msg = EmailMessage()
    msg["From"] = "Chris Wilson <chris@city-test.be>"
    msg["Subject"] = "Sample"
    msg.set_content("Sample with a link.\n\nEmail: chris@city-test.be\n")
    report = report_of(msg.as_bytes())
    assert not any(f.recipient_token and f.recipient_token.get("kind") == "identity" for f in report.findings)
    assert "RECIPIENT_IN_SUBJECT" not in {f.code for f in report.findings}


def test_a_list_unsubscribe_link_that_names_the_reader_is_evidence() -> None:
    blob = base64.urlsafe_b64encode(READER.encode()).decode().rstrip("=")
    unsubscribe = f"<mailto:leave@news-outlet.net>, <https://news-outlet.net/unsub?e={blob}>"
    report = report_of(mail(extra=(("List-Unsubscribe", unsubscribe), ("List-Id", "<news.news-outlet.net>"))))
    link = only(report, "PERSONALISED_LINK")
    assert link.header == "List-Unsubscribe" and link.vector == "header:List-Unsubscribe"
    assert link.recipient_token["identity"] == READER and link.host == "news-outlet.net"
    assert "knows exactly who you are" in link.explanation
    assert str(report.verdict.tracking) == "none"  # nothing in it is loaded when the message is opened
    plain = report_of(mail(extra=(("List-Unsubscribe", "<https://news-outlet.net/unsub?list=4>"),)))
    assert not any(f.header == "List-Unsubscribe" for f in plain.findings)


def test_a_mailing_list_page_naming_the_list_is_not_the_reader() -> None:
    """Mail to a list has the list as To; Mailman's listinfo page names the list, not whoever reads it."""
    headers = (
        ("List-Id", "<committee-talk.lists.news-outlet.net>"),
        ("List-Post", "<mailto:committee-talk@lists.news-outlet.net>"),
        ("List-Unsubscribe", "<https://lists.news-outlet.net/mailman/listinfo/committee-talk>"),
    )
    report = report_of(mail(set={"To": "committee-talk@lists.news-outlet.net"}, extra=headers))
    assert not any(f.header == "List-Unsubscribe" for f in report.findings)
