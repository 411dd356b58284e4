"""Issue 17: codecs that fail on one part, raw UTF-8 names, plain-text caps, and loads a
browser-based client would make (Content-Base, external bodies, SMIL, custom properties, ...)."""

from __future__ import annotations

import email.feedparser
from email import policy
from pathlib import Path

import pytest
from conftest import FIXTURES

from inspector.analysis import analyse
from inspector.analysis.common.references import find_references
from inspector.parsing import eml, load_bytes
from inspector.parsing.limits import MAX_TEXT_CHARS
from inspector.render import safe_document
from inspector.render.plaintext import MAX_LINKS, text_to_html

HEAD = "From: a@example.com\nTo: b@example.org\nSubject: t\nDate: Thu, 03 Dec 2026 10:00:00 +0000\nMIME-Version: 1.0\n"


def _multipart(*parts: str) -> bytes:
    body = "".join(f"--b\n{p}\n" for p in parts)
    return (HEAD + 'Content-Type: multipart/mixed; boundary="b"\n\n' + body + "--b--\n").encode()


def _codes(data: bytes) -> list[str]:
    return [f.code for f in analyse(load_bytes(data)).findings]


@pytest.mark.parametrize("charset", ["idna", "punycode", "rot13", "base64", "zlib", "utf-7", "x-nonsense"])
def test_a_codec_that_fails_on_one_part_leaves_the_rest_analysed(charset):
    data = _multipart(
        f"Content-Type: text/html; charset={charset}\n\n<p>hello \u00e9 <img src='http://a.example/x.gif'></p>",
        'Content-Type: text/html; charset=utf-8\n\n<img src="http://b.example/y.gif">',
    )
    message = load_bytes(data.replace("\u00e9".encode(), b"\xe9"))
    report = analyse(message)
    assert len(message.html_bodies) == 2
    urls = {f.url for f in report.findings if f.category.value == "beacon"}
    assert "http://b.example/y.gif" in urls
    if charset != "utf-7":
        assert "CHARSET_FALLBACK" in [f.code for f in report.findings]
    assert safe_document(message, report).html


def test_an_rfc2231_name_in_a_failing_codec_is_still_read():
    data = _multipart(
        "Content-Type: application/octet-stream\n"
        "Content-Disposition: attachment; filename*=idna''invoice%E2%80%AEfdp.exe\n\nMZ"
    )
    message = load_bytes(data)
    assert [a.filename for a in message.attachments] == ["invoice\u202efdp.exe"]
    assert "BIDI_OVERRIDE" in [f.code for f in analyse(message).findings]


@pytest.mark.parametrize(
    "header",
    [
        'Content-Type: application/octet-stream; name="invoice\u202efdp.exe"',
        "Content-Type: application/octet-stream\nContent-Disposition: attachment; filename=invoice\u202efdp.exe",
        'Content-Type: application/octet-stream\nContent-Disposition: attachment; filename="invoice\u202efdp.exe"',
    ],
)
def test_a_raw_utf8_attachment_name_keeps_its_bidi_override(header):
    message = load_bytes(_multipart("Content-Type: text/plain\n\nhi", header + "\n\nMZ"))
    assert message.attachments[0].filename == "invoice\u202efdp.exe"
    assert "BIDI_OVERRIDE" in [f.code for f in analyse(message).findings]


def test_a_raw_name_that_is_not_utf8_is_read_as_windows_1252():
    data = _multipart("Content-Type: text/plain\n\nhi", 'Content-Type: application/pdf; name="cafXX.pdf"\n\n%PDF')
    message = load_bytes(data.replace(b"XX", b"\xe9"))
    assert message.attachments[0].filename == "caf\u00e9.pdf"


def test_a_long_plain_text_body_is_cut_and_says_so():
    body = "x" * (MAX_TEXT_CHARS + 10)
    message = load_bytes((HEAD + "Content-Type: text/plain\n\n" + body).encode())
    assert len(message.text_bodies[0].text) == MAX_TEXT_CHARS
    assert "BODY_TRUNCATED" in [f.code for f in analyse(message).findings]


def test_only_the_first_links_of_a_plain_text_body_are_links():
    text = "".join(f"http://e.example/{i}\n" for i in range(MAX_LINKS + 5))
    markup = text_to_html(text)
    assert markup.count("<a ") == MAX_LINKS
    assert f"http://e.example/{MAX_LINKS + 4}" in markup  # still shown, as text


def _stdlib(data: bytes) -> email.message.Message:
    parser = email.feedparser.FeedParser(
        _factory=lambda policy: eml._BoundedPart(policy, budget=[5000]), policy=policy.compat32
    )
    parser.feed(data.decode("ascii", "surrogateescape"))
    return parser.close()


@pytest.mark.parametrize(
    "data",
    [
        b"From: a\nSubject: s\n\nbody\nline 2\n",
        b"From: a\r\nSubject: s\r\n\r\nbody\r\n\r\nmore",
        b"From: a\nnot a header\nSubject: s\n\nbody",
        b" continued\nFrom: a\n\nbody",
        b"From a@b Mon Jan  1 00:00:00 2024\nFrom: a\n\n\n\nbody",
        b"From: a\nContent-Type: message/rfc822\n\nFrom: b\n\ninner",
        b'From: a\nContent-Type: multipart/mixed; boundary="x"\n\n--x\n\nq\n--x--\n',
        b"From: a\nContent-Type: multipart/mixed\n\nno boundary",
        b"From: a\nSubject: caf\xc3\xa9\n\nbody \xff",
    ],
)
def test_single_part_messages_parse_as_the_stdlib_parses_them(data):
    fast = eml._parse_single_part(data)
    full = _stdlib(data)
    if fast is None:
        return
    assert list(fast.raw_items()) == list(full.raw_items())
    assert fast.get_payload() == full.get_payload()
    assert [type(d) for d in fast.defects] == [type(d) for d in full.defects]
    assert fast.get_unixfrom() == full.get_unixfrom()


def test_single_part_fast_path_matches_the_stdlib_on_every_fixture():
    checked = 0
    for path in sorted(Path(FIXTURES).rglob("*.eml")):
        data = path.read_bytes()
        fast = eml._parse_single_part(data)
        if fast is None:
            continue
        full = _stdlib(data)
        assert (list(fast.raw_items()), fast.get_payload()) == (list(full.raw_items()), full.get_payload()), path
        checked += 1
    assert checked > 5


def _vectors(html: str) -> dict[str, tuple[str, str]]:
    return {r.url: (r.vector, r.kind) for r in find_references(html, part="1")}


def test_smil_animation_of_an_href_is_a_load():
    found = _vectors(
        '<svg><image><set attributeName="href" to="http://s.example/a.gif"/></image>'
        '<image><animate attributeName="xlink:href" values="http://s.example/b.gif; http://s.example/c.gif"/>'
        '</image><a><set attributeName="href" to="http://s.example/link"/></a>'
        '<rect><animate attributeName="width" to="http://s.example/not-a-url"/></rect></svg>'
    )
    assert found["http://s.example/a.gif"] == ("svg:set[to]", "image")
    assert found["http://s.example/b.gif"] == ("svg:animate[values]", "image")
    assert found["http://s.example/c.gif"] == ("svg:animate[values]", "image")
    assert found["http://s.example/link"] == ("svg:set[to]", "link")
    assert "http://s.example/not-a-url" not in found


def test_image_set_of_a_custom_property_is_a_load():
    found = _vectors(
        "<div style=\"--u: 'http://c.example/a.png'; background-image: image-set(var(--u) 1x)\"></div>"
        '<style>.x { --v: "https://c.example/b.png"; background: image-set(var(--w, "http://c.example/c.png") 1x) }'
        '.y { --label: "hello" }</style>'
    )
    assert found["http://c.example/a.png"] == ("css:--u", "image")
    assert found["https://c.example/b.png"] == ("css:--v", "image")
    assert found["http://c.example/c.png"][1] == "image"
    assert not [u for u in found if "hello" in u]


def test_attributionsrc_link_header_portal_and_fencedframe_are_loads():
    found = _vectors(
        '<img src="http://x.example/i.png" attributionsrc="http://r.example/1 http://r.example/2">'
        '<a href="http://x.example/" attributionsrc="http://r.example/click">a</a>'
        '<meta http-equiv="Link" content="<http://l.example/s.css>; rel=stylesheet, <http://l.example/p>; rel=preload">'
        '<portal src="http://p.example/"></portal><fencedframe src="http://f.example/"></fencedframe>'
    )
    assert found["http://r.example/1"] == ("img[attributionsrc]", "prefetch")
    assert found["http://r.example/2"] == ("img[attributionsrc]", "prefetch")
    assert found["http://r.example/click"] == ("a[attributionsrc]", "ping")
    assert found["http://l.example/s.css"] == ("meta[http-equiv=link]", "stylesheet")
    assert found["http://l.example/p"] == ("meta[http-equiv=link]", "prefetch")
    assert found["http://p.example/"] == ("portal[src]", "frame")
    assert found["http://f.example/"] == ("fencedframe[src]", "frame")


def test_each_new_vector_is_in_the_report():
    html = (
        '<svg><image><set attributeName="href" to="http://smil.example/a.gif"/></image></svg>'
        "<div style=\"--u: 'http://prop.example/a.png'; background: image-set(var(--u) 1x)\"></div>"
        '<img src="cid:logo" attributionsrc="http://attr.example/r">'
        '<meta http-equiv="Link" content="<http://link.example/s.css>; rel=stylesheet">'
        '<portal src="http://portal.example/"></portal><fencedframe src="http://fenced.example/"></fencedframe>'
    )
    report = analyse(load_bytes((HEAD + "Content-Type: text/html\n\n" + html).encode()))
    hosts = {f.host for f in report.findings if f.category.value == "beacon"}
    assert {"smil.example", "prop.example", "attr.example", "link.example", "portal.example", "fenced.example"} <= hosts
    assert "SANITISER_DISAGREES" not in [f.code for f in report.findings]


def test_content_base_makes_relative_urls_absolute():
    data = _multipart(
        'Content-Type: text/html\nContent-Base: "http://base.example/t/"\n\n<img src="p.gif" width=1 height=1>'
    )
    report = analyse(load_bytes(data))
    assert "http://base.example/t/p.gif" in {f.url for f in report.findings}


def test_content_base_of_an_enclosing_part_applies_and_base_href_wins():
    data = (
        HEAD + 'Content-Type: multipart/related; boundary="b"\nContent-Base: http://outer.example/\n\n'
        "--b\nContent-Type: text/html\n\n<img src='a.png'>\n"
        "--b\nContent-Type: text/html\n\n<base href='http://inner.example/'><img src='b.png'>\n--b--\n"
    ).encode()
    urls = {f.url for f in analyse(load_bytes(data)).findings}
    assert "http://outer.example/a.png" in urls
    assert "http://inner.example/b.png" in urls


def test_external_body_parts_are_reported_and_a_cid_image_makes_them_load():
    data = _multipart(
        'Content-Type: text/html\n\n<img src="cid:ext1">',
        'Content-Type: message/external-body; access-type=URL;\n URL="http://ext.example/a\n   /b.gif"\n\n'
        "Content-Type: image/gif\nContent-ID: <ext1>\n",
        'Content-Type: message/external-body; access-type=anon-ftp; site="ftp.example.net"; directory="pub";'
        ' name="f.txt"\n\nContent-Type: text/plain\n',
        'Content-Type: message/external-body; access-type=mail-server; server="x@example.net"\n\n'
        "Content-Type: text/plain\n",
    )
    found = {f.url: f for f in analyse(load_bytes(data)).findings if f.code == "EXTERNAL_BODY"}
    assert set(found) == {"http://ext.example/a/b.gif", "ftp://ftp.example.net/pub/f.txt"}
    assert found["http://ext.example/a/b.gif"].severity.value == "medium"
    assert found["http://ext.example/a/b.gif"].evidence["loaded_by_cid"] is True
    assert found["ftp://ftp.example.net/pub/f.txt"].severity.value == "low"


def test_an_svg_script_href_is_a_load_as_well_as_a_script():
    html = '<svg><script href="http://svg.example/s.js"></script></svg><script src="http://html.example/h.js"></script>'
    findings = analyse(load_bytes((HEAD + "Content-Type: text/html\n\n" + html).encode())).findings
    loads = {f.url for f in findings if f.code == "REMOTE_SCRIPT"}
    assert loads == {"http://svg.example/s.js"}
    assert "SCRIPT_PRESENT" in [f.code for f in findings]
