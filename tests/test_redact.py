"""--redact-recipient (issue 24): the reader's address, name and tokens leave every export, never the original."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from inspector.cli import main
from inspector.pipeline import scan
from inspector.report.redact import PLACEHOLDER, redact_record
from inspector.sources import Source

DEMO = Path(__file__).resolve().parent.parent / "resources" / "demo" / "demo-phish.eml"
# The demo's reader, as written in it: the address, the name, the address in base64 (tracking pixel)
# and its MD5 (personalised links).
SECRETS = ("a.dupont@parliament.example", "Anne Dupont", "YS5kdXBvbnRAcGFybGlhbWVudC5leGFtcGxl",
           "d3e5ec43dd5c9371a667497ce0779bfa")  # fmt: skip
NEWSLETTER = "unspy_newsletters/cleverreach__2023-01-02-oekumenisches-asylforum.u1.eml"


def leaks(text: str) -> list[str]:
    return [s for s in SECRETS if s.lower() in text.lower()]


def test_redacted_bundle_keeps_the_original_byte_for_byte(tmp_path: Path, qapp) -> None:
    target = tmp_path / "evidence.zip"
    assert main(["bundle", "--redact-recipient", "--all-roles", "--out", str(target), str(DEMO)]) == 0
    with zipfile.ZipFile(target) as archive:
        assert archive.read("original.eml") == DEMO.read_bytes()
        assert "a.dupont@parliament.example" in archive.read("original.eml").decode()  # the reader stays there
        others = {n: archive.read(n).decode() for n in archive.namelist() if n != "original.eml"}
    assert set(others) >= {"report.json", "report.html", "iocs.txt", "iocs.stix.json", "iocs.misp.json"}
    for name, text in others.items():
        assert leaks(text) == [], name
    report = json.loads(others["report.json"])
    assert report["redacted"] is True and "data:image/png" not in others["report.html"]  # no picture of the body
    assert "https://track.press-updates.example/o/[recipient].gif" in others["iocs.txt"].replace("[.]", ".").replace(
        "hxxps", "https"
    )


def test_unredacted_bundle_still_names_the_reader(tmp_path: Path, qapp) -> None:  # qapp: the picture is drawn
    """The check above can fail: without the flag the same files do name the reader."""
    target = tmp_path / "evidence.zip"
    assert main(["bundle", "--out", str(target), str(DEMO)]) == 0
    with zipfile.ZipFile(target) as archive:
        assert leaks(archive.read("report.json").decode())


@pytest.mark.parametrize("fmt", ["json", "csv", "text"])
def test_scan_redacts_every_record_format(capsys: pytest.CaptureFixture[str], fmt: str) -> None:
    main(["scan", "--quiet", "--format", fmt, "--redact-recipient", str(DEMO)])
    out = capsys.readouterr().out
    assert out and leaks(out) == []


@pytest.mark.parametrize("fmt", ["text", "csv", "stix", "misp"])
def test_iocs_redact_the_tracking_urls(capsys: pytest.CaptureFixture[str], fmt: str) -> None:
    assert main(["iocs", "--plain", "--all-roles", "--format", fmt, "--redact-recipient", str(DEMO)]) == 0
    out = capsys.readouterr().out
    assert leaks(out) == [] and PLACEHOLDER in out


def test_html_report_is_redacted(tmp_path: Path, qapp) -> None:
    assert main(["scan", "--format", "html", "--redact-recipient", "--out", str(tmp_path), str(DEMO)]) == 0
    (html,) = tmp_path.glob("*.html")
    assert leaks(html.read_text(encoding="utf-8")) == []


@pytest.mark.corpus
def test_newsletter_tokens_are_redacted(corpus: Path) -> None:
    path = corpus / NEWSLETTER
    if not path.exists():
        pytest.skip(f"{NEWSLETTER} is not in this corpus")
    record = scan(Source(str(path))).record()
    tokens = {f["recipient_token"]["value"] for f in record["findings"] if f.get("recipient_token")}
    identities = {f["recipient_token"].get("identity") for f in record["findings"] if f.get("recipient_token")}
    redacted = json.dumps(redact_record(record), ensure_ascii=False).lower()
    assert tokens and record["message"]["to"]
    for secret in (tokens | identities) - {None}:
        for piece in secret.split("/"):
            assert len(piece.rsplit(".", 1)[0]) < 8 or piece.rsplit(".", 1)[0].lower() not in redacted, piece
