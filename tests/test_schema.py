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
    levels = {"clean", "caution", "suspicious", "dangerous"}
    verdict = record["verdict"]
    assert set(verdict) == {"level", "reason", "threat", "tracking", "legacy_level"}
    assert verdict["level"] in levels and verdict["legacy_level"] in levels
    assert verdict["threat"]["level"] in levels and verdict["threat"]["reason"]
    assert verdict["tracking"]["level"] in {"none", "tracked", "identified"} and verdict["tracking"]["reason"]
    # The overall level is the threat level, raised by one step at most (impostor that tracks you)
    rank = ["clean", "caution", "suspicious", "dangerous"]
    assert 0 <= rank.index(verdict["level"]) - rank.index(verdict["threat"]["level"]) <= 1
    finding_fields = documented_fields("### A finding")
    codes = documented_codes()
    for finding in record["findings"]:
        assert {"category", "code", "severity", "title", "explanation", "evidence"} <= set(finding)
        assert set(finding) <= finding_fields, set(finding) - finding_fields
        assert finding["code"] in codes, f"{finding['code']} is not documented"
        assert finding["severity"] in {"info", "low", "medium", "high"}
        assert isinstance(finding["evidence"], dict) and finding["title"] and finding["explanation"]
        if "url" in finding:
            assert {"host", "vector"} <= set(finding)
    for attachment in record["attachments"]:
        assert set(attachment) == {
            "part", "filename", "declared_type", "sniffed_type", "size", "sha256", "content_id", "inline",
        }  # fmt: skip


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
