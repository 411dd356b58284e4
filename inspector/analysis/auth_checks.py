"""What authentication says: the trusted verdicts, forged claims, DKIM details and the gateway's view."""

from __future__ import annotations

from collections.abc import Iterator

from ..model import Finding, Severity
from .auth_results import FAILING, signing_domain
from .dkim_body import sig_time
from .domains import is_sending_service, same_org
from .gateway_verdicts import gateway_findings
from .sender_context import SenderContext, finding

_FORWARD_INNOCENT = "forwarding and mailing lists break these checks for genuine mail"


def check_auth_failures(ctx: SenderContext) -> Iterator[Finding]:
    trusted = ctx.auth.trusted
    evidence_ar = [h.raw for h in trusted][:3]
    spf = ctx.auth.trusted_results("spf")
    spf_word = spf[0].result if spf else _received_spf(ctx)
    if spf_word in FAILING:
        soft = spf_word == "softfail"
        domain = spf[0].props.get("smtp.mailfrom", "") if spf else ""
        yield finding(
            "AUTH_FAIL_SPF",
            Severity.LOW if soft or ctx.list_mail else Severity.MEDIUM,
            f"The sending server was not authorised (SPF {spf_word})",
            "Your mail server found that the server which delivered this is not listed by "
            f"{domain or 'the sender domain'} "
            "as allowed to send its mail. Note that SPF checks the hidden bounce address, not the From you see.",
            _FORWARD_INNOCENT + "; 'softfail' is common on legitimate mail.",
            header="Authentication-Results" if spf else "Received-SPF",
            evidence={
                "result": spf_word,
                "domain": domain,
                "headers": evidence_ar or [r for _, _, r in ctx.auth.received_spf[:1]],
            },
        )
    dkim = ctx.auth.trusted_results("dkim")
    failed = [r for r in dkim if r.result in FAILING]
    if failed:
        passed = [r for r in dkim if r.result == "pass"]
        yield finding(
            "AUTH_FAIL_DKIM",
            Severity.LOW if passed or ctx.list_mail else Severity.MEDIUM,
            "A digital signature on the message is broken",
            "Your mail server found a DKIM signature that no longer matches: the message was changed after "
            f"signing, or the signature is fake ({', '.join(signing_domain(r) or '?' for r in failed)})."
            + (" Another signature did verify." if passed else ""),
            _FORWARD_INNOCENT + ", and one of several signatures failing is common.",
            header="Authentication-Results",
            evidence={"failed": [r.to_dict() for r in failed], "headers": evidence_ar},
        )
    dmarc = ctx.auth.trusted_results("dmarc")
    comp = ctx.auth.trusted_results("compauth")
    report = "report" in (ctx.message.header("Content-Type") or "").lower() or ctx.return_path == ""
    if dmarc and dmarc[0].result in FAILING:
        yield finding(
            "AUTH_FAIL_DMARC",
            Severity.MEDIUM if ctx.list_mail or report else Severity.HIGH,
            "The sender's domain did not authorise this message (DMARC fail)",
            f"Your mail server checked the From domain {dmarc[0].props.get('header.from', ctx.from_domain)} and "
            "found that the message was neither sent by a server it allows nor signed by it. This is how "
            "forged sender addresses are caught.",
            "mailing lists and forwarding can cause it, delivery reports (bounces) often fail it, and some "
            "domains publish their policy wrongly.",
            header="Authentication-Results",
            evidence={"dmarc": dmarc[0].to_dict(), "headers": evidence_ar},
        )
    elif not dmarc and comp and comp[0].result in FAILING:
        reason = comp[0].props.get("reason", "")
        yield finding(
            "AUTH_FAIL_DMARC",
            Severity.MEDIUM,
            "Microsoft 365 could not confirm the sender (compauth fail)",
            f"Microsoft's composite check failed (reason {reason}): the From domain neither authorised the "
            "sending server nor signed the message.",
            "domains without SPF/DKIM/DMARC records fail this check although they are genuine (reason 001).",
            header="Authentication-Results",
            evidence={"compauth": comp[0].to_dict(), "headers": evidence_ar},
        )


def _received_spf(ctx: SenderContext) -> str | None:
    if not ctx.chain.entry:
        return None
    for index, result, _ in ctx.auth.received_spf:
        if index < ctx.chain.entry.header_index + 3:
            return result
    return None


def check_forged(ctx: SenderContext) -> Iterator[Finding]:
    trusted = ctx.auth.trusted
    trusted_ids = {h.authserv_id for h in trusted}
    for claim in ctx.auth.claimed:
        if claim.name.lower() != "authentication-results":
            continue
        reasons = []
        if trusted and claim.authserv_id in trusted_ids and claim.header_index > max(h.header_index for h in trusted):
            reasons.append("it uses your mail server's name but sits below the point where your servers took over")
        for r in claim.results:
            verdicts = [t.result for t in ctx.auth.trusted_results(r.method)]
            if r.result == "pass" and verdicts and all(v in FAILING or v == "none" for v in verdicts):
                reasons.append(f"it claims {r.method}=pass where your server found {verdicts[0]}")
        if not reasons:
            continue
        impersonates = "name" in reasons[0]
        severity = Severity.HIGH if impersonates else (Severity.LOW if ctx.list_mail else Severity.MEDIUM)
        yield finding(
            "FORGED_AUTH_RESULTS",
            severity,
            "A fake authentication stamp",
            "The message carries an authentication result that your own mail server did not write: "
            + "; ".join(reasons)
            + ". Anyone can write such a line to make a message look checked.",
            "a mailing list or forwarding service may add its own result, which can differ from yours.",
            header=claim.name,
            evidence={"claimed": claim.to_dict(), "trusted": [h.raw for h in trusted][:3]},
        )


def check_dkim(ctx: SenderContext) -> Iterator[Finding]:
    sigs = ctx.signatures
    trusted = ctx.auth.trusted_results("dkim")
    if (not sigs and not trusted) or ctx.author is None:
        return
    passing = {signing_domain(r) for r in trusted if r.result == "pass"}
    if not trusted:
        passing = {s.domain for s in sigs if s.body_hash_ok}
    if passing and not any(same_org(d, ctx.from_domain) for d in passing):
        service = all(is_sending_service(d) for d in passing)
        severity = Severity.INFO if service else Severity.LOW
        if ctx.facts.get("brand") and not service:
            severity = Severity.MEDIUM
        yield finding(
            "DKIM_NOT_ALIGNED",
            severity,
            "Signed, but by another domain",
            f"The message carries a valid-looking signature from {', '.join(sorted(passing))}, which is not the "
            f"sender's domain {ctx.from_org}. A signature proves only who signed, not who the From line names.",
            "newsletter and mailing services often sign with their own domain for their customers.",
            header="DKIM-Signature",
            evidence={"signing_domains": sorted(passing), "from_domain": ctx.from_org},
        )
    yield from _body_and_tags(ctx, trusted)


def _body_and_tags(ctx: SenderContext, trusted: list) -> Iterator[Finding]:
    trusted_words = {r.result for r in trusted}
    altered = [s for s in ctx.signatures if s.body_hash_ok is False]
    if altered:
        if "pass" in trusted_words:
            severity, note = (
                Severity.INFO,
                " Your mail server verified the signature on arrival, so the change happened afterwards "
                "(Microsoft 365 and archiving re-encode messages).",
            )
        elif trusted_words & FAILING:
            severity, note = Severity.MEDIUM, " Your mail server also found the signature broken."
        else:
            severity, note = Severity.LOW, " No verdict from your mail server is available to compare."
        yield finding(
            "DKIM_BODY_ALTERED",
            severity,
            "The text changed after it was signed",
            "The fingerprint of the message text in the DKIM signature no longer matches the text." + note,
            "mail servers, virus scanners, disclaimers and mailing lists change messages on the way.",
            header="DKIM-Signature",
            evidence={"signatures": [s.to_dict() for s in altered][:3]},
        )
    counts: dict[str, int] = {}
    for h in ctx.message.headers:
        counts[h.name.lower()] = counts.get(h.name.lower(), 0) + 1
    for sig in ctx.signatures:
        yield from _sig_details(ctx, sig, counts)


def _sig_details(ctx: SenderContext, sig, counts: dict[str, int]) -> Iterator[Finding]:
    signed = sig.signed_headers
    for name in () if not signed else ("from", "subject", "to", "reply-to", "date", "sender", "cc"):
        n_signed = signed.count(name)
        if counts.get(name, 0) > n_signed and (n_signed or name == "from"):
            yield finding(
                "DKIM_HEADER_ADDED",
                Severity.HIGH if name == "from" else Severity.MEDIUM,
                f"A {name.title()} line was added after signing",
                f"The signature by {sig.domain} covers {n_signed} {name.title()} line(s) but the message has "
                f"{counts[name]}; the extra one was added by someone else and is what you may be shown.",
                "mailing lists add lines, but rarely a second one of these.",
                header="DKIM-Signature",
                evidence={"d": sig.domain, "h": signed, "header": name, "count": counts[name]},
            )
    if sig.body_length is not None and sig.body_size is not None and sig.body_size > sig.body_length:
        yield finding(
            "DKIM_PARTIAL_BODY",
            Severity.MEDIUM,
            "Only the start of the text is signed",
            f"The signature covers the first {sig.body_length} bytes of the text; {sig.body_size - sig.body_length} "
            "more bytes follow that anyone could have appended.",
            "old mailing-list setups signed this way so lists could add footers.",
            header="DKIM-Signature",
            evidence={"d": sig.domain, "l": sig.body_length, "body_size": sig.body_size},
        )
    received = ctx.chain.newest_trusted_date() or (ctx.chain.hops[-1].date if ctx.chain.hops else None)
    signed_at, expires = sig_time(sig, "t"), sig_time(sig, "x")
    if received and ((signed_at and (signed_at - received).total_seconds() > 3600) or (expires and expires < received)):
        yield finding(
            "DKIM_TIME_ANOMALY",
            Severity.LOW,
            "The signature's dates do not fit the delivery time",
            "The signature says it was made after the message arrived, or had expired when it arrived.",
            "wrong clocks on the sending server.",
            header="DKIM-Signature",
            evidence={
                "d": sig.domain,
                "t": sig.tags.get("t"),
                "x": sig.tags.get("x"),
                "received": received.isoformat(),
            },
        )
    if sig.tags.get("a", "").lower() == "rsa-sha1":
        yield finding(
            "DKIM_WEAK_ALGORITHM",
            Severity.INFO,
            "Signed with an outdated method",
            "The signature uses SHA-1, which is no longer considered safe against forgery.",
            "old mail servers still sign this way.",
            header="DKIM-Signature",
            evidence={"d": sig.domain, "a": sig.tags.get("a")},
        )
    if sig.online and sig.online != "pass":
        yield finding(
            "DKIM_SIGNATURE_INVALID",
            Severity.MEDIUM if sig.online == "fail" else Severity.INFO,
            "The signature did not verify online"
            if sig.online == "fail"
            else "The signature could not be checked online",
            f"Checking the signature of {sig.domain} against its published key gave: {sig.online}.",
            "the key may have been replaced since the message was sent, or the message changed in storage.",
            header="DKIM-Signature",
            evidence={"d": sig.domain, "s": sig.tags.get("s"), "online": sig.online},
        )


def check_arc(ctx: SenderContext) -> Iterator[Finding]:
    seals = [h for h in ctx.message.headers if h.name.lower() == "arc-seal"]
    broken = [h.raw for h in seals if "cv=fail" in h.raw.replace(" ", "").lower()]
    first = [h for h in ctx.auth.headers if h.instance == 1]
    first_fail = [
        r.to_dict() for h in first for r in h.results if r.method in ("dmarc", "spf", "dkim") and r.result in FAILING
    ]
    comp = ctx.auth.trusted_results("compauth")
    override = bool(comp) and comp[0].props.get("reason", "") == "130"
    if broken or (first_fail and override):
        yield finding(
            "ARC_CHAIN_BROKEN",
            Severity.LOW if broken else Severity.INFO,
            "The forwarding record is broken" if broken else "Accepted on a forwarder's word",
            "ARC records what earlier servers saw when mail is forwarded. "
            + (
                "Here the record is marked as broken."
                if broken
                else "Here the first forwarder saw an authentication failure, and your server accepted the "
                "message because of that forwarder's record."
            ),
            "forwarding services and mailing lists use ARC legitimately.",
            header="ARC-Seal" if broken else "ARC-Authentication-Results",
            evidence={"broken_seals": broken[:2], "first_hop_failures": first_fail[:3]},
        )


def check_gateway(ctx: SenderContext) -> Iterator[Finding]:
    yield from gateway_findings(ctx)
