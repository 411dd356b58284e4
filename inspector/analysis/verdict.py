"""Sum the findings up for a person: one level and one plain sentence."""

from __future__ import annotations

from ..model import Category, Finding, Severity, Verdict, VerdictLevel

_WATCHING = {Category.BEACON, Category.READ_RECEIPT}


def decide(findings: list[Finding]) -> Verdict:
    """The worst severity sets the level; the reason names what matters most to the reader."""
    worst = max((f.severity.rank for f in findings), default=-1)
    trackers = [f for f in findings if f.category in _WATCHING and f.severity.rank >= Severity.LOW.rank]
    if worst >= Severity.HIGH.rank:
        level = VerdictLevel.DANGEROUS
    elif worst >= Severity.MEDIUM.rank:
        level = VerdictLevel.SUSPICIOUS
    elif worst >= Severity.LOW.rank:
        level = VerdictLevel.CAUTION
    else:
        level = VerdictLevel.CLEAN
    return Verdict(level, _reason(level, findings, trackers))


def _reason(level: VerdictLevel, findings: list[Finding], trackers: list[Finding]) -> str:
    if level == VerdictLevel.CLEAN:
        return "Nothing in this message tries to track you or hide who sent it."
    top = max(findings, key=lambda f: f.severity.rank)
    if trackers:
        hosts = sorted({f.host for f in trackers if f.host})
        where = f" ({', '.join(hosts[:3])}{', …' if len(hosts) > 3 else ''})" if hosts else ""
        noun = "element" if len(trackers) == 1 else "elements"
        told = "would tell the sender when you opened it and from where"
        if any(f.recipient_token for f in trackers):
            told += ", and that it was you"
        return f"This message contains {len(trackers)} tracking {noun}{where} that {told}."
    if level == VerdictLevel.CAUTION and top.category == Category.PARSE:
        return "This message is damaged or unusual in form; it was analysed as far as possible."
    return f"{top.title}."
