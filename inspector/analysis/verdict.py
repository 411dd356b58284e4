"""Sum the findings up for a person: one level and one plain sentence."""

from __future__ import annotations

from ..model import Category, Finding, Severity, Verdict, VerdictLevel
from ..texts import Text, tr

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


def _reason(level: VerdictLevel, findings: list[Finding], trackers: list[Finding]) -> Text:
    if level == VerdictLevel.CLEAN:
        return tr("Nothing in this message tries to track you or hide who sent it.")
    top = max(findings, key=lambda f: f.severity.rank)
    if trackers:
        hosts = sorted({f.host for f in trackers if f.host})
        shown = ", ".join(hosts[:3]) + (", …" if len(hosts) > 3 else "")
        identified = any(f.recipient_token for f in trackers)
        if len(trackers) == 1:
            text = (
                tr("This message contains a tracking element ({hosts}) that would tell the sender when you opened it "
                   "and from where", hosts=shown)
                if hosts
                else tr("This message contains a tracking element that would tell the sender when you opened it "
                        "and from where")
            )  # fmt: skip
        else:
            text = (
                tr("This message contains {count} tracking elements ({hosts}) that would tell the sender when you "
                   "opened it and from where", count=len(trackers), hosts=shown)
                if hosts
                else tr("This message contains {count} tracking elements that would tell the sender when you "
                        "opened it and from where", count=len(trackers))
            )  # fmt: skip
        return text + (tr(", and that it was you.") if identified else ".")
    if level == VerdictLevel.CAUTION and top.category == Category.PARSE:
        return tr("This message is damaged or unusual in form; it was analysed as far as possible.")
    return top.title + "."
