"""Is the sender dressed up as someone else? Display names, brands, look-alike text and domains."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..model import Category, Finding, Severity
from .addresses import emails_in_text
from .auth_results import signing_domain
from .brands import brand_domains, brands_named_in, own_org_names
from .domains import is_freemail, is_ip, mailbox_provider, registrable_domain, same_org
from .lookalike import cousin_of, decode_idn, invisible_characters, mixed_script_words, skeleton, strip_invisible
from .sender_context import SenderContext, finding, unrelated

_URL_IN_NAME = re.compile(
    r"(?:https?://|www\.)[^\s<>\"]+|(?<![\w@.-])(?:[\w-]+\.)+(?:com|net|org|info|biz|io|co|be|eu|de|fr|uk|nl|ru|cn)\b",
    re.I,
)
_CALENDAR = re.compile(r"\((?:Google (?:Calendar|Agenda|Kalender)|Calendar)\)", re.I)
_LINK_HOST = re.compile(r"""href\s*=\s*["']?\s*https?://([^/"'\s>:?#]+)""", re.I)
_BAD_EXTENSIONS = (
    "exe scr com bat cmd pif js jse vbs vbe wsf wsh hta lnk msi jar ps1 iso img vhd vhdx cpl reg dll "
    "appref-ms application gadget msc msp scf url xll docm xlsm pptm one"
)
_DOUBLE_EXT_BAD = frozenset(_BAD_EXTENSIONS.split())
_DOUBLE_EXT_DOC = frozenset(
    "pdf doc docx xls xlsx ppt pptx rtf txt csv jpg jpeg png gif zip rar mp3 mp4 wav odt htm html".split()  # noqa: SIM905
)


def check_display_name(ctx: SenderContext) -> Iterator[Finding]:
    author = ctx.author
    if author is None or not author.display_name:
        return
    name = strip_invisible(author.display_name)
    header = ctx.from_headers[0]
    foreign = []
    for addr in emails_in_text(skeleton(name) if not name.isascii() else name):
        domain = addr.rpartition("@")[2]
        if addr == author.address.lower() or not unrelated(domain, author.domain):
            continue
        if _CALENDAR.search(name) and same_org(author.domain, "google.com"):
            continue  # Google Calendar replies: "x@y (Google Calendar)" <calendar-notification@google.com>
        foreign.append(addr)
    if foreign:
        own = [a for a in foreign if any(a.endswith("@" + d) or a.endswith("." + d) for d in ctx.recipient_domains)]
        listy = ctx.list_mail and " via " in name.lower()
        yield finding(
            "DISPLAY_NAME_ADDRESS",
            Severity.LOW if listy else Severity.HIGH,
            "The sender's name shows a different email address",
            f"The name reads '{name}', so many mail programs show {foreign[0]} as the sender, but the message "
            f"really comes from {author.address}." + (" The address shown is in your own organisation." if own else ""),
            'a mailing list rewriting the sender as "name via list"'
            if listy
            else "almost none; a few booking or calendar services put the customer's address in the name.",
            header=header.name,
            evidence={"from": header.raw, "display_name": name, "shown_addresses": foreign},
            domain=author.org,
        )
        ctx.facts["display_address"] = True
    url = _URL_IN_NAME.search(name)
    if url and not foreign:
        shown = url.group(0)
        host = re.sub(r"^(?:https?://)?(?:www\.)?", "", shown, flags=re.I).split("/")[0]
        if unrelated(host, author.domain):
            yield finding(
                "DISPLAY_NAME_URL",
                Severity.LOW,
                "The sender's name is a web address",
                f"The name '{name}' shows a website ({shown}) that is not the sender's domain {author.org}.",
                "shops and services sometimes use their web address as their name.",
                header=header.name,
                evidence={"display_name": name, "shown": shown, "from": author.address},
            )
    yield from _encoded_tricks(ctx, name, foreign)


def _encoded_tricks(ctx: SenderContext, name: str, foreign: list[str]) -> Iterator[Finding]:
    header = ctx.from_headers[0]
    author = ctx.author
    assert author is not None
    comment_addrs = [a for c in header.comments for a in emails_in_text(c) if a != author.address.lower()]
    revealed = header.encoded and (foreign or "<" in name or ">" in name or "@" in name)
    if comment_addrs or revealed:
        how = "a comment in brackets" if comment_addrs else "encoded text that only mail programs decode"
        yield finding(
            "ENCODED_DISPLAY_NAME_TRICK",
            Severity.HIGH,
            "An address is smuggled into the sender's name",
            f"The From line uses {how} to show an address that is not the real sender, hiding it from simple filters.",
            "none known for this combination.",
            header=header.name,
            evidence={"from": header.raw, "decoded_name": name, "comment_addresses": comment_addrs},
        )
    elif header.encoded and ctx.facts.get("brand") and name.isascii():
        yield finding(
            "ENCODED_DISPLAY_NAME_TRICK",
            Severity.MEDIUM,
            "An organisation's name is hidden in encoded text",
            f"The sender's name '{name}' is plain text written in an encoded form, which keeps the name "
            "of the organisation it claims to be away from simple filters.",
            "some newsletter tools encode every name.",
            header=header.name,
            evidence={"from": header.raw, "decoded_name": name},
        )


def check_brand(ctx: SenderContext) -> Iterator[Finding]:
    """Sets ctx.facts['brand'] first so other checks can combine with it; yields the finding later."""
    author = ctx.author
    if author is None or not author.display_name:
        return
    name = strip_invisible(author.display_name)
    claimed = [(b, m) for b, m in brands_named_in(name) if not b.owns(author.domain)]
    for label in own_org_names(ctx.settings.own_domains):
        if re.search(rf"(?<!\w){re.escape(label)}(?!\w)", skeleton(name), re.I) and not any(
            author.domain.endswith(d) for d in ctx.settings.own_domains
        ):
            yield _brand_finding(ctx, name, f"your own organisation ({label})", [], own=True)
    if not claimed:
        return
    brand, matched = claimed[0]
    ctx.facts["brand"] = brand.name
    yield _brand_finding(ctx, name, brand.name, list(brand.domains), kind=brand.kind, matched=matched)


def _brand_finding(
    ctx: SenderContext, name: str, who: str, domains: list[str], *, own: bool = False, kind: str = "", matched: str = ""
) -> Finding:
    author = ctx.author
    assert author is not None
    strong = [a for a in ctx.aggravating if "display name claims" not in a]
    authenticated = any(
        r.result == "pass" and same_org(signing_domain(r), author.domain) for r in ctx.auth.trusted_results("dkim")
    )
    severity = Severity.HIGH if strong or own else Severity.MEDIUM
    if ctx.list_mail and not strong:
        severity = Severity.LOW
    what = {
        "news": "news outlet",
        "government": "government body",
        "parliament": "parliament",
        "international": "institution",
    }
    return finding(
        "DISPLAY_NAME_BRAND",
        severity,
        f"The sender's name claims to be {who}",
        f"The name '{name}' names {who}{' (a ' + what[kind] + ')' if kind in what else ''}, but the address "
        f"{author.address} is not one of its domains{' (' + ', '.join(domains[:4]) + ')' if domains else ''}."
        + (f" In addition, {'; '.join(strong)}." if strong else "")
        + (
            " The sender's domain did pass authentication, which proves only who owns that domain."
            if authenticated
            else ""
        ),
        "journalists and staff sometimes write from a personal address, and newsletters or agencies "
        "mention the organisations they write about.",
        header=ctx.from_headers[0].name,
        evidence={"display_name": name, "matched": matched or who, "brand_domains": domains, "from": author.address},
        domain=author.org,
    )


def check_invisible(ctx: SenderContext) -> Iterator[Finding]:
    places = []
    for head in ctx.from_headers + ctx.reply_to_headers + ctx.sender:
        for box in head.mailboxes:
            places.append((head.name, box.display_name + " " + box.local, Severity.HIGH, None))
    places.append(("Subject", ctx.message.subject, Severity.MEDIUM, None))
    for att in ctx.message.attachments:
        if att.filename:
            places.append(("filename", att.filename, Severity.HIGH, att.part))
    for where, text, severity, part in places:
        chars = invisible_characters(text)
        if where == "Subject":  # a soft hyphen in a subject is mostly mis-decoded text (mojibake)
            chars = [c for c in chars if c["codepoint"] != "U+00AD"]
        if not chars:
            continue
        bidi = any(c["kind"] == "bidi control" for c in chars)
        if where in ("From", "Sender", "Reply-To"):
            ctx.facts["hidden_characters"] = True
        yield finding(
            "BIDI_OVERRIDE",
            severity,
            "Hidden characters "
            + ("reverse part of " if bidi else "are inside ")
            + ("an attachment name" if part else f"the {where}"),
            "Invisible or direction-changing characters make text look different from what it is: a name "
            "that slips past filters, or 'invoice_fdp.exe' that displays as 'invoice_exe.pdf'.",
            "right-to-left languages use direction marks, and emoji use joiners (both are already ignored here).",
            header=None if part else where,
            part=part,
            category=Category.ATTACHMENT if part else Category.SENDER,
            evidence={"where": where, "text": text, "characters": chars[:20], "count": len(chars)},
        )


def check_homoglyphs(ctx: SenderContext) -> Iterator[Finding]:
    author = ctx.author
    if author is None:
        return
    header = ctx.from_headers[0].name
    words = mixed_script_words(author.display_name) + mixed_script_words(author.local)
    if words:
        named = brands_named_in(" ".join(w["skeleton"] for w in words))  # type: ignore[misc]
        yield finding(
            "HOMOGLYPH",
            Severity.HIGH if named else Severity.MEDIUM,
            "Look-alike letters from another alphabet",
            "Some words in the sender's name or address mix alphabets (for example a Cyrillic 'е' among Latin "
            "letters), a way to imitate a name while escaping filters"
            + (f"; read as Latin it says '{named[0][0].name}'." if named else "."),
            "people with names in two scripts, and Japanese or Chinese names mixed with English, are not flagged.",
            header=header,
            evidence={"words": words[:5], "from": author.address},
        )
    yield from _idn(ctx)


_RESERVED = re.compile(r"(?:^|\.)(?:example\.(?:com|net|org)|[^.]+\.(?:example|test|invalid|localhost|local))$")
OWN, RECIPIENT = "your organisation", "the organisation you received this at"


def _usable(domain: str) -> bool:
    return (
        bool(domain)
        and "." in domain
        and not _RESERVED.search(domain)
        and registrable_domain(domain) != domain.split(".")[-1]
    )


def _targets(ctx: SenderContext) -> dict[str, str]:
    """Domains worth imitating: configured own domains, the recipient's domain, bundled brands."""
    targets = {registrable_domain(d): OWN for d in ctx.settings.own_domains}
    for d in ctx.recipient_domains:
        if not is_freemail(d) and mailbox_provider(d) is None:
            targets.setdefault(registrable_domain(d), RECIPIENT)
    for d, brand in brand_domains().items():
        targets.setdefault(registrable_domain(d), brand)
    return {k: v for k, v in targets.items() if _usable(k)}


def _shown_domains(ctx: SenderContext) -> dict[str, str]:
    shown = {}
    for box in ctx.reply_to + ctx.to + ctx.cc:
        if _usable(box.org):
            shown.setdefault(box.org, "an address in this message")
    for body in ctx.message.html_bodies[:3]:
        for host in _LINK_HOST.findall(body.text[:300_000])[:200]:
            reg = registrable_domain(host)
            if _usable(reg) and not is_ip(reg):
                shown.setdefault(reg, "a link in this message")
    return shown


def _idn(ctx: SenderContext) -> Iterator[Finding]:
    author = ctx.author
    assert author is not None
    domain = author.domain
    if "xn--" not in domain and domain.isascii():
        return
    unicode_form = decode_idn(domain)
    sk = skeleton(unicode_form)
    targets = _targets(ctx)
    imitated = next((t for t in targets if sk == t or sk.endswith("." + t)), None)
    if imitated is None and not mixed_script_words(unicode_form.replace(".", " ")):
        return
    ctx.facts["lookalike"] = True
    yield finding(
        "IDN_LOOKALIKE",
        Severity.HIGH if imitated in targets else Severity.MEDIUM,
        "The sender's domain imitates another",
        f"The domain {domain} is displayed as '{unicode_form}'"
        + (f", which looks like {imitated}" if imitated else ", mixing alphabets")
        + ". International characters can make a fake domain look identical to a real one.",
        "genuine domains with accented or non-Latin letters exist (müller.de); they are flagged only when they "
        "resemble a Latin domain.",
        header=ctx.from_headers[0].name,
        evidence={"domain": domain, "unicode": unicode_form, "looks_like": imitated},
        domain=author.org,
    )


def check_cousins(ctx: SenderContext) -> Iterator[Finding]:
    author = ctx.author
    if author is None or not _usable(author.domain) or is_ip(author.domain):
        return
    targets = _targets(ctx)
    shown = {k: v for k, v in _shown_domains(ctx).items() if k not in targets}
    candidates = [("From", author.domain)] + [("Reply-To", b.domain) for b in ctx.reply_to]
    reported = set()
    for header, domain in candidates:
        if is_freemail(domain) or registrable_domain(domain) in reported:
            continue
        match = cousin_of(domain, targets, loose={t for t, why in targets.items() if why == RECIPIENT})
        pool = targets
        if match is None and header == "From":
            match, pool = cousin_of(domain, shown, loose=set(shown)), shown
        if match is None or is_freemail(match.target):
            continue
        reported.add(match.domain)
        if header == "From":
            ctx.facts["lookalike"] = True
        known = pool is targets and pool[match.target] != RECIPIENT
        yield finding(
            "COUSIN_DOMAIN",
            Severity.HIGH if known or header == "Reply-To" else Severity.MEDIUM,
            f"{'The sender' if header == 'From' else 'The reply'} domain is a near copy of {match.target}",
            f"{match.domain} resembles {match.target} ({pool[match.target]}): {match.how}. Attackers register "
            "such domains so a quick glance sees the real one.",
            "a company can own several similar domains; check the exact spelling against one you know.",
            header=header,
            evidence={
                "domain": match.domain,
                "resembles": match.target,
                "how": match.how,
                "known_as": pool[match.target],
            },
            domain=match.domain,
        )


def check_attachment_names(ctx: SenderContext) -> Iterator[Finding]:
    for att in ctx.message.attachments:
        name = strip_invisible(att.filename or "").strip().rstrip(".")
        parts = [p.strip().lower() for p in name.split(".")]
        if len(parts) < 3 or parts[-1] not in _DOUBLE_EXT_BAD:
            continue
        inner = parts[-2]
        if inner in _DOUBLE_EXT_DOC or (1 <= len(inner) <= 4 and inner.isalpha() and not inner.isdigit()):
            yield finding(
                "DOUBLE_EXTENSION",
                Severity.HIGH,
                "An attachment hides its real type",
                f"'{att.filename}' looks like a .{inner} file but is really a .{parts[-1]} file, which can run "
                "a program when opened. Windows hides the last extension by default.",
                "almost none for this combination; do not open it.",
                category=Category.ATTACHMENT,
                part=att.part,
                evidence={
                    "filename": att.filename,
                    "shown_type": inner,
                    "real_type": parts[-1],
                    "declared_type": att.declared_type,
                    "sniffed_type": att.sniffed_type,
                },
            )


def check_freemail(ctx: SenderContext) -> Iterator[Finding]:
    from .domains import is_disposable  # noqa: PLC0415 - keep the import list of this module short

    author = ctx.author
    if author is None:
        return
    if is_disposable(author.domain) or any(is_disposable(b.domain) for b in ctx.reply_to):
        yield finding(
            "DISPOSABLE_SENDER",
            Severity.HIGH if ctx.facts.get("brand") else Severity.MEDIUM,
            "Sent from a throw-away address",
            "The sender or reply address is at a service that hands out temporary mailboxes, so it leads "
            "to nobody who can be held to account.",
            "privacy-minded people use such services to sign up for things; rarely to write to you.",
            header="From",
            evidence={"from": author.address, "reply_to": [b.address for b in ctx.reply_to]},
        )
    elif ctx.freemail_from:
        yield finding(
            "FREEMAIL_SENDER",
            Severity.INFO,
            "Sent from a free-mail address",
            f"{author.domain} gives addresses to anyone, so the address says nothing about who is behind it.",
            "many journalists, MPs' staff and private people genuinely use free-mail; this is context only.",
            header="From",
            evidence={"from": author.address},
        )
