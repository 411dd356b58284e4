"""Name the tracking service behind a URL, and the sending ESP behind a message's headers.

The data is `resources/trackers.json` (sources and licences per entry: see resources/README.md),
loaded once per process. Matching a URL is a dict lookup on its host suffixes plus a literal
pre-filter before any regex runs, because a newsletter has hundreds of URLs and the list has
hundreds of rules.
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from ...resources import resource_path
from .urls import registrable_domain

MAX_MATCH_CHARS = 2048
_MAX_REMEMBERED = 4096  # URLs remembered per process (the index lives as long as it)...
_MAX_REMEMBERED_CHARS = 4096  # ...when not longer than this


@dataclass(frozen=True)
class Rule:
    vendor: str
    kind: str  # open-pixel | click-redirect | both
    host_suffix: str
    path_regex: re.Pattern[str] | None
    url_regex: re.Pattern[str] | None
    anchor: str  # a literal every matching URL contains ("" = none known)
    source: str


@dataclass(frozen=True)
class Match:
    vendor: str
    kind: str
    rule: str  # the pattern that matched, for the evidence
    source: str
    has_path: bool  # False when the whole host is the tracker (no path pattern)


class TrackerIndex:
    def __init__(self, rules: list[Rule]) -> None:
        self.by_host: dict[str, list[Rule]] = {}
        self.anywhere: list[Rule] = []
        for rule in rules:
            if rule.host_suffix:
                self.by_host.setdefault(rule.host_suffix, []).append(rule)
            else:
                self.anywhere.append(rule)
        self.vendors = sorted({r.vendor for r in rules})
        self.max_labels = max((r.host_suffix.count(".") + 1 for r in rules if r.host_suffix), default=1)
        self._matches: dict[tuple[str, str], Match | None] = {}

    def match(self, url: str, host: str) -> Match | None:
        """The first rule `url` (on `host`) matches. Remembered: the beacon and phishing checks ask
        about the same links, and a newsletter repeats its URLs (the corpus: 6,126 asks, 2,106 URLs);
        the answer depends on nothing else and a `Match` is frozen."""
        if len(url) > _MAX_REMEMBERED_CHARS:
            return self._match(url, host)
        key = (url, host)
        if key in self._matches:
            return self._matches[key]
        found = self._match(url, host)
        if len(self._matches) >= _MAX_REMEMBERED:
            self._matches.clear()
        self._matches[key] = found
        return found

    def _match(self, url: str, host: str) -> Match | None:
        try:
            parts = urlsplit(url)
        except ValueError:
            return None
        # Patterns identify a service by the start of a URL; a bound on what they see keeps one
        # that backtracks from costing more than milliseconds on a 2 MB URL (tests/regex_sweep.py).
        tail = (parts.path + ("?" + parts.query if parts.query else ""))[:MAX_MATCH_CHARS]
        for rule in self._host_rules(host):
            if rule.path_regex is None or rule.path_regex.search(tail):
                return _match(rule)
        whole = (host + tail).lower()
        for rule in self.anywhere:
            if rule.anchor and rule.anchor not in whole:
                continue
            regex = rule.url_regex or rule.path_regex
            target = whole if rule.url_regex else tail
            if regex is not None and regex.search(target):
                return _match(rule)
        return None

    def host_vendor(self, host: str) -> str | None:
        """Vendor owning a whole host (no path needed): for List-Unsubscribe and Message-ID domains."""
        for rule in self._host_rules(host):
            return rule.vendor
        return None

    def _host_rules(self, host: str) -> list[Rule]:
        # Only the suffixes as long as the longest listed one: a host of 4,000 labels would
        # otherwise cost 4,000 joins of 8 KB for each of thousands of URLs.
        labels = host.lower().rsplit(".", self.max_labels)[-self.max_labels - 1 :]
        found: list[Rule] = []
        for i in range(len(labels) - 1):
            found.extend(self.by_host.get(".".join(labels[i:]), ()))
        return found


def _match(rule: Rule) -> Match:
    pattern = rule.url_regex or rule.path_regex
    shown = rule.host_suffix + (pattern.pattern if pattern is not None else "")
    return Match(rule.vendor, rule.kind, shown, rule.source, pattern is not None)


def _anchor(pattern: str) -> str:
    """The longest literal run every match must contain (lower case), or "" when unsure."""
    flat = pattern
    for _ in range(4):  # drop groups (innermost first), classes and counted repeats: not required literally
        flat = re.sub(r"\((?:[^()\\]|\\.)*\)[?*+]?|\[(?:[^\]\\]|\\.)*\][?*+]?", "\x00", flat)
    if "|" in flat.replace("\\|", ""):
        return ""  # top-level alternation: no single required literal
    out, i = [], 0
    while i < len(flat):
        c = flat[i]
        if c == "\\" and i + 1 < len(flat):
            nxt = flat[i + 1]
            out.append("\x00" if nxt.isalnum() else nxt)
            i += 2
        elif c in "?*":
            if out:
                out[-1] = "\x00"  # the previous character is optional
            i += 1
        elif c == "{":
            close = flat.find("}", i)
            if out:
                out[-1] = "\x00"
            i = close + 1 if close > 0 else len(flat)
        elif c in ".^$+":
            out.append("\x00")
            i += 1
        else:
            out.append(c)
            i += 1
    runs = "".join(out).split("\x00")
    return max(runs, key=len).lower() if runs else ""


@functools.cache
def index() -> TrackerIndex:
    """The bundled list, parsed and compiled once per process."""
    data = json.loads(resource_path("trackers.json").read_text(encoding="utf-8"))
    rules = []
    for entry in data["trackers"]:
        path = entry.get("path_regex")
        url = entry.get("url_regex")
        rules.append(
            Rule(
                vendor=entry["vendor"],
                kind=entry["kind"],
                host_suffix=entry.get("host_suffix", "").lower(),
                path_regex=re.compile(path, re.IGNORECASE) if path else None,
                url_regex=re.compile(url, re.IGNORECASE) if url else None,
                anchor=_anchor(url or path or ""),
                source=entry["source"],
            )
        )
    return TrackerIndex(rules)


# Header fingerprints of sending services (unspy.email matchers list the idea; values are public
# headers these services add, seen in our corpus or in their documentation).
_HEADER_HINTS: tuple[tuple[str, re.Pattern[str], str], ...] = (
    ("x-mc-user", re.compile(r"."), "Mailchimp"),
    ("x-mailer", re.compile(r"mailchimp", re.I), "Mailchimp"),
    ("feedback-id", re.compile(r":mc$|mailchimp", re.I), "Mailchimp"),
    ("x-mandrill-user", re.compile(r"."), "Mandrill (Mailchimp Transactional)"),
    ("x-mailgun-sid", re.compile(r"."), "Mailgun"),
    ("x-sg-eid", re.compile(r"."), "SendGrid"),
    ("x-ses-outgoing", re.compile(r"."), "Amazon SES"),
    ("feedback-id", re.compile(r"amazonses", re.I), "Amazon SES"),
    ("x-mj-mid", re.compile(r"."), "Mailjet"),
    ("x-mailjet-campaign", re.compile(r"."), "Mailjet"),
    ("feedback-id", re.compile(r"inxmail", re.I), "Inxmail"),
    ("feedback-id", re.compile(r":rm$|rapidmail", re.I), "Rapidmail"),
    ("x-mailer", re.compile(r"sendinblue|brevo", re.I), "Sendinblue/Brevo"),
    ("x-sib-id", re.compile(r"."), "Sendinblue/Brevo"),
    ("x-mailer", re.compile(r"cleverreach", re.I), "CleverReach"),
    ("x-mailer", re.compile(r"inxmail", re.I), "Inxmail"),
    ("x-mailer", re.compile(r"newsletter2go", re.I), "Newsletter2Go"),
    ("x-mailer", re.compile(r"getresponse", re.I), "GetResponse"),
    ("x-mailer", re.compile(r"phplist", re.I), "phpList"),
    ("x-mailer", re.compile(r"gophish", re.I), "GoPhish"),
    ("x-kmail-id", re.compile(r"."), "Klaviyo"),
)


def sending_service(headers: list[tuple[str, str]]) -> tuple[str, str] | None:
    """(vendor, basis) for the service that sent the message, from its headers; None if unknown."""
    low = [(name.lower(), value) for name, value in headers]
    for name, value in low:
        for hint_name, pattern, vendor in _HEADER_HINTS:
            if name == hint_name and pattern.search(value.strip()):
                return vendor, f"{name}: {value.strip()[:80]}"
    idx = index()
    for name, value in low:
        if name in ("list-unsubscribe", "message-id"):
            for host in re.findall(r"(?:https?://|@)([A-Za-z0-9.-]+\.[A-Za-z]{2,})", value):
                if found := idx.host_vendor(host):
                    return found, f"{name} host {host.lower()}"
    return None


def sender_domains(headers: list[tuple[str, str]]) -> set[str]:
    """Registrable domains the sending service controls (List-Unsubscribe, Message-ID, Return-Path)."""
    out: set[str] = set()
    for name, value in headers:
        if name.lower() in ("list-unsubscribe", "message-id", "return-path"):
            for host in re.findall(r"(?:https?://|@)([A-Za-z0-9.-]+\.[A-Za-z]{2,})", value):
                out.add(registrable_domain(host.lower()))
    return out
