"""analyse(Message) -> Report: runs every registered analyser and sums up a verdict.

Three engines, three questions:

- `tracking/`: are you being tracked? (every load an opened message makes, and who it names)
- `sender/`: is this who it claims to be? (headers, authentication, look-alike senders)
- `traps/`: is it a trap? (lure links, hidden text, forms and scripts, risky and weaponised attachments)

`common/` is the room below them: URL and domain helpers, the HTML5 tree and its references, the
tracker and brand tables, and the per-message context through which the engines share what they
parsed. Imports run one way: registry and verdict → engines → common → parsing → model; the engines
never import each other (a test checks it). Adding an analyser is adding one function to
`ANALYSERS`; none of them knows the others.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from ..model import Category, Finding, Report, Severity
from ..parsing import Message
from ..texts import tr
from .common.context import MessageContext
from .parse_findings import parse_findings
from .repeats import fold_repeats
from .sender.sender import sender_analysis
from .summary import attachment_table, fingerprints, message_summary
from .tracking.beacons import beacon_findings
from .traps.content import content_findings
from .traps.phishing_checks import phishing_findings
from .verdict import decide, settle

Analyser = Callable[[Message, Report, MessageContext], Iterable[Finding]]

# Order matters only for how findings are listed: most telling first.
ANALYSERS: list[Analyser] = [
    beacon_findings,
    parse_findings,
    sender_analysis,
    content_findings,
    phishing_findings,  # reads report.sender: after the sender analysis
]


def analyse(message: Message, context: MessageContext | None = None) -> Report:
    """Run every analyser; one that fails becomes a `parse` finding instead of losing the report.

    `context` lets the caller reuse the parsed bodies afterwards (the indicator list of the record); the
    caller then hands the trees over to the sanitiser itself (`context.hand_over()`) once done with them."""
    report = Report(message=message_summary(message), format=message.format)
    report.attachments = attachment_table(message)
    report.fingerprints = fingerprints(message)
    own_context = context is None
    context = context or MessageContext(message)  # what the engines share (each body's HTML tree), worked out once
    for analyser in ANALYSERS:
        try:
            report.findings.extend(analyser(message, report, context))
        except Exception as exc:  # noqa: BLE001 - keep what the other analysers found
            report.findings.append(_analyser_failed(analyser, exc))
    if own_context:
        context.hand_over()  # the sanitiser of the safe view reuses the trees instead of parsing again
    report.findings = settle(fold_repeats(report.findings))  # 2,000 pixels on one host: one finding, counted
    report.verdict = decide(report.findings)
    return report


def _analyser_failed(analyser: Analyser, exc: Exception) -> Finding:
    name = getattr(analyser, "__name__", str(analyser))
    return Finding(
        category=Category.PARSE,
        code="ANALYSER_FAILED",
        severity=Severity.LOW,
        title=tr("Part of the analysis could not run"),
        explanation=tr(
            "One of the checks stopped on something unexpected in this message, so the report may be "
            "incomplete. The other checks ran normally."
        ),
        evidence={"analyser": name, "error": f"{type(exc).__name__}: {exc}"},
    )
