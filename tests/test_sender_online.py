"""Offline by default: no DNS without --online; with it, DKIM keys are looked up (here: a spy)."""

from __future__ import annotations

from pathlib import Path

import dkim.dnsplug
import pytest
from sender_builders import SUBMISSION, body_hash, build, run

from inspector.analysis.sender.history import SenderHistory
from inspector.analysis.sender.settings import SenderSettings, current_settings, use_settings
from inspector.pipeline import scan_bytes

BODY = "Signed.\r\n"
SIGNED = build(
    middle=(
        (
            "DKIM-Signature",
            "v=1; a=rsa-sha256; c=relaxed/relaxed; d=partner-mail.eu; s=s1; h=from:to; "
            f"bh={body_hash(BODY)}; b=dGVzdA==",
        ),
        SUBMISSION,
    ),
    set={"DKIM-Signature": None},
    body=BODY,
)


@pytest.fixture
def dns_spy(monkeypatch: pytest.MonkeyPatch) -> list[bytes]:
    calls: list[bytes] = []

    def fake_get_txt(name: bytes, timeout: int = 5) -> None:
        calls.append(name)
        return None

    monkeypatch.setattr(dkim.dnsplug, "get_txt", fake_get_txt)
    return calls


def test_default_scan_makes_no_dns_query(dns_spy: list[bytes]) -> None:
    # The spy is the proof. The session's socket guard refuses any query packet, but dnspython and the
    # DKIM check turn its error into "no key"; only the guard's autouse check would still fail the test.
    report = scan_bytes(SIGNED)
    assert dns_spy == []
    assert report.sender.dns_queries is None


def test_online_scan_looks_up_the_key_and_reports_it(dns_spy: list[bytes]) -> None:
    report = scan_bytes(SIGNED, online=True)
    assert dns_spy == [b"s1._domainkey.partner-mail.eu."]
    assert report.sender.dns_queries == ("s1._domainkey.partner-mail.eu.",)
    assert "DKIM_SIGNATURE_INVALID" in {f.code for f in report.findings}


def test_online_flag_does_not_leak_into_later_scans(dns_spy: list[bytes]) -> None:
    scan_bytes(SIGNED, online=True)
    assert current_settings().online is False
    scan_bytes(SIGNED)
    assert len(dns_spy) == 1


def test_cli_accepts_online_flag() -> None:
    from inspector.cli.scan import _scan_parser

    assert _scan_parser().parse_args(["x.eml", "--online"]).online is True
    assert _scan_parser().parse_args(["x.eml"]).online is False


def test_settings_from_environment() -> None:
    s = SenderSettings.from_env(
        {
            "EMAIL_INSPECTOR_OWN_DOMAINS": "Inspector-Test.be, other.eu",
            "EMAIL_INSPECTOR_TRUSTED_AUTHSERV_IDS": "mx1.x.be",
        }
    )
    assert s.own_domains == ("inspector-test.be", "other.eu") and s.trusted_authserv_ids == ("mx1.x.be",)
    assert s.history_dir is None and s.online is False
    with use_settings(s, online=True) as chosen:
        assert current_settings() is chosen and chosen.own_domains == s.own_domains


def test_sender_history_is_opt_in_and_local(tmp_path: Path) -> None:
    findings, report = run(build())
    assert report.sender.history is None and not list(tmp_path.iterdir())
    settings = SenderSettings(history_dir=tmp_path)
    findings, report = run(build(), settings)
    assert "FIRST_TIME_SENDER" in {f.code for f in findings}
    run(build(), settings)  # the same Message-ID opened again is not a second message
    assert SenderHistory(tmp_path).seen("alice@partner-mail.eu", "partner-mail.eu")["address"] == 1
    other = build(set={"Message-ID": "<second@partner-mail.eu>"})
    findings, report = run(other, settings)
    assert report.sender.history.address >= 1
    assert "FIRST_TIME_SENDER" not in {f.code for f in findings}
    assert SenderHistory(tmp_path).seen("alice@partner-mail.eu", "partner-mail.eu")["address"] == 2
