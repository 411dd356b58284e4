"""Text that imitates other text: hidden characters, mixed alphabets, look-alike and near-copy domains."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from ...model import Category, Finding, Severity
from ...texts import Text, tr
from ..common.brands import brand_domains, brands_named_in, embeddable_domains, ordinary_domains
from ..common.domains import is_freemail, is_ip, mailbox_provider, org_label, registrable_domain
from ..common.lookalike import (
    TargetIndex,
    cousin_of,
    decode_idn,
    invisible_characters,
    mixed_script_words,
    skeleton,
    target_index,
)
from .sender_context import SenderContext, finding

_LINK_HOST = re.compile(r"""href\s*=\s*["']?\s*https?://([^/"'\s>:?#]+)""", re.I)


def _hidden_title(bidi: bool, where: str, attachment: bool) -> Text:
    if attachment:
        return (
            tr("Hidden characters reverse part of an attachment name")
            if bidi
            else tr("Hidden characters are inside an attachment name")
        )
    if bidi:
        return tr("Hidden characters reverse part of the {header}", header=where)
    return tr("Hidden characters are inside the {header}", header=where)


def check_invisible(ctx: SenderContext) -> Iterator[Finding]:
    places: list[tuple[str, str, Severity, str | None]] = []  # where, text, severity, MIME part
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
            _hidden_title(bidi, where, bool(part)),
            tr(
                "Invisible or direction-changing characters make text look different from what it is: a name "
                "that slips past filters, or 'invoice_fdp.exe' that displays as 'invoice_exe.pdf'."
            ),
            tr("right-to-left languages use direction marks, and emoji use joiners (both are already ignored here)."),
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
            tr("Look-alike letters from another alphabet"),
            tr(
                "Some words in the sender's name or address mix alphabets (for example a Cyrillic 'е' among Latin "
                "letters), a way to imitate a name while escaping filters; read as Latin it says '{brand}'.",
                brand=named[0][0].name,
            )
            if named
            else tr(
                "Some words in the sender's name or address mix alphabets (for example a Cyrillic 'е' among Latin "
                "letters), a way to imitate a name while escaping filters."
            ),
            tr("people with names in two scripts, and Japanese or Chinese names mixed with English, are not flagged."),
            header=header,
            evidence={"words": words[:5], "from": author.address},
        )
    yield from _idn(ctx)


_RESERVED = re.compile(r"(?:^|\.)(?:example\.(?:com|net|org)|[^.]+\.(?:example|test|invalid|localhost|local))$")
OWN, RECIPIENT = tr("your organisation"), tr("the organisation you received this at")


@functools.lru_cache(maxsize=8192)
def _usable(domain: str) -> bool:
    """A name that can be registered (not reserved, not a bare ending); cached: asked for every brand domain."""
    return (
        bool(domain)
        and "." in domain
        and not _RESERVED.search(domain)
        and registrable_domain(domain) != domain.split(".")[-1]
    )


def _own_targets(ctx: SenderContext) -> dict[str, str]:
    """The targets of this message: configured own domains and the recipient's domain."""
    targets: dict[str, str] = {registrable_domain(d): OWN for d in ctx.settings.own_domains}
    for d in ctx.recipient_domains:
        if not is_freemail(d) and mailbox_provider(d) is None:
            targets.setdefault(registrable_domain(d), RECIPIENT)
    return {k: v for k, v in targets.items() if _usable(k)}


@functools.cache
def _brand_targets() -> TargetIndex:
    """The bundled brand domains as targets, indexed once (the bundled lists never change)."""
    targets: dict[str, str] = {}
    for d, brand in brand_domains().items():
        targets.setdefault(registrable_domain(d), brand)
    return target_index({k: v for k, v in targets.items() if _usable(k)})


def _targets(ctx: SenderContext, own: dict[str, str] | None = None) -> dict[str, str]:
    """Domains worth imitating: configured own domains, the recipient's domain, bundled brands."""
    own = _own_targets(ctx) if own is None else own
    targets = dict(own)
    targets.update(_brand_targets().targets)  # keeps the place of a key `own` holds: restore its value
    targets.update(own)
    return targets


def _shown_domains(ctx: SenderContext) -> dict[str, str]:
    shown: dict[str, str] = {}
    for box in ctx.reply_to + ctx.to + ctx.cc:
        if _usable(box.org):
            shown.setdefault(box.org, tr("an address in this message"))
    for body in ctx.message.html_bodies[:3]:
        for host in _LINK_HOST.findall(body.text[:300_000])[:200]:
            reg = registrable_domain(host)
            if _usable(reg) and not is_ip(reg):
                shown.setdefault(reg, tr("a link in this message"))
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
    if imitated is None:  # accented Latin is exempt only when its skeleton names nothing we know
        label = skeleton(org_label(unicode_form))
        imitated = next((t for t in targets if len(org_label(t)) >= 4 and label == org_label(t)), None)
    if imitated is None and not mixed_script_words(unicode_form.replace(".", " ")):
        return
    ctx.facts["lookalike"] = True
    yield finding(
        "IDN_LOOKALIKE",
        Severity.HIGH if imitated in targets else Severity.MEDIUM,
        tr("The sender's domain imitates another"),
        tr(
            "The domain {domain} is displayed as '{shown}', which looks like {imitated}. International characters "
            "can make a fake domain look identical to a real one.",
            domain=domain,
            shown=unicode_form,
            imitated=imitated,
        )
        if imitated
        else tr(
            "The domain {domain} is displayed as '{shown}', mixing alphabets. International characters can make a "
            "fake domain look identical to a real one.",
            domain=domain,
            shown=unicode_form,
        ),
        tr(
            "genuine domains with accented or non-Latin letters exist (müller.de); they are flagged only when they "
            "resemble a Latin domain."
        ),
        header=ctx.from_headers[0].name,
        evidence={"domain": domain, "unicode": unicode_form, "looks_like": imitated},
        domain=author.org,
    )


def check_cousins(ctx: SenderContext) -> Iterator[Finding]:
    author = ctx.author
    if author is None or not _usable(author.domain) or is_ip(author.domain):
        return
    own, brand_index = _own_targets(ctx), _brand_targets()
    targets = _targets(ctx, own)
    shown = {k: v for k, v in _shown_domains(ctx).items() if k not in targets}
    candidates = [("From", author.domain)] + [("Reply-To", b.domain) for b in ctx.reply_to]
    reported = set()
    for header, domain in candidates:
        if is_freemail(domain) or registrable_domain(domain) in reported:
            continue
        loose = {t for t, why in own.items() if why == RECIPIENT}
        rules = {"loose": loose, "embeddable": embeddable_domains(), "plain": ordinary_domains()}
        match = cousin_of(domain, own, **rules, known=brand_index)  # own targets, then the brands
        pool = targets
        if match is None and header == "From":
            match, pool = cousin_of(domain, shown, loose=set(shown)), shown
        if match is None or is_freemail(match.target):
            continue
        reported.add(match.domain)
        if header == "From":
            ctx.facts["lookalike"] = True
        known = pool is targets and pool[match.target] != RECIPIENT
        if match.shape == "glued" and not _claims(ctx, pool[match.target]):
            known = False  # `coinbasecola.com`: a name inside another word can be chance; medium unless claimed
        yield finding(
            "COUSIN_DOMAIN",
            Severity.HIGH if known or (header == "Reply-To" and match.shape != "glued") else Severity.MEDIUM,
            tr("The sender domain is a near copy of {domain}", domain=match.target)
            if header == "From"
            else tr("The reply domain is a near copy of {domain}", domain=match.target),
            tr(
                "{domain} resembles {target} ({known_as}): {how}. Attackers register such domains so a quick "
                "glance sees the real one.",
                domain=match.domain,
                target=match.target,
                known_as=pool[match.target],
                how=match.how,
            ),
            tr("a company can own several similar domains; check the exact spelling against one you know."),
            header=header,
            evidence={
                "domain": match.domain,
                "resembles": match.target,
                "how": match.how,
                "known_as": pool[match.target],
            },
            domain=match.domain,
        )


def _claims(ctx: SenderContext, organisation: str) -> bool:
    """Does the sender's name claim `organisation` (a brand name from the bundled list)?"""
    name = ctx.author.display_name if ctx.author else ""
    return any(brand.name == organisation for brand, _ in brands_named_in(name))
