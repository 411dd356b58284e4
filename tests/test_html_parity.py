"""html5ever's tree (the parse `parse_html` uses) serialises like html5lib's, the reference it replaced.

Compared on every reading html5ever makes (`html_tree.fast_reading`, `only_in_comments`): the default
tree of a text without `<noscript`/`<select` (or with them only in comments), the scripting-on
reading, and Chromium's `<select>` reading. The
readings html5ever cannot make are still html5lib's own, so there is nothing to compare there.

Every difference, and why it is safe (each one checked against Chromium 140, QtWebEngine 6.14's
engine, with `DOMParser`, which builds a tree with scripting off and loads nothing):

- `DIFFERENCES` below: one mXSS vector (`<svg></p><style><a id="</style><img src=...>">`) where
  html5lib 1.1 (2020) follows an older HTML standard: `</p>` (and `</br>`) inside SVG/MathML now
  breaks out of foreign content, so the `<style>` is HTML and the `<img>` an element. html5ever
  builds Chromium's tree, html5lib does not. The sanitiser reads the tree the engine of the safe
  view builds, which is the point of an HTML5 parse (html5lib's tree hid the `<img>` in an
  attribute); the fail-closed check parses the sanitised output and the mXSS tests pass unchanged.
  (Chromium's `<select>` reading is html5lib's with `_relax_select` on every vector.)
- Two corpus bodies where html5lib's "reconstruct the active formatting elements" differs after
  an adoption-agency run (`<b>`/`<a>` left open around `</p>`, a `<b>` foster-parented out of a
  table): html5ever reopens the element before the next whitespace, as Chromium does.
- A doctype with an empty public or system identifier (`<!DOCTYPE html PUBLIC "">`) loses the
  empty identifier: html5ever reports "" for both "absent" and "empty". The sanitiser removes every
  doctype and `render.document` writes its own, and the view's quirks mode comes from that.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator

import pytest
from conftest import corpus_html_bodies
from mxss_vectors import vectors
from test_html_tree import CASES

from inspector.analysis.common.html5ever_tree import (
    MAX_ATTRIBUTES,
    Html5everBuilder,
    _attribute_end,
    _ValueEnds,
    too_many_attributes,
)
from inspector.analysis.common.html_tree import (
    MAX_HTML_CHARS,
    bound_depth,
    fast_reading,
    html5lib_tree,
    other_readings,
    parse_html,
    readings,
)

# name -> the readings html5ever builds differently from html5lib (see the module docstring).
DIFFERENCES = {"dompurify-2.0.0-p-in-svg": [{}]}
CORPUS_DIFFERENCES = {"sample-167.eml#0": [{}], "sample-7778.eml#0": [{}]}
FOREIGN = [
    "<svg viewBox='0 0 1 1' xlink:href=a xml:lang=en><foreignObject><p>x<math><mi>i<mglyph><malignmark>",
    "<math><annotation-xml encoding=text/html><div>d</div></annotation-xml><annotation-xml><svg><desc>q",
    "<svg><desc><svg><title><b>t</b></title></svg></desc><feImage href=i /><style>s</style></svg><style>h</style>",
    "<svg><style>a<b>b</b>c</style><script>x<!--c-->y</script></svg><template><img src=t><svg><a></a></svg></template>",
    "<!DOCTYPE html PUBLIC '-//W3C//DTD XHTML 1.0 Transitional//EN' 'http://www.w3.org/TR/xhtml1/DTD/t.dtd'><p>x",
    "<p ID=1 id=2 CLASS=' a  b ' data-X=y>\ufeffbom</p><!-- after --></html><!-- end -->",
    "<noscript><img src=n></noscript>",
]


def _differences(htmls: Iterator[tuple[str, str]]) -> dict[str, list[dict[str, bool]]]:
    found: dict[str, list[dict[str, bool]]] = {}
    for name, html in htmls:
        text = bound_depth(html[:MAX_HTML_CHARS])
        for reading in [{}, *readings(html)]:
            soup = parse_html(html, **reading)
            if not isinstance(soup.builder, Html5everBuilder):
                continue  # html5lib's own reading
            if str(soup) != str(html5lib_tree(text, **reading)):
                found.setdefault(name, []).append(reading)
    return found


def test_the_tree_is_html5libs_on_the_cases_and_foreign_content() -> None:
    htmls = [(f"case {n}", html) for n, html in enumerate(CASES + FOREIGN)]
    assert _differences(iter(htmls)) == {}


def test_the_tree_is_html5libs_on_the_mxss_vectors_but_where_chromium_differs() -> None:
    assert _differences(iter(vectors())) == DIFFERENCES


def test_foreign_content_keeps_its_namespaces() -> None:
    soup = parse_html("<svg><desc><p>h</p></desc><style>s</style></svg><math><mi><mglyph/></mi></math><p xlink:href=x>")
    spaces = {tag.name: tag.namespace for tag in soup.find_all(True)}
    assert spaces["desc"] == spaces["style"] == spaces["svg"] == "http://www.w3.org/2000/svg"
    assert spaces["mglyph"] == spaces["math"] == "http://www.w3.org/1998/Math/MathML"
    assert spaces["p"] == "http://www.w3.org/1999/xhtml"
    svg = parse_html("<svg><image xlink:href=a XLINK:HREF=b></svg>").find("image")
    assert svg.attrs == {"xlink:href": "a"}


@pytest.mark.corpus
def test_the_tree_is_html5libs_on_the_corpus_bodies(corpus) -> None:
    seen = corpus_html_bodies(corpus)
    assert len(seen) > 350
    found = _differences(iter(seen))
    assert {name: found[name] for name in found if name not in CORPUS_DIFFERENCES} == {}


def test_a_tag_of_thousands_of_attributes_is_left_to_html5lib() -> None:
    """html5ever is quadratic in one tag's attributes; the count may over-read, never under-read."""
    many = " ".join(f"a{i}" for i in range(MAX_ATTRIBUTES + 1))
    assert too_many_attributes(f"<p {many}>")
    assert too_many_attributes(f"</p {many.replace(' ', '/')}>")
    assert too_many_attributes(f'<script><x a="</script><p {many}>"')  # a quote in a script hides nothing
    assert too_many_attributes("<p " + " ".join(f"a{i}='>'" for i in range(MAX_ATTRIBUTES + 1)))
    assert not too_many_attributes("<p " + " ".join(f"a{i}" for i in range(MAX_ATTRIBUTES)) + ">" * 3)
    assert not fast_reading(f"<p {many}>")
    attrs = parse_html(f"<p {many} a7=late>").find("p").attrs
    assert len(attrs) == MAX_ATTRIBUTES + 1
    assert attrs["a7"] == ""


# The one regular expression that read an attribute before `_attribute_end` (same split, quadratic).
_OLD_ATTRIBUTE = re.compile(
    r"""[\t\n\f\r /]*[^\t\n\f\r />][^\t\n\f\r /=>]*(?:[\t\n\f\r ]*=[\t\n\f\r ]*(?:"[^"]*"|'[^']*'|[^\t\n\f\r >]*))?"""
)


def _old_end(html: str, position: int) -> int | None:
    match = _OLD_ATTRIBUTE.match(html, position)
    return None if match is None or match.end() == position else match.end()


def test_attributes_end_where_the_one_regular_expression_ended_them(corpus) -> None:
    rng = random.Random(26)
    alphabet = ["<b", "<p", " ", "\t", "\n", "/", "=", ">", '"', "'", "a", "x1", "-", "<", "é"]
    runs = ["a" * 300, " " * 300, "=" * 3, "<b/x=" * 60, '"' + "q" * 300, "'" + " " * 200]  # past the window
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randrange(1, 60))) for _ in range(3000)]
    texts += ["".join(rng.choice(alphabet + runs) for _ in range(rng.randrange(1, 30))) for _ in range(300)]
    long_values = ['<b x="' + "a" * 700 + '"', "<b x='" + "b" * 700, "<b x=" + "c" * 900 + " y", "<b x=" + "d" * 900]
    for html in texts + long_values + [body for _, body in corpus_html_bodies(corpus)][:40]:
        ends = _ValueEnds(html)
        for position in range(len(html)) if len(html) < 2000 else range(0, len(html), 7):
            assert _attribute_end(html, position, ends) == _old_end(html, position), (html[:80], position)


class _CountingPattern:
    """A compiled pattern that adds up the characters it is given to search."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern, self.read = pattern, 0

    def search(self, text: str, start: int = 0, end: int | None = None) -> re.Match[str] | None:
        stop = len(text) if end is None else min(end, len(text))
        self.read += max(0, stop - start)
        return self.pattern.search(text, start, stop)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        self.read += len(text)
        return self.pattern.finditer(text)


def test_attribute_count_is_linear_on_values_that_open_tags() -> None:
    """`'<b x=' + '<b/x=' * n`: each `<b` started a read of the value to the text's end (200 KB: 9 s).
    Counted in characters searched, not timed: twice the text, twice the reading (it was four times)."""
    from inspector.analysis.common import html5ever_tree

    def reads(n: int) -> int:
        counting = _CountingPattern(html5ever_tree._VALUE_STOP)
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(html5ever_tree, "_VALUE_STOP", counting)
            assert not too_many_attributes("<b x=" + "<b/x=" * n)
        return counting.read

    assert 0 < reads(40_000) <= 2.2 * reads(20_000)


def test_a_noscript_or_select_only_in_comments_leaves_the_tree_to_html5ever() -> None:
    """Outlook's `<!--[if gte mso 9]><noscript><xml>...`: no such start tag, so html5ever's tree is this reading."""
    for html in [
        "<!--[if gte mso 9]><NoScript><xml><o:x>96</o:x></xml></noscript><![endif]--><p>x<img src=a>",
        "<p>a<!-- <SELECT><option> --><b>b<noscript>?",
    ]:
        soup = parse_html(html, scripting=html.endswith("?"))
        assert isinstance(soup.builder, Html5everBuilder)
        assert str(soup) == str(html5lib_tree(html, scripting=html.endswith("?")))
    html = "<!-- <select> --><noscript><img src=n></noscript>"  # the noscript makes other readings
    assert other_readings(html, parse_html(html)) == readings(html) != []
    html = "<!--[if mso]><noscript><p>x</noscript><![endif]--><!-- <select> --><p>y"
    assert readings(html) and other_readings(html, parse_html(html)) == []  # each the same tree again
    for html in [
        "<noscript><img src=n></noscript>",
        "<!-- <noscript --><noscript><p>",
        "<noscript><!--<noscript>--></noscript>",  # raw text with scripting on: not a comment
        "<script>'<noscript>'</script>",  # never a tag, but only comments are counted
        "<!--<select>--><select><option><img src=o>",
        "<!-- x -->&lt;noscript<noscript>",
    ]:
        assert not isinstance(parse_html(html).builder, Html5everBuilder), html
        assert other_readings(html, parse_html(html)) == readings(html) != []
