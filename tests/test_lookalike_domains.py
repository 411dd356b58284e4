"""Look-alike sender domains: accented-Latin IDNs that spell a brand, cousins with added words, and
cousins of the recipient's own domain."""

from __future__ import annotations

import pytest
from sender_builders import build, run

from inspector.analysis.common.brands import brand_domains, embeddable_domains, ordinary_domains
from inspector.analysis.common.domains import registrable_domain
from inspector.analysis.common.lookalike import brand_inside, cousin_of


def lookalikes(
    sender: str, recipient: str = "bob@inspector-test.be", name: str = "Service", reply_to: str = ""
) -> dict[str, tuple[str, dict]]:
    extra = [("Reply-To", reply_to)] if reply_to else []
    data = build(set={"From": f"{name} <{sender}>", "Delivered-To": recipient, "Return-Path": None}, extra=extra)
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


GLUED = "the name glued to other letters in another domain"
THEN_MORE = "the real domain followed by a hyphen or dot into another domain"


@pytest.mark.parametrize(
    ("sender", "name", "brand", "how", "severity"),
    [
        ("nft@coinbasecola.com", "Service", "coinbase.com", GLUED, "medium"),  # issue 20: Coca-Cola NFT lure
        ("nft@coinbasecola.com", "Coinbase Rewards", "coinbase.com", GLUED, "high"),  # and it claims the brand
        ("help@paypal.com-verify.info", "Service", "paypal.com", THEN_MORE, "high"),
        ("track@ups.com-track.info", "Service", "ups.com", THEN_MORE, "high"),  # short names count when whole
        ("alerts@www.paypal.com.account-check.net", "Service", "paypal.com", THEN_MORE, "high"),
    ],
)
def test_brand_written_inside_another_domain(sender: str, name: str, brand: str, how: str, severity: str) -> None:
    got, evidence = lookalikes(sender, name=name)["COUSIN_DOMAIN"]
    assert (evidence["resembles"], evidence["how"], got) == (brand, how, severity)


def test_brand_inside_the_reply_to_domain() -> None:
    got, evidence = lookalikes("alice@partner-mail.eu", reply_to="desk@paypal.com-verify.info")["COUSIN_DOMAIN"]
    assert (evidence["resembles"], got) == ("paypal.com", "high")


@pytest.mark.parametrize(
    "host",
    [
        "storage.googleapis.com",  # the brand's own domains built on its name are listed as its own
        "s3.eu-west-1.amazonaws.com",
        "circle.so",  # an everyday-word brand (~Circle): another organisation with the same word
        "stellar.uni-example.edu",
        "ledgerlink.example.com",
        "sparkasse-koelnbonn.de",  # a known name joined by a hyphen to a word we do not know
        "randtelekom.com.tr",  # ~Telekom is an everyday word in many countries
        "paypal.com.au",  # brand_inside only: the same name under another ending is cousin_of's "near" shape
    ],
)
def test_brand_inside_rules_leave_genuine_and_ordinary_names_alone(host: str) -> None:
    targets = {registrable_domain(d): b for d, b in brand_domains().items()}
    rules = {"embeddable": embeddable_domains(), "plain": ordinary_domains()}
    assert brand_inside(host, targets, **rules) is None
    assert host == "paypal.com.au" or cousin_of(host, targets, **rules) is None
