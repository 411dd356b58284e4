"""message_body gives dkim.rfc822_parse's body, and fails where it fails."""

import itertools

import dkim
import pytest

from inspector.analysis.sender.dkim_body import message_body


def _dkim_body(raw: bytes) -> bytes | None:
    try:
        return dkim.rfc822_parse(raw)[1]
    except Exception:  # noqa: BLE001 - any failure: the body hash is not checked
        return None


def _ours(raw: bytes) -> bytes | None:
    try:
        return message_body(raw)
    except Exception:  # noqa: BLE001
        return None


def test_made_up_messages():
    lines = [b"A: 1", b" more", b"\tmore", b"From x", b"From: y", b"bad line", b"", b"body  ", b"\r", b"x:"]
    for n in range(0, 5):
        for combo in itertools.product(lines, repeat=n):
            for sep in (b"\n", b"\r\n"):
                raw = sep.join(combo)
                for text in (raw, raw + sep, raw + b"\r\n\r\nbody\nend\r\n"):
                    assert _ours(text) == _dkim_body(text), text


@pytest.mark.corpus
def test_corpus_messages(corpus):
    for path in sorted(corpus.rglob("*.eml")):
        raw = path.read_bytes()
        assert _ours(raw) == _dkim_body(raw), path.name
