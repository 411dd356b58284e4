"""The shared reference extractor: every vector, URL form and CSS trick, with stable ids."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from inspector.analysis.common.css_refs import declaration_urls, stylesheet_urls
from inspector.analysis.common.html_tree import readings
from inspector.analysis.common.references import body_references, find_references, find_references_in_soup, parse_html
from inspector.analysis.common.urls import LOCAL, RELATIVE, REMOTE, SCRIPT, UNC, normalise

EVERY_VECTOR = """<html manifest="https://v.example/m.appcache"><head>
<base href="https://base.example/d/">
<link rel="stylesheet" href="s.css"><link rel="preload" href="https://v.example/pre.js">
<link rel="icon" href="https://v.example/favicon.ico"><link rel="preconnect" href="https://pc.example">
<meta http-equiv="Refresh" content="0;URL='https://v.example/refresh'"></head>
<body background="https://v.example/body.png">
<table background="https://v.example/table.png"><tr><td background="https://v.example/td.png">x</td></tr></table>
<img src="https://v.example/img.png" srcset="https://v.example/a,1.png 1x, https://v.example/b.png 2x">
<picture><source srcset="https://v.example/pic.webp"></picture>
<video poster="https://v.example/poster.jpg" src="https://v.example/v.mp4"><source src="https://v.example/v.webm">
<track src="https://v.example/t.vtt"></video><audio src="https://v.example/a.mp3"></audio>
<input type="image" src="https://v.example/input.png"><iframe src="https://v.example/frame.html"></iframe>
<frame src="https://v.example/frame2.html"><object data="https://v.example/obj.swf"></object>
<embed src="https://v.example/embed.swf"><applet code="A.class" codebase="https://v.example/applet/"></applet>
<object><param name="movie" value="https://v.example/param.swf"></object>
<svg><image href="https://v.example/svg-image.png"/><use xlink:href="https://v.example/use.svg#i"/>
<filter><feImage href="https://v.example/feimage.png"/></filter></svg>
<bgsound src="https://v.example/sound.wav"><a href="https://v.example/link" ping="https://v.example/ping">l</a>
<form action="https://v.example/form"></form>
</body></html>"""


def _by_vector(html: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for ref in find_references(html, part="1"):
        out.setdefault(ref.vector, []).append(ref.url)
    return out


def test_every_html_vector_is_found() -> None:
    found = _by_vector(EVERY_VECTOR)
    expected = {
        "html[manifest]", "base[href]", "link[rel=stylesheet]", "link[rel=preload]", "link[rel=icon]",
        "link[rel=preconnect]", "meta[http-equiv=refresh]", "body[background]", "table[background]",
        "td[background]", "img[src]", "img[srcset]", "source[srcset]", "video[poster]", "video[src]",
        "source[src]", "track[src]", "audio[src]", "input[src]", "iframe[src]", "object[data]",
        "embed[src]", "applet[code]", "applet[codebase]", "param[value]", "image[href]", "use[xlink:href]",
        "feimage[href]", "bgsound[src]", "a[href]", "a[ping]", "form[action]",
    }  # fmt: skip
    assert expected <= set(found)
    assert found["link[rel=stylesheet]"] == ["https://base.example/d/s.css"]  # relative under a remote <base>
    assert found["img[srcset]"] == ["https://v.example/a,1.png", "https://v.example/b.png"]
    assert found["meta[http-equiv=refresh]"] == ["https://v.example/refresh"]


def test_kinds_and_auto_load() -> None:
    refs = {r.vector: r for r in find_references(EVERY_VECTOR, part="1")}
    assert refs["img[src]"].kind == "image" and refs["img[src]"].auto_loads
    assert refs["link[rel=preconnect]"].kind == "dns"
    assert refs["a[href]"].kind == "link" and not refs["a[href]"].auto_loads
    assert refs["form[action]"].kind == "form" and not refs["form[action]"].auto_loads


def test_ref_ids_are_stable_unique_and_in_document_order() -> None:
    first = find_references(EVERY_VECTOR, part="1.2")
    again = find_references_in_soup(parse_html(EVERY_VECTOR), part="1.2")
    assert [r.ref_id for r in first] == [r.ref_id for r in again]
    assert len({r.ref_id for r in first}) == len(first)
    assert first[0].ref_id == "ei-ref-1_2-1"


def test_sanitiser_can_reach_the_node() -> None:
    soup = parse_html('<p><img src="https://x.example/a.png"></p>')
    (ref,) = find_references_in_soup(soup, part="1")
    ref.tag["src"] = "data:,"
    assert "data:," in str(soup)


def test_conditional_comment_vml_and_srcdoc_are_scanned() -> None:
    html = (
        '<!--[if mso]><v:rect><v:fill src="https://vml.example/bg.png"/></v:rect>'
        '<v:image src="https://vml.example/i.png"/><![endif]-->'
        '<!-- <img src="https://ordinary-comment.example/x.png"> -->'
        '<iframe srcdoc="&lt;img src=&quot;https://srcdoc.example/x.gif&quot;&gt;"></iframe>'
        '<iframe src="data:text/html,%3Cimg%20src%3D%22https%3A%2F%2Fdata-frame.example%2Fy.gif%22%3E"></iframe>'
    )
    refs = find_references(html, part="1")
    urls = {r.url: r for r in refs}
    assert urls["https://vml.example/bg.png"].vector == "vml:v:fill[src]"
    assert urls["https://vml.example/bg.png"].container is not None
    assert "https://vml.example/i.png" in urls
    assert "https://srcdoc.example/x.gif" in urls
    assert urls["https://srcdoc.example/x.gif"].container.name == "iframe"
    assert "https://data-frame.example/y.gif" in urls
    assert not any("ordinary-comment" in u for u in urls)  # a plain comment loads nothing


def test_a_conditional_comment_without_a_start_tag_is_not_parsed(monkeypatch) -> None:
    """`<!--[if mso]></td></tr></table><![endif]-->` makes no element with attributes: nothing to read."""
    from inspector.analysis.common import references

    parsed: list[str] = []
    monkeypatch.setattr(references, "parse_html", lambda html: parsed.append(html) or parse_html(html))
    html = (
        "<p>a<!--[if mso]></td></tr></table><![endif]--><!--[if !mso]><!-->b<!--<![endif]-->"
        '<!--[if gte mso 9]><![if !vml]><![endif]--><!--[if mso]><IMG SRC="https://vml.example/i.png"><![endif]-->'
    )
    refs = find_references_in_soup(parse_html(html), part="1")
    assert [r.url for r in refs] == ["https://vml.example/i.png"]
    # "[if" is read again however it comes (here a downlevel-revealed `<![if !vml]>` inside one).
    assert parsed == ["<![if !vml]><![endif]", "[if !vml]", '<IMG SRC="https://vml.example/i.png"><![endif]']


def test_a_conditional_comment_that_refers_to_nothing_is_read_once(monkeypatch) -> None:
    from inspector.analysis.common import references

    monkeypatch.setattr(references, "_REFERS_TO_NOTHING", {})
    parsed: list[str] = []
    monkeypatch.setattr(references, "parse_html", lambda html: parsed.append(html) or parse_html(html))
    empty, vml = '<table role="presentation"><tr><td width="600">', '<v:fill src="https://vml.example/f.png">'
    html = f"<!--[if mso]>{empty}<![endif]-->" * 3 + f"<!--[if mso]>{vml}<![endif]-->" * 2
    refs = find_references_in_soup(parse_html(html), part="1")
    assert [r.url for r in refs] == ["https://vml.example/f.png"] * 2
    assert [h.count("<td") for h in parsed] == [1, 0, 0]  # the empty one once, the VML one each time
    # A full walker finds nothing anywhere: that is not remembered.
    monkeypatch.setattr(references, "_REFERS_TO_NOTHING", {})
    monkeypatch.setattr(references, "MAX_REFERENCES", 0)
    assert find_references_in_soup(parse_html(html), part="1") == []
    assert references._REFERS_TO_NOTHING == {}


def test_css_tokenizer_sees_through_escapes_case_and_quotes() -> None:
    css = r"""@import "https://i.example/a.css"; @import url(https://i.example/b.css) screen;
    a { background: \75 rl(https://esc.example/1.png) }
    b { background: URL( "https://caps.example/2.png" ) }
    c { background: u\72l(https://esc2.example/3.png) }
    d { list-style: url('https://list.example/4.png'); cursor: url(https://cur.example/c.cur), auto }
    e { background-image: image-set("https://set.example/1x.png" 1x, url(https://set.example/2x.png) 2x) }
    f { border-image: url(https://border.example/b.png) 30 round; mask: url(https://mask.example/m.svg) }
    g { background: u/**/rl(https://not-a-url.example/x) }
    @font-face { font-family: F; src: url(https://font.example/f.woff2) format("woff2"), local(Arial) }"""
    refs = stylesheet_urls(css)
    urls = [r.raw for r in refs]
    hosts = "i.example/a i.example/b esc.example caps.example esc2.example list.example cur.example"
    hosts += " set.example/1x set.example/2x border.example mask.example font.example"
    for host in hosts.split():
        assert any(host in u for u in urls), host
    assert not any("not-a-url" in u for u in urls)
    kinds = {r.raw: r.kind for r in refs}
    assert kinds["https://font.example/f.woff2"] == "font"
    assert kinds["https://i.example/a.css"] == "stylesheet"
    assert [r.index for r in refs] == list(range(len(refs)))


def test_media_and_selector_sensors() -> None:
    css = """@media (prefers-color-scheme: dark) { #_t::before { content: url(https://s.example/d) } }
    @media print { #_t { background-image: url(https://s.example/p) } }
    div.OutlookMessageHeader #_t, blockquote #_t { background-image: url(https://s.example/f) }"""
    sensors = {r.raw: r.sensor for r in stylesheet_urls(css)}
    assert sensors == {"https://s.example/d": "dark mode", "https://s.example/p": "printing",
                       "https://s.example/f": "forwarding"}  # fmt: skip


def test_style_attribute_entities_are_decoded_by_the_html_parser() -> None:
    refs = find_references('<div style="background:&#x75;rl(https://ent.example/x.png)">', part="1")
    assert [r.url for r in refs] == ["https://ent.example/x.png"]
    assert declaration_urls("color: red") == []


def test_url_forms() -> None:
    assert normalise("h\ttt\np://tab.example/x").url == "http://tab.example/x"
    assert normalise(" \x01//proto.example/p.gif").url == "https://proto.example/p.gif"
    assert normalise("http:\\\\back.example\\p").url == "http://back.example/p"
    assert normalise("https://Bücher.example/x").host == "xn--bcher-kva.example"
    ip = normalise("http://3232235777/p")
    assert ip.host == "192.168.1.1" and ip.ip_literal
    assert normalise("http://0x7f.1/").host == "127.0.0.1"
    assert normalise("http://[::1]:8080/").host == "::1"
    assert normalise("\\\\evil.example\\share\\x.png").locality == UNC
    assert normalise("file://evil.example/share/x").host == "evil.example"
    assert normalise("cid:logo@x").locality == LOCAL
    assert normalise("data:image/png;base64,AA").locality == LOCAL
    assert normalise("#top").locality == LOCAL
    assert normalise("JaVaScript:alert(1)").locality == SCRIPT
    assert normalise("img/a.png").locality == RELATIVE
    assert normalise("img/a.png", "https://b.example/d/").url == "https://b.example/d/img/a.png"
    assert normalise("https://x.example/").locality == REMOTE


def test_open_redirects_are_unwrapped() -> None:
    assert normalise("https://www.google.com/url?q=https%3A%2F%2Fevil.example%2Fx").wrapped == (
        "https://evil.example/x",
    )
    assert normalise("https://www.google.co.uk/amp/s/evil.example/p").wrapped == ("https://evil.example/p",)
    assert normalise("https://r.example/?u=aHR0cHM6Ly9ldmlsLmV4YW1wbGUveA").wrapped == ("https://evil.example/x",)
    assert normalise("https://storage.googleapis.com/b/x.html#https://evil.example/y").wrapped == (
        "https://evil.example/y",
    )


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=400))
def test_no_exception_escapes(text: str) -> None:
    find_references(text, part="1")
    find_references(f"<img src='{text}'><style>{text}</style><div style='{text}'>", part="1")
    normalise(text)


def test_import_with_a_quoted_url_function_is_listed() -> None:
    """Google Fonts' own snippet: `@import url("...")` (corpus phishing_pot/sample-495, -5346)."""
    font_css = "https://fonts.googleapis.com/css2?family=Open+Sans:wght@300&display=swap"
    css = f"@import url(\"{font_css}\"); @import URL('https://i.example/q.css') print;"
    refs = stylesheet_urls(css)
    assert [(r.raw, r.vector, r.kind) for r in refs] == [
        (font_css, "css:@import", "stylesheet"),
        ("https://i.example/q.css", "css:@import", "stylesheet"),
    ]
    assert refs[1].sensor == "printing"
    (ref,) = find_references(f"<style>@import url( '{font_css}' );</style>", part="1")
    assert ref.url == font_css and ref.kind == "stylesheet" and ref.remote


SVG_PRESENTATION = """<svg><defs><linearGradient id="g"/></defs>
<rect fill="url(#g)" stroke="url(http://p.example/stroke.svg#s)"/>
<circle fill="URL( 'https://p.example/fill.svg#f' ) red" filter="url(https://p.example/filter.svg#x)"/>
<g mask="url(//p.example/mask.svg#m)" clip-path="url(https://p.example/clip.svg#c)">
<path marker-start="url(https://p.example/m1.svg#a)" marker-mid="url(https://p.example/m2.svg#b)"
 marker-end="url(https://p.example/m3.svg#c)" cursor="url(https://p.example/c.cur), auto"/></g>
<text style="fill:url(https://p.example/style.svg#t)">t</text></svg>"""


def test_svg_presentation_attributes_with_url_are_listed() -> None:
    refs = find_references(SVG_PRESENTATION, part="1")
    remote = {r.vector: r for r in refs if r.remote}
    assert set(remote) == {
        "rect[stroke]", "circle[fill]", "circle[filter]", "g[mask]", "g[clip-path]", "path[marker-start]",
        "path[marker-mid]", "path[marker-end]", "path[cursor]", "css:fill",
    }  # fmt: skip
    assert remote["g[mask]"].url == "https://p.example/mask.svg#m"
    assert all(r.kind == "image" and r.auto_loads for r in remote.values())
    assert remote["circle[fill]"].attr == "fill" and remote["circle[fill]"].tag.name == "circle"
    (local,) = [r for r in refs if not r.remote]
    assert (local.vector, local.raw, local.locality) == ("rect[fill]", "#g", LOCAL)


def test_url_in_other_attributes_is_listed_but_does_not_load() -> None:
    """Outside SVG, `fill=` means nothing; the safe view still blocks it, so it is listed (kind other)."""
    (ref,) = find_references('<table><tr><td fill="url(https://h.example/x.png)" title="plain">', part="1")
    assert (ref.vector, ref.kind, ref.auto_loads) == ("td[fill]", "other", False)


def test_duplicated_attribute_keeps_the_first_like_a_browser() -> None:
    html = '<img src="https://first.example/a.gif" SRC="https://second.example/b.gif" width=1 width=600>'
    (ref,) = find_references(html, part="1")
    assert ref.url == "https://first.example/a.gif"
    assert ref.tag["width"] == "1"


def test_other_readings_build_what_chromium_builds() -> None:
    """Issue 21: the trees below are Chromium 156's (`--dump-dom`, JavaScript on), not html5lib's defaults."""
    select = "<table><tr><td><select><option><img src=x>hello<b>b</b></select></td><td>c2</td></tr></table>"
    assert parse_html(select).find("img") is None  # scripting off, classic <select>: a mail client's tree
    relaxed = parse_html(select, chromium_select=True)
    assert relaxed.find("option").decode_contents() == '<img src="x"/>hello<b>b</b>'
    assert [td.get_text() for td in relaxed.find_all("td")] == ["hello" + "b", "c2"]  # the table goes on
    legacy_input = "<select><style><input type=image src=z></style></select>"
    assert parse_html(legacy_input).find("input") is not None  # the classic parser skips <style> there
    assert parse_html(legacy_input, chromium_select=True).find("input") is None  # Chromium reads CSS text
    noscript = '<svg><foreignObject><noscript><foreignobject><noscript></noscript></foreignobject><style>a{content:"<img src=y>"}</style></noscript></foreignObject></svg>'  # noqa: E501
    assert parse_html(noscript).find("img") is None
    assert parse_html(noscript, scripting=True).find("img", src="y").find_parent("svg") is None
    assert readings("<p>") == [] and readings("<NoScript>") == [{"scripting": True, "chromium_select": False}]
    assert len(readings("<noscript><select>")) == 3


def test_references_only_another_reading_builds_come_last_marked() -> None:
    html = '<img src="https://a.example/1.gif"><select><option><img src="https://a.example/1.gif"><img src="https://b.example/2.gif"></select>'
    soup, refs = body_references(html, part="2")
    assert [(r.ref_id, r.url, r.reading) for r in refs] == [
        ("ei-ref-2-1", "https://a.example/1.gif", ""),
        ("ei-ref-2-2", "https://a.example/1.gif", "Chromium select"),  # a second element, a second load
        ("ei-ref-2-3", "https://b.example/2.gif", "Chromium select"),
    ]
    ours = [id(tag) for tag in soup.find_all("img")]  # (bs4 compares tags by their markup: use identity)
    assert id(refs[0].tag) in ours and id(refs[1].tag) not in ours
    assert [r.url for r in find_references(html, part="2")] == [r.url for r in refs]
