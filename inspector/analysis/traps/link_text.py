"""Which web address a link's text shows, if any: `paypal.com` does, `ASP.NET`, `Node.js` and
`README.md` do not.

A dotted word is read as an address only when it looks like one to a reader: written with a scheme or
`www.`, or a bare name under a real public suffix that is not a file ending, a code identifier or a
technology's name. Book titles (`ASP.NET Unleashed`), file names and namespaces in a link's text
otherwise became "a link that shows one site and goes to another" on newsletters and developer mail.
"""

from __future__ import annotations

import re

from ..common.domains import public_suffix, registrable_domain

MAX_TEXT = 200
# A name preceded by a letter, digit, `@`, `.`, `-`, `/` or `\` is part of an address, a path or a
# longer word, not a host of its own.
_CANDIDATE = re.compile(
    r"(?<![\w@./\\-])(https?://)?((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24})(?=$|[/:?#\s)\]>,;!])",
    re.IGNORECASE,
)
# File endings, those that are also top-level domains among them (.md, .py, .sh, .rs, .zip, .mov):
# written bare, `README.md` or `setup.py` is a file. Not `.pl`: Polish sites (allegro.pl) are lures'
# favourites, and a Perl file in a path (`lib/x.pl`) is already no host.
FILE_ENDINGS = frozenset({
    "png", "jpg", "jpeg", "gif", "bmp", "svg", "webp", "ico", "tif", "tiff", "pdf", "doc", "docx", "xls", "xlsx",
    "ppt", "pptx", "odt", "ods", "odp", "rtf", "txt", "csv", "log", "md", "htm", "html", "php", "asp", "aspx",
    "jsp", "cgi", "js", "ts", "json", "xml", "yml", "yaml", "ini", "cfg", "conf", "py", "sh", "bat", "ps", "rs",
    "go", "rb", "pm", "java", "kt", "cs", "cpp", "zip", "rar", "gz", "tgz", "bz2", "xz", "7z", "tar", "iso", "dmg",
    "exe", "msi", "dll", "apk", "jar", "mp3", "mp4", "mov", "avi", "mkv", "wav", "eml", "msg", "ics", "vcf",
})  # fmt: skip
# Technologies whose names are written like domains (and sometimes are one): in running text they name
# the technology. Written with `www.` or a scheme they count as addresses.
# (`Node.js`, `Vue.js` need no entry: `.js` is no top-level domain.)
TECH_WORDS = frozenset({"asp.net", "vb.net", "ado.net", "ml.net", "socket.io"})


def shown_domain(text: str) -> str:
    """The first web address `text` shows, lower-cased (`www.` kept); "" when it shows none."""
    text = text[:MAX_TEXT]
    if not text or "@" in text:
        return ""
    for match in _CANDIDATE.finditer(text):
        name = match.group(2).rstrip(".")
        if _reads_as_address(name, explicit=bool(match.group(1)) or name.lower().startswith("www.")):
            return name.lower()
    return ""


def _reads_as_address(name: str, *, explicit: bool) -> bool:
    lower = name.lower()
    ending = name.rpartition(".")[2]
    if not public_suffix(lower):
        return False  # `node.js`, `config.local`: no such top-level domain
    reg = registrable_domain(lower)
    if not reg or "." not in reg:
        return False
    if explicit:
        return True
    if ending.lower() in FILE_ENDINGS or lower in TECH_WORDS:
        return False
    head = lower[: len(lower) - len(public_suffix(lower))].rstrip(".")
    if head and not re.search(r"[a-z]", head):
        return False  # `5.0.dev`, `2.4.1.rc`: a version number (`gov.br` alone is a site)
    # `System.Net`, `Socket.IO`: a capital in the ending of a name not written all in capitals is a
    # code identifier; `PayPal.com`, `KoKo.bet` and `PAYPAL.COM` are addresses.
    return not (any(c.isupper() for c in ending) and not name.isupper())
