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
