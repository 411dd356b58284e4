"""The plain walks of hidden_content find what bs4's find_all found, in the same order."""

import pytest
from bs4 import NavigableString, Tag
from conftest import corpus_html_bodies

from inspector.analysis.common.html_tree import parse_html
from inspector.analysis.traps.hidden_content import styled_tags

SAMPLES = [
    "<p style='font-size:0'>a</p><div><span style=''>b</span><svg><rect style='x'/></svg></div>",
    "<html><head><style>p{}</style><title>t</title></head><body><!-- c --><img src=a><IMG SRC=b></body></html>",
    "<table><tr><td style=color:red>x<![CDATA[y]]></td></tr></table><math><mi style=a>z</mi></math>",
]


def _ids(elements) -> list[int]:
    return [id(e) for e in elements]  # the very same nodes, not equal-looking ones


def _same_as_find_all(html: str) -> None:
    soup = parse_html(html)
    assert _ids(styled_tags(soup)) == _ids(t for t in soup.find_all(style=True) if isinstance(t, Tag))
    images = (t for t in soup.descendants if isinstance(t, Tag) and t.name == "img")
    assert _ids(images) == _ids(t for t in soup.find_all("img") if isinstance(t, Tag))
    plain = [s for s in soup.find_all(string=True) if type(s) is NavigableString]
    assert _ids(s for s in soup.descendants if type(s) is NavigableString) == _ids(plain)


def test_the_walks_match_find_all():
    for html in SAMPLES:
        _same_as_find_all(html)


@pytest.mark.corpus
def test_the_walks_match_find_all_on_the_corpus(corpus):
    for _, html in corpus_html_bodies(corpus):
        _same_as_find_all(html)


STYLES = [
    "font-size:0",
    "FONT-SIZE: 0PX !important",
    "color:red;font-size:0.0em",
    "display:none",
    "DISPLAY : NONE",
    "visibility:hidden",
    "dısplay:none",  # dotless i: IGNORECASE matches it to `i`
    "font-ſize:0",  # long s
    "visibılıty:hidden",
    "margin:0;padding:0",
    "",
    "font-size:10px;display:block",
]


def test_the_style_shortcut_agrees_with_the_searches():
    from inspector.analysis.traps.hidden_content import _UNDISPLAYED, _ZERO_FONT, _style_hides

    for style in STYLES:
        assert _style_hides(style) == (bool(_ZERO_FONT.search(style)), bool(_UNDISPLAYED.search(style))), style
    assert _style_hides("dısplay:none") == (False, True)


def test_letters_are_counted_only_as_far_as_needed():
    from inspector.analysis.traps.hidden_content import _has_letters, letters

    texts = ["12 34", "ab", "", "é ü", "x" * 50, "_-_"]
    for n in range(0, 60):
        for k in range(len(texts) + 1):
            assert _has_letters(texts[:k], n) == (letters(" ".join(texts[:k])) >= n), (n, k)


@pytest.mark.corpus
def test_the_style_shortcut_agrees_on_the_corpus(corpus):
    from inspector.analysis.traps.hidden_content import _UNDISPLAYED, _ZERO_FONT, _style_hides

    for _, html in corpus_html_bodies(corpus):
        for tag in styled_tags(parse_html(html)):
            style = str(tag.get("style") or "")
            assert _style_hides(style) == (bool(_ZERO_FONT.search(style)), bool(_UNDISPLAYED.search(style)))


def _reference_image_only(soup, text_bodies):
    """image_only's answer as it was worked out before the one-walk version: (images, letters) or None."""
    from inspector.analysis.traps.hidden_content import IMAGE_ONLY_LETTERS, letters

    images = [i for i in soup.find_all("img") if isinstance(i, Tag)]
    if not images:
        return None
    visible = " ".join(
        s
        for s in soup.find_all(string=True)
        if type(s) is NavigableString and not (s.parent and s.parent.name in ("style", "script", "title", "head"))
    )
    if letters(visible) >= IMAGE_ONLY_LETTERS or any(letters(t) >= IMAGE_ONLY_LETTERS for t in text_bodies):
        return None
    return len(images), letters(visible), any(i.find_parent("a") is not None for i in images)


def _image_only_facts(html: str, text_bodies: list[str]):
    from inspector.analysis.traps.hidden_content import image_only

    found = image_only(parse_html(html), "1", text_bodies)
    if found is None:
        return None
    return found.evidence["images"], found.evidence["visible_letters"], found.evidence["image_is_link"]


IMAGE_SAMPLES = [
    "<img src=a>",
    "<a href=x><img src=a></a><p>Hi</p>",
    "<p>" + "word " * 20 + "</p><img src=a>",
    "<style>p{color:red} lots of letters here to count</style><img src=a><title>a long title text</title>",
    "<p>no image at all</p>",
    "<p>twelve letters</p><p>and some more here</p><img src=a><p>still more letters</p>",
]


def test_image_only_matches_the_two_walk_version():
    for html in IMAGE_SAMPLES:
        for texts in ([], ["short"], ["a plain text part with well over forty letters in it, surely"]):
            assert _image_only_facts(html, texts) == _reference_image_only(parse_html(html), texts), html


@pytest.mark.corpus
def test_image_only_matches_the_two_walk_version_on_the_corpus(corpus):
    for _, html in corpus_html_bodies(corpus):
        assert _image_only_facts(html, []) == _reference_image_only(parse_html(html), [])


def test_text_start_is_the_start_of_get_text():
    from inspector.analysis.traps.phishing_checks import text_start

    htmls = [*SAMPLES, *IMAGE_SAMPLES, "<p>" + "ab " * 900 + "</p><p>tail</p>", "<p> x </p>" * 700, ""]
    for html in htmls:
        soup = parse_html(html)
        for limit in (0, 1, 2, 5, 100, 2000):
            assert text_start(soup, limit) == soup.get_text(" ", strip=True)[:limit], (html[:40], limit)


@pytest.mark.corpus
def test_text_start_is_the_start_of_get_text_on_the_corpus(corpus):
    from inspector.analysis.traps.phishing_checks import text_start

    for _, html in corpus_html_bodies(corpus):
        soup = parse_html(html)
        assert text_start(soup, 2000) == soup.get_text(" ", strip=True)[:2000]
