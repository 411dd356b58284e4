"""Exports for the security team: HTML (no remote anything), PDF, IOCs, STIX 2.1, evidence bundle."""

from __future__ import annotations

import csv
import hashlib
import http.server
import io
import json
import re
import shutil
import subprocess
import threading
import zipfile
from pathlib import Path
from typing import ClassVar
from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup
from conftest import FIXTURES
from mxss_vectors import vectors_message

from inspector.analysis import analyse
from inspector.cli import main
from inspector.parsing import load
from inspector.pipeline import scan_record
from inspector.report.html_report import render_html
from inspector.report.record import ok_record
from inspector.sources import Source

TREE = FIXTURES / "parsing" / "mime_tree_nested.eml"
CORPUS_SAMPLES = [
    "unspy_newsletters/mailchimp__2023-01-17-schreibsuchti.u1.eml",
    "phishing_pot/sample-1391.eml",
    "rspamd/advance_fee_fraud.eml",
    "msgreader/HtmlSampleEmailWithAttachment.msg",
]
_URL_ATTRS = ("src", "href", "srcset", "background", "poster", "data", "action", "formaction", "xlink:href", "ping")


def html_report(path: Path) -> str:
    message = load(path)
    report = analyse(message)
    from inspector.gui.export import thumbnail_png  # the real neutralised picture

    return render_html(ok_record(str(path), path.read_bytes(), report), thumbnail_png=thumbnail_png(message, report))


def assert_self_contained(document: str) -> None:
    soup = BeautifulSoup(document, "html.parser")
    assert not soup.find_all(["script", "link", "iframe", "object", "embed", "base", "form"])
    for tag in soup.find_all(True):
        for attr in _URL_ATTRS:
            value = tag.get(attr)
            if value is not None:
                assert str(value).startswith(("data:", "#")), f"<{tag.name} {attr}={value!r}>"
    styles = [t.get_text() for t in soup.find_all("style")] + [str(t.get("style")) for t in soup.find_all(style=True)]
    for css in styles:
        assert not re.search(r"url\s*\((?!\s*['\"]?data:)", css, re.I), css
        assert "@import" not in css


def test_html_report_of_fixture_is_self_contained(qapp) -> None:
    document = html_report(TREE)
    assert_self_contained(document)
    assert "Café crème and plain" in document and "data:image/png;base64," in document
    assert hashlib.sha256(TREE.read_bytes()).hexdigest() in document


def test_attacker_text_is_escaped_in_html_report(tmp_path: Path) -> None:
    evil = tmp_path / "evil.eml"
    evil.write_bytes(
        b'From: "<img src=http://x.example/a.gif>" <a@example.com>\r\nSubject: <script>alert(1)</script>\r\n\r\nhi\r\n'
    )
    document = render_html(scan_record(Source(str(evil))))
    assert "<script>alert" not in document and "&lt;script&gt;" in document
    assert_self_contained(document)


@pytest.mark.corpus
@pytest.mark.parametrize("name", CORPUS_SAMPLES)
def test_corpus_html_reports_are_self_contained(corpus: Path, name: str, qapp) -> None:
    assert_self_contained(html_report(corpus / name))


class CountingHandler(http.server.BaseHTTPRequestHandler):
    hits: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        CountingHandler.hits.append(self.path)
        self.send_response(204)
        self.end_headers()

    do_POST = do_HEAD = do_CONNECT = do_GET

    def log_message(self, *args: object) -> None:
        pass


CHROMIUM_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-pings", "--disable-domain-reliability",
    "--disable-client-side-phishing-detection", "--metrics-recording-only",
    "--disable-features=NetworkTimeServiceQuerying,OptimizationHints,MediaRouter,Translate",
    # Chromium 156 still asks its component updater for the on-device model manifest (an on-demand
    # install that --disable-component-update lets through) and Google accounts for ListAccounts:
    # both go to a closed loopback port, so that whatever a counter sees is the page's doing.
    "--component-updater=url-source=http://127.0.0.1:9/", "--gaia-url=http://127.0.0.1:9/",
    "--virtual-time-budget=3000", "--window-size=1000,1400",
]  # fmt: skip
_LOOPBACK = {"127.0.0.1", "localhost", "~notfound", ""}


def chromium_requests(html_file: Path, screenshot: Path) -> list[str]:
    """Open the file in headless Chromium (JavaScript on) with every host and proxy pointed at a local counter."""
    return chromium_visit(html_file, screenshot)[0]


def chromium_visit(html_file: Path, screenshot: Path) -> tuple[list[str], set[str]]:
    """(requests the counter saw, host names Chromium tried to resolve or reach) for one page.

    Every name resolves to the counter (`--host-resolver-rules`) and every request goes through it
    as a proxy, so nothing leaves the machine; the NetLog lists each name the page made Chromium
    look up, connect to or preconnect, whether or not a request followed.
    """
    CountingHandler.hits = []
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), CountingHandler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    port = server.server_address[1]
    netlog = screenshot.with_suffix(".netlog.json")
    command = [
        shutil.which("chromium") or "chromium",
        *CHROMIUM_FLAGS,
        f"--user-data-dir={screenshot.parent / 'chromium-profile'}",
        f"--proxy-server=http://127.0.0.1:{port}",
        f"--host-resolver-rules=MAP * 127.0.0.1:{port}",
        f"--log-net-log={netlog}",
        f"--screenshot={screenshot}",
        html_file.as_uri(),
    ]
    try:
        subprocess.run(command, capture_output=True, timeout=90, check=False)
    finally:
        server.shutdown()
        server.server_close()  # its listening socket, else a ResourceWarning
    return list(CountingHandler.hits), _netlog_hosts(netlog)


def _netlog_hosts(netlog: Path) -> set[str]:
    names: set[str] = set()
    for value in re.findall(r'"(?:url|host|origin)":"([^"]*)"', netlog.read_text(errors="replace")):
        host = urlsplit(value if "//" in value else f"//{value}").hostname or ""
        if host not in _LOOPBACK:
            names.add(host)
    return names


needs_chromium = pytest.mark.skipif(shutil.which("chromium") is None, reason="Debian's chromium is not installed")


@needs_chromium
def test_html_report_makes_no_request_in_a_browser(tmp_path: Path, qapp, corpus: Path) -> None:
    report = tmp_path / "report.html"
    report.write_text(html_report(corpus / CORPUS_SAMPLES[1]), encoding="utf-8")
    assert chromium_visit(report, tmp_path / "report.png") == ([], set())  # no filter: Chromium's own is off
    assert (tmp_path / "report.png").stat().st_size > 10_000  # it did render
    # Control: the same setup sees a remote image, so a leak could not go unnoticed.
    control = tmp_path / "control.html"
    control.write_text("<html><body><img src='http://tracker.example/open.gif?u=1'></body></html>")
    assert any("open.gif" in hit for hit in chromium_requests(control, tmp_path / "control.png"))


@needs_chromium
def test_exported_safe_html_and_report_load_nothing_with_javascript_on(tmp_path: Path) -> None:
    """Issue 21: `render --html` and `scan --format html` of the parser-differential vectors, opened in
    Chromium with JavaScript on (<noscript> is raw text there, <option> keeps its markup)."""
    message = tmp_path / "hostile.eml"
    message.write_bytes(vectors_message(str(tmp_path / "canary.png")))
    assert main(["render", str(message), "--html", str(tmp_path / "safe.html")]) == 0
    assert main(["scan", "--format", "html", "--out", str(tmp_path / "report"), str(message)]) in (0, 3)
    (report,) = (tmp_path / "report").glob("*.html")
    for page in (tmp_path / "safe.html", report):
        assert chromium_visit(page, tmp_path / f"{page.stem}.png") == ([], set()), page.name
        assert (tmp_path / f"{page.stem}.png").stat().st_size > 5_000  # it did render
    # Control: scripts run, and both the counter and the NetLog see what a page asks for.
    control = tmp_path / "control.html"
    control.write_text(
        "<script>new Image().src = 'http://js-control.example/js.gif'</script>"
        "<link rel=preconnect href='https://preconnect-control.example/'>"
    )
    hits, names = chromium_visit(control, tmp_path / "control.png")
    assert any("js.gif" in hit for hit in hits), hits
    assert {"js-control.example", "preconnect-control.example"} <= names, names


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is not installed")
def test_pdf_report_has_the_expected_content(tmp_path: Path) -> None:
    assert main(["scan", "--format", "pdf", "--out", str(tmp_path), str(TREE)]) == 0
    (pdf,) = tmp_path.glob("*.pdf")
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert int(re.search(r"Pages:\s+(\d+)", info).group(1)) >= 1
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    for expected in ("Case report", "Café crème and plain", "invoice.pdf", "Attachments"):
        assert expected in text
    assert hashlib.sha256(TREE.read_bytes()).hexdigest() in text.replace("\n", "")


def test_html_export_never_overwrites(tmp_path: Path) -> None:
    assert main(["scan", "--format", "html", "--out", str(tmp_path), str(TREE)]) == 0
    assert main(["scan", "--format", "html", "--out", str(tmp_path), str(TREE)]) == 0
    assert sorted(p.name for p in tmp_path.glob("*.html")) == [
        "0001-mime_tree_nested-2.html",
        "0001-mime_tree_nested.html",
    ]


def test_ioc_text_is_defanged_unless_plain(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["iocs", str(TREE)]) == 0
    out = capsys.readouterr().out
    assert "elodie[@]example[.]com" in out and "elodie@example.com" not in out
    assert main(["iocs", "--plain", str(TREE)]) == 0
    assert "elodie@example.com" in capsys.readouterr().out


def test_ioc_csv(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["iocs", "--format", "csv", "--all-roles", str(TREE)]) == 0  # a harmless message: no attacker
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out, newline="")))
    assert rows[0] == ["file", "role", "type", "value", "reason", "finding", "where"]
    assert any(row[2] == "sha256" for row in rows)


def test_stix_bundle_validates(capsys: pytest.CaptureFixture[str]) -> None:
    stix2 = pytest.importorskip("stix2")
    assert main(["iocs", "--format", "stix", "--all-roles", str(TREE)]) == 0
    text = capsys.readouterr().out
    bundle = stix2.parse(text, allow_custom=False)  # the library re-validates every object
    raw = json.loads(text)
    assert raw["type"] == "bundle" and re.fullmatch(r"bundle--[0-9a-f-]{36}", raw["id"])
    kinds = {o["type"] for o in raw["objects"]}
    assert kinds == {"marking-definition", "identity", "indicator", "report"}
    for obj in raw["objects"]:
        assert {"type", "spec_version", "id", "created"} <= set(obj)
        assert obj["type"] == "marking-definition" or "modified" in obj  # markings are never modified
        if obj["type"] == "indicator":
            assert {"pattern", "pattern_type", "valid_from"} <= set(obj)
    patterns = [o.pattern for o in bundle.objects if o.type == "indicator"]
    assert "[email-addr:value = 'elodie@example.com']" in patterns
    assert any(p.startswith("[file:hashes.'SHA-256' = ") for p in patterns)


def test_evidence_bundle_keeps_the_original_byte_for_byte(tmp_path: Path, qapp) -> None:
    original = tmp_path / "suspect.eml"
    original.write_bytes(TREE.read_bytes())
    target = tmp_path / "evidence.zip"
    assert main(["bundle", str(original), "--out", str(target)]) == 0
    with zipfile.ZipFile(target) as archive:
        assert sorted(archive.namelist()) == [
            "README.txt", "iocs.misp.json", "iocs.stix.json", "iocs.txt", "original.eml", "original.sha256",
            "report.html", "report.json",
        ]  # fmt: skip
        assert archive.read("original.eml") == TREE.read_bytes()
        digest = hashlib.sha256(TREE.read_bytes()).hexdigest()
        assert archive.read("original.sha256").decode().split()[0] == digest
        assert json.loads(archive.read("report.json"))["sha256"] == digest
        assert_self_contained(archive.read("report.html").decode())
    assert original.read_bytes() == TREE.read_bytes()
    assert main(["bundle", str(original), "--out", str(target)]) == 2  # never overwrites
