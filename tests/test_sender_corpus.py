"""The sender analysis on real mail from ../shared/corpus (skipped where the corpus is absent).

The legitimate-mail test is the calibration promise: no `high` sender finding on spamassassin's
"nice" (ham) set, the unspy newsletters, mimekit's messages, or any mailing-list message outside
the spam and phishing folders. Severity rules that broke it, and how they were fixed, are listed
in docs/report-schema.md (Sender summary, "False positives found and fixed").
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import corpus_files

from inspector.analysis.sender.sender import sender_analysis
from inspector.analysis.sender.settings import SenderSettings
from inspector.model import Category, MessageSummary, Report
from inspector.parsing import LoadError, load

pytestmark = pytest.mark.corpus
LEGIT_FOLDERS = ("spamassassin/nice", "unspy_newsletters", "mimekit")
NOT_LEGIT = ("phishing_pot", "spamassassin/spam")
# Files in the legitimate set whose high finding a careful analyst would agree with: none so far.
ALLOWED_HIGH: dict[str, set[str]] = {}


def analyse(path: Path) -> tuple[list, Report]:
    report = Report(message=MessageSummary())
    findings = sender_analysis(load(path), report, settings=SenderSettings())
    return findings, report


def codes(corpus: Path, rel: str) -> dict[str, str]:
    order = ["info", "low", "medium", "high"]
    out: dict[str, str] = {}
    for f in analyse(corpus / rel)[0]:
        if f.code not in out or order.index(f.severity) > order.index(out[f.code]):
            out[f.code] = str(f.severity)
    return out


def legit_files(corpus: Path) -> list[Path]:
    out = []
    for path in corpus_files(corpus):
        rel = path.relative_to(corpus).as_posix()
        listy = path.suffix == ".eml" and b"\nList-Id:" in path.read_bytes()[:200_000]
        if rel.startswith(LEGIT_FOLDERS) or (not rel.startswith(NOT_LEGIT) and listy):
            out.append(path)
    return out


def test_no_high_sender_finding_on_legitimate_mail(corpus: Path) -> None:
    files = legit_files(corpus)
    assert len(files) > 60
    wrong = []
    for path in files:
        rel = path.relative_to(corpus).as_posix()
        for f in analyse(path)[0]:
            if f.category == Category.SENDER and f.severity == "high" and f.code not in ALLOWED_HIGH.get(rel, set()):
                wrong.append((rel, f.code, f.title))
    assert wrong == []


@pytest.mark.parametrize(
    ("rel", "code", "severity"),
    [
        # Reply-To to a free-mail address while From is a company's (BEC pattern), DMARC failed as well
        ("phishing_pot/sample-1004.eml", "REPLY_TO_MISMATCH", "high"),
        ("phishing_pot/sample-305.eml", "REPLY_TO_MISMATCH", "high"),
        # failed DMARC in the trusted (Microsoft 365, no authserv-id) Authentication-Results
        ("phishing_pot/sample-1004.eml", "AUTH_FAIL_DMARC", "high"),
        ("phishing_pot/sample-671.eml", "AUTH_FAIL_DMARC", "high"),
        # display names embedding other addresses (the second one behind U+034F and RFC 2047)
        ("phishing_pot/sample-6721.eml", "DISPLAY_NAME_ADDRESS", "high"),
        ("phishing_pot/sample-2437.eml", "DISPLAY_NAME_ADDRESS", "high"),
        ("phishing_pot/sample-2437.eml", "ENCODED_DISPLAY_NAME_TRICK", "high"),
        ("phishing_pot/sample-671.eml", "DISPLAY_NAME_ADDRESS", "high"),
        ("eml_parser/sample_email_in_from.eml", "DISPLAY_NAME_ADDRESS", "high"),
        ("spamassassin/spam/fromnamespoof/spoof1.eml", "DISPLAY_NAME_ADDRESS", "high"),
        # several From headers / several From addresses
        ("rspamd/phish_sender.eml", "MULTIPLE_FROM", "high"),
        ("spamassassin/spam/008.eml", "MULTIPLE_FROM", "high"),
        ("rspamd/phish_sender5.eml", "MULTIPLE_FROM", "medium"),
        # invisible characters: U+034F and VARIATION SELECTOR-74 interleaved in display names
        ("phishing_pot/sample-2336.eml", "BIDI_OVERRIDE", "high"),
        ("phishing_pot/sample-7653.eml", "BIDI_OVERRIDE", "high"),
        ("phishing_pot/sample-7724.eml", "BIDI_OVERRIDE", "high"),
        # Cyrillic homoglyphs spelling a brand
        ("phishing_pot/sample-2371.eml", "HOMOGLYPH", "high"),
    ],
)
def test_named_corpus_files(corpus: Path, rel: str, code: str, severity: str) -> None:
    found = codes(corpus, rel)
    assert code in found, found
    assert found[code] == severity, found


def test_lenient_parser_artefacts_are_not_multiple_from(corpus: Path) -> None:
    """`getaddresses` invents a second From address from an unquoted comma (sample-1325)."""
    assert "MULTIPLE_FROM" not in codes(corpus, "phishing_pot/sample-1325.eml")


def test_dkim_body_hash_verifies_on_untouched_newsletters(corpus: Path) -> None:
    checked = ok = 0
    for path in sorted((corpus / "unspy_newsletters").glob("*.eml")):
        for sig in analyse(path)[1].sender.dkim_signatures:
            if sig["body_hash_ok"] is not None:
                checked += 1
                ok += sig["body_hash_ok"]
    assert checked >= 20 and ok == checked


def test_microsoft_delivery_body_change_is_only_info(corpus: Path) -> None:
    assert codes(corpus, "phishing_pot/sample-2437.eml")["DKIM_BODY_ALTERED"] == "info"


def test_summary_is_complete_and_json_ready(corpus: Path) -> None:
    import json

    _, report = analyse(corpus / "phishing_pot/sample-2437.eml")
    s = report.sender
    assert s.from_.registrable_domain == "pansionpalmyra.com"
    assert s.authentication["trusted_authserv_ids"] == ["(none: Microsoft 365)"]
    assert s.authentication["spf"] == {"result": "softfail", "domain": "pansionpalmyra.com"}
    assert s.origin.ip == "209.85.160.194"
    assert report.received and report.received[-1].side == "recipient"
    json.dumps(s.to_dict())
    json.dumps([h.to_dict() for h in report.received])


def test_every_file_loads_and_analyses_without_failed_checks(corpus: Path) -> None:
    """Every corpus message loads (a load error here is a regression, not something to skip) and no
    sender check fails on it. Its speed is printed by `benchmarks/limits_timing.py sender`."""
    unloadable, failed = [], []
    files = corpus_files(corpus)
    for path in files:
        try:
            message = load(path)
        except LoadError as exc:
            unloadable.append((path.relative_to(corpus).as_posix(), exc.code))
            continue
        report = Report(message=MessageSummary())
        sender_analysis(message, report, settings=SenderSettings())
        if report.sender.failed_checks:
            failed.append((path.name, report.sender.failed_checks))
    assert len(files) > 700
    assert unloadable == []
    assert failed == []
