"""The end-of-batch summary: counts by verdict, top tracking vendors, sender domains that fail."""

from __future__ import annotations

import email.utils
from collections import Counter
from typing import Any

Record = dict[str, Any]
LEVELS = ("clean", "tracked", "caution", "suspicious", "dangerous")
TRACKING_LEVELS = ("none", "tracked", "identified")
_AUTH_FAILURES = {"AUTH_FAIL_SPF", "AUTH_FAIL_DKIM", "AUTH_FAIL_DMARC", "FORGED_AUTH_RESULTS"}


class BatchSummary:
    """Accumulates records one at a time, so the summary costs no memory per message."""

    def __init__(self) -> None:
        self.total = 0
        self.not_analysed = 0
        self.verdicts: Counter[str] = Counter()
        self.tracking: Counter[str] = Counter()
        self.vendors: Counter[str] = Counter()
        self.failing_domains: Counter[str] = Counter()
        self.errors: Counter[str] = Counter()

    def add(self, record: Record) -> None:
        self.total += 1
        if not record.get("ok"):
            self.not_analysed += 1
            self.errors[(record.get("error") or {}).get("code") or "ERROR"] += 1
            return
        self.verdicts[record["verdict"]["level"]] += 1
        self.tracking[(record["verdict"].get("tracking") or {}).get("level", "none")] += 1
        findings = record.get("findings") or []
        self.vendors.update({f["vendor"] for f in findings if f.get("category") == "beacon" and f.get("vendor")})
        if any(f.get("code") in _AUTH_FAILURES for f in findings):
            address = email.utils.parseaddr((record.get("message") or {}).get("from") or "")[1]
            domain = address.rpartition("@")[2].lower() or "(no address)"
            self.failing_domains[domain] += 1

    def to_dict(self) -> dict[str, Any]:
        return {
            "messages": self.total,
            "not_analysed": self.not_analysed,
            "verdicts": {level: self.verdicts.get(level, 0) for level in LEVELS},
            "tracking": {level: self.tracking.get(level, 0) for level in TRACKING_LEVELS},
            "top_vendors": self.vendors.most_common(10),
            "failing_sender_domains": self.failing_domains.most_common(10),
        }

    def render(self, campaigns: list[dict[str, Any]] | None = None) -> str:
        lines = [self._headline()]
        if self.total == self.not_analysed:
            return lines[0]  # nothing was analysed: no empty verdict counts
        lines.append("  " + "  ".join(f"{level}: {self.verdicts.get(level, 0)}" for level in LEVELS))
        lines.append("  tracking " + "  ".join(f"{lv}: {self.tracking.get(lv, 0)}" for lv in TRACKING_LEVELS))
        if self.vendors:
            lines.append("  Top tracking vendors (messages):")
            lines += [f"    {count:>6}  {name}" for name, count in self.vendors.most_common(10)]
        if self.failing_domains:
            lines.append("  Sender domains failing authentication (messages):")
            lines += [f"    {count:>6}  {name}" for name, count in self.failing_domains.most_common(10)]
        if campaigns:
            lines.append("  Campaigns (messages sharing infrastructure or body):")
            for group in campaigns[:20]:
                lines.append(f"    {group['id']:>4}  {group['size']:>5} msgs  {'; '.join(group['shared'])[:100]}")
        return "\n".join(lines)

    def _headline(self) -> str:
        """'3 messages analysed', then what stopped the others, by error code (NOT_FOUND, …)."""
        analysed = self.total - self.not_analysed
        line = f"Summary: {analysed} {'message' if analysed == 1 else 'messages'} analysed"
        if self.not_analysed:
            why = ", ".join(f"{count} {_ERROR_WORDS.get(code, code)}" for code, count in self.errors.most_common())
            line += f"; {self.not_analysed} not analysed ({why})"
        return line


_ERROR_WORDS = {
    "NOT_FOUND": "no such file",
    "NOT_A_FILE": "not a file",
    "NOT_A_MESSAGE": "not an email message",
    "UNREADABLE": "could not be read",
    "TOO_LARGE": "too large",
    "EMPTY": "empty",
    "NO_MESSAGES": "folder without messages",
    "MSG_UNREADABLE": "unreadable Outlook file",
    "TOO_DEEP": "nested too deep",
    "PARSE_FAILED": "parser failure",
    "ANALYSIS_FAILED": "analysis failure",
}
