"""Received parsing: the many real formats, signed delays, the trust boundary, never a crash."""

from __future__ import annotations

from datetime import timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sender_builders import build, run

from inspector.analysis.sender import received
from inspector.analysis.sender.received import parse_chain, parse_date, parse_received
from inspector.model import HopCount
from inspector.parsing import load_bytes


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (
            "from mail.example.org (mail.example.org [192.0.2.1] helo=foo.example) by mx.x.org with esmtps (TLS1.3) "
            "(Exim 4.96) (envelope-from <a@b.org>) id 1abc-000 for x@y.org; Mon, 1 Jan 2024 10:00:00 +0000",
            {
                "from": "foo.example",
                "from_rdns": "mail.example.org",
                "from_ip": "192.0.2.1",
                "by": "mx.x.org",
                "with": "esmtps",
                "id": "1abc-000",
                "for": "x@y.org",
                "envelope_from": "a@b.org",
            },
        ),
        (
            "from ip217.154.224-122.pbiaas.com (217.154.224.122) by CH1PEPF0000AD82.mail.protection.outlook.com "
            "(10.167.244.91) with Microsoft SMTP Server id 15.20.8792.29 via Frontend Transport; "
            "Fri, 6 Jun 2025 09:37:23 +0000",
            {
                "from_ip": "217.154.224.122",
                "by": "CH1PEPF0000AD82.mail.protection.outlook.com",
                "via": "Frontend Transport",
            },
        ),
        (
            "from BN0P223MB0038.NAMP223.PROD.OUTLOOK.COM (2603:10b6:408:145::14) "
            "by EA2P223MB0955.NAMP223.PROD.OUTLOOK.COM "
            "with HTTPS; Thu, 21 Dec 2023 14:24:17 +0000",
            {"from_ip": "2603:10b6:408:145::14", "with": "HTTPS"},
        ),
        (
            "from rolo-sistemi.si (unknown [194.145.209.107]) by 4180d336a0af with SMTP id 67042f84 "
            "(version=TLS1.2, cipher=TLS_ECDHE); Mon, 07 Oct 2024 18:59:16 GMT",
            {"from_ip": "194.145.209.107", "by": "4180d336a0af", "date": "2024-10-07T18:59:16+00:00"},
        ),
        (
            "from MjA4MjUwMDY (unknown)\tby geopod-ismtpd-5-1 (SG) with HTTP\tid tGH-d17KTZ\t"
            "Fri, 17 Feb 2023 17:46:24.500 +0000 (UTC)",
            {"by": "geopod-ismtpd-5-1", "date": "2023-02-17T17:46:24.500000+00:00"},
        ),
        (
            "by filterdrecv-695747775f-4jl87 with SMTP id filterdrecv-1 "
            "2023-01-16 17:12:31.634260144 +0000 UTC m=+5162812.75",
            {"by": "filterdrecv-695747775f-4jl87", "date": "2023-01-16T17:12:31.634260+00:00"},
        ),
        ("(qmail 99419 invoked from network); 30 Jun 2022 22:27:07 -0000", {"date": "2022-06-30T22:27:07+00:00"}),
        ("from [IPv6:2001:db8::1] by mx.example.net; Mon, 1 Jan 2024 10:00:00 +0100", {"from_ip": "2001:db8::1"}),
    ],
)
def test_real_world_formats(raw: str, expected: dict) -> None:
    hop = parse_received(raw).summary().to_dict()
    for key, value in expected.items():
        assert hop[key] == value, (key, hop)


def test_delay_is_signed_total_seconds() -> None:
    data = build(
        top=(
            ("Received", "from b.relay.net ([198.51.100.2]) by mx1.inspector-test.be; Mon, 6 Jan 2025 10:00:00 +0000"),
        ),
        middle=(("Received", "from c ([10.0.0.1]) by b.relay.net; Mon, 6 Jan 2025 10:00:05 +0000"),),
    )
    chain = parse_chain(load_bytes(data))
    assert chain.hops[1].delay_seconds == -5.0  # `.seconds` would say 86395


def test_boundary_and_summary() -> None:
    _, report = run(build())
    assert [h.side for h in report.received] == ["sender", "recipient"]
    assert report.sender.origin.ip == "185.70.40.10"
    assert report.sender.origin.helo == "mail.partner-mail.eu"
    assert report.received[1].delay_seconds == 4.0


def test_parse_date_tolerates_oddities() -> None:
    assert parse_date("Mon, 6 Jan 2025 10:00:00 UTC") is not None
    assert parse_date("6 Jan 2025 10:00:00.123 +0100 (CET)").utcoffset() == timedelta(hours=1)
    assert parse_date("not a date") is None


def test_fifty_thousand_received_headers_are_capped(monkeypatch: pytest.MonkeyPatch) -> None:
    """Bounded work: only the newest MAX_HOPS lines are parsed (the time: benchmarks/limits_timing.py)."""
    parsed = []

    def counting(raw: str, *args: int) -> object:
        parsed.append(raw)
        return real(raw, *args)

    real = received.parse_received
    monkeypatch.setattr(received, "parse_received", counting)
    hop = "from a.example.net ([198.51.100.1]) by b.example.net; Mon, 6 Jan 2025 10:00:00 +0000"
    data = build(middle=[("Received", hop)] * 50_000)
    findings, report = run(data)
    assert len(parsed) == received.MAX_HOPS == 100
    assert report.sender.hops == HopCount(total=50_001, analysed=100)
    assert any(f.code == "RECEIVED_CHAIN_CAPPED" for f in findings)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_parse_received_never_raises(raw: str) -> None:
    parse_received(raw)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=120), max_size=6))
def test_sender_analysis_survives_junk_headers(values: list[str]) -> None:
    extra = (
        [("Received", v) for v in values]
        + [("Reply-To", v) for v in values[:2]]
        + [("Authentication-Results", v) for v in values[:2]]
    )
    run(build(extra=extra))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tue, 14 Jan 2025 09:10:11 +0000", "2025-01-14T09:10:11+00:00"),
        ("Tue, 14 Jan 2025 09:10:11.250 +0100 (CET)", "2025-01-14T09:10:11.250000+01:00"),
        ("4/20/2018 23:01:06 -0400", "2018-04-20T23:01:06-04:00"),
        ("20/4/2018 23:01:06 +0200", "2018-04-20T23:01:06+02:00"),  # day first when it cannot be a month
        ("2018-4-20 11:01:08 PM", "2018-04-20T23:01:08+00:00"),
        ("2018-4-20 12:05:00 AM +0000", "2018-04-20T00:05:00+00:00"),
        ("2018-04-20T23:01:06.123456789Z", "2018-04-20T23:01:06.123456+00:00"),
        ("2025-01-14 09:10:11 +05:30", "2025-01-14T09:10:11+05:30"),
        ("Fri, 20 Apr 2018", "2018-04-20T00:00:00+00:00"),  # no time: midnight that day
        ("Thu, 6 May 2004 17:40:44-0500", "2004-05-06T17:40:44-05:00"),
        ("8 Mar 04 12:23:56 -0000", "2004-03-08T12:23:56+00:00"),
        ("Sun Nov 13 14:50:12 2005", "2005-11-13T14:50:12+00:00"),
    ],
)
def test_dates_a_person_would_read(text: str, expected: str) -> None:
    assert parse_date(text).isoformat() == expected


@pytest.mark.parametrize(
    "text",
    [
        "",
        "not a date",
        "13/13/2018 10:00:00",
        "2018-02-30 10:00:00",
        "Fri, 40 Apr 2018",
        "Wed, 15 Dec 2010 59:10 -0500",
    ],
)
def test_dates_that_are_not(text: str) -> None:
    assert parse_date(text) is None


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (
            "from a.example (a.example [198.51.100.9]) by mx.example.net; 4/20/2018 11:01:06 PM",
            "2018-04-20T23:01:06+00:00",
        ),
        (
            "from a.example ([198.51.100.9]) by mx.example.net with SMTP; 2018-4-20 23:01:06.5 -0400",
            "2018-04-20T23:01:06.500000-04:00",
        ),
        ("by mx.example.net with SMTP id 9 2018-4-20 23:01:06 +0000", "2018-04-20T23:01:06+00:00"),
    ],
)
def test_received_dates_beyond_rfc5322(raw: str, expected: str) -> None:
    assert parse_received(raw).summary().to_dict()["date"] == expected
