"""Look-alike sender domains: accented-Latin IDNs that spell a brand, cousins with added words, and
cousins of the recipient's own domain."""

from __future__ import annotations

import pytest
from sender_builders import build, run

from inspector.analysis.sender.lookalike import cousin_of


def lookalikes(sender: str, recipient: str = "bob@inspector-test.be") -> dict[str, tuple[str, dict]]:
    data = build(set={"From": f"Service <{sender}>", "Delivered-To": recipient, "Return-Path": None})
    findings, _ = run(data)
    return {f.code: (str(f.severity), f.evidence) for f in findings if f.code in ("IDN_LOOKALIKE", "COUSIN_DOMAIN")}


@pytest.mark.parametrize("sender", ["support@xn--robnhood-e2a.com", "support@robínhood.com", "info@robínhood.net"])
def test_accented_latin_idn_spelling_a_brand_is_reported(sender: str) -> None:
    severity, evidence = lookalikes(sender)["IDN_LOOKALIKE"]
    assert severity == "high"
    assert evidence["looks_like"] == "robinhood.com"


def test_accented_latin_idn_imitating_the_recipients_domain() -> None:
    found = lookalikes("it@pàrliament.be", recipient="a.dupont@parliament.be")
    assert found["IDN_LOOKALIKE"][1]["looks_like"] == "parliament.be"


def test_accented_latin_idn_that_imitates_nothing_stays_quiet() -> None:
    assert "IDN_LOOKALIKE" not in lookalikes("anna@müller-bäckerei.de")


@pytest.mark.parametrize(
    ("sender", "brand"),
    [
        ("notice@abuse-twitter.com", "twitter.com"),
        ("parcel@deliver-fedex.com", "fedex.com"),
        ("track@fedex-tracking.net", "fedex.com"),
        ("help@paypal-uk.com", "paypal.com"),
        ("no-reply@noreply-coinbase.com", "coinbase.com"),
    ],
)
def test_cousin_with_added_words(sender: str, brand: str) -> None:
    severity, evidence = lookalikes(sender)["COUSIN_DOMAIN"]
    assert (severity, evidence["resembles"]) == ("high", brand)


@pytest.mark.parametrize(
    ("sender", "how"),
    [
        ("griffie@parliament-be.com", "the name and its ending joined into one name"),
        ("griffie@parliamentbe.eu", "the name and its ending joined into one name"),
        ("griffie@parlia-ment.be", "look-alike letter combination"),
    ],
)
def test_cousin_of_the_recipients_own_domain(sender: str, how: str) -> None:
    severity, evidence = lookalikes(sender, recipient="a.dupont@parliament.be")["COUSIN_DOMAIN"]
    assert (evidence["resembles"], evidence["how"]) == ("parliament.be", how)
    assert severity == "medium"  # inferred from the recipient, not configured: not a known brand


def test_recipients_domain_under_another_ending_alone_is_not_reported() -> None:
    # companies own acme.be and acme.com alike; only a configured own domain makes that a cousin
    assert "COUSIN_DOMAIN" not in lookalikes("sales@noordzeehaven.com", recipient="jan@noordzeehaven.be")
    assert lookalikes("sales@noordzeehaven-be.com", recipient="jan@noordzeehaven.be")["COUSIN_DOMAIN"]


def test_cousin_rules_leave_unrelated_names_alone() -> None:
    targets = {"parliament.be": "recipient", "fedex.com": "FedEx"}
    assert cousin_of("parliamentary-press.com", targets) is None
    assert cousin_of("fedexcellence.org", targets) is None
    assert cousin_of("mail.parliament.be", targets) is None
