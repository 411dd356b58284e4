"""Property-based fuzzing (issue 9): email-shaped hostile input never breaks the public API.

Invariants (see `fuzz_strategies.check_invariants`): only `LoadError` leaves `load_bytes`; no
analyser fails (`ANALYSER_FAILED` counts as a bug); every remote or UNC URL the scanner sees that
would load on open is reported in a finding; the safe document and the plain-text view hold no
remote reference (checked by the independent `safe_html_check`); the reports export. Their time
is measured by `benchmarks/limits_timing.py fuzz`, not asserted.

CI runs a fixed, derandomized set (about a minute on 2 cores). For a longer run, set
FUZZ_EXAMPLES (examples per test), which also turns derandomization off.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from conftest import CORPUS, FIXTURES
from fuzz_strategies import check_invariants, header_blocks, html_documents, messages, mutated, seed_messages
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from inspector.analysis import analyse
from inspector.parsing import load_bytes
from inspector.render import safe_document

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "0"))
_LONG = EXAMPLES > 0


def fuzz_settings(ci_examples: int) -> settings:
    return settings(
        max_examples=EXAMPLES or ci_examples,
        deadline=None,
        derandomize=not _LONG,  # CI: the same examples every run, so a failure is never a fluke
        database=None,
        suppress_health_check=list(HealthCheck),
        print_blob=True,
    )


SEEDS = seed_messages(CORPUS if CORPUS.is_dir() else None, FIXTURES)
HTML_HEAD = b"From: a@example.org\r\nTo: b@example.org\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"


@fuzz_settings(300)
@given(messages())
def test_random_mime_trees(data):
    check_invariants(data)


@fuzz_settings(300)
@given(html_documents())
def test_random_html_and_css(html):
    check_invariants(HTML_HEAD + html.encode("utf-8", "surrogatepass"))


@fuzz_settings(200)
@given(header_blocks(), st.binary(max_size=200))
def test_random_header_blocks(headers, body):
    check_invariants(headers + b"\r\n" + body)


@fuzz_settings(150)
@given(mutated(SEEDS))
def test_mutated_real_messages(data):
    check_invariants(data)


@fuzz_settings(200)
@given(st.binary(max_size=2000))
def test_raw_bytes(data):
    check_invariants(data)
    check_invariants(b"From: a@example.org\r\n" + data)


@pytest.mark.parametrize("seed", range(len(SEEDS)))
def test_seed_messages_hold_the_invariants(seed):
    check_invariants(SEEDS[seed])


# Failures the fuzzer found, kept as plain regression tests.


def test_img_with_src_then_srcset_is_sanitised():
    """The sanitiser removed srcset while walking a copied attribute list: KeyError, no safe view."""
    check_invariants(HTML_HEAD + b'<img src="https://t.example/o.gif" srcset="https://t.example/o.gif 2x">')


def test_share_path_in_any_attribute_is_removed():
    """A UNC path in an attribute that is not a URL (img[value]) survived into the safe view."""
    check_invariants(HTML_HEAD + b'<img value="\\\\evil.example\\share\\x.png"><div title="file://evil/x">')


def test_marked_section_html_parser_rejects_is_read_as_text():
    """html.parser raised on `<![foo`; beacons, content checks and the safe view all failed."""
    check_invariants(HTML_HEAD + b'<p>x</p><![endi50dysf <img src="https://t.example/after.gif">')
    check_invariants(Path(__file__).with_name("fixtures").joinpath("render", "all_vectors.eml").read_bytes())


def test_escaped_markup_outside_body_stays_text():
    """Text outside <html>/<body> was written back raw: `&lt;img src=...&gt;` became an element."""
    data = HTML_HEAD + b"hello &lt;img src=https://evil.example/x.gif&gt; <b>x</b> &amp;"
    message = load_bytes(data)
    safe = safe_document(message, analyse(message))
    assert "&lt;img src=https://evil.example/x.gif&gt;" in safe.html and not safe.fail_closed
    check_invariants(data)


@pytest.mark.parametrize("charset", ["idna", "punycode", "rot13", "zlib", "unicode-escape"])
def test_a_failing_codec_on_one_part_keeps_the_invariants(charset):
    """Issue 17: `charset=idna` (or punycode) on any part made the whole message PARSE_FAILED."""
    data = (
        b'From: a@example.org\r\nTo: b@example.org\r\nContent-Type: multipart/mixed; boundary="b"\r\n\r\n'
        b"--b\r\nContent-Type: text/html; charset=" + charset.encode() + b"\r\n\r\n"
        b"<p>\xe9 <img src='https://t.example/o.gif?u=42'></p>\r\n"
        b"--b\r\nContent-Type: text/plain; charset=" + charset.encode() + b"\r\n\r\n\xff\xfe<x>\r\n"
        b"--b\r\nContent-Type: application/octet-stream\r\n"
        b"Content-Disposition: attachment; filename*=" + charset.encode() + b"''inv%E2%80%AEfdp.exe\r\n\r\nMZ\r\n"
        b"--b--\r\n"
    )
    check_invariants(data)
    assert len(load_bytes(data).html_bodies) == 1
