"""The sanitiser: every beacon vector neutralised, ids shared with the scanner, the page still readable."""

from __future__ import annotations

import subprocess
import sys

import pytest
from bs4 import BeautifulSoup
from conftest import FIXTURES, REPO
from safe_html_check import offending_references

from inspector.analysis import analyse
from inspector.analysis.common.references import find_references
from inspector.model import Category, Finding, MessageSummary, Report, Severity
from inspector.parsing import load, load_bytes
from inspector.render import link_target, safe_document
from inspector.render.links import link_href

VECTORS = FIXTURES / "render" / "all_vectors.eml"


@pytest.fixture(scope="module")
def vectors():
    message = load(VECTORS)
    return message, safe_document(message, analyse(message), highlight=False)


def html_message(body: str, *, text: str | None = None) -> object:
    parts = [
        b"From: a@example.org\r\nTo: alice@example.org\r\nSubject: t\r\nMIME-Version: 1.0\r\n",
        b'Content-Type: text/html; charset="utf-8"\r\n\r\n' if text is None else b"",
    ]
    if text is not None:
        parts.append(b"Content-Type: text/plain; charset=utf-8\r\n\r\n" + text.encode())
    else:
        parts.append(body.encode())
    return load_bytes(b"".join(parts))


def test_every_vector_is_neutralised(vectors) -> None:
    _message, doc = vectors
    assert offending_references(doc.html) == []
    assert "tracker.example/" not in _without_titles(doc.html)  # only link tooltips name the URL
    assert doc.blocked >= 60


def test_checker_sees_a_leak() -> None:
    """The independent checker is not vacuous: the raw fixture fails it on many counts."""
    raw = (FIXTURES / "render" / "all_vectors.html").read_text()
    assert len(offending_references(raw)) > 40


def test_structure_is_safe_and_readable(vectors) -> None:
    _message, doc = vectors
    soup = BeautifulSoup(doc.html, "html.parser")
    head = soup.find("head")
    first_meta = head.find_all("meta")[:2]
    assert first_meta[1]["http-equiv"] == "Content-Security-Policy"
    assert "default-src 'none'" in first_meta[1]["content"] and "img-src data:" in first_meta[1]["content"]
    assert not soup.find_all(["script", "base", "link", "iframe", "object", "embed", "applet", "form"])
    assert soup.find(string=lambda s: "must survive" in s)
    assert soup.find("h1").get_text() == "Every vector"
    assert all(i.has_attr("disabled") for i in soup.find_all(["input", "button"]))
    assert "Georgia" in soup.find("style").get_text()  # fonts and colours survive
    boxes = [d.get_text() for d in soup.find_all("div") if "not loaded" in d.get_text()]
    assert "embedded page not loaded · tracker.example" in boxes
    assert any(b.startswith("Java applet") for b in boxes)


def test_links_are_internal_and_keep_their_target(vectors) -> None:
    _message, doc = vectors
    soup = BeautifulSoup(doc.html, "html.parser")
    link = soup.find("a", string="a link")
    assert link["href"].startswith("inspector:link?to=")
    assert link_target(link["href"]) == "http://click.tracker.example/c?u=1"
    assert link["title"] == "http://click.tracker.example/c?u=1"
    assert not link.has_attr("ping")
    assert soup.find("a", string="an anchor")["href"] == "#anchor"
    assert not soup.find("a", string="a js link").has_attr("href")
    assert link_target(link_href("https://x.example/a b?c=d&e#f")) == "https://x.example/a b?c=d&e#f"


def test_cid_images_are_inlined_and_data_images_kept(vectors) -> None:
    _message, doc = vectors
    soup = BeautifulSoup(doc.html, "html.parser")
    assert soup.find("img", alt="inline logo")["src"].startswith("data:image/png;base64,iVBOR")
    assert soup.find("img", alt="data")["src"].startswith("data:image/gif;base64,")


def test_placeholders_keep_the_box_size(vectors) -> None:
    _message, doc = vectors
    hero = BeautifulSoup(doc.html, "html.parser").find("img", alt="hero")
    assert (hero["width"], hero["height"]) == ("600", "200")
    assert hero["src"].startswith("data:image/svg+xml")
    assert "width%3D%22600%22" in hero["src"].replace("=", "%3D").replace('"', "%22")
    assert "remote image blocked · tracker.example" in _svg_text(hero["src"])


def test_ids_are_the_scanners_ids(vectors) -> None:
    message, doc = vectors
    body = message.html_bodies[0]
    refs = {r.ref_id: r for r in find_references(body.text, part=body.part)}
    assert doc.element_ids and set(doc.element_ids) <= set(refs) | {i for i in doc.element_ids if "blocked" in i}
    hero_id = BeautifulSoup(doc.html, "html.parser").find("img", alt="hero")["data-ei-refs"]
    assert refs[hero_id].raw == "http://tracker.example/hero.png"


def test_fail_closed_reports_what_the_scanner_missed(vectors) -> None:
    """Anything blocked that the scanner did not list is a PARSE finding (it should stay empty)."""
    _message, doc = vectors
    assert all(f.category == Category.PARSE for f in doc.fail_closed)
    assert doc.fail_closed == []


def test_scanner_and_sanitiser_agree_on_quoted_import_and_svg_paint() -> None:
    message = html_message(
        '<style>@import url("https://fonts.googleapis.com/css2?family=Open+Sans");</style>'
        '<svg><rect fill="url(http://t.example/fill.svg#g)" stroke="url(#local)" '
        "marker-end=\"url('//t.example/m.svg#m')\"/></svg>"
    )
    doc = safe_document(message, analyse(message))
    assert doc.fail_closed == []
    assert "t.example/" not in _without_titles(doc.html) and "googleapis" not in doc.html


def test_highlight_turns_tracking_pixels_into_badges() -> None:
    message = load(VECTORS)
    body = message.html_bodies[0]
    pixel = next(r for r in find_references(body.text, part=body.part) if "open.gif" in r.raw)
    hidden = next(r for r in find_references(body.text, part=body.part) if "hidden.png" in r.raw)
    report = Report(message=MessageSummary())
    report.findings = [
        _pixel(pixel.ref_id, "tracker.example", token={"identity": "alice@example.org"}),
        _pixel(hidden.ref_id, "tracker.example"),
    ]
    doc = safe_document(message, report)
    soup = BeautifulSoup(doc.html, "html.parser")
    badges = soup.find_all("span", class_="ei-badge")
    texts = [b.get_text() for b in badges]
    assert "tracking pixel → tracker.example · knows your address" in texts
    assert "tracking pixel → tracker.example" in texts
    assert {b["data-ei-refs"] for b in badges} == {pixel.ref_id, hidden.ref_id}
    hidden_box = soup.find("img", alt="hidden").parent
    assert "display:none" not in hidden_box.get("style", "").replace(" ", "")
    plain = safe_document(message, report, highlight=False)
    assert "ei-badge" not in plain.html


def test_plain_text_is_escaped_and_links_not_fetched() -> None:
    message = html_message("", text="see <b>this</b> http://evil.example/x?a=1&b=2. ok")
    doc = safe_document(message, analyse(message))
    assert "&lt;b&gt;this&lt;/b&gt;" in doc.text_html
    link = BeautifulSoup(doc.text_html, "html.parser").find("a")
    assert link_target(link["href"]) == "http://evil.example/x?a=1&b=2" and link.get_text().endswith("b=2")
    assert offending_references(doc.text_html) == []
    assert doc.html == doc.text_html  # no HTML part: the plain text is what is shown


@pytest.mark.parametrize(
    "body",
    [
        "<img src=x onerror=alert(1)><svg><script>alert(1)</script></svg>",
        "<a href=' java\tscript:alert(1)'>x</a><a href='JaVaScRiPt:alert(1)'>y</a>",
        "<p style='background:url(&quot;http://t.example/a&quot;)'>x</p>",
        "<p style='b\\61ckground:\\75rl(//t.example/b)'>y</p><a href='\\\\t.example\\s\\v'>unc link</a>",
        "<style>@\\69mport 'http://t.example/c';</style><style>@media print{@import url(//t.example/d)}</style>",
        "<div style=\"background-image:image-set('http://t.example/e' 1x)\"></div><table><td background=//t.example/f>",
        '<iframe srcdoc="<img src=http://t.example/g>"></iframe><embed src=\\\\t.example\\s\\h>',
        '<img src="file:///etc/passwd"><img src="\\\\host\\share\\x.png"><img src=\'/\\t.example/h\'>',
        "<!--[if gte mso 9]><v:image src='http://t.example/i'/><![endif]--><img src=cid:nope>",
        "<meta http-equiv=refresh content='0;url=http://t.example/j'><base href=http://t.example/>",
        "<form action=http://t.example/k><input type=image src=http://t.example/l></form>",
        "<svg><a xlink:href=http://t.example/m><text>t</text></a><use href='http://t.example/n#x'/></svg>",
        "<object data=http://t.example/o></object><applet code=x archive=http://t.example/p></applet>",
        "<img srcset='http://t.example/q 1x, http://t.example/r 2x'><picture><source srcset=//t.example/s>",
        "<x-foo style='behavior:url(http://t.example/t)' src=http://t.example/u></x-foo>",
        "</html><img src=http://t.example/after-html>",
    ],
)
def test_hostile_fragments(body: str) -> None:
    message = html_message(body)
    doc = safe_document(message, analyse(message))
    assert offending_references(doc.html) == [], doc.html
    assert "t.example/" not in _without_titles(doc.html)
    assert "alert(1)" not in _without_titles(doc.html)


def test_render_package_imports_no_qt() -> None:
    code = (
        "import sys, inspector.render, inspector.cli.render\n"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, check=True)
    assert done.stdout.strip() == "[]"


def _pixel(element_id: str, host: str, *, token: dict | None = None) -> Finding:
    return Finding(
        category=Category.BEACON,
        code="TRACKING_PIXEL",
        severity=Severity.HIGH,
        title="Tracking pixel",
        explanation="",
        url=f"http://{host}/x",
        host=host,
        element_id=element_id,
        recipient_token=token,
    )


def _svg_text(uri: str) -> str:
    from urllib.parse import unquote

    return BeautifulSoup(unquote(uri.split(",", 1)[1]), "html.parser").get_text()


def _without_titles(markup: str) -> str:
    soup = BeautifulSoup(markup, "html.parser")
    for tag in soup.find_all(title=True):
        del tag["title"]
    return str(soup)
