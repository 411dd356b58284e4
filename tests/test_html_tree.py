"""The linear-time text joining in `html_tree` builds the very tree bs4's own html5lib builder builds.

(That is html5lib's path, `html5lib_tree`: the readings html5ever cannot make; html5ever's tree is
compared with it in test_html_parity.py.)

The reference is bs4's tree builder (which joins text by copying, old + new, for every token)
and html5lib's tokenizer (which compares each attribute name with every earlier one), swapped in
for ours; both trees must serialise alike, on every reading a browser may make.
"""

from __future__ import annotations

import random
from collections.abc import Iterator

import pytest
from bs4.builder._html5lib import TreeBuilderForHtml5lib
from conftest import corpus_html_bodies
from html5lib._tokenizer import HTMLTokenizer
from mxss_vectors import vectors

from inspector.analysis.common import html_tree
from inspector.analysis.common.html_tree import MAX_HTML_CHARS, bound_depth, html5lib_tree, parse_html, readings

# Text built from many tokens (entities, NULs, CRs), foster-parented text in tables, text moved by
# the adoption agency, text around comments, RCDATA and raw text, and text in SVG/MathML.
CASES = [
    "<p>" + "word &amp; " * 300,
    "<p>a&lt;b&gt;c&#0;d\r\ne&#x41;&nbsp;f&notanentity;g",
    "<table>x&amp;y<tr>z&amp;w<td>in&amp;cell</td></tr>tail&amp;end</table>after",
    "<table><tr><td>a</td></tr>foster&amp;ed <b>bold&amp;</b> more&amp;</table>",
    "<b>1&amp;<p>2&amp;</b>3&amp;</p>4&amp;",
    "<a href=x>one&amp;<div>two&amp;</a>three&amp;</div>",
    "x&amp;<!-- c -->y&amp;<!-- d -->z",
    "<title>a&amp;b&lt;c</title><textarea>\nx&amp;y</textarea><pre>\n\nq&amp;r</pre>",
    "<style>a&amp;b</style><script>c&amp;d</script>",
    "<svg><title>s&amp;t</title><text>u&amp;v</text></svg><math><mi>m&amp;n</mi></math>",
    "<select><option>o&amp;p<img src=x>q&amp;r</select>",
    "<noscript>n&amp;s<img src=y></noscript>",
    "<frameset>f&amp; </frameset> &amp;",
    "text &amp; before <html> text &amp; after </body> after body &amp; </html> end &amp;",
    '<p a=1 A=2 b=3 a=4 c="x&amp;y" B=5>dup</p><svg viewBox="0 0 1 1" VIEWBOX=2 x=1 x=2></svg>',
    "<p " + " ".join(f"n{i % 50}={i}" for i in range(200)) + ">many</p>",
]


def _reference(html: str, **reading: bool) -> str:
    class Reference(TreeBuilderForHtml5lib):
        def join_text(self) -> None:
            pass

    saved = html_tree._TreeBuilder, html_tree._Tokenizer
    html_tree._TreeBuilder, html_tree._Tokenizer = Reference, HTMLTokenizer  # type: ignore[misc]
    try:
        return str(_ours(html, **reading))
    finally:
        html_tree._TreeBuilder, html_tree._Tokenizer = saved  # type: ignore[misc]


def _ours(html: str, **reading: bool) -> object:
    return html5lib_tree(bound_depth(html[:MAX_HTML_CHARS]), **reading)


def _mismatches(htmls: Iterator[tuple[str, str]]) -> list[str]:
    found = []
    for name, html in htmls:
        for reading in [{}, *readings(html)]:
            if str(_ours(html, **reading)) != _reference(html, **reading):
                found.append(f"{name} {reading}")
    return found


def test_the_tree_is_the_one_bs4_builds_on_the_cases_and_the_mxss_vectors() -> None:
    htmls = [(f"case {n}", html) for n, html in enumerate(CASES)] + vectors()
    assert _mismatches(iter(htmls)) == []


@pytest.mark.parametrize("parse", [parse_html, html5lib_tree])
def test_joined_text_is_one_node_with_the_whole_text(parse) -> None:
    soup = parse("<p>" + "word &amp; " * 1000)
    paragraph = soup.find("p")
    assert len(paragraph.contents) == 1
    assert paragraph.string == "word & " * 1000


@pytest.mark.parametrize("parse", [parse_html, html5lib_tree])
def test_a_repeated_attribute_keeps_its_first_value_among_thousands(parse) -> None:
    names = [f"data-a{i}" for i in range(3000)]
    html = "<p " + " ".join(f"{n}={i}" for i, n in enumerate(names)) + " DATA-A7=late data-a9=late>x</p>"
    attrs = parse(html).find("p").attrs
    assert list(attrs) == names
    assert attrs["data-a7"] == "7"
    assert attrs["data-a9"] == "9"


@pytest.mark.corpus
def test_the_tree_is_the_one_bs4_builds_on_the_corpus_bodies(corpus) -> None:
    seen = corpus_html_bodies(corpus)
    assert len(seen) > 350
    assert _mismatches(iter(seen)) == []


def _bound_depth_before(html: str, limit: int) -> str:
    """`bound_depth` as it was before it remembered the next `>` (the reference for the test below)."""
    if len(html_tree._START_TAG.findall(html)) <= limit:
        return html
    stack: list[str] = []
    open_count: dict[str, int] = {}
    pieces: list[str] = []
    last = 0
    for match in html_tree._TAG.finditer(html):
        closing, name = match.group(1), match.group(2).lower()
        if name in html_tree._FLAT:
            continue
        if closing:
            if not open_count.get(name):
                continue
            while True:
                top = stack.pop()
                open_count[top] -= 1
                if top == name:
                    break
            dropped = len(stack) >= limit
        else:
            dropped = len(stack) >= limit
            stack.append(name)
            open_count[name] = open_count.get(name, 0) + 1
        if dropped:
            end = html.find(">", match.end())
            end = len(html) if end < 0 else end + 1
            pieces.append(html[last : match.start()])
            last = end
    if not pieces:
        return html
    pieces.append(html[last:])
    return "".join(pieces)


def test_bound_depth_is_the_same_and_linear_without_any_closing_bracket() -> None:
    """Each left-out tag looked for its `>` from where it stood: with none in the text (`'<b x=' +
    '<b/x=' * n`), each read to the end, and 1.6 MB took 2.8 s. The next `>` is now remembered."""
    rng = random.Random(8)
    parts = ["<div>", "</div>", "<b x=", "<b/x=", "<p>", "</p>", "<i", ">", "x", " ", "</b>", "<br>", "<DIV>"]
    for _ in range(4000):
        html = "".join(rng.choice(parts) for _ in range(rng.randrange(1, 40)))
        limit = rng.randrange(0, 6)
        assert bound_depth(html, limit) == _bound_depth_before(html, limit), (html, limit)
    shape = "<b x=" + "<b/x=" * 5_000
    assert bound_depth(shape, 10) == _bound_depth_before(shape, 10)
