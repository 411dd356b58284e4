"""Every corpus message: the safe document references nothing but data:, # anchors and our scheme."""

from __future__ import annotations

import pytest
from conftest import corpus_files
from safe_html_check import offending_references

from inspector.model import MessageSummary, Report
from inspector.parsing import LoadError, load
from inspector.render import safe_document

pytestmark = pytest.mark.corpus


def test_corpus_output_references_nothing_outside(corpus) -> None:
    problems: dict[str, list[str]] = {}
    disagreements: dict[str, list[str]] = {}
    rendered = 0
    for path in corpus_files(corpus):
        try:
            message = load(path)
        except LoadError:
            continue
        for inner in message.walk_messages():
            doc = safe_document(inner, Report(message=MessageSummary()), highlight=True)
            found = offending_references(doc.html) + offending_references(doc.text_html)
            if found:
                problems[f"{path.name}:{inner.part_prefix}"] = found[:3]
            if doc.fail_closed:
                disagreements[path.name] = [f.evidence["value"][:80] for f in doc.fail_closed]
            rendered += bool(inner.html_bodies)
    assert rendered > 350
    assert problems == {}
    # A scanner gap is blocked all the same, but the report would miss it: none are left.
    assert disagreements == {}
