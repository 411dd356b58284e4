"""What authentication says: the trusted verdicts, forged claims, DKIM details and the gateway's view."""

from __future__ import annotations

from collections.abc import Iterator

from ...model import Finding, Severity
from ...texts import join, tr
from ..common.domains import is_sending_service, same_org
from .auth_results import (
    FAILING,
    Result,
    appended_by_receiver,
    is_receivers_id,
    receiving_hop,
    signing_domain,
    trust_limit,
)
from .dkim_body import sig_time
from .gateway_verdicts import gateway_findings
from .sender_context import SenderContext, finding


def check_auth_failures(ctx: SenderContext) -> Iterator[Finding]:
    """What the recipient's own servers found: SPF, DKIM and DMARC failures, in that order."""
    evidence_ar = [h.raw for h in ctx.auth.trusted][:3]
    yield from _spf_failure(ctx, evidence_ar)
    yield from _dkim_failure(ctx, evidence_ar)
    yield from _dmarc_failure(ctx, evidence_ar)


def _spf_failure(ctx: SenderContext, evidence_ar: list[str]) -> Iterator[Finding]:
    spf = ctx.auth.trusted_results("spf")
    spf_word = spf[0].result if spf else _received_spf(ctx)
    if spf_word in FAILING:
        soft = spf_word == "softfail"
        domain = spf[0].props.get("smtp.mailfrom", "") if spf else ""
        yield finding(
            "AUTH_FAIL_SPF",
            Severity.LOW if soft or ctx.list_mail else Severity.MEDIUM,
            tr("The sending server was not authorised (SPF {result})", result=spf_word),
            tr(
                "Your mail server found that the server which delivered this is not listed by {domain} as allowed "
                "to send its mail. Note that SPF checks the hidden bounce address, not the From you see.",
                domain=domain or tr("the sender domain"),
            ),
            tr(
                "forwarding and mailing lists break these checks for genuine mail; 'softfail' is common on "
                "legitimate mail."
            ),
            header="Authentication-Results" if spf else "Received-SPF",
            evidence={
                "result": spf_word,
                "domain": domain,
                "headers": evidence_ar or [r for _, _, r in ctx.auth.received_spf[:1]],
            },
        )


def _dkim_failure(ctx: SenderContext, evidence_ar: list[str]) -> Iterator[Finding]:
    dkim = ctx.auth.trusted_results("dkim")
    failed = [r for r in dkim if r.result in FAILING]
    if failed:
        passed = [r for r in dkim if r.result == "pass"]
        yield finding(
            "AUTH_FAIL_DKIM",
            Severity.LOW if passed or ctx.list_mail else Severity.MEDIUM,
            tr("A digital signature on the message is broken"),
            tr(
                "Your mail server found a DKIM signature that no longer matches: the message was changed after "
                "signing, or the signature is fake ({domains}).",
                domains=", ".join(signing_domain(r) or "?" for r in failed),
            )
            + (" " + tr("Another signature did verify.") if passed else ""),
            tr(
                "forwarding and mailing lists break these checks for genuine mail, and one of several signatures "
                "failing is common."
            ),
            header="Authentication-Results",
            evidence={"failed": [r.to_dict() for r in failed], "headers": evidence_ar},
        )


def _dmarc_failure(ctx: SenderContext, evidence_ar: list[str]) -> Iterator[Finding]:
    """DMARC fail; else Microsoft's compauth fail where DMARC said nothing; else a DMARC that could not be read."""
    dmarc = ctx.auth.trusted_results("dmarc")
    comp = ctx.auth.trusted_results("compauth")
    report = "report" in (ctx.message.header("Content-Type") or "").lower() or ctx.return_path == ""
    if dmarc and dmarc[0].result in ("fail", "hardfail", "softfail"):
        lenient = ctx.list_mail or report or _forwarded_without_policy(ctx, dmarc[0])
        yield finding(
            "AUTH_FAIL_DMARC",
            Severity.MEDIUM if lenient else Severity.HIGH,
            tr("The sender's domain did not authorise this message (DMARC fail)"),
            tr(
                "Your mail server checked the From domain {domain} and found that the message was neither sent by "
                "a server it allows nor signed by it. This is how forged sender addresses are caught.",
                domain=dmarc[0].props.get("header.from", ctx.from_domain),
            ),
            tr(
                "mailing lists and forwarding can cause it, delivery reports (bounces) often fail it, and some "
                "domains publish their policy wrongly."
            ),
            header="Authentication-Results",
            evidence={"dmarc": dmarc[0].to_dict(), "headers": evidence_ar},
        )
    elif comp and comp[0].result in FAILING and (not dmarc or dmarc[0].result in ("none", "permerror", "temperror")):
        reason = comp[0].props.get("reason", "")
        yield finding(
            "AUTH_FAIL_DMARC",
            Severity.MEDIUM,
            tr("Microsoft 365 could not confirm the sender (compauth fail)"),
            tr(
                "Microsoft's composite check failed (reason {reason}): the From domain neither authorised the "
                "sending server nor signed the message.",
                reason=reason,
            ),
            tr("domains without SPF/DKIM/DMARC records fail this check although they are genuine (reason 001)."),
            header="Authentication-Results",
            evidence={"compauth": comp[0].to_dict(), "headers": evidence_ar},
        )

    elif dmarc and dmarc[0].result in ("permerror", "temperror"):
        yield finding(
            "DMARC_ERROR",
            Severity.LOW
            if ctx.trusted_result("spf") != "pass" and ctx.trusted_result("dkim") != "pass"
            else Severity.INFO,
            tr("The sender's domain has a broken anti-forgery policy (DMARC {result})", result=dmarc[0].result),
            tr(
                "Your mail server tried to read the DMARC policy of {domain} and could not: the published record is "
                "malformed or could not be fetched. It is not a verdict on this message, so the server could not "
                "tell whether the From address is forged.",
                domain=dmarc[0].props.get("header.from", ctx.from_domain),
            ),
            tr("many genuine domains publish a faulty record; when SPF or DKIM passed, the sender did authenticate."),
            header="Authentication-Results",
            evidence={"dmarc": dmarc[0].to_dict(), "headers": evidence_ar},
        )


def _forwarded_without_policy(ctx: SenderContext, dmarc: Result) -> bool:
    """DMARC fail under `p=none` through an SRS forwarder: the domain asked for nothing, forwarding broke it."""
    policy = (dmarc.props.get("policy.published-domain-policy") or dmarc.props.get("p") or "").lower()
    if not policy:
        text = (dmarc.comment or "").lower()
        policy = "none" if "p=none" in text.replace(" ", "") else ""
    return policy == "none" and (ctx.return_path or "").lower().startswith(("srs0=", "srs1="))


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
    headers = ctx.message.headers
    limit = trust_limit(ctx.chain, headers)
    arrival = receiving_hop(ctx.chain)
    for claim in ctx.auth.claimed:
        if claim.name.lower() != "authentication-results":
            continue
        reasons = []
        impersonates = bool(trusted) and claim.authserv_id in trusted_ids
        impersonates = impersonates and claim.header_index > max(h.header_index for h in trusted)
        # In the receiving side's name under the Received line it wrote on arrival: it came with the
        # message, whether or not the sender also wrote Received lines. Below every Received line and
        # followed only by filter lines is left alone: ProtonMail and rspamd milters append genuine
        # results there.
        own_id = is_receivers_id(claim.authserv_id, ctx.chain, ctx.settings.trusted_authserv_ids)
        arrived = claim.header_index >= limit and not appended_by_receiver(claim, ctx.chain, headers)
        impersonates = impersonates or (own_id and arrived)
        if claim.unsigned_passes:
            reasons.append(
                tr(
                    "written in the name of {server}, it reports a valid signature of {domains}, but the message "
                    "carries no signature of {domains}",
                    server=claim.authserv_id or "Microsoft 365",
                    domains=", ".join(claim.unsigned_passes),
                )
            )
        if impersonates:
            reasons.append(
                tr(
                    "it is written in the name of your mail server ({server}) but sits under the line your server "
                    "added when the message came in, among the lines the message arrived with",
                    server=claim.authserv_id or "?",
                )
            )
        for r in claim.results:
            verdicts = [t.result for t in ctx.auth.trusted_results(r.method)]
            if r.result == "pass" and verdicts and all(v in FAILING or v == "none" for v in verdicts):
                reasons.append(
                    tr("it claims {method}=pass where your server found {result}", method=r.method, result=verdicts[0])
                )
        if not reasons:
            continue
        if impersonates or (own_id and claim.unsigned_passes):
            severity = Severity.HIGH  # a false statement in your own server's name
        elif claim.unsigned_passes:
            severity = Severity.MEDIUM
        else:
            severity = Severity.LOW if ctx.list_mail else Severity.MEDIUM
        yield finding(
            "FORGED_AUTH_RESULTS",
            severity,
            tr("A fake authentication stamp"),
            tr(
                "The message carries an authentication result that your own mail server did not write: {reasons}. "
                "Anyone can write such a line to make a message look checked.",
                reasons=join("; ", reasons),
            ),
            tr("a copy whose signature lines were removed afterwards (a redacted sample).")
            if claim.unsigned_passes and not impersonates
            else tr("a mailing list or forwarding service may add its own result, which can differ from yours."),
            header=claim.name,
            evidence={
                "claimed": claim.to_dict(),
                "position": claim.header_index + 1,
                "unsigned_passes": claim.unsigned_passes,
                "receiving_hop": (
                    {"hop": arrival.index + 1, "position": arrival.header_index + 1, "raw": arrival.raw[:300]}
                    if arrival
                    else None
                ),
                "trusted": [h.raw for h in trusted][:3],
            },
        )


def check_dkim(ctx: SenderContext) -> Iterator[Finding]:
    sigs = ctx.signatures
    trusted = ctx.auth.trusted_results("dkim")
    if (not sigs and not trusted) or ctx.author is None:
        return
    passing = {signing_domain(r) for r in trusted if r.result == "pass"}
    if not trusted:
        passing = {s.domain for s in sigs if s.body_hash_ok}
    passing.discard("")  # a pass that names no domain says nothing about who signed
    if passing and not any(same_org(d, ctx.from_domain) for d in passing):
        service = all(is_sending_service(d) for d in passing)
        severity = Severity.INFO if service else Severity.LOW
        if ctx.facts.get("brand") and not service:
            severity = Severity.MEDIUM
        yield finding(
            "DKIM_NOT_ALIGNED",
            severity,
            tr("Signed, but by another domain"),
            tr(
                "The message carries a valid-looking signature from {signers}, which is not the sender's domain "
                "{domain}. A signature proves only who signed, not who the From line names.",
                signers=", ".join(sorted(passing)),
                domain=ctx.from_org,
            ),
            tr("newsletter and mailing services often sign with their own domain for their customers."),
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
                tr(
                    "Your mail server verified the signature on arrival, so the change happened afterwards "
                    "(Microsoft 365 and archiving re-encode messages)."
                ),
            )
        elif trusted_words & FAILING:
            severity, note = Severity.MEDIUM, tr("Your mail server also found the signature broken.")
        else:
            severity, note = Severity.LOW, tr("No verdict from your mail server is available to compare.")
        yield finding(
            "DKIM_BODY_ALTERED",
            severity,
            tr("The text changed after it was signed"),
            tr("The fingerprint of the message text in the DKIM signature no longer matches the text.") + " " + note,
            tr("mail servers, virus scanners, disclaimers and mailing lists change messages on the way."),
            header="DKIM-Signature",
            evidence={"signatures": [s.to_dict() for s in altered][:3]},
        )
    counts: dict[str, int] = {}
    for h in ctx.message.headers:
        counts[h.name.lower()] = counts.get(h.name.lower(), 0) + 1
    for sig in ctx.signatures:
        yield from _sig_details(ctx, sig, counts)


def _sig_details(ctx: SenderContext, sig, counts: dict[str, int]) -> Iterator[Finding]:
    """What one signature itself shows: lines added after signing, a partial body, odd dates, weak or failed."""
    yield from _added_after_signing(sig, counts)
    yield from _partial_body(sig)
    yield from _time_anomaly(ctx, sig)
    yield from _weak_or_failed(sig)


def _added_after_signing(sig, counts: dict[str, int]) -> Iterator[Finding]:
    signed = sig.signed_headers
    for name in () if not signed else ("from", "subject", "to", "reply-to", "date", "sender", "cc"):
        n_signed = signed.count(name)
        if counts.get(name, 0) > n_signed and (n_signed or name == "from"):
            yield finding(
                "DKIM_HEADER_ADDED",
                Severity.HIGH if name == "from" else Severity.MEDIUM,
                tr("A {header} line was added after signing", header=name.title()),
                tr(
                    "The signature by {domain} covers {signed} {header} line(s) but the message has {count}; the "
                    "extra one was added by someone else and is what you may be shown.",
                    domain=sig.domain,
                    signed=n_signed,
                    header=name.title(),
                    count=counts[name],
                ),
                tr("mailing lists add lines, but rarely a second one of these."),
                header="DKIM-Signature",
                evidence={"d": sig.domain, "h": signed, "header": name, "count": counts[name]},
            )


def _partial_body(sig) -> Iterator[Finding]:
    if sig.body_length is not None and sig.body_size is not None and sig.body_size > sig.body_length:
        yield finding(
            "DKIM_PARTIAL_BODY",
            Severity.MEDIUM,
            tr("Only the start of the text is signed"),
            tr(
                "The signature covers the first {signed} bytes of the text; {extra} more bytes follow that anyone "
                "could have appended.",
                signed=sig.body_length,
                extra=sig.body_size - sig.body_length,
            ),
            tr("old mailing-list setups signed this way so lists could add footers."),
            header="DKIM-Signature",
            evidence={"d": sig.domain, "l": sig.body_length, "body_size": sig.body_size},
        )


def _time_anomaly(ctx: SenderContext, sig) -> Iterator[Finding]:
    received = ctx.chain.newest_trusted_date() or (ctx.chain.hops[-1].date if ctx.chain.hops else None)
    signed_at, expires = sig_time(sig, "t"), sig_time(sig, "x")
    if received and ((signed_at and (signed_at - received).total_seconds() > 3600) or (expires and expires < received)):
        yield finding(
            "DKIM_TIME_ANOMALY",
            Severity.LOW,
            tr("The signature's dates do not fit the delivery time"),
            tr("The signature says it was made after the message arrived, or had expired when it arrived."),
            tr("wrong clocks on the sending server."),
            header="DKIM-Signature",
            evidence={
                "d": sig.domain,
                "t": sig.tags.get("t"),
                "x": sig.tags.get("x"),
                "received": received.isoformat(),
            },
        )


def _weak_or_failed(sig) -> Iterator[Finding]:
    if sig.tags.get("a", "").lower() == "rsa-sha1":
        yield finding(
            "DKIM_WEAK_ALGORITHM",
            Severity.INFO,
            tr("Signed with an outdated method"),
            tr("The signature uses SHA-1, which is no longer considered safe against forgery."),
            tr("old mail servers still sign this way."),
            header="DKIM-Signature",
            evidence={"d": sig.domain, "a": sig.tags.get("a")},
        )
    if sig.online and sig.online != "pass":
        yield finding(
            "DKIM_SIGNATURE_INVALID",
            Severity.MEDIUM if sig.online == "fail" else Severity.INFO,
            tr("The signature did not verify online")
            if sig.online == "fail"
            else tr("The signature could not be checked online"),
            tr(
                "Checking the signature of {domain} against its published key gave: {result}.",
                domain=sig.domain,
                result=sig.online,
            ),
            tr("the key may have been replaced since the message was sent, or the message changed in storage."),
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
            tr("The forwarding record is broken") if broken else tr("Accepted on a forwarder's word"),
            tr("ARC records what earlier servers saw when mail is forwarded. Here the record is marked as broken.")
            if broken
            else tr(
                "ARC records what earlier servers saw when mail is forwarded. Here the first forwarder saw an "
                "authentication failure, and your server accepted the message because of that forwarder's record."
            ),
            tr("forwarding services and mailing lists use ARC legitimately."),
            header="ARC-Seal" if broken else "ARC-Authentication-Results",
            evidence={"broken_seals": broken[:2], "first_hop_failures": first_fail[:3]},
        )


def check_gateway(ctx: SenderContext) -> Iterator[Finding]:
    yield from gateway_findings(ctx)
