"""Bounded output: repeated findings of one code on one host become one finding with a count.

A 5 MB newsletter body emitted 2,276 TRACKING_PIXEL findings on one host (a 4.3 MB JSON record, a
findings list nobody can read). The first occurrence stays as it was, with its evidence; it gains
`evidence["repeats"]` (how many findings it stands for, itself included), `evidence["more"]` (the URL and
element of the next few, at most `MORE`) and a title that says how many more there are. Findings are
folded only when everything the verdict reads is the same (category, code, host, severity, vendor, the
kind of recipient token, what the load reveals), so the verdict is the same before and after.
(`count` was taken: five codes already use it for what one finding counts, such as links or headers.)
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from ..model import Finding
from ..texts import join, tr

MORE = 5  # further occurrences listed in `evidence["more"]`


def _key(finding: Finding) -> tuple | None:
    if not finding.host:
        return None  # no host, nothing to fold on (header findings, parse findings...)
    token_kind = (finding.recipient_token or {}).get("kind")
    return (
        finding.category,
        finding.code,
        finding.host,
        finding.severity,
        finding.vendor,
        token_kind,
        finding.reveals,
        finding.axis,
    )


def _occurrence(finding: Finding) -> dict[str, Any]:
    out: dict[str, Any] = {"url": finding.url}
    if finding.element_id:
        out["element_id"] = finding.element_id
    if finding.part:
        out["part"] = finding.part
    return out


def fold_repeats(findings: list[Finding]) -> list[Finding]:
    """Findings in their order, each group of repeats replaced by its first member, annotated."""
    groups: dict[tuple, list[Finding]] = {}
    for finding in findings:
        key = _key(finding)
        if key is not None:
            groups.setdefault(key, []).append(finding)
    out: list[Finding] = []
    for finding in findings:
        key = _key(finding)
        group = groups.get(key) if key is not None else None
        if group is None or len(group) == 1:
            out.append(finding)
        elif group[0] is finding:
            out.append(_folded(group))
    return out


def _folded(group: list[Finding]) -> Finding:
    first = group[0]
    evidence = dict(first.evidence)
    evidence["repeats"] = len(group)
    evidence["more"] = [_occurrence(f) for f in group[1 : 1 + MORE]]
    return replace(first, title=more_title(first.title, len(group) - 1), evidence=evidence)


def more_title(title: str, more: int) -> str:
    return join(" ", [title, tr("(and {count} more on this host)", count=more)])


def repeats(finding: Finding) -> int:
    """How many findings `finding` stands for (1 unless repeats were folded into it)."""
    value = finding.evidence.get("repeats") if isinstance(finding.evidence, dict) else None
    return value if isinstance(value, int) and value > 0 else 1
