"""Authentication-Results, ARC and Received-SPF: parse them all, then decide which to believe.

Anyone can write `Authentication-Results: … dkim=pass` into a message before sending it. Only the
results the recipient's own servers added count (RFC 8601 §5); everything else is a claim by the
sending side and is shown as such. Microsoft 365 writes its results with no authserv-id and renames
what arrived to `Authentication-Results-Original`, so both forms are read.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from ...parsing import Header, Message
from ..common.domains import provider_family, registrable_domain, same_org
from .received import Chain, Hop

METHODS = (
    "spf", "dkim", "dmarc", "arc", "compauth", "iprev", "auth", "bimi", "dkim-atps", "dkim-adsp", "smime", "sender-id",
    "domainkeys", "dnswl", "vbr", "rrvs",
)  # fmt: skip
AR_NAMES = ("authentication-results", "authentication-results-original", "arc-authentication-results")
FAILING = {"fail", "softfail", "permerror", "hardfail"}
_RESULT = re.compile(r"^\s*([a-z][\w-]*)(?:/\d+)?\s*=\s*([\w-]+)", re.IGNORECASE)
# Starts only at a token's start and never gives back the name: linear on a 64 KB header.
_PROP = re.compile(r"(?<![\w.-])([a-z][\w-]*+(?:\.[\w-]+)?)\s*=\s*(\"[^\"]*\"|[^\s;]+)", re.IGNORECASE)
_AROUND = re.compile(r"\s*([=/])\s*|(?<=\w)\s*(\.)\s*(?=[a-z])", re.IGNORECASE)
_INSTANCE = re.compile(r"^\s*i\s*=\s*(\d+)\s*$", re.IGNORECASE)
# Receivers that add their results under the last Received line of the message, after the sender's.
RESULTS_APPENDED = frozenset({"proton"})


@dataclass(frozen=True)
class Result:
    method: str
    result: str
    props: dict[str, str]
    comment: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"method": self.method, "result": self.result, "props": self.props, "comment": self.comment}


@dataclass
class AuthHeader:
    """One Authentication-Results-like header, where it sits, and whether we believe it."""

    name: str
    header_index: int
    raw: str
    authserv_id: str | None
    results: list[Result]
    instance: int | None = None  # ARC i=
    trusted: bool = False
    trust_basis: str = ""
    unsigned_passes: list[str] = field(default_factory=list)  # dkim=pass for signers the message lacks

    def get(self, method: str) -> list[Result]:
        return [r for r in self.results if r.method == method]

    def to_dict(self) -> dict[str, Any]:
        return {
            "header": self.name,
            "authserv_id": self.authserv_id,
            "instance": self.instance,
            "trusted": self.trusted,
            "trust_basis": self.trust_basis,
            "results": [r.to_dict() for r in self.results],
            "raw": self.raw,
        }


@dataclass
class AuthView:
    headers: list[AuthHeader] = field(default_factory=list)
    received_spf: list[tuple[int, str, str]] = field(default_factory=list)  # (index, result, raw)

    @property
    def trusted(self) -> list[AuthHeader]:
        return [h for h in self.headers if h.trusted]

    @property
    def claimed(self) -> list[AuthHeader]:
        return [h for h in self.headers if not h.trusted]

    def trusted_results(self, method: str) -> list[Result]:
        return [r for h in self.trusted for r in h.get(method)]


def _strip_comments(text: str) -> tuple[str, str]:
    out: list[str] = []
    comments: list[str] = []
    buf: list[str] = []
    depth, quoted = 0, False
    for ch in text:
        if ch == '"' and depth == 0:
            quoted = not quoted
        if not quoted and ch == "(":
            depth += 1
            if depth == 1:
                continue
        elif not quoted and ch == ")" and depth:
            depth -= 1
            if depth == 0:
                comments.append("".join(buf).strip())
                buf = []
                continue
        (buf if depth else out).append(ch)
    return "".join(out), " ".join(c for c in comments if c)


def parse_auth_results(name: str, raw: str, header_index: int = 0) -> AuthHeader:
    """Parse one header; Microsoft's form without authserv-id gets `authserv_id=None`."""
    segments = [s for s in _split_segments(raw)]
    instance = None
    arc = name.lower() == "arc-authentication-results" and segments and _INSTANCE.match(_strip_comments(segments[0])[0])
    if arc:
        instance = int(arc.group(1))
        segments = segments[1:]
    authserv: str | None = None
    if segments:
        first = _tight(_strip_comments(segments[0])[0])
        match = _RESULT.match(first)
        if not (match and match.group(1).lower() in METHODS):
            authserv = _authserv_id(first)
            segments = segments[1:]
    results = [r for seg in segments if (r := _parse_result(seg)) is not None]
    return AuthHeader(name, header_index, raw, authserv, results, instance)


def _split_segments(raw: str) -> list[str]:
    out: list[str] = []
    buf: list[str] = []
    depth, quoted = 0, False
    for ch in raw:
        if ch == '"':
            quoted = not quoted
        elif not quoted and ch == "(":
            depth += 1
        elif not quoted and ch == ")" and depth:
            depth -= 1
        if ch == ";" and depth == 0 and not quoted:
            out.append("".join(buf))
            buf = []
        else:
            buf.append(ch)
    out.append("".join(buf))
    return [s for s in out if s.strip()]


def _authserv_id(text: str) -> str:
    """The first token, or the quoted string RFC 8601 allows there (`"mx.example.org" 1`)."""
    text = text.strip()
    if text.startswith('"'):
        return text[1:].partition('"')[0].strip().lower()
    tokens = text.split()
    return tokens[0].lower() if tokens else ""


def _tight(text: str) -> str:
    """Comments removed, close up the white space RFC 8601 allows around `=`, `/` and `.` (its
    appendix example writes `dkim / 1 = fail policy . expired = 1362471462`); quoted strings stay."""
    pieces = re.split(r'("(?:[^"\\]|\\.)*")', text)
    for i in range(0, len(pieces), 2):
        pieces[i] = _AROUND.sub(lambda m: m.group(1) or m.group(2), pieces[i])
    return "".join(pieces)


def _parse_result(segment: str) -> Result | None:
    text, comment = _strip_comments(segment)
    text = _tight(text)
    match = _RESULT.match(text)
    if not match:
        return None
    props = {k.lower(): v.strip('"') for k, v in _PROP.findall(text[match.end() :])}
    return Result(match.group(1).lower(), match.group(2).lower(), props, comment)


def read_auth(
    message: Message, chain: Chain, trusted_ids: tuple[str, ...] = (), signers: set[str] | None = None
) -> AuthView:
    """Every result header, and which to believe. `signers`: the registrable domains of the message's
    DKIM-Signature lines, to check what a result says against what the message carries."""
    view = AuthView()
    for i, h in enumerate(message.headers):
        lname = h.name.lower()
        if lname in AR_NAMES:
            view.headers.append(parse_auth_results(h.name, h.raw, i))
        elif lname == "received-spf":
            word = h.raw.strip().split(None, 1)
            view.received_spf.append((i, word[0].lower().strip("();") if word else "", h.raw))
    _decide_trust(view, chain, trusted_ids, trust_limit(chain, message.headers))
    if signers is not None:
        _drop_unsigned_passes(view, signers)
    return view


def boundary_index(chain: Chain, header_count: int) -> int:
    """Above the newest Received line the sending side wrote (the header count when it wrote none):
    where the gateway's spam verdicts are read."""
    outside = [h for h in chain.hops if h.side != "recipient"]
    return outside[-1].header_index if outside else header_count


def receiving_hop(chain: Chain) -> Hop | None:
    """The Received line the recipient's side wrote when the message came in: the entry hop, or, when
    no hop shows who handed it in, the lowest line the recipient's side wrote."""
    if chain.entry is not None:
        return chain.entry
    inside = [h for h in chain.hops if h.side == "recipient" and (h.by or h.from_host)]
    return inside[0] if inside else None


def trust_limit(chain: Chain, headers: Sequence[Header]) -> int:
    """Headers above this line were written by the recipient's side (RFC 8601 §5): everything above
    the Received line it wrote when the message came in, and the lines its filters put just under
    that line (Gmail, and OpenDKIM/OpenDMARC as released, insert their result there). From the first
    other line on, the headers came with the message: the sender could have written them, whether
    or not it also wrote Received lines of its own."""
    hop = receiving_hop(chain)
    if hop is None:
        return len(headers)
    end = hop.header_index + 1
    while end < len(headers) and _receiver_line(headers[end].name):
        end += 1
    return end


def _receiver_line(name: str) -> bool:
    """A line a receiving server or its filters add: results, SPF, ARC, `X-…` filter lines."""
    name = name.lower()
    return name in AR_NAMES or name == "received-spf" or name.startswith(("arc-", "x-"))


def appended_by_receiver(claim: AuthHeader, chain: Chain, headers: Sequence[Header]) -> bool:
    """Below every Received line, where some receivers append their results after the message's own
    lines: ProtonMail under the last Received line, rspamd and dkim-milter at the end of the header
    block (only filter lines, `X-…`, follow). There a result in the receiver's name is not believed,
    and not called forged either: nothing tells the two apart."""
    lowest = max((h.header_index for h in chain.hops), default=-1)
    if claim.header_index < lowest:
        return False
    hop = receiving_hop(chain)
    if hop is not None and provider_family(hop.by) in RESULTS_APPENDED:
        return True
    after = headers[claim.header_index + 1 :]
    return all(h.name.lower() in AR_NAMES or h.name.lower().startswith("x-") for h in after)


def _decide_trust(view: AuthView, chain: Chain, trusted_ids: tuple[str, ...], limit: int) -> None:
    """RFC 8601 §5: believe only results the receiving side wrote, so above `trust_limit`; with no
    Received line of the receiving side at all, believe none."""
    if receiving_hop(chain) is None:
        return
    microsoft = any(provider_family(o) == "outlook" for o in chain.receiving_orgs)
    for h in view.headers:
        if h.name.lower() != "authentication-results" or h.header_index >= limit:
            continue  # -Original and ARC results are what an earlier hop saw: evidence, never a verdict
        if trusted_ids:
            if h.authserv_id and chain.names_match(h.authserv_id, trusted_ids):
                h.trusted, h.trust_basis = True, "authserv-id is configured as trusted"
        elif h.authserv_id is None:
            if microsoft:
                h.trusted, h.trust_basis = True, "Microsoft 365 result (no authserv-id) above the entry hop"
        elif chain.is_inside(h.authserv_id):
            h.trusted, h.trust_basis = True, "authserv-id belongs to the receiving servers"
    if trusted_ids or view.trusted:
        return
    plain = [h for h in view.headers if h.name.lower() == "authentication-results"]
    if plain and chain.entry is not None and plain[0].header_index < chain.entry.header_index:
        for h in plain:
            if h.authserv_id == plain[0].authserv_id and h.header_index < limit:
                h.trusted, h.trust_basis = True, "added above the entry hop"


def _drop_unsigned_passes(view: AuthView, signers: set[str]) -> None:
    """A result that reports a valid DKIM signature the message does not carry did not come from a
    server that checked this message: not believed, wherever it sits."""
    for h in view.trusted:
        claimed = {signing_domain(r) for r in h.get("dkim") if r.result == "pass"}
        missing = sorted(d for d in claimed if d and registrable_domain(d) not in signers)
        if missing:
            h.trusted, h.trust_basis, h.unsigned_passes = False, "", missing


def is_receivers_id(authserv_id: str | None, chain: Chain, trusted_ids: tuple[str, ...]) -> bool:
    """Does this authserv-id name the receiving side (configured, or one of its servers)?"""
    if not authserv_id:
        return False
    return chain.names_match(authserv_id, trusted_ids) if trusted_ids else chain.is_inside(authserv_id)


def summary_of(view: AuthView, from_org: str) -> dict[str, Any]:
    """SPF, DKIM, DMARC as the trusted results state them, for the sender summary."""
    spf = view.trusted_results("spf")
    dkim = view.trusted_results("dkim")
    dmarc = view.trusted_results("dmarc")
    comp = view.trusted_results("compauth")
    spf_domain = ""
    if spf:
        spf_domain = spf[0].props.get("smtp.mailfrom", "") or spf[0].props.get("smtp.helo", "")
        spf_domain = spf_domain.rpartition("@")[2].lower()
    dkim_items = [{"result": r.result, "domain": _dkim_domain(r)} for r in dkim]
    return {
        "trusted_authserv_ids": sorted({h.authserv_id or "(none: Microsoft 365)" for h in view.trusted}),
        "spf": {"result": spf[0].result, "domain": spf_domain} if spf else None,
        "dkim": dkim_items,
        "dmarc": (
            {
                "result": dmarc[0].result,
                "header_from": dmarc[0].props.get("header.from", ""),
                "aligned_dkim": any(i["result"] == "pass" and same_org(i["domain"], from_org) for i in dkim_items),
                "aligned_spf": bool(spf and spf[0].result == "pass" and same_org(spf_domain, from_org)),
            }
            if dmarc
            else None
        ),
        "compauth": {"result": comp[0].result, "reason": comp[0].props.get("reason", "")} if comp else None,
        "claimed": [h.to_dict() for h in view.claimed][:10],
    }


def signing_domain(result: Result) -> str:
    """The DKIM signer a result names: `header.d`, or the domain of `header.i` (Gmail writes only that)."""
    d = result.props.get("header.d", "") or result.props.get("header.i", "").rpartition("@")[2]
    return d.lower() if d and d != "none" else ""


def _dkim_domain(result: Result) -> str:
    return registrable_domain(signing_domain(result))
