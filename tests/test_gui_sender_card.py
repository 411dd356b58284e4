"""The sender card tells the story: every From line, who really signed, look-alikes, To and Cc, honest pills."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel
from sender_builders import ENTRY, ar, build, signature, two_from_message

from inspector.gui.icons import LEVEL_COLOUR
from inspector.gui.sender_card import SenderCard, sender_view
from inspector.parsing import load_bytes
from inspector.pipeline import scan_bytes

pytestmark = pytest.mark.gui

TWO_FROM = two_from_message()


def card_for(qtbot, data: bytes) -> SenderCard:
    card = SenderCard()
    qtbot.addWidget(card)
    card.show_sender(sender_view(scan_bytes(data), load_bytes(data)))
    return card


def texts(card: SenderCard) -> list[str]:
    return [w.text() for w in card.findChildren(QLabel)]


def test_two_from_lines_show_both_and_the_real_signer(qtbot):
    card = card_for(qtbot, TWO_FROM)
    shown = texts(card)
    assert any("marches.publics@inspector-test.be" in t and "the one mail programs show" in t for t in shown)
    assert "Papeterie Delcourt <ventes@papeterie-exemple.be>" in shown
    assert card.story_label is not None
    assert card.story_label.text().startswith(
        "Claims to be marches.publics@inspector-test.be — really sent by papeterie-exemple.be"
    )
    dkim = card.badges["dkim"]
    assert "papeterie-exemple.be" in dkim.text()  # the pill names who signed
    assert LEVEL_COLOUR["clean"] not in dkim.styleSheet()  # a pass for someone else is not green
    assert "Cc" in shown and "Carla <carla@inspector-test.be>" in shown
    assert "To" in shown and "Bob Peeters <bob@inspector-test.be>" in shown
    assert "really sent by papeterie-exemple.be" in card.accessibleDescription()


def test_aligned_trusted_pass_is_green_and_tells_no_story(qtbot):
    card = card_for(qtbot, build())
    assert card.story_label is None
    assert LEVEL_COLOUR["clean"] in card.badges["dkim"].styleSheet()
    assert "partner-mail.eu" in card.badges["dkim"].text()
    assert "DKIM" in card.badges["dkim"].accessibleDescription() and card.badges["dkim"].toolTip()


def test_pass_claimed_by_the_sender_is_not_green(qtbot):
    # No Received line from the reader's servers: the pass is the sender's own claim.
    data = build(top=(ar("spf=pass smtp.mailfrom=partner-mail.eu; dkim=pass header.d=partner-mail.eu"),))
    card = card_for(qtbot, data)
    dkim = card.badges["dkim"]
    assert "DKIM pass" in dkim.text() and ("claimed by sender" in dkim.text() or "not verified" in dkim.text())
    assert LEVEL_COLOUR["clean"] not in dkim.styleSheet()
    assert "proves" in dkim.accessibleDescription()


def test_lookalike_is_marked_with_the_name_it_imitates(qtbot):
    data = build(
        top=(ENTRY, ar("spf=none; dkim=none; dmarc=none")),
        set={
            "From": "Microsoft account team <account-security@rnicrosoft.com>",
            "Return-Path": "<account-security@rnicrosoft.com>",
            "DKIM-Signature": None,
        },
    )
    card = card_for(qtbot, data)
    assert "⚠ looks like microsoft.com" in texts(card)


def test_third_party_signer_through_a_sending_service_is_calm(qtbot):
    data = build(
        top=(ENTRY, ar("spf=pass smtp.mailfrom=sendgrid.net; dkim=pass header.d=sendgrid.net; dmarc=none")),
        set={"DKIM-Signature": signature("sendgrid.net"), "Return-Path": "<bounces@sendgrid.net>"},
    )
    card = card_for(qtbot, data)
    assert card.story_label is not None
    assert card.story_label.text() == "Sent through sendgrid.net for alice@partner-mail.eu"
    assert LEVEL_COLOUR["dangerous"] not in card.story_label.styleSheet()


WORKSPACE = [("partner-mail-eu.20230601.gappssmtp.com", True), ("someone-else.20230601.gappssmtp.com", False)]


@pytest.mark.parametrize(("signer", "calm"), WORKSPACE)
def test_google_workspace_signing_for_the_from_domain_is_no_story_of_someone_else(qtbot, signer, calm):
    """A domain without its own DKIM key on Google Workspace is signed as `<domain>.<date>.gappssmtp.com`:
    the card said "really sent by gappssmtp.com" (three phishing samples of the corpus, and many small firms).
    (With an aligned SPF pass there is no story at all: the From domain itself is vouched for.)"""
    data = build(
        top=(ENTRY, ar(f"spf=softfail smtp.mailfrom=partner-mail.eu; dkim=pass header.d={signer}; dmarc=none")),
        set={"DKIM-Signature": signature(signer)},
    )
    card = card_for(qtbot, data)
    assert card.story_label is not None
    if calm:
        assert card.story_label.text() == "Sent through gappssmtp.com for alice@partner-mail.eu"
        assert LEVEL_COLOUR["dangerous"] not in card.story_label.styleSheet()
    else:
        assert card.story_label.text().startswith("Claims to be alice@partner-mail.eu — really sent by gappssmtp.com")


def test_mailing_list_body_change_waits_in_the_technical_notes(qtbot):
    from inspector.gui.findings_panel import FindingsPanel

    signed = signature("partner-mail.eu").replace("{bh}", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")
    data = build(
        set={"DKIM-Signature": signed, "List-Id": "<members.lists.partner-mail.eu>"},
        extra=(("List-Unsubscribe", "<mailto:leave@lists.partner-mail.eu>"),),
        body="Hello Bob,\r\n\r\nsee you on Monday.\r\n\r\n-- \r\nYou are on the members list.\r\n",
    )
    report = scan_bytes(data)
    altered = [f for f in report.findings if f.code == "DKIM_BODY_ALTERED"]
    assert altered and str(altered[0].severity) == "info"
    panel = FindingsPanel()
    qtbot.addWidget(panel)
    panel.show_findings(report.findings)
    tops = [panel.tree.topLevelItem(i) for i in range(panel.tree.topLevelItemCount())]
    notes = next(t for t in tops if t.text(0).startswith("Technical notes"))
    assert altered[0].title in [notes.child(i).text(0) for i in range(notes.childCount())]
    assert not notes.isExpanded()
    assert all(t.isExpanded() for t in tops if t is not notes)
    card = card_for(qtbot, data)
    assert LEVEL_COLOUR["clean"] in card.badges["dkim"].styleSheet()  # the server's pass still stands


@pytest.mark.corpus
def test_no_alarming_story_on_legitimate_corpus_mail(corpus):
    """The red "Claims to be … — really sent by …" line never shows on the legitimate set (newsletters, ham,
    lists); measured on the whole corpus: 0 of 116 legitimate messages, 11 of 634 others (phishing_pot)."""
    from test_sender_corpus import legit_files

    from inspector.analysis.sender.sender import sender_analysis
    from inspector.analysis.sender.settings import SenderSettings
    from inspector.model import MessageSummary, Report
    from inspector.parsing import load

    alarming = []
    for path in legit_files(corpus):
        message = load(path)
        report = Report(message=MessageSummary(from_=message.header("From") or "", to=message.header("To") or ""))
        report.findings = sender_analysis(message, report, settings=SenderSettings())
        view = sender_view(report, message)  # also: no exception on any header the corpus holds
        if view.story is not None and not view.story.through:
            alarming.append(path.relative_to(corpus).as_posix())
    assert alarming == []


def test_hostile_address_lines_do_not_break_the_card(qtbot):
    nested = "(" * 3000 + "x" + ")" * 3000
    data = build(set={"To": nested + " <a@inspector-test.be>", "Reply-To": "a" * 5000 + " " * 10 + "(" * 2000})
    card = card_for(qtbot, data)
    assert card.badges  # the card is drawn
