"""The JSON record matches docs/report-schema.md: the documented fields, and only those."""

from __future__ import annotations

import json
import re

import pytest
from conftest import FIXTURES, REPO

from inspector.cli import main

SCHEMA_DOC = (REPO / "docs" / "report-schema.md").read_text(encoding="utf-8")


def documented_fields(heading: str) -> set[str]:
    """First-column names of the table under a heading (`a`, `b` in one cell count as two)."""
    section = SCHEMA_DOC.split(heading, 1)[1].split("\n#", 1)[0]
    names: set[str] = set()
    for row in re.findall(r"^\|([^|]+)\|", section, re.MULTILINE):
        names.update(re.findall(r"`([A-Za-z0-9_]+)`", row))
    return names


def documented_order(heading: str) -> list[str]:
    """The names of the table under a heading in the order written: the order of the JSON keys."""
    section = SCHEMA_DOC.split(heading, 1)[1].split("\n#", 1)[0]
    rows = re.findall(r"^\|([^|]+)\|", section, re.MULTILINE)
    return [name for row in rows for name in re.findall(r"`([A-Za-z0-9_]+)`", row)]


def documented_codes() -> set[str]:
    section = SCHEMA_DOC.split("## Finding codes", 1)[1]
    return set(re.findall(r"^\| `([A-Z0-9_]+)` \|", section, re.MULTILINE))


def scan_records(capsys: pytest.CaptureFixture[str], *paths: str) -> list[dict]:
    main(["scan", "--format", "json", *paths])
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


def check_record(record: dict) -> None:
    assert set(record) == documented_fields("## The record")
    assert isinstance(record["schema"], str) and record["schema"]
    assert isinstance(record["ok"], bool)
    if not record["ok"]:
        assert set(record["error"]) == {"code", "message"}
        assert record["error"]["code"] in documented_fields("### Error codes")
        return
    assert set(record["message"]) == {"subject", "from", "to", "date", "message_id"}
    check_verdict(record["verdict"], record["findings"])
    finding_fields = documented_fields("### A finding")
    codes = documented_codes()
    for finding in record["findings"]:
        assert {"category", "code", "severity", "title", "explanation", "evidence"} <= set(finding)
        assert set(finding) <= finding_fields, set(finding) - finding_fields
        assert finding["code"] in codes, f"{finding['code']} is not documented"
        assert finding["severity"] in {"info", "low", "medium", "high"}
        assert finding["axis"] in {"threat", "tracking"}
        assert isinstance(finding["evidence"], dict) and finding["title"] and finding["explanation"]
        if "url" in finding:
            assert {"host", "vector"} <= set(finding)
    check_typed_parts(record)


# The typed parts of the report (model.py) keep the JSON of the dicts they replaced, keys in this order.
ATTACHMENT_KEYS = ["part", "filename", "declared_type", "sniffed_type", "size", "sha256", "content_id", "inline"]
ADDRESS_KEYS = ["display_name", "address", "domain", "registrable_domain"]
ORIGIN_KEYS = ["ip", "helo", "rdns", "by", "time", "hop"]
LIST_KEYS = ["list_id", "list_unsubscribe", "precedence", "is_list", "is_bulk"]


def check_typed_parts(record: dict) -> None:
    for attachment in record["attachments"]:
        assert list(attachment) == ATTACHMENT_KEYS
    for hop in record["received"]:
        assert list(hop) == documented_order("## Received chain")
        assert hop["side"] in {"sender", "recipient"} and isinstance(hop["problems"], list)
    assert list(record["fingerprints"]) == ["body_simhash"]
    sender = record["sender"]
    assert list(sender) == documented_order("## Sender summary")
    for box in [sender["from"], sender["sender"], *sender["reply_to"]]:
        assert box is None or list(box) == ADDRESS_KEYS
    assert sender["origin"] is None or list(sender["origin"]) == ORIGIN_KEYS
    assert list(sender["hops"]) == ["total", "analysed"] and list(sender["list"]) == LIST_KEYS
    assert sender["history"] is None or list(sender["history"]) == ["address", "domain"]
    assert sender["online"] is None or list(sender["online"]) == ["dns_queries"]
    assert all(isinstance(v, list) for v in (sender["reply_to"], sender["receiving_domains"], sender["failed_checks"]))


LEVELS = ["clean", "tracked", "caution", "suspicious", "dangerous"]
THREATS = ["clean", "caution", "suspicious", "dangerous"]
SEVERITY_FLOOR = {"high": "dangerous", "medium": "suspicious", "low": "caution", "info": "clean"}


def check_verdict(verdict: dict, findings: list[dict]) -> None:
    """One answer, never two: the level, the banner, the sentence and the findings agree (issue 20)."""
    assert set(verdict) == {"level", "reason", "threat", "tracking", "banner", "advice", "legacy_level"}
    level, banner, threat = verdict["level"], verdict["banner"], verdict["threat"]["level"]
    tracking = verdict["tracking"]["level"]
    assert level in LEVELS and threat in THREATS and verdict["legacy_level"] in THREATS
    assert tracking in {"none", "tracked", "identified"}
    assert verdict["reason"] and verdict["threat"]["reason"] and verdict["tracking"]["reason"]
    assert verdict["advice"] and all(isinstance(a, str) and a for a in verdict["advice"])
    # The banner is the level, but for the targeted pixel: caution because it names you, from its own server
    assert banner == level or (banner == "targeted" and level == "caution" and tracking == "identified")
    assert LEVELS.index(level) >= LEVELS.index(threat)
    if level == "clean":
        assert tracking == "none" and verdict["reason"] == verdict["threat"]["reason"]
    if level == "tracked":
        assert threat == "clean" and tracking != "none" and verdict["reason"] == verdict["tracking"]["reason"]
    # No finding worse than the banner: a HIGH threat finding under a green (or amber) banner cannot happen
    for finding in findings:
        if finding["axis"] == "threat":
            floor = SEVERITY_FLOOR[finding["severity"]]
            assert LEVELS.index(level) >= LEVELS.index(floor), (finding["code"], finding["severity"], level)


def test_fixture_records_follow_the_schema(capsys: pytest.CaptureFixture[str], tmp_path) -> None:
    (tmp_path / "junk.eml").write_bytes(b"\x00\x01binary junk")
    records = scan_records(capsys, str(FIXTURES), str(tmp_path / "junk.eml"))
    assert len(records) >= 4
    for record in records:
        check_record(record)
    assert any(not r["ok"] for r in records)


@pytest.mark.corpus
def test_corpus_records_follow_the_schema(capsys: pytest.CaptureFixture[str], corpus) -> None:
    """Every corpus file is a message; every one is read (ok: true) and follows the schema."""
    records = scan_records(capsys, str(corpus))
    assert len(records) == 750
    failed = [(r["file"], r["error"]) for r in records if not r["ok"]]
    assert failed == []
    for record in records:
        check_record(record)
    assert {r["format"] for r in records} == {"eml", "msg"}
    assert sum(r["format"] == "msg" for r in records) == 39
    json.dumps(records)  # everything serialises


def test_the_axis_of_every_code_is_documented_as_the_analysis_decides_it() -> None:
    """docs/report-schema.md lists the tracking codes and the attacks; every other code is a threat (issue 20)."""
    from inspector.analysis.axes import ATTACK_CODES, TRACKING_CODES, axis_of

    section = SCHEMA_DOC.split("### The axis of each code", 1)[1].split("\n### ", 1)[0]
    tracking_line, threat_part = section.split("- **tracking**", 1)[1].split("- **threat**", 1)
    assert set(re.findall(r"`([A-Z0-9_]+)`", tracking_line)) == TRACKING_CODES
    assert set(re.findall(r"`([A-Z0-9_]+)`", threat_part)) == ATTACK_CODES
    codes = documented_codes()
    assert codes >= TRACKING_CODES | ATTACK_CODES, (TRACKING_CODES | ATTACK_CODES) - codes
    assert all(axis_of(code) == "threat" for code in codes - TRACKING_CODES)
