"""The HTML that Outlook keeps inside an RTF body (`\\fromhtml1`), taken out in one pass.

Outlook often stores an HTML mail only as compressed RTF that encapsulates the original HTML
([MS-OXRTFEX] 2.1.3.1): markup sits in `{\\*\\htmltag N ...}` groups, text between them is the
HTML's text, and `\\htmlrtf ... \\htmlrtf0` marks RTF that was not in the HTML. extract-msg's
de-encapsulator (RTFDE) parses the whole document with a Lark grammar in pure Python: 30 ms to
1 s per message on the corpus. This reader does the same job with one regular-expression scan,
and returns None whenever it meets something it does not expect, so that the caller can fall
back to RTFDE rather than guess.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, replace

_TOKEN = re.compile(
    rb"\\([a-zA-Z]{1,32})(-?\d{1,10})? ?"  # control word, optional parameter, delimiting space
    rb"|\\'([0-9a-fA-F]{2})"  # a byte in the current code page
    rb"|\\([^a-zA-Z'])"  # control symbol
    rb"|([{}])"
    rb"|([^\\{}\r\n]+)"  # text
    rb"|[\r\n]+"  # line breaks in the RTF file itself mean nothing
    rb"|(\\)$"
)
# Destinations whose content is never part of the HTML (the `\*` ones are skipped anyway).
_SKIPPED = {
    b"colortbl", b"stylesheet", b"info", b"pict", b"object", b"header", b"footer", b"headerl",
    b"headerr", b"footerl", b"footerr", b"listtable", b"listoverridetable", b"rsidtbl", b"revtbl",
    b"themedata", b"colorschememapping", b"latentstyles", b"datastore", b"xmlnstbl", b"fldinst",
    b"filetbl", b"generator", b"pntext", b"pntxta", b"pntxtb", b"listtext",
}  # fmt: skip
_SYMBOLS = {
    b"par": "\n", b"line": "\n", b"tab": "\t", b"lquote": "\u2018", b"rquote": "\u2019",
    b"ldblquote": "\u201c", b"rdblquote": "\u201d", b"bullet": "\u2022", b"endash": "\u2013",
    b"emdash": "\u2014", b"enspace": "\u2002", b"emspace": "\u2003",
}  # fmt: skip
_CONTROL_SYMBOLS = {b"{": "{", b"}": "}", b"\\": "\\", b"~": "\xa0", b"_": "\u2011", b"-": "", b"\n": "\n", b"\r": "\n"}
# \fcharsetN -> Python codec (the Windows code pages RTF names)
_CHARSETS = {
    0: "cp1252", 77: "mac_roman", 128: "cp932", 129: "cp949", 130: "johab", 134: "gbk", 136: "cp950",
    161: "cp1253", 162: "cp1254", 163: "cp1258", 177: "cp1255", 178: "cp1256", 186: "cp1257",
    204: "cp1251", 222: "cp874", 238: "cp1250", 254: "cp437",
}  # fmt: skip
MAX_INPUT = 20 * 1024 * 1024


class _Unexpected(Exception):
    """Something this reader does not handle: let RTFDE try."""


@dataclass(frozen=True)
class _State:
    skip: bool = False  # inside a destination that is not HTML
    htmlrtf: bool = False  # inside \htmlrtf ... \htmlrtf0: RTF that was not in the HTML
    uc: int = 1  # how many fallback characters follow a \uN
    codec: str = "cp1252"
    fonttbl: bool = False


def deencapsulate_html(rtf: bytes) -> str | None:
    """The encapsulated HTML, or None when `rtf` is not encapsulated HTML or looks unusual."""
    if len(rtf) > MAX_INPUT or b"\\fromhtml1" not in rtf[:2048]:
        return None
    try:
        return _run(rtf)
    except (_Unexpected, LookupError, ValueError, OverflowError):
        return None


def _run(rtf: bytes) -> str:
    out: list[str] = []
    pending = bytearray()  # \'hh bytes, decoded together (double-byte code pages)
    fonts: dict[int, str] = {}
    font: int | None = None
    state = _State(codec=_codec(rtf))
    default_codec = state.codec
    stack: list[_State] = []
    group_start = False
    skip_fallback = 0
    pos, end = 0, len(rtf)

    def flush() -> None:
        if pending:
            out.append(pending.decode(state.codec, errors="replace"))
            pending.clear()

    while pos < end:
        match = _TOKEN.match(rtf, pos)
        if match is None:
            raise _Unexpected(f"unreadable RTF at {pos}")
        pos = match.end()
        word, param, hexbyte, symbol, brace, text, _ = match.groups()
        starting, group_start = group_start, False
        if hexbyte is not None:
            if skip_fallback:
                skip_fallback -= 1
            elif not (state.skip or state.htmlrtf):
                pending.append(int(hexbyte, 16))
            continue
        if pending:
            flush()
        if brace == b"{":
            stack.append(state)
            group_start = True
        elif brace == b"}":
            if not stack:
                break  # the document's closing brace; anything after it is not RTF
            state = stack.pop()
        elif text is not None:
            if skip_fallback:
                dropped = min(skip_fallback, len(text))
                text, skip_fallback = text[dropped:], skip_fallback - dropped
            if state.fonttbl and text:
                continue
            if text and not (state.skip or state.htmlrtf):
                out.append(text.decode(state.codec, errors="replace"))
        elif symbol is not None:
            if symbol == b"*":
                if starting:
                    state = _destination(rtf, pos, state)
                    continue
                raise _Unexpected("\\* outside a group start")
            if not (state.skip or state.htmlrtf) and symbol in _CONTROL_SYMBOLS:
                out.append(_CONTROL_SYMBOLS[symbol])
        elif word is not None:
            number = int(param) if param is not None else None
            if word == b"bin":
                pos += max(number or 0, 0)  # binary data: skipped whole, never read as RTF
                continue
            if word == b"fonttbl":
                state = replace(state, fonttbl=True, skip=True)
                continue
            if state.fonttbl:
                if word == b"f" and number is not None:
                    font = number
                elif word == b"fcharset" and font is not None and number in _CHARSETS:
                    fonts[font] = _CHARSETS[number]
                continue
            if word == b"htmlrtf":
                state = replace(state, htmlrtf=number != 0)
            elif starting and word in _SKIPPED:
                state = replace(state, skip=True)
            elif word == b"uc" and number is not None:
                state = replace(state, uc=max(number, 0))
            elif word == b"f" and number is not None:
                state = replace(state, codec=fonts.get(number, default_codec))
            elif state.skip or state.htmlrtf:
                continue
            elif word == b"u" and number is not None:
                out.append(chr(number + 65536 if number < 0 else number))
                skip_fallback = state.uc
            elif word in _SYMBOLS:
                out.append(_SYMBOLS[word])
    flush()  # a truncated document ends here too: what was read is kept
    html = "".join(out)
    # \uN carries UTF-16 units: rebuild characters outside the BMP from their surrogate pairs.
    return html.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")


def _destination(rtf: bytes, pos: int, state: _State) -> _State:
    """After `{\\*`: an htmltag group is HTML markup, every other starred destination is skipped."""
    match = _TOKEN.match(rtf, pos)
    word = match.group(1) if match else None
    if word == b"htmltag":
        return state  # its content is the markup; \htmlrtf around it still decides
    return replace(state, skip=True)


def _codec(rtf: bytes) -> str:
    match = re.search(rb"\\ansicpg(\d{3,5})", rtf[:2048])
    if match is None:
        return "cp1252"
    name = f"cp{int(match.group(1))}"
    try:
        codecs.lookup(name)
    except LookupError:
        return "cp1252"
    return name
