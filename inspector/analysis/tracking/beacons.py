"""The beacon analyser: everything that would phone home when the message is opened, and what it tells.

Flow: collect references from every HTML body (nested messages too), from `cid:` parts that are
CSS or SVG, and from attachments (`attachment_refs`); build the recipient identities once; then
qualify each distinct remote URL: which code (tracking pixel vs ordinary image, stylesheet,
font...), which vendor, whether it carries a per-recipient token, what it would reveal.

Aggregation: one finding per distinct tracking-pixel / UNC URL; other remote loads and tracked
links are grouped per (code, host, token kind) with every distinct URL and element id listed in
`evidence.items`, so no remote URL is ever lost (the safe view blocks exactly these).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from ...model import Category, Finding, Report, Severity
from ...parsing import Message
from ...texts import Text, join, tr
from ..common import mime_refs
from ..common.context import MessageContext
from ..common.references import Reference, css_text_references, find_references
from ..common.trackers import index, sender_domains, sending_service
from ..common.urls import registrable_domain
from . import attachment_refs, beacon_text, pixels
from .identities import list_names, recipient_identities
from .tokens import TokenFinder
from .unsubscribe import unsubscribe_findings

_AUTO_CODE = {
    "image": "REMOTE_IMAGE",
    "stylesheet": "REMOTE_STYLESHEET",
    "font": "REMOTE_FONT",
    "frame": "REMOTE_FRAME",
    "media": "REMOTE_MEDIA",
    "object": "REMOTE_OBJECT",
    "prefetch": "REMOTE_PREFETCH",
    "dns": "DNS_PREFETCH",
    "refresh": "META_REFRESH",
}
_RECIPIENT_HEADERS = ("to", "cc", "delivered-to", "x-original-to", "envelope-to", "x-envelope-to")
_SENDER_HEADERS = ("from", "sender", "reply-to", "return-path")
MAX_CID_PART_BYTES = 1_000_000
_SNIPPET = 200


@dataclass
class _Group:
    code: str
    category: Category
    refs: list[Reference] = field(default_factory=list)
    token: dict | None = None
    vendor: str | None = None
    vendor_basis: str | None = None
    qualifiers: list[Text] = field(default_factory=list)
    attachment: str | None = None


def beacon_findings(
    message: Message, report: Report | None, context: MessageContext | None = None
) -> Iterable[Finding]:
    """Analyser entry point (registered in `analysis.ANALYSERS`)."""
    context = context or MessageContext(message)
    refs: list[tuple[Reference, str | None]] = []
    findings: list[Finding] = []
    for msg in message.walk_messages():
        cids: set[str] = set()
        for body in msg.html_bodies:
            _soup, body_refs = context.html(msg, body)  # the trap checks read the same tree
            refs += [(r, None) for r in body_refs]
            refs += [(r, None) for r in _cid_part_refs(msg, body_refs)]
            cids |= {r.url[4:].strip("<>").lower() for r in body_refs if r.url.lower().startswith("cid:")}
        findings += mime_refs.external_body_findings(msg, cids)
        scanned = attachment_refs.scan(msg)
        refs += scanned.references
        findings += scanned.findings
    headers = [(h.name, h.value) for m in message.walk_messages() for h in m.headers]
    urls = [r.url for r, _ in refs if r.remote] + [f.url for f in findings if f.url]
    ctx = _Context(message, headers, urls)
    # One token search for every URL, whatever found it: attachment loads too (a remote template
    # carrying a hash of your address identifies you as surely as a pixel does).
    findings = [_with_token(f, ctx) for f in findings]
    findings[:0] = _qualify(refs, ctx)
    findings += unsubscribe_findings(headers, ctx.tokens)
    return findings


def _with_token(finding: Finding, ctx: _Context) -> Finding:
    if finding.url is None or finding.host is None or finding.recipient_token is not None:
        return finding
    token = ctx.tokens.find(finding.url, host=finding.host, domain=registrable_domain(finding.host))
    if token is None or token.get("kind") not in ("identity", "name", "subscriber_id"):
        return finding  # an opaque code in a template's path is not evidence enough here
    severity = beacon_text.severity_for(finding.severity, token, auto=True, pixel=False)
    sentence = beacon_text.token_sentence(token)
    return replace(
        finding,
        severity=severity,
        title=with_token_title(finding.title, token),
        explanation=join(" ", [finding.explanation, sentence]) if sentence else finding.explanation,
        recipient_token=token,
        reveals=(*finding.reveals, "identity") if "identity" not in finding.reveals else finding.reveals,
    )


class _Context:
    """Per-message facts every reference is judged against."""

    def __init__(self, message: Message, headers: list[tuple[str, str]], urls: list[str]) -> None:
        recipients = [(n, v) for n, v in headers if n.lower() in _RECIPIENT_HEADERS]
        senders = {a.lower() for n, v in headers if n.lower() in _SENDER_HEADERS for a in _addresses(v)}
        identities = recipient_identities(recipients, urls, exclude=senders, lists=list_names(headers))
        self.tokens = TokenFinder(identities)
        self.esp = sending_service(headers)
        self.esp_domains = sender_domains(headers)
        self.trackers = index()
        self._token_cache: dict[str, dict | None] = {}

    def token(self, ref: Reference) -> dict | None:
        if ref.url not in self._token_cache:
            self._token_cache[ref.url] = self.tokens.find(ref.url, host=ref.host, domain=registrable_domain(ref.host))
        return self._token_cache[ref.url]


def _addresses(value: str) -> list[str]:
    return [w.strip("<>\"' ,;") for w in value.split() if "@" in w]


def _cid_part_refs(msg: Message, refs: list[Reference]) -> list[Reference]:
    """A `cid:` part that is itself CSS or SVG can load remote things: scan it like the body."""
    wanted = {r.url[4:].strip("<>").lower() for r in refs if r.url.lower().startswith("cid:")}
    out: list[Reference] = []
    for att in msg.attachments:
        cid = (att.content_id or "").strip("<>").lower()
        kind = f"{att.sniffed_type} {att.declared_type}".lower()
        if not cid or cid not in wanted or att.size > MAX_CID_PART_BYTES:
            continue
        if "css" in kind:
            out += css_text_references(att.data().decode("utf-8", "replace"), part=att.part)
        elif "svg" in kind:
            out += find_references(att.data().decode("utf-8", "replace"), part=att.part)
    return out


def _qualify(refs: list[tuple[Reference, str | None]], ctx: _Context) -> list[Finding]:
    counts: dict[str, int] = {}
    for ref, _ in refs:
        if ref.remote:
            counts[ref.url] = counts.get(ref.url, 0) + 1
    last_image = _last_images(refs)
    groups: dict[tuple, _Group] = {}
    for ref, attachment in refs:
        key, group = _classify(ref, attachment, ctx, counts, last_image)
        if key is None or group is None:
            continue
        key += (ref.reading,)  # what only another reading of the HTML loads is a finding of its own
        existing = groups.get(key)
        if existing is None:
            groups[key] = group
        else:
            existing.refs.append(ref)
    findings = [_finding(g) for g in groups.values()]
    findings.sort(key=lambda f: (-f.severity.rank, f.category != Category.BEACON))
    return findings


def _last_images(refs: list[tuple[Reference, str | None]]) -> set[int]:
    """The last remote image of each body: where ESPs put the open pixel."""
    last: dict[str, Reference] = {}
    for ref, _ in refs:
        if ref.remote and ref.kind == "image" and ref.tag is not None and not ref.reading:
            last[ref.part] = ref
    return {id(r) for r in last.values()}


def _classify(ref: Reference, attachment: str | None, ctx: _Context, counts: dict[str, int],
              last_image: set[int]) -> tuple[tuple | None, _Group | None]:  # fmt: skip
    if ref.unc:
        return ("unc", ref.url), _Group("UNC_PATH", Category.BEACON, [ref], attachment=attachment)
    if not ref.remote:
        return None, None
    match = ctx.trackers.match(ref.url, ref.host)
    token = ctx.token(ref)
    token_kind = token.get("kind") if token else None
    if ref.kind in ("link", "ping"):
        if ref.kind == "ping":
            code = "LINK_PING"
        elif match and match.kind in ("click-redirect", "both"):
            code = "CLICK_TRACKER"
        elif token:
            code = "PERSONALISED_LINK"
        else:
            return None, None
        group = _Group(code, Category.TRACKED_LINK, [ref], token, match.vendor if match else None)
        return (code, ref.host, token_kind, group.vendor), group
    svg_script = ref.kind == "script" and ref.tag is not None and ref.tag.find_parent("svg") is not None
    # An SVG drawing's script is listed here as the load it is (issue 17); also SCRIPT_PRESENT.
    load_code = "REMOTE_SCRIPT" if svg_script else _AUTO_CODE.get(ref.kind)
    if load_code is None:
        return None, None
    group = _Group(load_code, Category.BEACON, [ref], token, attachment=attachment)
    if match:
        basis = tr("URL matches {rule} ({source})", rule=match.rule, source=match.source.split(" (")[0])
        group.vendor, group.vendor_basis = match.vendor, basis
    elif ctx.esp and registrable_domain(ref.host) in ctx.esp_domains:
        group.vendor, group.vendor_basis = ctx.esp[0], tr("sending service recognised from {source}", source=ctx.esp[1])
    if ref.kind == "image":
        qualifiers = _pixel_signals(ref, match, token, counts, last_image)
        if qualifiers:
            group.code, group.qualifiers = "TRACKING_PIXEL", qualifiers
            return ("pixel", ref.url), group
    return (group.code, ref.host, token_kind, group.vendor, ref.sensor, attachment), group


def _pixel_signals(ref: Reference, match, token: dict | None, counts: dict[str, int],
                   last_image: set[int]) -> list[Text]:  # fmt: skip
    """Reasons to call this image a tracking pixel; empty when it looks like content or a spacer."""
    known_open = match is not None and (match.kind == "open-pixel" or (match.kind == "both" and match.has_path))
    reasons: list[Text] = []
    width = height = None
    if ref.tag is not None and ref.attr is not None:
        width, height = pixels.declared_size(ref.tag, pixels.style_map(str(ref.tag.get("style", ""))))
    # A whole-host rule (no path) also matches the ESP's content images: a visibly sized one is content.
    if known_open and not match.has_path and min((v for v in (width, height) if v is not None), default=0) > 3:
        known_open = False
    if known_open:
        reasons.append(tr("known open-tracking address of {vendor}", vendor=match.vendor))
    if ref.tag is not None and ref.attr is not None:  # an element's own attribute or style, not a <style> block
        if pixels.is_tiny(width, height):
            reasons.append(tr("declared size {width}×{height} px", width=_dim(width), height=_dim(height)))
        hidden = pixels.hidden_reason(ref.tag)
        # A sized image in a hidden container is the mobile (or desktop) variant of a responsive layout.
        sized = max((v for v in (width, height) if v is not None), default=0) > 3
        # So is an image file of no declared size there (a logo or icon of the other layout).
        unsized_file = width is None and height is None and pixels.is_image_file(ref.url)
        if hidden and not ((sized or unsized_file) and hidden.startswith("its container")):
            reasons.append(hidden)
    # Trocker's rule: the same small image 5+ times is layout. Only for image files: a phisher's 1x1
    # "image" that is really a web page stays suspicious however often it repeats.
    repeated = counts.get(ref.url, 0) >= pixels.SPACER_REPEATS and pixels.is_image_file(ref.url)
    if not known_open and not token and (repeated or pixels.is_spacer_name(ref.url)):
        return []  # a layout spacer: same image many times, or a well-known spacer file
    word = pixels.path_word(ref.url)
    if not reasons and word and (token or id(ref) in last_image):
        reasons.append(tr("tracking word {word} in the address", word=repr(word)))
    if reasons and id(ref) in last_image:
        reasons.append(tr("last image of the message"))
    return reasons


def _dim(value: float | None) -> str:
    return "?" if value is None else f"{value:g}"


def _finding(group: _Group) -> Finding:
    first = group.refs[0]
    texts = beacon_text.CODES.get(group.code) or beacon_text.LINK_CODES[group.code]
    base = texts.severity
    auto = group.category == Category.BEACON and not (group.code == "UNC_PATH" and first.kind in ("link", "other"))
    if group.code == "UNC_PATH" and not auto:
        base = Severity.MEDIUM
    severity = beacon_text.severity_for(base, group.token, auto=auto, pixel=group.code == "TRACKING_PIXEL")
    reveals = beacon_text.reveals_for(group.code, group.token, first.sensor)
    return Finding(
        category=group.category,
        code=group.code,
        severity=severity,
        title=_title(texts, group),
        explanation=_explanation(texts.what, group, reveals, auto),
        evidence=_evidence(group),
        part=first.part,
        url=first.url,
        host=first.host,
        domain=registrable_domain(first.host),
        vector=first.vector,
        vendor=group.vendor,
        recipient_token=group.token,
        reveals=reveals,
        element_id=first.ref_id if _shown(first) else None,
    )


def _shown(ref: Reference) -> bool:
    """Whether the safe view has an element for `ref`: none for a load only another reading builds."""
    return (ref.tag is not None or ref.container is not None) and not ref.reading


def _title(texts: beacon_text.CodeText | beacon_text.LinkText, group: _Group) -> str:
    host = group.refs[0].host
    distinct = len({r.url for r in group.refs})
    if isinstance(texts, beacon_text.LinkText):
        via = group.vendor or host
        title = texts.title(via) if distinct == 1 else texts.titles(via, distinct)
    elif group.code == "TRACKING_PIXEL" and group.vendor:
        title = tr("Tracking pixel ({vendor})", vendor=group.vendor)
    elif group.code == "TRACKING_PIXEL":
        title = beacon_text.title(texts, host, 1)
    else:
        title = beacon_text.title(texts, host, distinct)
    return with_token_title(title, group.token)


def with_token_title(title: str, token: dict | None) -> str:
    kind = (token or {}).get("kind")
    if kind == "identity":
        return tr("{title} that knows your address", title=title)
    if kind == "name":
        return tr("{title} that knows your name", title=title)
    return title


def _explanation(what: Text, group: _Group, reveals: tuple[str, ...], auto: bool) -> Text:
    first = group.refs[0]
    sentences: list[Text | None] = [tr("This message contains {what}.", what=what)]
    if group.qualifiers:
        sentences.append(tr("It was recognised by: {signals}.", signals=join("; ", group.qualifiers)))
    if group.vendor:
        sentences.append(tr("The service behind it is {vendor}.", vendor=group.vendor))
    if first.sensor:
        sentences.append(beacon_text.SENSOR_TEXT.get(first.sensor))
    if first.reading:
        sentences.append(beacon_text.READING_TEXT.get(first.reading))
    sentences.append(beacon_text.token_sentence(group.token))
    if group.attachment:
        sentences.append(
            tr("It sits in the attachment {name}, and fires when that file is opened.", name=group.attachment)
        )
    elif not auto:
        sentences.append(tr("Nothing is loaded unless you click."))
    elif group.category == Category.BEACON and not first.reading:
        sentences.append(tr("Most mail programs load it as soon as remote content is allowed."))
    verb = "click" if group.category == Category.TRACKED_LINK else "open" if group.attachment else "load"
    sentences.append(beacon_text.reveal_sentence(reveals, verb=verb))
    return join(" ", [s for s in sentences if s])


def _evidence(group: _Group) -> dict:
    items: dict[str, dict] = {}
    for ref in group.refs:
        item = items.get(ref.url)
        if item is None:
            item = items[ref.url] = {"url": ref.url, "vector": ref.vector, "count": 0, "element_ids": []}
            if ref.raw.strip() != ref.url:
                item["raw"] = ref.raw[:_SNIPPET]
            if ref.wrapped:
                item["wrapped"] = list(ref.wrapped)
        item["count"] += 1
        item["element_ids"].append(ref.ref_id)
    first = group.refs[0]
    evidence: dict = {"items": list(items.values()), "element": _snippet(first)}
    if group.qualifiers:
        evidence["signals"] = list(group.qualifiers)  # Text: English in the JSON, translated in the window
    if group.vendor_basis:
        evidence["vendor_basis"] = group.vendor_basis
    for key in ("sensor", "css_context", "reading"):
        value = getattr(first, key)
        if value:
            evidence[key] = value
    if first.container is not None:
        evidence["inside"] = "Outlook conditional comment" if first.container.name is None else "iframe srcdoc"
    if group.attachment:
        evidence["attachment"] = str(group.attachment)
    return evidence


def _snippet(ref: Reference) -> str:
    if ref.tag is None:
        return ref.vector
    attrs = " ".join(f'{k}="{v}"' for k, v in ref.tag.attrs.items() if isinstance(v, str))
    text = f"<{ref.tag.name} {attrs}>" if attrs else f"<{ref.tag.name}>"
    return text if len(text) <= _SNIPPET else text[: _SNIPPET - 1] + "…"
