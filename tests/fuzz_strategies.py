"""Hypothesis strategies for email-shaped hostile input, and the invariants every input must keep.

Used by `tests/test_fuzz.py` (bounded in CI, longer with FUZZ_EXAMPLES) and `fuzz/atheris_load.py`.
The generators produce what an attacker would send, not uniform noise: random MIME trees with
broken encodings and charsets, HTML and CSS from a small grammar of every URL-carrying place,
header blocks with encoded words, and mutated real messages (byte flips, truncation,
duplicated headers, damaged boundaries).
"""

from __future__ import annotations

import base64
import quopri
from pathlib import Path

from hypothesis import strategies as st
from safe_html_check import offending_references

from inspector.analysis import analyse
from inspector.analysis.common.references import find_references
from inspector.analysis.tracking.beacons import beacon_findings
from inspector.parsing import LoadError, load_bytes
from inspector.render import safe_document
from inspector.report.csv_report import csv_rows
from inspector.report.html_report import render_html
from inspector.report.record import ok_record

# -- HTML and CSS --------------------------------------------------------------------------------

URLS = st.sampled_from(
    [
        "https://t.example/o.gif?u=42",
        "http://track.sendgrid.net/wf/open?upn=abc",
        "//cdn.example.net/p.png",
        "\\\\evil.example\\share\\x.png",
        "file://evil.example/share/x.png",
        "cid:img1@example",
        "data:image/gif;base64,R0lGODlhAQABAAAAACw=",
        "javascript:alert(1)",
        "#top",
        "images/local.png",
        " https://ws.example/ a ",
        "https&#58;//entity.example/x.gif",
        "HTTPS://UPPER.EXAMPLE/X.GIF",
        "https://user:pw@at.example:8080/p?x=1#f",
        "https://xn--80ak6aa92e.com/p.gif",
        "data:text/html;base64," + base64.b64encode(b"<img src='https://srcdoc.example/i.gif'>").decode(),
        "",
    ]
)
TAGS = st.sampled_from(
    ["img", "a", "div", "table", "td", "p", "span", "iframe", "object", "embed", "video", "audio", "source",
     "link", "meta", "form", "input", "svg", "image", "use", "v:fill", "v:imagedata", "frame", "body", "base",
     "script", "style", "param", "bgsound", "area", "html", "head", "x-unknown", "o:p", "set", "animate",
     "portal", "fencedframe"]
)  # fmt: skip
ATTRS = st.sampled_from(
    ["src", "href", "srcset", "background", "poster", "data", "action", "formaction", "ping", "xlink:href",
     "lowsrc", "dynsrc", "content", "http-equiv", "rel", "style", "srcdoc", "codebase", "onload", "value", "name",
     "width", "height", "class", "id", "target", "fill", "filter", "attributionsrc", "to", "values", "from",
     "attributeName"]
)  # fmt: skip


@st.composite
def css_values(draw: st.DrawFn, depth: int = 0) -> str:
    url = draw(URLS).replace('"', "")
    form = draw(st.integers(0, 9))
    simple = [
        f"url({url})",
        f'url("{url}")',
        f"URL('{url}')",
        f'\\75 rl("{url}")',
        f'image-set("{url}" 1x, url({url}) 2x)',
        f"-webkit-image-set(url({url}) 1x)",
        f'src("{url}")',
        f'image-set(var(--u, "{url}") 1x)',
        "red",
        "none",
    ]
    if form < len(simple):
        return simple[form]
    if depth > 3:
        return "calc(1px + 2px)"
    inner = draw(css_values(depth + 1))
    return (
        draw(st.sampled_from(["calc(", "var(--x,", "(", "[", "{"])) + inner + draw(st.sampled_from([")", "]", "}", ""]))
    )


@st.composite
def stylesheets(draw: st.DrawFn) -> str:
    rules = []
    for _ in range(draw(st.integers(0, 4))):
        kind = draw(st.integers(0, 7))
        value = draw(css_values())
        url = draw(URLS)
        if kind == 0:
            rules.append(f"@import url({url});")
        elif kind == 1:
            rules.append(f'@import "{url}" print;')
        elif kind == 2:
            rules.append(f"@media (prefers-color-scheme: dark) {{ .x {{ background: {value} }} }}")
        elif kind == 3:
            rules.append(f"@font-face {{ font-family: f; src: {value} }}")
        elif kind == 4:
            rules.append(f".gmail_quote .y {{ background-image: {value} }}")
        elif kind == 5:
            rules.append(f"@supports (display:grid) {{ @media print {{ a {{ b: {value} }} }} }}")
        elif kind == 6:  # the URL in a custom property, fetched where image-set() uses it
            rules.append(f'.p {{ --u: "{url.replace(chr(34), "")}"; background: image-set(var(--u) 1x) }}')
        else:
            rules.append(draw(st.text(alphabet="{}();:@/*'\"\\ urlabc", max_size=40)))
    return "\n".join(rules)


@st.composite
def html_documents(draw: st.DrawFn, depth: int = 0) -> str:
    out = []
    for _ in range(draw(st.integers(0, 6 if depth == 0 else 3))):
        choice = draw(st.integers(0, 9))
        if choice <= 4:
            tag = draw(TAGS)
            attrs = []
            for _ in range(draw(st.integers(0, 3))):
                name = draw(ATTRS)
                value = draw(css_values()) if name == "style" else draw(URLS)
                if name == "http-equiv":
                    value = draw(st.sampled_from(["refresh", "Link"]))
                elif name == "content":
                    value = draw(st.sampled_from([f"0;url={draw(URLS)}", f"<{draw(URLS)}>; rel=stylesheet"]))
                elif name == "attributeName":
                    value = draw(st.sampled_from(["href", "xlink:href", "width"]))
                elif name == "rel":
                    value = draw(st.sampled_from(["stylesheet", "dns-prefetch", "preload", "icon"]))
                quote = draw(st.sampled_from(['"', "'", ""]))
                attrs.append(f"{name}={quote}{value.replace(quote, '') if quote else value.replace(' ', '')}{quote}")
            inner = draw(html_documents(depth + 1)) if depth < 3 else ""
            close = draw(st.sampled_from([f"</{tag}>", "", f"</{tag}"]))
            out.append(f"<{tag} {' '.join(attrs)}>{inner}{close}")
        elif choice == 5:
            out.append(f"<style>{draw(stylesheets())}</style>")
        elif choice == 6:
            inner = draw(html_documents(depth + 1)) if depth < 3 else ""
            out.append(f"<!--[if mso]>{inner}<![endif]-->")
        elif choice == 7:
            out.append(draw(st.sampled_from(["<!DOCTYPE html>", "<![CDATA[x]]>", "<?xml x?>", "&lt;", "&#0;", "\x00"])))
        elif choice == 8:
            out.append(draw(st.text(alphabet="<>/=\"' abcimgsrc:()\\&#;", max_size=30)))
        else:
            out.append(draw(st.text(max_size=20)))
    return "".join(out)


# -- MIME --------------------------------------------------------------------------------------

# Codecs that are not text charsets or that fail on most bytes (idna, punycode) made the whole
# message PARSE_FAILED before issue 17.
CHARSETS = st.sampled_from(
    ["utf-8", "iso-8859-1", "windows-1252", "utf-16", "shift_jis", "x-unknown", "", "utf-7", "idna", "punycode",
     "rot13", "base64", "zlib", "hex", "unicode-escape", "utf-32-be", "cp037"]
)  # fmt: skip
ENCODINGS = st.sampled_from(["7bit", "8bit", "base64", "quoted-printable", "binary", "x-uuencode", "bogus"])
HEADER_TEXT = st.one_of(
    st.text(max_size=60),
    st.sampled_from(
        [
            "=?utf-8?q?caf=C3=A9?=",
            "=?utf-8?b?Y2Fmw6k=?=",
            "=?iso-8859-1?q?=E9t=E9?= <a@example.org>",
            "=?bogus?x?zzz?=",
            "=?idna?q?<x>?=",
            "=?punycode?b?PHg+?=",
            '"Pay\u202epal" <service@paypa1.example>',
            "a@example.org, <b@example.org>, group: c@example.org;",
            "<>",
            "(comment) a@(x)example.org",
        ]
    ),
)
HEADER_NAMES = st.sampled_from(
    ["From", "To", "Cc", "Reply-To", "Sender", "Subject", "Date", "Message-ID", "Received", "Return-Path",
     "Authentication-Results", "DKIM-Signature", "List-Unsubscribe", "Disposition-Notification-To",
     "X-Mailer", "Content-Type", "MIME-Version", "X-Custom"]
)  # fmt: skip


def _encode(data: bytes, encoding: str) -> bytes:
    if encoding == "base64":
        return base64.encodebytes(data)
    if encoding == "quoted-printable":
        return quopri.encodestring(data)
    return data


@st.composite
def mime_parts(draw: st.DrawFn, depth: int = 0) -> bytes:
    boundary = draw(st.sampled_from(["b1", "=_b", "x" * 70, "a b", ""])) + str(depth)
    if depth < 3 and draw(st.integers(0, 2)) == 0:
        subtype = draw(st.sampled_from(["mixed", "alternative", "related", "digest", "signed"]))
        children = draw(st.lists(mime_parts(depth + 1), max_size=3))
        close = draw(st.sampled_from([f"--{boundary}--\r\n", "", f"--{boundary}\r\n"]))
        body = b"".join(f"--{boundary}\r\n".encode() + child for child in children) + close.encode()
        return f'Content-Type: multipart/{subtype}; boundary="{boundary}"\r\n\r\n'.encode() + body
    if depth < 3 and draw(st.integers(0, 6)) == 0:
        return b"Content-Type: message/rfc822\r\n\r\n" + draw(messages(depth + 1))
    if draw(st.integers(0, 12)) == 0:
        access = draw(st.sampled_from(["URL", "anon-ftp", "local-file", "mail-server", "x-bogus", ""]))
        return (
            f'Content-Type: message/external-body; access-type={access}; URL="{draw(URLS)}"; site="{draw(URLS)}";'
            f' name="{draw(URLS)}"\r\n\r\nContent-Type: image/gif\r\nContent-ID: <img1@example>\r\n\r\n'
        ).encode("utf-8", "surrogatepass")
    kind = draw(st.sampled_from(["text/html", "text/plain", "image/png", "application/pdf", "text/calendar",
                                 "image/svg+xml", "application/octet-stream", "text/css"]))  # fmt: skip
    charset = draw(CHARSETS)
    encoding = draw(ENCODINGS)
    if kind in ("text/html", "image/svg+xml"):
        text = draw(html_documents())
    elif kind == "text/calendar":
        text = f"BEGIN:VCALENDAR\r\nATTACH:{draw(URLS)}\r\nURL:{draw(URLS)}\r\nEND:VCALENDAR"
    elif kind == "application/pdf":
        text = f"%PDF-1.4 /OpenAction /URI ({draw(URLS)}) /Launch"
    elif kind == "text/css":
        text = draw(stylesheets())
    else:
        text = draw(st.text(max_size=80))
    try:
        data = text.encode(charset or "utf-8", "replace")
    except Exception:  # noqa: BLE001 - unknown, binary-only (zlib) or failing (idna) codecs
        data = text.encode("utf-8", "surrogatepass")
    if draw(st.booleans()):
        data = data[: draw(st.integers(0, len(data)))]
    name = draw(
        st.sampled_from(["", "x.pdf", "../../evil.sh", "invoice.pdf\u202eexe.doc", "CON", "=?utf-8?q?a=2Ehtml?="])
    )
    headers = f"Content-Type: {kind}; charset={charset}" + (f'; name="{name}"' if name else "") + "\r\n"
    if draw(st.integers(0, 4)) == 0:  # RFC 2231 names in any charset, raw UTF-8 (RFC 6532) names
        headers += draw(
            st.sampled_from(
                [
                    "Content-Disposition: attachment; filename*=idna''inv%E2%80%AEfdp.exe\r\n",
                    "Content-Disposition: attachment; filename*=punycode'en'%FF%FE\r\n",
                    f"Content-Disposition: attachment; filename*={charset}''caf%C3%A9.pdf\r\n",
                    "Content-Disposition: attachment; filename=inv\u202efdp.exe\r\n",
                ]
            )
        )
    if draw(st.integers(0, 6)) == 0:
        headers += f"Content-Base: {draw(URLS)}\r\n"
    headers += f"Content-Transfer-Encoding: {encoding}\r\n"
    if draw(st.booleans()):
        headers += f"Content-Disposition: {draw(st.sampled_from(['attachment', 'inline', 'bogus']))}\r\n"
    if draw(st.booleans()):
        headers += "Content-ID: <img1@example>\r\n"
    return headers.encode("utf-8", "surrogatepass") + b"\r\n" + _encode(data, encoding) + b"\r\n"


@st.composite
def header_blocks(draw: st.DrawFn) -> bytes:
    lines = [b"From: a@example.org"]
    for _ in range(draw(st.integers(0, 8))):
        name = draw(HEADER_NAMES)
        value = draw(HEADER_TEXT)
        fold = draw(st.sampled_from(["", "\r\n ", "\r\n\t", "\n "]))
        lines.append(f"{name}:{fold}{value}".encode("utf-8", "surrogatepass"))
    return b"\r\n".join(lines) + b"\r\nMIME-Version: 1.0\r\n"


@st.composite
def messages(draw: st.DrawFn, depth: int = 0) -> bytes:
    return draw(header_blocks()) + draw(mime_parts(depth))


# -- mutated real messages ------------------------------------------------------------------------


def seed_messages(corpus: Path | None, fixtures: Path, *, limit: int = 40) -> list[bytes]:
    """A fixed, spread-out sample of real messages (the corpus when present, else the fixtures)."""
    paths = sorted(p for p in fixtures.rglob("*.eml") if p.is_file())
    if corpus is not None and corpus.is_dir():
        everything = sorted(p for p in corpus.rglob("*") if p.suffix in (".eml", ".msg") and p.is_file())
        small = [p for p in everything if p.stat().st_size < 300_000]
        step = max(1, len(small) // limit)
        paths = small[::step][:limit] + paths[:10]
    return [p.read_bytes() for p in paths[: limit + 10]]


@st.composite
def mutated(draw: st.DrawFn, seeds: list[bytes]) -> bytes:
    data = bytearray(draw(st.sampled_from(seeds)))
    for _ in range(draw(st.integers(1, 4))):
        op = draw(st.integers(0, 5))
        if not data:
            break
        at = draw(st.integers(0, len(data) - 1))
        if op == 0:  # flip bytes
            for offset in range(draw(st.integers(1, 8))):
                if at + offset < len(data):
                    data[at + offset] ^= draw(st.integers(1, 255))
        elif op == 1:  # truncate
            del data[at:]
        elif op == 2:  # duplicate a header line
            end = data.find(b"\n", at)
            start = data.rfind(b"\n", 0, at) + 1
            if end > start:
                data[start:start] = data[start : end + 1] * draw(st.integers(1, 3))
        elif op == 3:  # damage a boundary
            where = data.find(b"boundary=", at)
            if where >= 0:
                data[where + 9 : where + 12] = draw(st.binary(max_size=4))
        elif op == 4:  # insert bytes
            data[at:at] = draw(st.binary(max_size=16)) or b"\r\n--"
        else:  # splice generated HTML into the body
            data[at:at] = draw(html_documents()).encode("utf-8", "surrogatepass")
    return bytes(data)


# -- invariants ----------------------------------------------------------------------------------


def check_invariants(data: bytes) -> dict[str, int]:
    """Run the whole pipeline on `data` and assert every invariant; returns counters for the log.

    No time bound: how long each input takes is printed by `benchmarks/limits_timing.py fuzz`, and a
    long atheris run catches a slow input with libFuzzer's own `-timeout`.
    """
    try:
        message = load_bytes(data)
    except LoadError:
        return {"load_error": 1}
    report = analyse(message)
    failed = [f.evidence for f in report.findings if f.code == "ANALYSER_FAILED"]
    assert not failed, failed
    reported = _reported_urls(message)
    for inner in message.walk_messages():
        for body in inner.html_bodies:
            for ref in find_references(body.text, part=body.part):
                if ref.locality in ("remote", "unc") and ref.auto_loads:
                    assert ref.url in reported, ref.url
    safe = safe_document(message, report)
    assert offending_references(safe.html) == []
    assert offending_references(safe.text_html) == []
    record = ok_record("fuzz.eml", data, report)
    render_html(record)
    csv_rows(record)
    return {"disagreements": len(safe.fail_closed)}


def _reported_urls(message: object) -> set[str]:
    out: set[str] = set()
    for finding in beacon_findings(message, None):  # type: ignore[arg-type]
        out.update(item["url"] for item in finding.evidence.get("items", []))
        if finding.url:
            out.add(finding.url)
    return out
