"""The case report (HTML and PDF): page 1 tells the case, the evidence reads as labelled tables, no Python reprs."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from datetime import UTC, datetime
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from gui_support import DEMO

from inspector.cli import main
from inspector.pipeline import scan_record
from inspector.report.evidence_rows import finding_rows
from inspector.report.html_report import render_html
from inspector.sources import Source

REPR = re.compile(r"\b(True|False|None)\b|\{'|'\}|\[\{|\{\"")
NEWSLETTER = "unspy_newsletters/mailchimp__2023-01-17-schreibsuchti.u1.eml"
PHISHING = "phishing_pot/sample-220.eml"
OUTLOOK = "msgreader/HtmlSampleEmailWithAttachment.msg"


def text_of(html: str) -> str:
    return BeautifulSoup(html, "html.parser").get_text(" ")


def pdf_pages(pdf: Path) -> int:
    return len(re.findall(rb"/Type\s*/Page[^s]", pdf.read_bytes()))


@pytest.fixture(autouse=True)
def _app(qapp):
    """The session's application first: the reports draw with Qt (else they would make a plain one)."""
    return qapp


@pytest.fixture(scope="module")
def demo_record() -> dict:
    return scan_record(Source(str(DEMO)))


def test_report_text_has_no_python_repr_nor_dict_dump(demo_record: dict) -> None:
    text = text_of(render_html(demo_record))
    assert not REPR.search(text), REPR.search(text)
    assert "element_ids" not in text and "return_path_domain" not in text


def test_report_speaks_yes_and_no_instead_of_booleans() -> None:
    finding = {"code": "X", "severity": "low", "evidence": {"html_smuggling": False, "script": True, "size": None}}
    rows = {str(row.label): str(row.value) for row in finding_rows(finding)}
    assert rows == {"HTML smuggling": "no", "Script": "yes"}


def test_css_is_never_defanged_only_links_are(demo_record: dict) -> None:
    html = render_html(demo_record)
    assert "display:block" in html and "[:]" not in html  # the pixel's style, as written
    assert "hxxps://track[.]press-updates[.]example/o/" in html
    assert "https://" not in text_of(html)  # in an HTML element too


def test_page_one_tells_the_case_before_the_evidence(demo_record: dict) -> None:
    html = render_html(demo_record)
    case, _, evidence = html.partition("page-break-before:always")
    case_text = text_of(case)
    assert demo_record["verdict"]["reason"] in case_text
    for heading in ("What to do now", "Who really sent it", "What opening it would have revealed"):
        assert heading in case_text
    assert "lesoir.interviews@outlook-mail.example" in case_text  # where replies would go
    assert "a.dupont@parliament.example" in case_text  # whom the pixel names
    for heading in ("Delivery chain", "Authentication", "Links and their real destinations", "Attachments"):
        assert heading in text_of(evidence)
    assert "27 s" in text_of(evidence)  # the delay between hops


def test_local_path_only_with_include_path(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "private-case-folder"
    folder.mkdir()
    message = folder / "suspect.eml"
    message.write_bytes(DEMO.read_bytes())
    assert main(["scan", "--format", "html", str(message)]) == 0
    default = capsys.readouterr().out
    assert "suspect.eml" in default and "private-case-folder" not in default
    assert main(["scan", "--format", "html", "--include-path", str(message)]) == 0
    assert str(folder) in capsys.readouterr().out


def test_lang_fr_and_nl_give_translated_labels(demo_record: dict) -> None:
    french = text_of(render_html(demo_record, lang="fr"))
    for label in (
        "Rapport de cas",
        "Que faire maintenant",
        "Constats",
        "Adresse",
        "Jeton décodé",
        "Chaîne de livraison",
    ):
        assert label in french
    assert "What to do now" not in french and "Decoded token" not in french
    dutch = text_of(render_html(demo_record, lang="nl"))
    assert "Dossierrapport" in dutch and "Wat nu te doen" in dutch and "Case report" not in dutch


def test_cli_lang_option(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["scan", "--format", "html", "--lang", "fr", str(DEMO)]) == 0
    assert "Rapport de cas" in capsys.readouterr().out


def write_pdf_of(path: Path, out: Path, *extra: str) -> Path:
    assert main(["scan", "--format", "pdf", "--out", str(out), *extra, str(path)]) == 0
    (pdf,) = out.glob("*.pdf")
    return pdf


def test_demo_pdf_is_at_most_four_pages_in_every_language(tmp_path: Path) -> None:
    for lang in ("en", "fr", "nl"):
        pdf = write_pdf_of(DEMO, tmp_path / lang, "--lang", lang)
        assert 2 <= pdf_pages(pdf) <= 4, (lang, pdf_pages(pdf))


def test_letter_paper(tmp_path: Path) -> None:
    pdf = write_pdf_of(DEMO, tmp_path, "--paper", "letter")
    assert re.search(rb"/MediaBox \[0 0 612(\.0+)? 792(\.0+)?\]", pdf.read_bytes())


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is not installed")
def test_pdf_page_one_has_the_verdict_and_a_header_on_each_page(tmp_path: Path, demo_record: dict) -> None:
    pdf = write_pdf_of(DEMO, tmp_path)
    first = subprocess.run(["pdftotext", "-f", "1", "-l", "1", str(pdf), "-"], capture_output=True, text=True).stdout
    assert demo_record["verdict"]["reason"] in first
    assert not re.search(r"\b(False|None|True)\b|\{", first)
    pages = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout.split("\f")[:-1]
    assert demo_record["message"]["subject"] in first.splitlines()[0]  # the header, above the title
    today = datetime.now(UTC).strftime("%Y-%m-%d")
    assert all(today in page and f"Page {n} of {len(pages)}" in page for n, page in enumerate(pages, 1))


@pytest.mark.parametrize("name", [NEWSLETTER, PHISHING, OUTLOOK])
def test_corpus_pdfs_are_at_most_four_pages(name: str, corpus: Path, tmp_path: Path) -> None:
    pdf = write_pdf_of(corpus / name, tmp_path)
    assert 1 <= pdf_pages(pdf) <= 4


def test_headless_pdf_keeps_qts_chatter_about_the_message_off_stderr(tmp_path: Path) -> None:
    """Drawing a newsletter's `font-size:0` made Qt print a warning per element: a hundred lines for one PDF."""
    import sys

    hidden = "".join(f"<span style='font-size:0;color:FFCC00'>{n}</span>" for n in range(30))
    message = tmp_path / "tiny-text.eml"
    message.write_text(
        "From: News <news@example.org>\nTo: you@example.net\nSubject: Tiny text\nMIME-Version: 1.0\n"
        f"Content-Type: text/html; charset=utf-8\n\n<html><body><p>Hello</p>{hidden}</body></html>\n"
    )
    done = subprocess.run(
        [sys.executable, "-m", "inspector", "scan", "--format", "pdf", "--out", str(tmp_path / "out"), str(message)],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_LOGGING_RULES": ""},
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert list((tmp_path / "out").glob("*.pdf"))
    assert done.stderr == ""
