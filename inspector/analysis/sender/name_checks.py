"""Is the sender dressed up as someone else? Display names, claimed brands, free-mail, attachment names."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...model import Category, Finding, Severity
from ...texts import join, tr
from ..common.brands import brands_named_in, own_org_names
from ..common.domains import same_org
from ..common.lookalike import skeleton, strip_invisible
from .addresses import emails_in_text
from .auth_results import signing_domain
from .sender_context import SenderContext, finding, unrelated

_URL_IN_NAME = re.compile(
    r"(?:https?://|www\.)[^\s<>\"]+|(?<![\w@.-])(?:[\w-]+\.)+(?:com|net|org|info|biz|io|co|be|eu|de|fr|uk|nl|ru|cn)\b",
    re.I,
)
_CALENDAR = re.compile(r"\((?:Google (?:Calendar|Agenda|Kalender)|Calendar)\)", re.I)
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
            tr("The sender's name shows a different email address"),
            tr(
                "The name reads '{name}', so many mail programs show {shown} as the sender, but the message "
                "really comes from {address}.",
                name=name,
                shown=foreign[0],
                address=author.address,
            )
            + (" " + tr("The address shown is in your own organisation.") if own else ""),
            tr('a mailing list rewriting the sender as "name via list"')
            if listy
            else tr("almost none; a few booking or calendar services put the customer's address in the name."),
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
                tr("The sender's name is a web address"),
                tr(
                    "The name '{name}' shows a website ({shown}) that is not the sender's domain {domain}.",
                    name=name,
                    shown=shown,
                    domain=author.org,
                ),
                tr("shops and services sometimes use their web address as their name."),
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
        how = tr("a comment in brackets") if comment_addrs else tr("encoded text that only mail programs decode")
        yield finding(
            "ENCODED_DISPLAY_NAME_TRICK",
            Severity.HIGH,
            tr("An address is smuggled into the sender's name"),
            tr(
                "The From line uses {how} to show an address that is not the real sender, hiding it from simple "
                "filters.",
                how=how,
            ),
            tr("none known for this combination."),
            header=header.name,
            evidence={"from": header.raw, "decoded_name": name, "comment_addresses": comment_addrs},
        )
    elif header.encoded and ctx.facts.get("brand") and name.isascii():
        yield finding(
            "ENCODED_DISPLAY_NAME_TRICK",
            Severity.MEDIUM,
            tr("An organisation's name is hidden in encoded text"),
            tr(
                "The sender's name '{name}' is plain text written in an encoded form, which keeps the name "
                "of the organisation it claims to be away from simple filters.",
                name=name,
            ),
            tr("some newsletter tools encode every name."),
            header=header.name,
            evidence={"from": header.raw, "decoded_name": name},
        )


def check_brand(ctx: SenderContext) -> Iterator[Finding]:
    """Sets ctx.facts['brand'] first so other checks can combine with it; yields the finding later."""
    author = ctx.author
    if author is None or not author.display_name:
        return
    name = strip_invisible(author.display_name)
    named = brands_named_in(name)
    # A name two organisations share (`Gemini`) is no claim when the sender is one of them.
    owned = {m.casefold() for b, m in named if b.owns(author.domain)}
    claimed = [(b, m) for b, m in named if not b.owns(author.domain) and m.casefold() not in owned]
    for label in own_org_names(ctx.settings.own_domains):
        if re.search(rf"(?<!\w){re.escape(label)}(?!\w)", skeleton(name), re.I) and not any(
            author.domain.endswith(d) for d in ctx.settings.own_domains
        ):
            yield _brand_finding(ctx, name, tr("your own organisation ({name})", name=label), [], own=True)
    if not claimed:
        return
    brand, matched = claimed[0]
    ctx.facts["brand"] = brand.name
    yield _brand_finding(ctx, name, brand.name, list(brand.domains), kind=brand.kind, matched=matched)


def _brand_finding(
    ctx: SenderContext,
    name: str,
    who: str,
    domains: list[str],
    *,
    own: bool = False,
    kind: str = "",
    matched: str = "",
) -> Finding:
    author = ctx.author
    assert author is not None
    strong = [text for key, text in ctx.aggravations.items() if key != "brand"]
    authenticated = any(
        r.result == "pass" and same_org(signing_domain(r), author.domain) for r in ctx.auth.trusted_results("dkim")
    )
    severity = Severity.HIGH if strong or own else Severity.MEDIUM
    if ctx.list_mail and not strong:
        severity = Severity.LOW
    named = _with_kind(who, kind)
    why = (
        tr(
            "The name '{name}' names {who}, but the address {address} is not one of its domains ({domains}).",
            name=name,
            who=named,
            address=author.address,
            domains=", ".join(domains[:4]),
        )
        if domains
        else tr(
            "The name '{name}' names {who}, but the address {address} is not one of its domains.",
            name=name,
            who=named,
            address=author.address,
        )
    )
    if strong:
        why += " " + tr("In addition, {reasons}.", reasons=join("; ", strong))
    if authenticated:
        why += " " + tr("The sender's domain did pass authentication, which proves only who owns that domain.")
    return finding(
        "DISPLAY_NAME_BRAND",
        severity,
        tr("The sender's name claims to be {who}", who=who),
        why,
        tr(
            "journalists and staff sometimes write from a personal address, and newsletters or agencies "
            "mention the organisations they write about."
        ),
        header=ctx.from_headers[0].name,
        evidence={"display_name": name, "matched": matched or who, "brand_domains": domains, "from": author.address},
        domain=author.org,
    )


def _with_kind(who: str, kind: str) -> str:
    """The organisation's name with what kind of body it is, when the brand list says so."""
    if kind == "news":
        return tr("{who} (a news outlet)", who=who)
    if kind == "government":
        return tr("{who} (a government body)", who=who)
    if kind == "parliament":
        return tr("{who} (a parliament)", who=who)
    if kind == "international":
        return tr("{who} (an institution)", who=who)
    return who


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
                tr("An attachment hides its real type"),
                tr(
                    "'{filename}' looks like a .{shown} file but is really a .{real} file, which can run "
                    "a program when opened. Windows hides the last extension by default.",
                    filename=att.filename,
                    shown=inner,
                    real=parts[-1],
                ),
                tr("almost none for this combination; do not open it."),
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
    from ..common.domains import is_disposable  # noqa: PLC0415 - keep the import list of this module short

    author = ctx.author
    if author is None:
        return
    if is_disposable(author.domain) or any(is_disposable(b.domain) for b in ctx.reply_to):
        yield finding(
            "DISPOSABLE_SENDER",
            Severity.HIGH if ctx.facts.get("brand") else Severity.MEDIUM,
            tr("Sent from a throw-away address"),
            tr(
                "The sender or reply address is at a service that hands out temporary mailboxes, so it leads "
                "to nobody who can be held to account."
            ),
            tr("privacy-minded people use such services to sign up for things; rarely to write to you."),
            header="From",
            evidence={"from": author.address, "reply_to": [b.address for b in ctx.reply_to]},
        )
    elif ctx.freemail_from:
        yield finding(
            "FREEMAIL_SENDER",
            Severity.INFO,
            tr("Sent from a free-mail address"),
            tr(
                "{domain} gives addresses to anyone, so the address says nothing about who is behind it.",
                domain=author.domain,
            ),
            tr("many journalists, MPs' staff and private people genuinely use free-mail; this is context only."),
            header="From",
            evidence={"from": author.address},
        )
