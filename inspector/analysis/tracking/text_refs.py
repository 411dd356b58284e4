"""What a plain-text body carries besides words: share paths, uuencoded files, the password of a locked attachment.

Mail programs turn `\\\\host\\share` and `file://host/x` in plain text into links, and several
(Thunderbird, Outlook Express and its heirs) turn a uuencoded block (`begin 644 name` … `end`) into an
attachment the reader can open: an HTML file there loads what it names. Read with caps: the text as
loaded (at most 500,000 characters a body), ten uuencoded blocks of at most 4 MB.
"""

from __future__ import annotations

import binascii
import re
from dataclasses import replace
from typing import cast

from ...model import Finding
from ...parsing import Message
from ...parsing.readings import OTHER_READINGS
from ...texts import join, tr
from ..common.references import Reference, element_id, find_references
from ..common.urls import UNC, normalise

MAX_UU_BLOCKS = 10
MAX_UU_BYTES = 4_000_000
_UU_BEGIN = re.compile(r"^begin [0-7]{3,4} ([^\r\n]{1,255}?)[ \t]*\r?$", re.MULTILINE)
_UU_END = re.compile(r"^end[ \t]*\r?$", re.MULTILINE)
_TEXT_SHARE = re.compile(
    r"(?<![\w\\/])(?:\\\\[^\\\s<>\"']{1,253}\\[^\s<>\"'|]{0,1000}|file://[^\s<>\"']{1,1000})", re.IGNORECASE
)
_PASSWORD = re.compile(
    r"\b(?:password|passcode|passwort|mot de passe|wachtwoord|contrase[ñn]a|senha|kennwort|pwd)\b[^\n]{0,40}",
    re.IGNORECASE,
)
_TAG = re.compile(r"<[^<>]{0,2000}>")
MAX_TEXT_CHARS = 500_000


def text_share_references(msg: Message) -> list[Reference]:
    """`\\\\host\\share` and `file://host/x` in a plain-text body: mail programs make them links."""
    refs: list[Reference] = []
    for body in msg.text_bodies:
        for match in _TEXT_SHARE.finditer(body.text[:MAX_TEXT_CHARS]):
            raw = match.group(0).rstrip(".,;:)]}")
            target = normalise(raw)
            if target.locality != UNC or not target.host:
                continue
            ref_id = element_id(body.part, len(refs))
            refs.append(Reference(ref_id, body.part, "text:share-path", "link", raw, target, None, None))
            if len(refs) >= 50:
                return refs
    return refs


def password_hint(msg: Message) -> str | None:
    """The words after "password" in the message text, where senders of locked attachments put the password."""
    texts = [b.text[:MAX_TEXT_CHARS] for b in msg.text_bodies]
    texts += [_TAG.sub(" ", b.text[:MAX_TEXT_CHARS]) for b in msg.html_bodies]
    texts.append(msg.subject)
    for text in texts:
        match = _PASSWORD.search(text)
        if match:
            return " ".join(match.group(0).split())[:80]
    return None


def with_hint(finding: Finding, hint: str) -> Finding:
    sentence = tr("The message text mentions a password: {hint}", hint=hint)
    evidence = {**finding.evidence, "password_hint": hint}
    return replace(finding, explanation=join(" ", [finding.explanation, sentence]), evidence=evidence)


def uuencoded_references(msg: Message) -> list[tuple[Reference, str]]:
    """References in HTML or SVG files uuencoded into a plain-text body, labelled with the file name."""
    out: list[tuple[Reference, str]] = []
    for body in msg.text_bodies:
        text = body.text[:MAX_TEXT_CHARS]
        for name, data in _uu_blocks(text):
            head = data[:512].lstrip().lower()
            page = name.lower().endswith((".htm", ".html", ".xhtml", ".svg", ".mht")) or head.startswith(
                (b"<!doctype html", b"<html", b"<svg")
            )
            if page:
                html = data.decode("utf-8", "replace")
                out += [(r, name) for r in find_references(html, part=body.part)]
    return out


def _uu_blocks(text: str) -> list[tuple[str, bytes]]:
    blocks = []
    for begin in _UU_BEGIN.finditer(text):
        end = _UU_END.search(text, begin.end())
        if end is None:
            break
        data = bytearray()
        for line in text[begin.end() : end.start()].split("\n"):
            line = line.rstrip("\r")
            if not line:
                continue
            try:
                data += binascii.a2b_uu(line)
            except (binascii.Error, ValueError):
                continue  # a damaged line: decoders skip it too
            if len(data) > MAX_UU_BYTES:
                break
        blocks.append((begin.group(1).strip(), bytes(data[:MAX_UU_BYTES])))
        if len(blocks) >= MAX_UU_BLOCKS:
            break
    return blocks


def other_reading_references(msg: Message) -> list[Reference]:
    """References in the HTML another mail program would show for a part with doubled headers
    (`parsing.readings`). Their ids name no element of the safe view, which shows the first reading."""
    out: list[Reference] = []
    kept = cast(list[dict[str, str]], msg.extra.get(OTHER_READINGS, []))
    for number, reading in enumerate(kept):
        for index, ref in enumerate(find_references(reading["html"], part=reading["part"])):
            ref.vector = f"other-reading:{ref.vector}"
            ref.ref_id = f"ei-other-{number}-{index}"
            out.append(ref)
    return out
