"""The `from` clause of Received lines in the shapes real servers write (own lines, modelled on the
forms in RFC 5321 §4.4 and the public test sets of SpamAssassin and Message Header Analyzer)."""

from __future__ import annotations

import pytest

from inspector.analysis.sender.received import parse_received
from inspector.analysis.sender.received_from import clean_ip

D = "; Tue, 14 Jan 2025 09:10:11 +0000"


def hop(raw: str) -> dict:
    parsed = parse_received(raw + D)
    return {"ip": parsed.from_ip, "rdns": parsed.from_rdns, "helo": parsed.from_host, "by": parsed.by}


@pytest.mark.parametrize(
    ("raw", "ip", "rdns", "helo"),
    [
        # NAT: the HELO literal is the client's private address, the TCP-info holds the real one
        (
            "from [192.168.7.3] (93-44-12-7.dsl.provider.example [93.44.12.7]) (authenticated bits=0) "
            "by smtp.isp.example (8.15.2/8.15.2) with ESMTPSA id 50EAbc",
            "93.44.12.7",
            "93-44-12-7.dsl.provider.example",
            "[192.168.7.3]",
        ),
        (
            "from [10.1.0.9] (c-71-204-5-8.hsd1.cable.example [71.204.5.8]) by mail.corp.example",
            "71.204.5.8",
            "c-71-204-5-8.hsd1.cable.example",
            "[10.1.0.9]",
        ),
        # IPv4-mapped IPv6, with and without a reverse-lookup note
        (
            "from lab.uni.example ([::ffff:198.18.4.20]) by mail.uni.example with esmtp",
            "198.18.4.20",
            "",
            "lab.uni.example",
        ),
        ("from bulk.example (softdnserr [::ffff:45.9.20.11]) by mail.uni.example", "45.9.20.11", "", "bulk.example"),
        # addresses with a port, in four spellings
        (
            "from ([10.20.30.40:50412] helo=out3.shop.example) by relay.shop.example (ecelerity 4.2)",
            "10.20.30.40",
            "",
            "out3.shop.example",
        ),
        (
            "from ws7.office.example ([81.2.69.160.61022]) by mailhost.office.example with esmtp",
            "81.2.69.160",
            "",
            "ws7.office.example",
        ),
        (
            "from list.news.example (203.0.113.77:41000) by mx.reader.example with [XMail 1.27 ESMTP Server] id <S1>",
            "203.0.113.77",
            "list.news.example",
            "list.news.example",
        ),
        (
            "from srv1.host.example ([88.198.20.5]:52313) by vps.reader.example with esmtps (Exim 4.96)",
            "88.198.20.5",
            "",
            "srv1.host.example",
        ),
        (
            "from gw.firm.example ([91.198.174.2]:60178 helo=gw2.firm.example) by mx.reader.example with esmtps",
            "91.198.174.2",
            "gw.firm.example",
            "gw2.firm.example",
        ),
        # qmail: `from RDNS (HELO x) (ident@IP)`; `unknown` is no reverse name
        ("from unknown (HELO relay-02) (212.83.140.9) by mx.reader.example with SMTP", "212.83.140.9", "", "relay-02"),
        (
            "from unknown (HELO mail.sender.example) (joe@212.83.140.10) by mx.reader.example with SMTP",
            "212.83.140.10",
            "",
            "mail.sender.example",
        ),
        (
            "from lists.project.example (HELO smtp2.project.example) (140.211.166.4) by mx.reader.example with SMTP",
            "140.211.166.4",
            "lists.project.example",
            "smtp2.project.example",
        ),
        (
            "from host5.isp.example (5.39.80.12) by mx.reader.example with SMTP",
            "5.39.80.12",
            "host5.isp.example",
            "host5.isp.example",
        ),
        (
            "from pool-9.isp.example (HELO ?192.168.0.4?) (77.70.4.2) by mx.reader.example (qp 41) with SMTP",
            "77.70.4.2",
            "pool-9.isp.example",
            "?192.168.0.4?",
        ),
        (
            "from bounce.shop.example (HELO ) (69.6.60.11) by mx.reader.example with SMTP",
            "69.6.60.11",
            "bounce.shop.example",
            "",
        ),
        # CommuniGate: `[IP] (HELO x)`, `name ([IP] verified)`, account notes
        (
            "from [65.17.198.51] (HELO greetings.example) by mail.reader.example (CommuniGate Pro SMTP 6.3)",
            "65.17.198.51",
            "",
            "greetings.example",
        ),
        (
            "from mail.partner.example ([213.183.114.9] verified) by relay.reader.example (CommuniGate Pro SMTP 6.3)",
            "213.183.114.9",
            "mail.partner.example",
            "mail.partner.example",
        ),
        (
            "from [128.114.2.200] (account ann@uni.example HELO [10.10.10.11]) by mail.uni.example (CommuniGate)",
            "128.114.2.200",
            "",
            "[10.10.10.11]",
        ),
        # Postfix, Exim, Exchange, GMX
        (
            "from spoof.example (unknown [222.32.65.9]) by mx.reader.example (Postfix) with ESMTP id 33DC",
            "222.32.65.9",
            "",
            "spoof.example",
        ),
        (
            "from dsl-1.isp.example ([66.92.76.13] helo=laptop.home.example) by mx.reader.example (Exim 4.96)",
            "66.92.76.13",
            "dsl-1.isp.example",
            "laptop.home.example",
        ),
        (
            "from EX01.corp.example (10.4.5.6) by EX02.corp.example (10.4.5.7) with Microsoft SMTP Server",
            "10.4.5.6",
            "EX01.corp.example",
            "EX01.corp.example",
        ),
        (
            "from dial-5.isp.example (EHLO pc-jan) [95.112.248.16] by mail.gmx.example (mp033) with SMTP",
            "95.112.248.16",
            "dial-5.isp.example",
            "pc-jan",
        ),
        (
            "from relay.isp.example (relay.isp.example [IPv6:2001:db8:3:bb::25]) by mx.reader.example (Postfix)",
            "2001:db8:3:bb::25",
            "relay.isp.example",
            "relay.isp.example",
        ),
        ("from 24.8.231.9 by webmail.isp.example with HTTP", "24.8.231.9", "", "24.8.231.9"),
        (
            "from fetch.isp.example [216.136.173.19] by localhost with POP3 (fetchmail-6.4)",
            "216.136.173.19",
            "",
            "fetch.isp.example",
        ),
        (
            "from a.relay.example (b.relay.example [82.65.66.24] (may be forged)) by mx.reader.example",
            "82.65.66.24",
            "b.relay.example",
            "a.relay.example",
        ),
    ],
)
def test_from_clause(raw: str, ip: str, rdns: str, helo: str) -> None:
    assert hop(raw) | {"by": None} == {"ip": ip, "rdns": rdns, "helo": helo, "by": None}


def test_unknown_reverse_name_is_flagged_not_kept() -> None:
    parsed = parse_received("from unknown (HELO relay-02) (212.83.140.9) by mx.reader.example" + D)
    assert parsed.rdns_unknown and parsed.from_rdns == "" and parsed.from_host == "relay-02"


@pytest.mark.parametrize(
    ("token", "expected"),
    [
        ("[::ffff:218.11.152.14]", "218.11.152.14"),
        ("[IPv6:2001:DB8::1]", "2001:db8::1"),
        ("user@84.152.172.1", "84.152.172.1"),
        ("63.146.189.86:23198", "63.146.189.86"),
        ("[63.146.189.86]:23198", "63.146.189.86"),
        ("81.2.69.160.61022", "81.2.69.160"),
        ("mail.example.org", ""),
        ("999.1.1.1", ""),
    ],
)
def test_clean_ip(token: str, expected: str) -> None:
    assert clean_ip(token) == expected


def test_unknown_without_an_address_is_still_no_reverse_name() -> None:
    parsed = parse_received("from out.app.example (unknown) by relay-3-0 (SG) with ESMTP id d2gM" + D)
    assert parsed.rdns_unknown and parsed.from_rdns == "" and parsed.from_host == "out.app.example"
