"""HTML taken out of Outlook's RTF bodies: the one-pass reader against the spec's cases and RTFDE."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import corpus_files
from hypothesis import given, settings
from hypothesis import strategies as st

from inspector.parsing.rtf_html import deencapsulate_html

HEAD = rb"{\rtf1\ansi\ansicpg1252\fromhtml1 \deff0{\fonttbl{\f0\fswiss\fcharset0 Arial;}{\f1\fnil\fcharset204 Tahoma;}}"


def doc(body: bytes) -> bytes:
    return HEAD + body + b"}"


def test_markup_groups_and_text_between_them() -> None:
    rtf = doc(rb"{\*\htmltag19 <html>}{\*\htmltag64 <p class=x>}Hello\htmlrtf \par\htmlrtf0 {\*\htmltag72 </p>}")
    assert deencapsulate_html(rtf) == "<html><p class=x>Hello</p>"


def test_htmlrtf_suppression_follows_groups() -> None:
    # Suppression set inside a group ends with it; \htmlrtf0 inside a nested group does not leak out.
    rtf = doc(rb"A{\htmlrtf B{\htmlrtf0 C}D}E\htmlrtf F\htmlrtf0 G")
    assert deencapsulate_html(rtf) == "ACEG"


def test_code_pages_unicode_and_fallbacks() -> None:
    rtf = doc(rb"caf\'e9 {\f1 \'e2\'e2}\u8364?\uc2\u8364XY!\u-10179\u-8704?")
    assert deencapsulate_html(rtf) == "café вв€€!\U0001f600"


def test_escapes_and_symbols_inside_markup() -> None:
    rtf = doc(rb"{\*\htmltag84 <a href=\{x\}\\y>}a\tab b\~c\lquote{\*\htmltag148 <!--\par -->}")
    assert deencapsulate_html(rtf) == "<a href={x}\\y>a\tb\xa0c\u2018<!--\n-->"


def test_other_destinations_and_binary_data_are_skipped() -> None:
    rtf = doc(rb"{\*\mhtmltag4 <img src=http://original.example/x.png>}{\*\htmltag4 <img src=cid:1>}"
              rb"{\pict\bin5 {}}\\}{\colortbl;\red0;}{\*\generator Riched20;}ok")  # fmt: skip
    assert deencapsulate_html(rtf) == "<img src=cid:1>ok"


def test_not_encapsulated_or_truncated() -> None:
    assert deencapsulate_html(rb"{\rtf1\ansi plain RTF}") is None
    assert deencapsulate_html(doc(rb"{\*\htmltag19 <html>}Hel")[:-1]) == "<html>Hel"  # cut off: what was read


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=400))
def test_any_bytes_give_text_or_none(noise: bytes) -> None:
    result = deencapsulate_html(HEAD + noise)
    assert result is None or isinstance(result, str)


def test_same_html_as_rtfde_on_the_corpus(corpus: Path) -> None:
    """Every corpus .msg whose HTML lives only in its RTF: the same HTML as extract-msg's RTFDE."""
    extract_msg = pytest.importorskip("extract_msg")
    from extract_msg.enums import DeencapType

    compared = 0
    for path in (p for p in corpus_files(corpus) if p.suffix == ".msg"):
        try:
            msg = extract_msg.openMsg(str(path))
            if msg.getStream("__substg1.0_10130102"):
                continue  # the HTML is stored as such
            rtf = msg.rtfBody
        except Exception:  # noqa: BLE001 - damaged files are other tests' business
            continue
        if not rtf or b"\\fromhtml1" not in rtf:
            continue
        theirs = msg.deencapsulateBody(rtf, DeencapType.HTML).decode("utf-8")
        ours = deencapsulate_html(rtf)
        # RTFDE writes a non-breaking space from the RTF as the entity; the reader keeps the character.
        assert ours.replace("&nbsp;", "\xa0") == theirs.replace("&nbsp;", "\xa0"), path.name
        compared += 1
    assert compared >= 15
