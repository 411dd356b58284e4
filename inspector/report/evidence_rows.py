"""A finding's evidence as labelled rows a person reads: the one wording the case report and the window share.

The JSON keeps the evidence as the analysers wrote it (keys differ per code). People need labels
("Address", "Recognised by"), yes/no instead of True/False, the decoded token and where it sits,
and no internal ids. Both front ends call `finding_rows()`, so the report and the detail pane say
the same thing; each translates the labels with its own catalogue (`inspector.texts.translate`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..analysis.tracking.beacon_text import encoding_text, where_text
from ..model import Severity
from ..texts import Text, join, tr

MAX_ITEMS = 6  # addresses listed per finding; the rest are counted ("and 12 more")
MAX_TEXT = 240  # a raw header or HTML element longer than this is cut (the JSON keeps it whole)

URL, CODE, TEXT, TOKEN = "url", "code", "text", "token"  # how a value is shown: URLs/tokens/code in monospace


@dataclass(frozen=True)
class Row:
    label: str  # a Text: each front end translates it
    value: str
    kind: str = TEXT


def severity_rank(finding: dict[str, Any]) -> int:
    """0 (info) to 3 (high) for a finding of the JSON record, as `Severity.rank`; an unknown one counts as info."""
    try:
        return Severity(str(finding.get("severity"))).rank
    except ValueError:
        return 0


SEVERITY_WORDS = {"info": tr("info"), "low": tr("low"), "medium": tr("medium"), "high": tr("high")}

# Evidence keys in words. A key missing here is shown with its name made readable (never dropped).
LABELS: dict[str, Text] = {
    "url": tr("Address"),
    "host": tr("Server"),
    "domain": tr("Domain"),
    "header": tr("Header"),
    "headers": tr("Headers"),
    "raw": tr("As written"),
    "element": tr("HTML element"),
    "signals": tr("Recognised by"),
    "vendor_basis": tr("Known tracker rule"),
    "from": tr("From"),
    "to": tr("To"),
    "reply_to": tr("Reply-To"),
    "return_path": tr("Return-Path"),
    "display_name": tr("Display name"),
    "matched": tr("Name matched"),
    "brand_domains": tr("The brand's real domains"),
    "brand": tr("Brand"),
    "reply_to_domain": tr("Reply-To domain"),
    "from_domain": tr("From domain"),
    "same_display_name": tr("Same display name"),
    "reasons": tr("Reasons"),
    "dmarc": tr("DMARC"),
    "result": tr("Result"),
    "claimed": tr("Claimed"),
    "position": tr("Position"),
    "unsigned_passes": tr("Unsigned passes"),
    "receiving_hop": tr("Receiving hop"),
    "trusted": tr("Trusted"),
    "hop": tr("Hop"),
    "ip": tr("IP address"),
    "mailer": tr("Mail program"),
    "script": tr("Script"),
    "filename": tr("File name"),
    "kind": tr("Kind"),
    "declared_type": tr("Declared type"),
    "sniffed_type": tr("Real type"),
    "size": tr("Size (bytes)"),
    "html_smuggling": tr("HTML smuggling"),
    "reserved_name": tr("Reserved name"),
    "defect": tr("Defect"),
    "detail": tr("Detail"),
    "source": tr("Source"),
    "scl": tr("Spam confidence level"),
    "count": tr("Count"),
    "sample": tr("Sample"),
    "how": tr("How"),
    "targets": tr("Targets"),
    "members": tr("Archive members"),
    "auto": tr("Runs without a click"),
    "compressed": tr("Found in compressed parts only"),
    "field": tr("Field"),
    "member": tr("Part of the file"),
    "attachment": tr("Attachment"),
    "reading": tr("Reading"),
    "value": tr("Value"),
    "where": tr("Where"),
    "problem": tr("Problem"),
    "analyser": tr("Check"),
    "error": tr("Error"),
    "shown": tr("Link text shows"),
    "goes_to": tr("Really goes to"),
    "landing_host": tr("Landing server"),
    "wrapped": tr("Destination inside the link"),
    "unicode": tr("Decoded name"),
    "name_hides_type": tr("Name hides the type"),
    "identical": tr("Identical"),
    "addresses": tr("Addresses"),
    "part": tr("MIME part"),
    "vector": tr("Loaded by"),
    "vendor": tr("Service"),
    "images": tr("Images"),
    "visible_letters": tr("Visible letters"),
    "image_is_link": tr("Image is a link"),
}
_CODE_KEYS = {"raw", "element", "headers", "sample", "field", "script"}
_SKIP = {"element_ids", "element_id", "items", "links"}  # ids are for the window's highlight; lists go below


def label_for(key: str) -> str:
    """The label of an evidence key (`return_path_domain` -> "Return path domain" when not listed)."""
    return LABELS.get(key) or key.replace("_", " ").replace("-", " ").strip().capitalize()


def value_text(value: Any) -> str:
    """A value in words: yes/no for booleans, lists joined, nested objects as `label: value` pairs."""
    if isinstance(value, bool):
        return tr("yes") if value else tr("no")
    if value is None:
        return ""
    if isinstance(value, dict):
        pairs = [tr("{label}: {value}", label=label_for(k), value=value_text(v)) for k, v in value.items() if _shown(v)]
        return join("; ", pairs)
    if isinstance(value, (list, tuple)):
        return join(", ", [value_text(v) for v in value if _shown(v)])
    return value if isinstance(value, str) else str(value)


BRIEF_ITEMS = 2
_BRIEF_SKIP = {"element", "vendor_basis", "raw", "headers"}  # long snippets a printed summary can leave to the JSON


def finding_rows(finding: dict[str, Any], *, brief: bool = False) -> list[Row]:
    """Every fact of a finding worth showing, in reading order: addresses, where, its token, its evidence.

    What loading it would reveal is left to the explanation, which already says it in a sentence.
    `brief` (the printed report's minor findings) lists two addresses and leaves long snippets to the JSON."""
    rows: list[Row] = []
    evidence = finding.get("evidence") or {}
    limit = BRIEF_ITEMS if brief else MAX_ITEMS
    rows += _item_rows(evidence.get("items") or [], finding.get("url"), limit)
    rows += _link_rows(evidence.get("links") or [], limit)
    if finding.get("host") and not any(row.kind == URL for row in rows):  # an address already names its server
        rows.append(Row(LABELS["host"], str(finding["host"]), CODE))
    for key in ("vendor", "header"):
        if finding.get(key) and key not in evidence:
            rows.append(Row(label_for(key), value_text(finding[key])))
    place = _place(finding, evidence.get("items") or [])
    if place:
        rows.append(Row(tr("Found in"), place))
    rows += token_rows(finding.get("recipient_token"))
    for key, value in evidence.items():
        if key in _SKIP or not _shown(value) or (brief and key in _BRIEF_SKIP):
            continue
        rows.append(_evidence_row(key, value))
    return _once(rows)


def _once(rows: list[Row]) -> list[Row]:
    """A value said twice (the header's value again under "To") is said once, under its first label."""
    seen: set[str] = set()
    out = []
    for row in rows:
        key = str(row.value).strip().lower()
        if key and key in seen and row.label:
            continue
        seen.add(key)
        out.append(row)
    return out


def token_rows(token: dict[str, Any] | None) -> list[Row]:
    """The recipient token: who it names, how it is written, where it sits in the address."""
    if not token:
        return []
    rows = [Row(tr("Token"), str(token.get("value") or ""), TOKEN)] if token.get("value") else []
    if token.get("identity"):
        rows.append(Row(tr("Decoded token"), str(token["identity"]), TOKEN))
    if token.get("encoding"):
        rows.append(Row(tr("Written as"), encoding_text(str(token["encoding"]))))
    if token.get("where"):
        rows.append(
            Row(
                tr("Where it sits"),
                tr("{place} ({where})", place=where_text(token["where"]), where=str(token["where"])),
            )
        )
    return rows


def _item_rows(items: list[dict[str, Any]], first_url: object, limit: int) -> list[Row]:
    rows = [Row(LABELS["url"], str(item.get("url") or ""), URL) for item in items[:limit] if item.get("url")]
    if not rows and first_url:
        rows.append(Row(LABELS["url"], str(first_url), URL))
    if len(items) > limit:
        rows.append(Row("", tr("and {count} more (all in the JSON report)", count=len(items) - limit)))
    return rows


def _place(finding: dict[str, Any], items: list[dict[str, Any]]) -> str:
    """MIME part and the HTML that loads it, in one line: `MIME part 1.2, img[src]`."""
    vectors = sorted({str(item["vector"]) for item in items if item.get("vector")})
    if not vectors and finding.get("vector") and not str(finding["vector"]).startswith("header:"):
        vectors = [str(finding["vector"])]
    how = ", ".join(vectors)
    if finding.get("part"):
        part = tr("MIME part {part}", part=str(finding["part"]))
        return part + ", " + how if how else part
    return how


def _link_rows(links: list[dict[str, Any]], limit: int) -> list[Row]:
    rows: list[Row] = []
    for link in links[:limit]:
        rows.append(Row(tr("Link"), str(link.get("url") or ""), URL))
        for key in ("shown", "goes_to", "landing_host", "unicode", "brand", "how"):
            if _shown(link.get(key)):
                rows.append(Row(label_for(key), value_text(link[key]), URL if key == "goes_to" else TEXT))
    if len(links) > limit:
        rows.append(Row("", tr("and {count} more (all in the JSON report)", count=len(links) - limit)))
    return rows


def _evidence_row(key: str, value: Any) -> Row:
    text = value_text(value)
    limit = (
        MAX_TEXT // 2
        if isinstance(value, (dict, list)) and any(isinstance(v, dict) for v in _values(value))
        else MAX_TEXT
    )
    if len(text) > limit:
        text = text[:limit] + "…"
    if key in _CODE_KEYS:
        return Row(label_for(key), text, CODE)
    kind = URL if isinstance(value, str) and "://" in value else TEXT
    return Row(label_for(key), text, kind)


def _values(value: dict | list) -> list[Any]:
    return list(value.values()) if isinstance(value, dict) else list(value)


def _shown(value: Any) -> bool:
    return value not in (None, "", [], {}, ())
