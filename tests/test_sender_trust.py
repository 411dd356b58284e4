"""The trust boundary: where the recipient's side begins, which Authentication-Results to believe,
and which hop is the origin (fixtures in tests/fixtures/sender/trust_*.eml and the demo message)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sender_builders import AR_PASS, ENTRY, SUBMISSION, ar, build, codes, run, signature

from inspector.analysis.common.domains import registrable_domain
from inspector.analysis.sender.received import is_internal_ip
from inspector.analysis.sender.settings import SenderSettings

FIX = Path(__file__).parent / "fixtures" / "sender"
DEMO = Path(__file__).parents[1] / "resources" / "demo" / "demo-phish.eml"


def summary(data: bytes, settings: SenderSettings | None = None) -> tuple[dict[str, str], dict, list[dict]]:
    findings, report = run(data, settings)
    found: dict[str, str] = {}
    order = ["info", "low", "medium", "high"]
    for f in findings:
        if f.code not in found or order.index(f.severity) > order.index(found[f.code]):
            found[f.code] = str(f.severity)
    return found, report.sender, report.received


def private_ip_hops(data: bytes) -> list[int]:
    return sorted(f.evidence["hop"] for f in run(data)[0] if f.code == "RECEIVED_PRIVATE_IP")


@pytest.mark.parametrize(
    ("host", "expected"),
    [
        ("mx1.parliament.example", "parliament.example"),
        ("exch01.corp.local", "corp.local"),
        ("mail.example.co.uk", "example.co.uk"),
        ("localhost", "localhost"),
        ("192.0.2.25", "192.0.2.25"),
    ],
)
def test_registrable_domain_under_unknown_top_level_label(host: str, expected: str) -> None:
    # Before: a host under .example/.local was its own organisation, so mx1.parliament.example
    # and the recipient's parliament.example never matched and the boundary was lost.
    assert registrable_domain(host) == expected


@pytest.mark.parametrize(
    ("ip", "internal"),
    [
        ("10.8.0.14", True),
        ("172.16.3.4", True),
        ("192.168.1.1", True),
        ("127.0.0.1", True),
        ("fd00::1", True),
        ("192.0.2.25", False),  # documentation ranges are reserved, not private networks
        ("203.0.113.45", False),
        ("2001:db8::1", False),
        ("185.70.40.10", False),
    ],
)
def test_internal_ip_excludes_documentation_ranges(ip: str, internal: bool) -> None:
    assert is_internal_ip(ip) is internal


def test_demo_message_origin_and_trusted_dmarc_fail() -> None:
    found, sender, received = summary(DEMO.read_bytes())
    assert sender.origin.ip == "203.0.113.45"
    assert sender.origin.helo == "mailer.lesoir-be.example"
    assert sender.origin.by == "mx1.parliament.example"
    assert sender.origin.time == "2025-11-28T10:30:39+01:00"
    assert sender.receiving_domains == ("parliament.example",)
    auth = sender.authentication
    assert auth["trusted_authserv_ids"] == ["mx1.parliament.example"]
    assert auth["dmarc"]["result"] == "fail"
    assert auth["spf"]["result"] == "softfail"
    assert [(c["authserv_id"], c["trusted"]) for c in auth["claimed"]] == [("lesoir-be.example", False)]
    assert [h.side for h in received] == ["sender", "recipient", "recipient"]
    assert found["AUTH_FAIL_DMARC"] == "high"
    assert "AUTH_FAIL_SPF" in found
    assert "FORGED_AUTH_RESULTS" in found  # lesoir-be.example claims pass where mx1 found fail


def test_demo_private_ip_only_on_the_delivering_hop() -> None:
    # hop 1 is client submission: `from [10.8.0.14] (vpn-client [198.51.100.77])`, a client behind
    # NAT whose connecting address (the TCP-info, not the HELO literal) is a documentation address,
    # as is hop 2's, the delivering server; hop 3, the recipient's own relay, is never flagged.
    assert private_ip_hops(DEMO.read_bytes()) == [1, 2]


def test_internal_relay_with_private_address_between_own_servers() -> None:
    data = (FIX / "trust_internal_relays.eml").read_bytes()
    found, sender, received = summary(data)
    assert [h.side for h in received] == ["sender", "recipient", "recipient", "recipient"]
    assert sender.origin.ip == "203.0.113.45"
    assert sender.origin.hop == 2
    assert sender.authentication["trusted_authserv_ids"] == ["mx1.parliament.example"]
    assert found["AUTH_FAIL_DMARC"] == "high"
    assert "FORGED_AUTH_RESULTS" in found
    assert private_ip_hops(data) == [1, 2]  # not the 10.20.0.5 filter; hop 1 connected from 198.51.100.77


def test_gmail_chain_trusts_the_result_below_its_own_received_line() -> None:
    found, sender, received = summary((FIX / "trust_gmail_chain.eml").read_bytes())
    assert sender.origin.ip == "185.70.40.10"
    assert sender.origin.by == "mx.google.com"
    assert sender.authentication["trusted_authserv_ids"] == ["mx.google.com"]
    assert sender.authentication["dmarc"]["result"] == "pass"
    assert sender.authentication["dkim"] == [{"result": "pass", "domain": "partner-mail.eu"}]
    assert [h.side for h in received] == ["sender", "recipient", "recipient"]
    # header.i only (Gmail's form) names the signer too: no DKIM_NOT_ALIGNED on this legitimate mail
    assert not {c: s for c, s in found.items() if s in ("medium", "high") or c == "DKIM_NOT_ALIGNED"}


def test_hosted_mx_in_another_domain_is_the_receiving_side() -> None:
    # recipient x@parliament.example, mailbox hosted at mailprotect.example: the topmost `by`
    # names the final receiver, so its Authentication-Results is the receiving side's verdict.
    found, sender, _ = summary((FIX / "trust_hosted_mx.eml").read_bytes())
    assert sender.receiving_domains == ("mailprotect.example", "parliament.example")
    assert sender.origin.ip == "203.0.113.45"
    assert sender.authentication["trusted_authserv_ids"] == ["mx.mailprotect.example"]
    assert found["AUTH_FAIL_DMARC"] == "high"
    assert "FORGED_AUTH_RESULTS" in found


def test_gateway_in_front_of_own_store_is_outside_unless_configured() -> None:
    data = (FIX / "trust_gateway_before_store.eml").read_bytes()
    # By default nothing shows mailprotect.example is the recipient's: it handed the message in,
    # and its result is shown as a claim.
    found, sender, _ = summary(data)
    assert sender.origin.ip == "198.51.100.20"
    assert sender.authentication["trusted_authserv_ids"] == []
    assert [(c["authserv_id"], c["trusted"]) for c in sender.authentication["claimed"]] == [
        ("mx.mailprotect.example", False)
    ]
    assert "AUTH_FAIL_DMARC" not in found
    # Configured as one of the own domains, or as a trusted authserv-id, the gateway is inside.
    for settings in (
        SenderSettings(own_domains=("parliament.example", "mailprotect.example")),
        SenderSettings(trusted_authserv_ids=("mx.mailprotect.example",)),
    ):
        found, sender, received = summary(data, settings)
        assert sender.origin.ip == "203.0.113.45", settings
        assert sender.origin.by == "mx.mailprotect.example"
        assert sender.authentication["trusted_authserv_ids"] == ["mx.mailprotect.example"]
        assert found["AUTH_FAIL_DMARC"] == "high"
        assert [h.side for h in received] == ["recipient", "recipient"]


def test_sender_naming_itself_after_the_receiver_does_not_move_the_boundary() -> None:
    # HELO mx1.inspector-test.be from a public address the receiver could not name: the hops and
    # the all-pass result below it were written by the sender.
    found, sender, received = summary((FIX / "trust_spoofed_helo.eml").read_bytes())
    assert sender.origin.ip == "185.70.40.66"
    assert [h.side for h in received] == ["sender", "recipient"]
    assert [h["trusted"] for h in sender.authentication["claimed"]] == [False]
    assert found["FORGED_AUTH_RESULTS"] == "high"
    assert found["AUTH_FAIL_DMARC"] == "high"


def test_localhost_helo_from_public_address_is_not_inside() -> None:
    hop = (
        "Received",
        "from localhost (unknown [185.70.40.66]) by mx1.inspector-test.be (Postfix) with ESMTP id 9; "
        "Mon, 6 Jan 2025 10:00:05 +0100",
    )
    _, sender, _ = summary(build(top=(hop, AR_PASS)))
    assert sender.origin.ip == "185.70.40.66"


def test_content_filter_on_loopback_stays_inside() -> None:
    top = (
        (
            "Received",
            "from localhost (localhost [127.0.0.1]) by mx1.inspector-test.be (Postfix) with ESMTP id 2; "
            "Mon, 6 Jan 2025 10:00:07 +0100",
        ),
        (
            "Received",
            "from mx1.inspector-test.be ([127.0.0.1]) by localhost (amavisd-new) with ESMTP id 1; "
            "Mon, 6 Jan 2025 10:00:06 +0100",
        ),
    )
    _, sender, received = summary(build(top=(*top, ENTRY, AR_PASS)))
    assert sender.origin.ip == "185.70.40.10"
    assert sender.authentication["trusted_authserv_ids"] == ["mx1.inspector-test.be"]
    assert [h.side for h in received] == ["sender", "recipient", "recipient", "recipient"]


def test_private_relay_whose_next_hop_is_foreign_is_the_entry() -> None:
    # a private address received by the recipient's MX, but the hop below was received by a foreign
    # server: the private peer handed the message in (a private link), it is not an internal relay.
    top = (
        (
            "Received",
            "from relay.partner-mail.eu (relay.partner-mail.eu [10.1.1.1]) by mx1.inspector-test.be "
            "(Postfix) with ESMTPS id 3; Mon, 6 Jan 2025 10:00:05 +0100",
        ),
        AR_PASS,
    )
    _, sender, _ = summary(build(top=top))
    assert sender.origin.ip == "10.1.1.1"
    assert sender.authentication["trusted_authserv_ids"] == ["mx1.inspector-test.be"]


def test_reserved_address_on_the_sending_side_is_still_flagged() -> None:
    middle = (
        (
            "Received",
            "from pc7 ([240.1.2.3]) by mail.partner-mail.eu (Postfix) with ESMTPSA id 1XyZ; "
            "Mon, 6 Jan 2025 10:00:01 +0100",
        ),
    )
    assert codes(build(middle=middle))["RECEIVED_PRIVATE_IP"] == "low"


def test_no_received_line_of_the_recipient_means_nothing_is_trusted() -> None:
    # a message with no Received lines (a draft, a copy from a Sent folder): any result in it was
    # written before it reached anyone, so none is the recipient's verdict
    _, sender, _ = summary(build(top=(AR_PASS,), middle=()))
    assert sender.authentication["trusted_authserv_ids"] == []
    assert [c["trusted"] for c in sender.authentication["claimed"]] == [False]
    fail = ar("spf=fail smtp.mailfrom=partner-mail.eu; dmarc=fail header.from=partner-mail.eu")
    assert "AUTH_FAIL_DMARC" not in summary(build(top=(fail,), middle=()))[0]


def test_own_domains_match_by_suffix_or_exactly() -> None:
    data = (FIX / "trust_gateway_before_store.eml").read_bytes()
    suffix = SenderSettings(own_domains=("parliament.example", "mailprotect.example"))
    assert summary(data, suffix)[1].origin.ip == "203.0.113.45"  # mx.mailprotect.example is under it
    exact = SenderSettings(own_domains=("parliament.example", "mailprotect.example"), exact_own_domains=True)
    found, sender, received = summary(data, exact)
    # the very names only: neither mailstore.parliament.example nor mx.mailprotect.example is one
    assert {h.side for h in received} == {"sender"}
    assert sender.authentication["trusted_authserv_ids"] == []
    assert "AUTH_FAIL_DMARC" not in found
    named = SenderSettings(
        own_domains=("mx.mailprotect.example", "mailstore.parliament.example"), exact_own_domains=True
    )
    found, sender, _ = summary(data, named)
    assert sender.origin.ip == "203.0.113.45"
    assert sender.authentication["trusted_authserv_ids"] == ["mx.mailprotect.example"]
    assert found["AUTH_FAIL_DMARC"] == "high"


def test_exact_matching_comes_from_the_environment() -> None:
    env = {"EMAIL_INSPECTOR_OWN_DOMAINS": "mx.example.net", "EMAIL_INSPECTOR_OWN_DOMAINS_EXACT": "yes"}
    assert SenderSettings.from_env(env).exact_own_domains is True
    assert SenderSettings.from_env({}).exact_own_domains is False


OLDER = (
    "Received",
    "from pc7.partner-mail.eu ([10.0.0.7]) by gw.partner-mail.eu with ESMTP id 0; Mon, 6 Jan 2025 10:00:00 +0100",
)


def test_recipient_authserv_id_below_the_recipient_mx_is_forged() -> None:
    # the recipient's MX wrote no result of its own; the all-pass one in its name sits between the
    # sending side's Received lines, so it was in the message before the MX received it
    forged = ar("spf=pass smtp.mailfrom=partner-mail.eu; dkim=pass header.d=partner-mail.eu")
    data = build(top=(ENTRY,), middle=(SUBMISSION, forged, OLDER))
    found, sender, _ = summary(data)
    assert sender.authentication["trusted_authserv_ids"] == []
    assert found["FORGED_AUTH_RESULTS"] == "high"
    # the same id configured as trusted: still below the boundary, still forged
    found, sender, _ = summary(data, SenderSettings(trusted_authserv_ids=("mx1.inspector-test.be",)))
    assert sender.authentication["trusted_authserv_ids"] == []
    assert found["FORGED_AUTH_RESULTS"] == "high"


def test_recipient_authserv_id_below_every_received_line_is_not_called_forged() -> None:
    # below all Received lines is where ProtonMail and rspamd milters append their genuine results
    found, _, _ = summary(build(top=(ENTRY,), extra=(AR_PASS,)))
    assert "FORGED_AUTH_RESULTS" not in found
    # right below the MX's own Received line is where Gmail writes its genuine result: trusted
    found, sender, _ = summary(build(top=(ENTRY, AR_PASS)))
    assert "FORGED_AUTH_RESULTS" not in found
    assert sender.authentication["trusted_authserv_ids"] == ["mx1.inspector-test.be"]


def test_provider_helo_from_private_address_even_when_authentication_passes() -> None:
    # HELO and reverse name both count as the claim; all-pass for the sender's own domain changes nothing
    for helo, rdns in (("mail-wr1-f41.google.com", "host-10-3-4-5.lan.partner-mail.eu"), ("pc7", "smtp.outlook.com")):
        middle = (
            (
                "Received",
                f"from {helo} ({rdns} [10.3.4.5]) by mail.partner-mail.eu (Postfix) with ESMTPS id 1; "
                "Mon, 6 Jan 2025 10:00:01 +0100",
            ),
        )
        found, _, _ = summary(build(middle=middle))
        assert found["RECEIVED_PRIVATE_IP"] == "medium", (helo, rdns)
        assert not any(c.startswith("AUTH_FAIL") for c in found)


def test_provider_claim_on_a_recipient_side_hop_is_reported() -> None:
    top = (
        (
            "Received",
            "from smtp.gmail.com (relay.inspector-test.be [10.9.9.9]) by mx1.inspector-test.be (Postfix) "
            "with ESMTPS id 5; Mon, 6 Jan 2025 10:00:06 +0100",
        ),
        ENTRY,
        AR_PASS,
    )
    assert private_ip_hops(build(top=top)) == [3]
    # the provider's own servers handing mail between them at private addresses are normal
    own = (
        (
            "Received",
            "from mail-sor-f41.google.com ([10.9.9.9]) by mx.google.com with SMTPS id 5; "
            "Mon, 6 Jan 2025 10:00:06 +0100",
        ),
    )
    assert private_ip_hops(build(top=own, middle=())) == []


# --- issue 20: a stamp in the recipient's name that the sender wrote ----------------------------------

PAYPAL = {"From": "PayPal <service@paypal.com>", "Return-Path": None, "DKIM-Signature": None}
EVIL_ENTRY = (
    "Received",
    "from vps1.evil-host.net (vps1.evil-host.net [45.87.12.34]) by mx1.inspector-test.be (Postfix) with ESMTP "
    "id 4AbC for <bob@inspector-test.be>; Mon, 6 Jan 2025 10:00:05 +0100",
)
PAYPAL_STAMP = ar("spf=pass; dkim=pass header.d=paypal.com; dmarc=pass")
FAKE_HOP = (
    "Received",
    "from paypal.com (mx0.paypal.com [64.4.250.33]) by vps1.evil-host.net with ESMTP id 1; "
    "Mon, 6 Jan 2025 10:00:01 +0100",
)


@pytest.mark.parametrize(
    ("top", "middle", "extra"),
    [
        ((EVIL_ENTRY, PAYPAL_STAMP), (), ()),  # the message: under the MX line, no hop of its own
        ((EVIL_ENTRY, PAYPAL_STAMP), (FAKE_HOP,), ()),  # above a Received line it wrote itself
        ((EVIL_ENTRY,), (FAKE_HOP, PAYPAL_STAMP), ()),  # below it
        ((EVIL_ENTRY,), (), (PAYPAL_STAMP, ("X-Mailer", "Mail 1.0"), ("Reply-To", "help@paypal.com"))),  # in its lines
    ],
)
def test_stamp_in_the_recipients_name_written_by_the_sender_is_forged(top, middle, extra) -> None:
    # Writing fewer headers (or more) must never make a forged stamp believed.
    data = build(top=top, middle=middle, set=PAYPAL, extra=extra)
    findings, report = run(data)
    assert report.sender.authentication["trusted_authserv_ids"] == []
    forged = [f for f in findings if f.code == "FORGED_AUTH_RESULTS"]
    assert [str(f.severity) for f in forged] == ["high"]
    evidence = forged[0].evidence
    names = [line.split(b":")[0] for line in data.split(b"\r\n\r\n")[0].split(b"\r\n")]
    assert evidence["position"] == names.index(b"Authentication-Results") + 1  # its line in the header
    assert evidence["receiving_hop"]["position"] == 1  # under the recipient's MX line
    assert evidence["receiving_hop"]["hop"] == 1 + sum(1 for name, _ in middle if name == "Received")
    assert evidence["receiving_hop"]["raw"].startswith("from vps1.evil-host.net")
    assert evidence["claimed"]["authserv_id"] == "mx1.inspector-test.be"
    assert "mx1.inspector-test.be" in forged[0].explanation


def test_forged_paypal_stamp_makes_the_threat_suspicious_or_worse() -> None:
    from inspector.analysis import analyse
    from inspector.model import VerdictLevel
    from inspector.parsing import load_bytes

    body = "Dear customer, please confirm your account: https://paypal.com-verify.info/login\r\n"
    report = analyse(load_bytes(build(top=(EVIL_ENTRY, PAYPAL_STAMP), middle=(), set=PAYPAL, body=body)))
    assert report.verdict.threat in (VerdictLevel.SUSPICIOUS, VerdictLevel.DANGEROUS)
    forged = next(f for f in report.findings if f.code == "FORGED_AUTH_RESULTS")
    assert "paypal.com" in forged.explanation  # it names the signature the message does not carry
    assert forged.evidence["unsigned_passes"] == ["paypal.com"]


def test_stamp_under_the_receivers_line_is_believed_when_the_message_carries_what_it_reports() -> None:
    # OpenDKIM/OpenDMARC as released (and Gmail) put their result just under the Received line they
    # add; with no Received line of the sender's below it, it is believed when it fits the message.
    found, sender, _ = summary(build(top=(ENTRY, AR_PASS), middle=()))
    assert sender.authentication["trusted_authserv_ids"] == ["mx1.inspector-test.be"]
    assert "FORGED_AUTH_RESULTS" not in found
    gmail = (
        ("Received", ENTRY[1].replace("mx1.inspector-test.be (Postfix)", "mx.google.com")),
        ("Received-SPF", "pass (google.com: domain of alice@partner-mail.eu designates 185.70.40.10 as permitted)"),
        ar(AR_PASS[1].split("; ", 1)[1], authserv="mx.google.com"),
    )
    found, sender, _ = summary(build(top=gmail, middle=()))
    assert sender.authentication["trusted_authserv_ids"] == ["mx.google.com"]
    assert "FORGED_AUTH_RESULTS" not in found


def test_stamp_reporting_a_signature_the_message_lacks_is_not_believed() -> None:
    # same place as the genuine one above, but the message carries no signature of partner-mail.eu
    found, sender, _ = summary(build(top=(ENTRY, AR_PASS), set={"DKIM-Signature": None}))
    assert sender.authentication["trusted_authserv_ids"] == []
    assert found["FORGED_AUTH_RESULTS"] == "high"
    # a signature of another domain does not back it either
    other = build(top=(ENTRY, AR_PASS), set={"DKIM-Signature": signature("bulk-sender-x.net")})
    assert summary(other)[0]["FORGED_AUTH_RESULTS"] == "high"


def test_protonmail_results_under_the_senders_received_lines_are_left_alone() -> None:
    # ProtonMail adds its results under the last Received line, after the sender's own: not believed,
    # not called forged. The same place under another receiver is where the sender wrote it.
    proton_entry = ("Received", ENTRY[1].replace("mx1.inspector-test.be (Postfix)", "mailin028.protonmail.ch"))
    stamp = ar("spf=pass smtp.mailfrom=partner-mail.eu", authserv="mailin028.protonmail.ch")
    found, sender, _ = summary(build(top=(proton_entry,), middle=(SUBMISSION, stamp)))
    assert sender.authentication["trusted_authserv_ids"] == []
    assert "FORGED_AUTH_RESULTS" not in found
    stamp = ar("spf=pass smtp.mailfrom=partner-mail.eu")
    assert summary(build(top=(ENTRY,), middle=(SUBMISSION, stamp)))[0]["FORGED_AUTH_RESULTS"] == "high"


def test_provider_name_from_private_address_whatever_the_providers_own_authentication_says() -> None:
    # From gmail.com, signed by gmail.com, SPF/DKIM/DMARC all pass in the recipient's own stamp: the
    # delivering hop still cannot be Google from 10.3.4.5.
    entry = (
        "Received",
        "from mail-wr1-f41.google.com (mail-wr1-f41.google.com [10.3.4.5]) by mx1.inspector-test.be (Postfix) "
        "with ESMTPS id 4AbCdE for <bob@inspector-test.be>; Mon, 6 Jan 2025 10:00:05 +0100",
    )
    stamp = ar("spf=pass smtp.mailfrom=gmail.com; dkim=pass header.d=gmail.com; dmarc=pass header.from=gmail.com")
    gmail = {"From": "Alice <alice.martin@gmail.com>", "Return-Path": "<alice.martin@gmail.com>"}
    data = build(top=(entry, stamp), middle=(), set={**gmail, "DKIM-Signature": signature("gmail.com")})
    found, sender, _ = summary(data)
    assert sender.authentication["dmarc"]["result"] == "pass"
    assert found["RECEIVED_PRIVATE_IP"] == "medium"
