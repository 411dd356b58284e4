"""Loading messages: header order, encoded words, the MIME tree, charsets, .msg files."""

from __future__ import annotations

import hashlib

import pytest
from conftest import FIXTURES

from inspector.parsing import load, load_bytes
from inspector.parsing.sniff import sniff_type

TREE = FIXTURES / "parsing" / "mime_tree_nested.eml"
CHARSETS = FIXTURES / "parsing" / "charset_mess.eml"
MSG = FIXTURES / "msg"


def test_headers_keep_order_and_repeats() -> None:
    message = load(TREE)
    names = [h.name for h in message.headers]
    assert names[:7] == ["Received", "Received", "X-Dup", "Received", "From", "To", "Subject"]
    assert [h.value for h in message.all_headers("x-dup")] == ["first", "second"]
    received = message.all_headers("Received")
    assert [r.value.split()[1] for r in received] == ["mx2.example.net", "relay.example.net", "sender.example.com"]
    # unfolded: the continuation line's tab is kept, the line break is gone
    assert "\n" not in received[0].raw and "\tby mx.example.org" in received[0].raw


def test_rfc2047_words_are_decoded_raw_is_kept() -> None:
    message = load(TREE)
    assert message.header("From") == "Élodée Lévy <elodie@example.com>"
    assert message.subject == "Café crème and plain"
    subject = message.all_headers("Subject")[0]
    assert subject.raw.startswith("=?iso-8859-1?Q?Caf=E9?=")


def test_every_mime_part_gets_an_imap_style_id() -> None:
    message = load(TREE)
    tree = [(p.id, p.content_type) for p in message.root.walk()]
    assert tree == [
        ("0", "multipart/mixed"),
        ("1", "multipart/alternative"),
        ("1.1", "text/plain"),
        ("1.2", "multipart/related"),
        ("1.2.1", "text/html"),
        ("1.2.2", "image/png"),
        ("2", "application/pdf"),
        ("3", "message/rfc822"),
        ("3.0", "multipart/mixed"),
        ("3.1", "text/plain"),
        ("3.2", "image/gif"),
    ]
    assert [b.part for b in message.text_bodies] == ["1.1"]
    assert [b.part for b in message.html_bodies] == ["1.2.1"]
    assert message.text_bodies[0].text.strip() == "Plain body café"


def test_nested_rfc822_is_a_message_of_its_own() -> None:
    message = load(TREE)
    assert len(message.nested) == 1
    inner = message.nested[0]
    assert inner.subject == "Inner message"
    assert inner.part_prefix == "3"
    assert [b.part for b in inner.text_bodies] == ["3.1"]
    assert [a.part for a in inner.attachments] == ["3.2"]
    assert inner.attachments[0].sniffed_type == "image/gif"
    walked = [m.subject for m in message.walk_messages()]
    assert walked == ["Café crème and plain", "Inner message"]
    forwarded = next(a for a in message.attachments if a.part == "3")
    assert forwarded.declared_type == "message/rfc822" and forwarded.filename == "forwarded.eml"
    assert load_bytes(forwarded.data()).subject == "Inner message"


def test_cid_inline_part_and_attachment_metadata() -> None:
    message = load(TREE)
    by_part = {a.part: a for a in message.attachments}
    logo = by_part["1.2.2"]
    assert logo.content_id == "logo@example.com"
    assert logo.inline is True
    assert logo.declared_type == logo.sniffed_type == "image/png"
    assert logo.sha256 == hashlib.sha256(logo.data()).hexdigest()
    invoice = by_part["2"]
    assert (invoice.filename, invoice.inline, invoice.sniffed_type) == ("invoice.pdf", False, "application/pdf")
    assert invoice.data() == b"%PDF-1.4\n%%EOF\n"
    assert invoice.size == len(invoice.data())


def test_charset_mess_is_survived_and_reported() -> None:
    message = load(CHARSETS)
    assert message.subject == "Hi été"  # UTF-7 encoded word
    assert message.header("Subject-Jp") == "日本語"
    assert message.header("X-Raw-8bit") == "café latin1 bytes"  # 8-bit header bytes, not UTF-8
    texts = [b.text.strip() for b in message.text_bodies]
    assert texts[0] == "naïve text with a bogus label"
    assert texts[1] == "日本語"
    html = message.html_bodies[0].text
    assert "\x00" not in html and "\ufffd" in html
    kinds = {(d.part, d.kind) for d in message.defects}
    assert ("1", "CharsetDecodeDefect") in kinds  # unknown label
    assert ("3", "CharsetDecodeDefect") in kinds  # invalid UTF-8


@pytest.mark.parametrize("lead", [b"\xef\xbb\xbf", b"\r\n\r\n", b"\x00\n \xef\xbb\xbf\n"])
def test_a_bom_or_blank_lines_before_the_headers_keep_the_headers(lead: bytes) -> None:
    """They used to end an empty header block: the message read as all body, with no sender or subject."""
    data = b"From: a@sender.example\r\nSubject: kept\r\n\r\nbody\r\n"
    for raw in (lead + data, b"From a@sender.example Tue Nov  3 10:00:00 2026\n" + lead + data):
        message = load_bytes(raw)
        assert message.header("Subject") == "kept"
        assert message.raw == raw  # hashes and the raw view keep the bytes as they were


def test_obsolete_header_syntax_is_read() -> None:
    message = load_bytes(b"From  : a@example.com\r\nSubject   : old style\r\n\r\nbody\r\n")
    assert message.header("Subject") == "old style"
    assert message.text_bodies[0].text == "body\r\n"


def test_msg_with_transport_headers() -> None:
    message = load(MSG / "logsat.com_signatures_valid.msg")
    assert message.format == "msg"
    assert message.extra["synthetic_headers"] is False
    assert message.header("Return-Path") == "<roberto@logsat.com>"
    assert message.header("X-Mailer") == "Microsoft Office Outlook 11"
    assert len(message.all_headers("Received")) >= 1
    assert message.subject == "test"
    assert [a.filename for a in message.attachments] == ["smime.p7s"]


def test_msg_without_transport_headers_keeps_subject_and_body() -> None:
    message = load(MSG / "quick.msg")
    assert message.extra["synthetic_headers"] is True
    assert message.subject == "Test the content transformer"
    assert message.header("To") == "Kevin Roast <kevin.roast@alfresco.org>"
    assert "quick brown fox" in message.text_bodies[0].text


def test_msg_reminder_sound_is_read_from_the_common_property_set(monkeypatch: pytest.MonkeyPatch) -> None:
    """Outlook's ReminderFileParameter (a UNC path there is CVE-2023-23397) lives in PSETID_Common. The set
    was imported from a module extract-msg does not have, so the property was never read (found by mypy)."""
    from extract_msg.msg_classes.msg import MSGFile

    def named(self: MSGFile, name: str, guid: str, default: object = None) -> object:
        hit = (name, guid) == ("851F", "{00062008-0000-0000-C000-000000000046}")
        return "\\\\attacker.example\\share\\ding.wav" if hit else default

    monkeypatch.setattr(MSGFile, "getNamedProp", named)
    assert load(MSG / "quick.msg").extra["reminder_file_parameter"] == "\\\\attacker.example\\share\\ding.wav"


def test_msg_embedded_message_and_attachments() -> None:
    message = load(MSG / "attachment_msg_pdf.msg")
    assert [n.subject for n in message.nested] == ["Test Attachment"]
    assert message.nested[0].part_prefix == "3"
    pdf = next(a for a in message.attachments if a.filename and a.filename.endswith(".pdf"))
    assert pdf.sniffed_type == "application/pdf"
    assert pdf.data().startswith(b"%PDF")


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"%PDF-1.7\n", "application/pdf"),
        (b"\xff\xd8\xff\xe0JFIF", "image/jpeg"),
        (b"MZ\x90\x00", "application/x-dosexec"),
        (b"<!DOCTYPE html><html>", "text/html"),
        (b"<svg xmlns='http://www.w3.org/2000/svg'>", "image/svg+xml"),
        (b"{\\rtf1\\ansi", "application/rtf"),
        (b"\x00\x01\x02\x03binary", "application/octet-stream"),
    ],
)
def test_sniffing_uses_content(data: bytes, expected: str) -> None:
    assert sniff_type(data) == expected


def test_why_a_body_was_decoded_otherwise_is_translatable() -> None:
    """The CHARSET_FALLBACK detail showed in English in every language (now a Text: English in the JSON)."""
    from inspector.parsing.decode import decode_text
    from inspector.texts import Text, translate

    french = {"bytes are not valid {charset}": "octets non valides en {charset}"}
    _, used, problem = decode_text(b"caf\xe9", "utf-8")
    assert used == "cp1252" and problem == "bytes are not valid utf-8" and isinstance(problem, Text)
    assert translate(problem, french.get) == "octets non valides en utf-8"
    _, _, unknown = decode_text(b"x", "x-klingon")
    assert unknown == "unknown charset 'x-klingon'" and isinstance(unknown, Text)
