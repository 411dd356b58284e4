"""Authentication-Results parsing and the trust decision: whose verdict counts."""

from __future__ import annotations

from sender_builders import ENTRY, SUBMISSION, ar, build, run

from inspector.analysis.sender.auth_results import parse_auth_results
from inspector.analysis.sender.settings import SenderSettings


def test_standard_header() -> None:
    h = parse_auth_results(
        "Authentication-Results",
        'mx.google.com; dkim=pass header.i=@x.org header.s=s1 header.b="Ab/c"; spf=pass (google.com: domain of a@x.org '
        "designates 1.2.3.4 as permitted sender) smtp.mailfrom=a@x.org; "
        "dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=x.org",
    )
    assert h.authserv_id == "mx.google.com"
    assert [r.method for r in h.results] == ["dkim", "spf", "dmarc"]
    assert h.get("spf")[0].props["smtp.mailfrom"] == "a@x.org"
    assert "designates" in h.get("spf")[0].comment


def test_microsoft_header_without_authserv_id() -> None:
    h = parse_auth_results(
        "Authentication-Results",
        "spf=pass (sender IP is 209.85.160.194) smtp.mailfrom=gmail.com; dkim=pass (signature was verified) "
        "header.d=gmail.com;dmarc=pass action=none header.from=gmail.com;compauth=pass reason=100",
    )
    assert h.authserv_id is None
    assert {r.method: r.result for r in h.results} == {
        "spf": "pass",
        "dkim": "pass",
        "dmarc": "pass",
        "compauth": "pass",
    }


def test_arc_instance_and_version() -> None:
    h = parse_auth_results("ARC-Authentication-Results", "i=2; mx.example.net 1; spf=fail smtp.mailfrom=x.org")
    assert h.instance == 2 and h.authserv_id == "mx.example.net" and h.results[0].result == "fail"


def test_none_and_junk() -> None:
    assert parse_auth_results("Authentication-Results", "mx.example.net; none").results == []
    assert parse_auth_results("Authentication-Results", ";;;(((").results == []


def test_receiver_result_trusted_sender_claim_not() -> None:
    claimed = ar("dkim=pass header.d=partner-mail.eu", authserv="mail.partner-mail.eu")
    _, report = run(build(middle=(SUBMISSION, claimed)))
    auth = report.sender.authentication
    assert auth["trusted_authserv_ids"] == ["mx1.inspector-test.be"]
    assert [c["authserv_id"] for c in auth["claimed"]] == ["mail.partner-mail.eu"]
    assert auth["dmarc"]["aligned_dkim"] is True


def test_configured_authserv_id_wins() -> None:
    top = (ENTRY, ar("dmarc=fail header.from=partner-mail.eu", authserv="filter.corp-gateway.net"))
    settings = SenderSettings(trusted_authserv_ids=("filter.corp-gateway.net",))
    _, report = run(build(top=top), settings)
    assert report.sender.authentication["dmarc"]["result"] == "fail"
    _, report = run(build(top=top))  # unconfigured: an unrelated authserv-id is not believed
    assert report.sender.authentication["dmarc"] is None


def test_authserv_less_header_ignored_when_receiver_is_not_microsoft() -> None:
    top = (
        ENTRY,
        ("Authentication-Results", "spf=fail smtp.mailfrom=partner-mail.eu; dmarc=fail header.from=partner-mail.eu"),
    )
    findings, _ = run(build(top=top))
    assert "AUTH_FAIL_DMARC" not in {f.code for f in findings}


def _results(raw: str) -> tuple[str | None, list[tuple[str, str, dict[str, str]]]]:
    h = parse_auth_results("Authentication-Results", raw)
    return h.authserv_id, [(r.method, r.result, r.props) for r in h.results]


def test_rfc8601_comment_heavy_example_parses() -> None:
    # RFC 8601 appendix B.7: comments (CFWS) between every token, a version after the authserv-id
    raw = (
        "foo.example.net (foobar) 1 (baz);\r\n    dkim (Because I like it) / 1 (One yay) = (wait for it) fail\r\n"
        "      policy (A dot can go here) . (like that) expired\r\n"
        "      (this surprised me) = (as I wasn't expecting it) 1362471462"
    )
    assert _results(raw) == ("foo.example.net", [("dkim", "fail", {"policy.expired": "1362471462"})])


def test_comments_around_every_token_of_a_result() -> None:
    raw = "(edge) mx.example.com (v2) ; (a) spf (b) = (c) pass (d) smtp.mailfrom (e) = (f) ann@example.org"
    assert _results(raw) == ("mx.example.com", [("spf", "pass", {"smtp.mailfrom": "ann@example.org"})])


def test_quoted_authserv_id_loses_its_quotes() -> None:
    assert _results('"mx.example.com" 1; dkim=pass header.d=example.org')[0] == "mx.example.com"


def test_quoted_values_keep_their_text() -> None:
    _, results = _results('mx.example.com; dmarc=fail reason="p=reject . policy = x; y" header.from=example.org')
    assert results == [("dmarc", "fail", {"reason": "p=reject . policy = x; y", "header.from": "example.org"})]


def test_mixed_case_methods_and_results() -> None:
    _, results = _results("MX.Example.COM; DKIM=Pass header.d=example.org; SPF=SoftFail smtp.mailfrom=example.org")
    assert [(m, r) for m, r, _ in results] == [("dkim", "pass"), ("spf", "softfail")]


def test_rfc8601_simple_examples() -> None:
    assert _results("example.org 1; none") == ("example.org", [])
    assert _results("example.com; spf=pass smtp.mailfrom=example.net")[1] == [
        ("spf", "pass", {"smtp.mailfrom": "example.net"})
    ]
    _, results = _results(
        "example.com; auth=pass (cram-md5) smtp.auth=sender@example.net; spf=pass smtp.mailfrom=example.net"
    )
    assert [(m, r) for m, r, _ in results] == [("auth", "pass"), ("spf", "pass")]
    assert _results("sender-id=fail header.from=example.com; dkim=pass header.d=example.com") == (
        None,
        [("sender-id", "fail", {"header.from": "example.com"}), ("dkim", "pass", {"header.d": "example.com"})],
    )


def test_trust_limit_covers_the_receivers_lines_under_its_received_line() -> None:
    from inspector.analysis.sender.auth_results import trust_limit
    from inspector.analysis.sender.received import parse_chain
    from inspector.parsing import load_bytes

    spf = ("Received-SPF", "pass (mx1.inspector-test.be: 185.70.40.10 is permitted)")
    msg = load_bytes(build(top=(ENTRY, spf, ar("spf=pass"), ("X-Spam-Score", "0.1")), middle=()))
    chain = parse_chain(msg, recipient_domains=("inspector-test.be",))
    names = [h.name for h in msg.headers]
    # the receiver's own lines end where the message's own lines begin, sender hop or not
    assert names[trust_limit(chain, msg.headers)] == "Return-Path"
    msg = load_bytes(build(top=(ENTRY, ar("spf=pass"))))
    chain = parse_chain(msg, recipient_domains=("inspector-test.be",))
    assert msg.headers[trust_limit(chain, msg.headers)].name == "Received"  # the sender's hop
