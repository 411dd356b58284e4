"""Issue 16: parser differentials, foreign content, SVG animation, data: SVG and tooltips stay inert.

Each vector of `mxss_vectors` is made safe on its own; the result, parsed the way a browser
parses it (html5lib, independently of the sanitiser: `safe_html_check`), must hold no reference
that reaches out, and the sanitiser must have closed it itself (nothing left for the fail-closed
check). The engines and exports are proven with counting servers in test_leak_proof*.py.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from file_watch import FileWatch, available
from mxss_vectors import BROWSER_LOADS, H, one_vector, vectors, vectors_message
from safe_html_check import offending_references

from inspector.analysis import analyse
from inspector.analysis.common.html_tree import bound_depth, parse_html
from inspector.analysis.common.references import find_references, find_references_in_soup
from inspector.model import MessageSummary, Report
from inspector.parsing import load_bytes
from inspector.render import safe_document
from inspector.render.inline import allowed_data, image_type
from inspector.render.placeholders import blocked_image, is_placeholder_svg
from inspector.render.sanitize import end_tag_safe
from inspector.render.verify import fail_closed

VECTORS = vectors()
assert len(VECTORS) >= 40
# Namespace confusion: html5lib and the reparse of its own serialisation disagree about which
# namespace <mglyph><style> is in. The last check (verify.fail_closed) must catch these.
MUTATING = {"mglyph-style-comment"}


@pytest.mark.parametrize(("name", "html"), VECTORS, ids=[n for n, _ in VECTORS])
def test_vector_is_inert_in_the_tree_a_browser_builds(name: str, html: str) -> None:
    message = load_bytes(one_vector(html))
    doc = safe_document(message, analyse(message), highlight=True)
    assert offending_references(doc.html) == [], name
    if name in MUTATING:
        assert doc.fail_closed, f"{name}: expected the last check to remove the mutated element"
    else:
        assert doc.fail_closed == [], f"{name}: the sanitiser left it to the last check: {doc.fail_closed}"
    tree = parse_html(doc.html)
    loaders = [t for t in tree.find_all(True) if t.name in ("img", "image", "link", "set", "animate", "script")]
    for tag in loaders:
        for attr in ("src", "href", "xlink:href", "to", "values"):
            assert H not in str(tag.get(attr, "")), (name, str(tag)[:200])  # placeholders name the host
    assert "file://" not in " ".join(str(t.get("src", "")) for t in tree.find_all("img")), name


def test_the_report_sees_what_the_browser_sees() -> None:
    """The differential cut both ways: html.parser hid these loads from the beacon report too."""
    html = dict(VECTORS)["svg-style-markup"] + dict(VECTORS)["dompurify-2.0.0-p-in-svg"]
    wanted = {f"{H}/x.png", f"{H}/dp-p.png"}
    assert wanted <= {r.url for r in find_references(html, part="1")}
    lenient = BeautifulSoup(html, "html.parser", multi_valued_attributes=None)
    assert f"{H}/x.png" not in {r.url for r in find_references_in_soup(lenient, part="1")}  # what it used to miss


@pytest.mark.parametrize("name", sorted(BROWSER_LOADS))
def test_the_report_lists_what_a_browser_with_scripts_or_rich_select_loads(name: str) -> None:
    """Issue 21: Chromium with JavaScript on, or with customizable <select>, builds these from the message
    itself; html5lib (scripting off, legacy <select>) does not, and the report missed them."""
    message = load_bytes(one_vector(dict(VECTORS)[name]))
    report = analyse(message)
    listed = {item["url"] for f in report.findings for item in f.evidence.get("items", [])}
    assert set(BROWSER_LOADS[name]) <= listed, sorted(set(BROWSER_LOADS[name]) - listed)
    doc = safe_document(message, report, highlight=True)
    assert offending_references(doc.html) == [] and doc.fail_closed == []


def test_foreign_style_and_animation_are_gone_html_style_is_kept() -> None:
    html = (
        "<style>p{color:red}</style><svg><style>rect{fill:red}</style><rect width='9' height='9'>"
        "<set attributeName='fill' to='blue'/><animateTransform attributeName='transform'/></rect></svg>"
    )
    message = load_bytes(one_vector(html))
    tree = parse_html(safe_document(message, analyse(message)).html)
    styles = tree.find_all("style")
    assert [s.get_text() for s in styles] == ["p{color:red}"]
    assert tree.find("rect") is not None and tree.find(["set", "animatetransform", "animateTransform"]) is None


def test_css_cannot_end_its_style_element() -> None:
    assert end_tag_safe('a{content:"</style><img src=x>"}') == 'a{content:"\\3c /style><img src=x>"}'
    assert end_tag_safe("@media (width < 600px){a{b:c}}") == "@media (width < 600px){a{b:c}}"


def test_data_images_are_judged_by_their_bytes() -> None:
    png = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQ"
    svg_as_png = "data:image/png;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciLz4="
    assert allowed_data(png, "image") and not allowed_data(svg_as_png, "image")
    assert not allowed_data("data:image/svg+xml,<svg/>", "image")
    assert not allowed_data("data:image/gif;base64,H4sIAAAAAAAA", "image")  # gzip magic
    assert allowed_data("data:image/gif;base64,R0lGODlhAQABAAAAACw=", "image")
    assert image_type(b"RIFF\x00\x00\x00\x00WEBPVP8 ") == "image/webp"
    assert image_type(b"\xff\xd8\xff\xe0") == "image/jpeg" and image_type(b"<svg") is None
    assert not allowed_data("data:font/woff2;base64,PHN2Zz4=", "font")
    assert allowed_data("data:font/woff2;base64,d09GMgABAAA=", "font")


def test_only_our_own_placeholder_svg_is_rendered_by_qt() -> None:
    from urllib.parse import unquote_to_bytes

    ours = unquote_to_bytes(blocked_image("evil.example", 120, 40).split(",", 1)[1])
    assert is_placeholder_svg(ours)
    hostile = b'<svg xmlns="http://www.w3.org/2000/svg"><image href="file:///etc/passwd"/></svg>'
    assert not is_placeholder_svg(hostile)
    assert not is_placeholder_svg(ours.replace(b"<rect", b"<image href='file:///x'/><rect"))


def test_last_check_catches_a_serialisation_that_parses_into_new_elements() -> None:
    """What a sanitiser that wrote foreign <style> text raw would emit: the check reparses and removes."""
    doc = "<!DOCTYPE html><html><head></head><body><svg><style></style><img src=https://mxss.example/m.png></style></svg></body></html>"
    cleaned, findings = fail_closed(doc)
    assert findings and all(f.code == "SANITISER_DISAGREES" for f in findings)
    assert "mxss.example" not in cleaned
    assert fail_closed(cleaned) == (cleaned, [])


@pytest.mark.parametrize(
    "body",
    [
        '<svg><foreignObject><noscript><foreignobject><noscript></noscript></foreignobject><style>a{content:"<img src=https://mxss.example/n.png>"}</style></noscript></foreignObject></svg>',
        "<select><option><img src=https://mxss.example/s.png><link rel=preconnect href=https://mxss.example/s></select>",
    ],
    ids=["noscript", "select"],
)
def test_last_check_reads_the_document_as_every_browser_does(body: str) -> None:
    """What a sanitiser that kept <noscript>, or wrote markup into <option>, would emit (issue 21)."""
    doc = f"<!DOCTYPE html><html><head></head><body>{body}<p>kept</p></body></html>"
    assert offending_references(doc) != []  # a browser with scripting on, or Chromium's <select>, loads it
    cleaned, findings = fail_closed(doc)
    assert findings and all(f.code == "SANITISER_DISAGREES" for f in findings)
    assert offending_references(cleaned) == [] and "kept" in cleaned
    assert fail_closed(cleaned) == (cleaned, [])


def test_style_sheets_hold_no_markup_whatever_the_escapes() -> None:
    """Decoded escapes are written back: `\\3c img` in a string or a name would be `<img` (issue 21)."""
    css = 'a{content:"\\3c img src=x\\3e <b>"}b{c:\\3c img}<img src=y>{}@media (400px<width){d{e:f}}'
    message = load_bytes(one_vector(f"<style>{css}</style>"))
    doc = safe_document(message, analyse(message))
    (style,) = parse_html(doc.html).find_all("style")
    text = style.get_text()
    assert not re.search(r"<[A-Za-z!?/]", text), text
    assert '"\\3c img src=x>\\3c b>"' in text and "(400px< width)" in text


def test_deep_nesting_is_bounded_like_chromium() -> None:
    html = "<div>" * 5000 + "<img src='https://t.example/deep.gif'>" + "</div>" * 5000
    soup = parse_html(html)
    assert soup.find("img") is not None
    depth = sum(1 for _ in soup.find("img").parents)
    assert 512 <= depth <= 520  # html, body, the document and 512 divs
    assert bound_depth("<div><p>x</div>") == "<div><p>x</div>"  # nothing to cut: the same text
    # At the bound: `limit` start tags are kept whole, the one after them is the first left out.
    assert bound_depth("<i><b><u>x", limit=3) == "<i><b><u>x"
    assert bound_depth("<i><b><u><s id=4>x</s>y", limit=3) == "<i><b><u>xy"


def test_combined_message_renders_safely() -> None:
    message = load_bytes(vectors_message())
    doc = safe_document(message, Report(message=MessageSummary()), highlight=True)
    assert offending_references(doc.html) == []
    assert doc.fail_closed == []


@pytest.mark.gui
@pytest.mark.skipif(not available(), reason="inotify needs Linux")
def test_tooltips_show_header_markup_as_text(qapp, tmp_path: Path) -> None:
    from PySide6.QtCore import QPoint
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QLabel, QToolTip

    from inspector.gui.widgets import plain_tooltip

    canary = tmp_path / "canary.png"
    canary.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    hostile = f'Evil <img src="file://{canary}"> <b>bold</b>'
    host = QLabel("hover me")
    host.show()
    with FileWatch(str(canary)) as watch:
        QToolTip.showText(QPoint(10, 10), plain_tooltip(hostile), host)
        QTest.qWait(150)
        assert watch.events() == []
        QToolTip.hideText()
        QToolTip.showText(QPoint(10, 10), hostile, host)  # control: Qt's own rich-text tooltip
        QTest.qWait(150)
        assert watch.events(), "the control did not read the canary: the check proves nothing"
        QToolTip.hideText()
    host.deleteLater()


@pytest.mark.gui
@pytest.mark.skipif(not available(), reason="inotify needs Linux")
@pytest.mark.qt_log_ignore("Could not create image from")  # the control feeds Qt a broken image on purpose
def test_svg_labelled_png_reads_no_file_in_qt(qapp, tmp_path: Path) -> None:
    """Control first: Qt's reader, left to sniff, opens the SVG and reads the file it names."""
    import base64

    from PySide6.QtGui import QImage

    from inspector.gui.safe_view import _decode_data_image

    canary = tmp_path / "canary.png"
    canary.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    html = dict(vectors(str(canary)))["data-png-is-svg"]
    url = html.split('"')[1]
    svg = base64.b64decode(url.split(",", 1)[1])
    with FileWatch(str(canary)) as watch:
        QImage().loadFromData(svg)
        assert watch.events(), "the control did not read the canary: the check proves nothing"
    with FileWatch(str(canary)) as watch:
        assert _decode_data_image(url).isNull()
        assert watch.events() == []


def test_content_base_gives_the_safe_view_the_reports_ids() -> None:
    """Content-Base makes `p.gif` remote: the placeholder names its host and carries the report's id."""
    raw = (
        b"From: a@mxss.example\r\nTo: b@example.org\r\nSubject: v\r\nMIME-Version: 1.0\r\n"
        b'Content-Type: text/html\r\nContent-Base: "http://base.example/t/"\r\n\r\n'
        b'<img src="p.gif" width=300 height=80>'
    )
    message = load_bytes(raw)
    report = analyse(message)
    ids = {f.element_id for f in report.findings if f.url == "http://base.example/t/p.gif"}
    doc = safe_document(message, report)
    assert ids and ids <= set(doc.element_ids)
    assert "base.example" in doc.html  # the placeholder names where the image would have come from
    assert doc.fail_closed == []
