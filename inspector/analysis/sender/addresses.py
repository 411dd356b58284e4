"""Strict address parsing for From, Sender, Reply-To, To and friends.

Python's lenient `getaddresses` invents a second From address out of an unquoted comma
(`From: Enence, jehd <a@b.com>`) on 43 corpus files; `email.headerregistry` follows RFC 5322
and reports such text as a defect instead, which is what we want to show the analyst.
"""

from __future__ import annotations

import email.utils
import re
from dataclasses import dataclass, field
from email.policy import default as _default_policy

from ...parsing import Message
from ..common.domains import normalise_host, registrable_domain

_ENCODED_WORD = re.compile(r"=\?[^?\s]+\?[bBqQ]\?[^?\s]*\?=")
_SURROGATE = re.compile("[\ud800-\udfff]")
_COMMENT = re.compile(r"\(([^()]*)\)")
EMAIL_IN_TEXT = re.compile(
    r"([A-Za-z0-9._%+'=-]{1,64})\s*(?:@|\[at\]|\(at\))\s*((?:[\w-]+(?:\.|\[\.\]))+[A-Za-z]{2,24})\b"
)


@dataclass(frozen=True)
class Mailbox:
    """One parsed address: the decoded display name, the address and its parts."""

    display_name: str
    local: str
    domain: str

    @property
    def address(self) -> str:
        return f"{self.local}@{self.domain}" if self.domain else self.local

    @property
    def org(self) -> str:
        return registrable_domain(self.domain)

    def to_dict(self) -> dict[str, str]:
        return {
            "display_name": self.display_name,
            "address": self.address,
            "domain": self.domain,
            "registrable_domain": self.org,
        }


@dataclass(frozen=True)
class ParsedAddressHeader:
    """A header parsed strictly; `raw` is exactly as sent, `defects` in plain words."""

    name: str
    raw: str
    mailboxes: tuple[Mailbox, ...]
    defects: tuple[str, ...] = ()
    groups: tuple[str, ...] = ()
    comments: tuple[str, ...] = field(default=())

    @property
    def first(self) -> Mailbox | None:
        return self.mailboxes[0] if self.mailboxes else None

    @property
    def encoded(self) -> bool:
        return bool(_ENCODED_WORD.search(self.raw))


# Plain addresses, as most headers carry them: `a@b.example`, `<a@b.example>`, `Ann Lee <a@b.example>`,
# `"Lee, Ann" <a@b.example>`, a comma-separated list of the unquoted ones, or an empty group
# (`undisclosed-recipients:;`): ASCII atoms only, no encoded words, comments, escapes or folding.
_ATEXT = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]"
_ATOMS = rf"{_ATEXT}+(?: {_ATEXT}+)*"
_ADDR_SPEC = rf"({_ATEXT}+(?:\.{_ATEXT}+)*)@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*)"
# `\A`: they are used with fullmatch (linear), and anchored they stay linear under `search` too
# (tests/regex_sweep.py tries every pattern with search: unanchored, these two took ~1 s an input).
_SIMPLE = re.compile(rf"\A[ \t]*(?:{_ADDR_SPEC}|(?:({_ATOMS}) |\"([ !#-\[\]-~]*)\" ?)?<{_ADDR_SPEC}>)[ \t]*")
_EMPTY_GROUP = re.compile(rf"\A[ \t]*({_ATOMS})[ \t]*:[ \t]*;[ \t]*")


def _simple_header(name: str, raw: str) -> ParsedAddressHeader | None:
    """A plain header read without the header registry (which costs ~0.5 ms a header), or None.

    Only for text the registry reads the same way with no defect or comment: checked against it
    in tests/test_addresses_fast.py over every address header of the corpus and made-up variants."""
    if "=?" in raw:
        return None
    if group := _EMPTY_GROUP.fullmatch(raw):
        return ParsedAddressHeader(name, raw, (), (), (group.group(1),))
    mailboxes = []
    for piece in raw.split(",") if '"' not in raw else (raw,):
        match = _SIMPLE.fullmatch(piece)
        if match is None:
            return None
        local, domain, atoms, quoted, angle_local, angle_domain = match.groups()
        if local is None:
            local, domain = angle_local, angle_domain
        display = atoms if atoms is not None else quoted or ""
        mailboxes.append(Mailbox(display, local, normalise_host(domain)))
    return ParsedAddressHeader(name, raw, tuple(mailboxes))


def plain_address_specs(text: str) -> list[str] | None:
    """The `local@domain` of each address of a plain list (as `_simple_header` reads; empty items
    skipped), exactly as written, or None when `text` is not that plain. What
    `[a for _, a in email.utils.getaddresses([text]) if "@" in a]` gives, without its parser: checked
    in tests/test_addresses_fast.py."""
    if "=?" in text or '"' in text:
        return None
    out = []
    for piece in text.split(","):
        if not piece.strip(" \t"):
            continue
        match = _SIMPLE.fullmatch(piece)
        if match is None:
            return None
        local, domain, _, _, angle_local, angle_domain = match.groups()
        out.append(f"{local}@{domain}" if local is not None else f"{angle_local}@{angle_domain}")
    return out


def parse_address_header(name: str, raw: str) -> ParsedAddressHeader:
    """Parse with the RFC 5322 header registry; fall back to `parseaddr` rather than fail."""
    return _simple_header(name, raw) or registry_parse(name, raw)


def registry_parse(name: str, raw: str) -> ParsedAddressHeader:
    """`parse_address_header` without the plain-address shortcut: every header through the registry."""
    try:
        parsed = _default_policy.header_factory(name, raw)
        addresses = parsed.addresses
        defects = tuple(str(d) for d in parsed.defects)
        groups = tuple(g.display_name for g in parsed.groups if g.display_name is not None)
    except Exception as exc:  # noqa: BLE001 - the registry raises odd errors on hostile text
        display, addr = email.utils.parseaddr(raw)
        local, _, domain = addr.rpartition("@") if "@" in addr else (addr, "", "")
        mailbox = Mailbox(display, local, normalise_host(domain))
        return ParsedAddressHeader(name, raw, (mailbox,) if addr else (), (f"unparseable: {exc}",))
    mailboxes: list[Mailbox] = []
    for a in addresses:
        if not a.username and not a.domain:
            continue
        mailboxes.append(
            Mailbox(_clean(a.display_name or ""), _clean(a.username or ""), normalise_host(_clean(a.domain)))
        )
    comments = tuple(c.strip() for c in _COMMENT.findall(_outside_quotes(raw)) if c.strip())
    if not any(m.domain for m in mailboxes) and (lenient := _angle_address(raw)):
        # `Name <a@b@evil.example>`: the registry gives up, mail programs show the name and the last domain.
        mailboxes, defects = [lenient], (*defects, "address with more than one @")
    return ParsedAddressHeader(name, raw, tuple(mailboxes), defects, groups, comments)


_ANGLE = re.compile(r"([^<>]{0,200})<([^<>@\s]{1,64}(?:@[^<>@\s]{1,255}){2,4})>[ \t\r\n]*\Z")


def _angle_address(raw: str) -> Mailbox | None:
    match = _ANGLE.match(raw[:2000].lstrip())
    if not match:
        return None
    local, _, domain = match.group(2).rpartition("@")
    return Mailbox(_clean(match.group(1).strip().strip('"').strip()), _clean(local), normalise_host(_clean(domain)))


def _clean(text: str | None) -> str:
    """Undecodable bytes come back from the registry as lone surrogates, which JSON output refuses."""
    return _SURROGATE.sub("\ufffd", text or "")


def _outside_quotes(raw: str) -> str:
    """The header text with quoted strings blanked, so a quoted "(x)" is not taken for a comment."""
    return re.sub(r'"(?:[^"\\]|\\.)*"', '""', raw)


def real_mailboxes(parsed: ParsedAddressHeader) -> list[Mailbox]:
    """Mailboxes with a domain: text the parser could only keep as a bare word does not count."""
    return [m for m in parsed.mailboxes if m.domain and m.local]


def headers_of(message: Message, name: str) -> list[ParsedAddressHeader]:
    return [parse_address_header(h.name, h.raw) for h in message.all_headers(name)]


def emails_in_text(text: str) -> list[str]:
    """Addresses written inside free text (display names), including defanged `[at]`/`[.]` forms."""
    found = []
    for local, domain in EMAIL_IN_TEXT.findall(text):
        found.append(f"{local}@{domain.replace('[.]', '.')}".lower())
    return found


def address_domain(text: str | None) -> str:
    """The domain of a bare address or `<addr>` (Return-Path, envelope-from)."""
    if not text:
        return ""
    _, addr = email.utils.parseaddr(text)
    addr = addr or text.strip().strip("<>")
    return normalise_host(addr.rpartition("@")[2]) if "@" in addr else ""


def bare_address(text: str | None) -> str:
    if not text:
        return ""
    _, addr = email.utils.parseaddr(text)
    return (addr or text.strip().strip("<>")).strip().lower()
