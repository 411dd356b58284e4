"""One parse per body: the analysis's tree goes to the sanitiser instead of a second parse, once."""

from __future__ import annotations

import pytest
from conftest import FIXTURES

from inspector.analysis import analyse
from inspector.analysis.common import context
from inspector.parsing import load
from inspector.render import safe_document


@pytest.fixture
def parses(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The parts whose body `body_references` parsed, in order."""
    seen: list[str] = []
    real = context.body_references

    def counting(html: str, *, part: str, base: str | None = None) -> object:
        seen.append(part)
        return real(html, part=part, base=base)

    monkeypatch.setattr(context, "body_references", counting)
    return seen


def test_the_sanitiser_takes_the_analysis_tree_once(parses: list[str]) -> None:
    message = load(FIXTURES / "render" / "all_vectors.eml")
    part = message.html_bodies[0].part
    report = analyse(message)
    assert parses.count(part) == 1  # the tracking engine, the trap checks and the content checks share it
    shared = safe_document(message, report, highlight=False)
    assert parses.count(part) == 1  # the sanitiser took the analysis's tree
    assert "safe" in parses  # the fail-closed check parsed the output, as always
    fresh = safe_document(message, report, highlight=False)
    assert parses.count(part) == 2  # the tree was taken: the next view parses anew
    assert shared.html == fresh.html
    assert shared.blocked == fresh.blocked > 0
    assert shared.fail_closed == fresh.fail_closed == []


def test_a_scan_with_its_indicators_parses_each_body_once(parses: list[str]) -> None:
    """`pipeline.scan` reads the bodies for the analysis and the indicator list, then hands the tree over."""
    from inspector.pipeline import scan
    from inspector.sources import Source

    scanned = scan(Source(str(FIXTURES / "render" / "all_vectors.eml")))
    part = scanned.message.html_bodies[0].part
    assert scanned.indicators  # the indicator list read the links of the body
    assert parses.count(part) == 1
    safe_document(scanned.message, scanned.report, highlight=False)
    assert parses.count(part) == 1  # the sanitiser took the tree the scan made
