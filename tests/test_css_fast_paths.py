"""The CSS shortcuts (a cache per text, a skip for sheets that cannot name a URL) give tinycss2's answers.

Checked on made-up sheets that spell a URL every way the skip must not miss, and on every `<style>`
sheet and `style` attribute of the corpus bodies against a plain tinycss2 run.
"""

from __future__ import annotations

import pytest
from conftest import corpus_html_bodies

from inspector.analysis.common import css_refs
from inspector.analysis.common.html_tree import parse_html
from inspector.analysis.tracking import pixels

# Each holds one URL; the skip must send every one of them to the tokenizer.
SPELLINGS = [
    "a { background: URL(https://t.example/a.gif) }",
    r"a { background: \75 rl(https://t.example/a.gif) }",
    r"a { background: u\72 l('https://t.example/a.gif') }",
    "a { background: -webkit-image-set('https://t.example/a.gif' 1x) }",
    "@font-face { font-family: f; src: src('https://t.example/f.woff') }",
    '@IMPORT "https://t.example/a.css";',
    r'@\69mport "https://t.example/a.css";',
    'a { --bg: "https://t.example/a.gif" }',
    "@media (prefers-color-scheme: dark) { a { background: url(https://t.example/d.gif) } }",
]


@pytest.mark.parametrize("css", SPELLINGS)
def test_every_spelling_of_a_url_is_tokenised(css: str) -> None:
    assert css_refs.may_hold_url(css)
    assert [r.raw for r in css_refs.stylesheet_urls(css)][:1] in (["https://t.example/a.gif"],
        ["https://t.example/f.woff"], ["https://t.example/a.css"], ["https://t.example/d.gif"])  # fmt: skip


def test_a_sheet_without_those_words_is_skipped_and_holds_none() -> None:
    css = "@media screen and (max-width: 600px) { .x { color: #fff; width: 100% !important } } /* c */ p{margin:0}"
    assert not css_refs.may_hold_url(css)
    assert css_refs.stylesheet_urls(css) == []
    assert list(css_refs._stylesheet_urls(css)) == []


def test_the_cached_answers_are_copies() -> None:
    css = "a { background: url(https://t.example/a.gif) }"
    first = css_refs.stylesheet_urls(css)
    first.clear()
    assert len(css_refs.stylesheet_urls(css)) == 1
    style = pixels.style_map("display:none; WIDTH: 1px")
    style["display"] = "block"
    assert pixels.style_map("display:none; WIDTH: 1px") == {"display": "none", "width": "1px"}


@pytest.mark.corpus
def test_the_shortcuts_agree_with_tinycss2_on_the_corpus(corpus) -> None:
    sheets: set[str] = set()
    styles: set[str] = set()
    for _name, html in corpus_html_bodies(corpus):
        for tag in parse_html(html).descendants:
            if getattr(tag, "name", None) == "style":
                sheets.add(tag.get_text())
            if getattr(tag, "attrs", None) and "style" in tag.attrs:
                styles.add(str(tag.attrs["style"]))
    assert len(sheets) > 50 and len(styles) > 500
    skipped = 0
    for css in sheets:
        expected = list(css_refs._stylesheet_urls(css[: css_refs.MAX_CSS_CHARS]))
        assert css_refs.stylesheet_urls(css) == expected
        skipped += not css_refs.may_hold_url(css)
    assert skipped > 20  # the skip is taken, and then tinycss2 found nothing either
    for style in styles:
        assert pixels.style_map(style) == (pixels._style_map.__wrapped__(style) if ":" in style else {})
