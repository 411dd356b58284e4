"""The tracker index remembers its answers per (URL, host): asked again, it says the same."""

from __future__ import annotations

from inspector.analysis.common import trackers
from inspector.analysis.common.trackers import index

URLS = [
    ("https://x.list-manage.com/track/open.php?u=1", "x.list-manage.com"),
    ("https://x.list-manage.com/track/open.php?u=1", "other.example"),  # the host is part of the key
    ("https://shop.example/img/logo.png", "shop.example"),
    ("https://t.example/wf/open?upn=abc", "t.example"),
]


def test_a_remembered_answer_is_the_answer(monkeypatch) -> None:
    idx = index()
    fresh = [idx._match(url, host) for url, host in URLS]
    assert fresh[0] is not None and fresh[2] is None
    assert [idx.match(url, host) for url, host in URLS] == fresh
    assert [idx.match(url, host) for url, host in URLS] == fresh  # now from memory
    monkeypatch.setattr(trackers, "_MAX_REMEMBERED", 2)  # a full memory starts again, answers unchanged
    idx._matches.clear()
    assert [idx.match(url, host) for url, host in reversed(URLS)] == fresh[::-1]
    assert len(idx._matches) <= 2
