"""Indicators with roles (issue 24): the exports carry the attacker's only, every lure link, each with why.

Checked on the demo and on three real messages of the corpus (a phishing message with a landing page, a
tracked newsletter, an Outlook .msg): the imitated brand's real domains, the reader's addresses and
servers, the X-Mailer project page and attachment names never reach a default export.
"""

from __future__ import annotations

import csv
import io
import json
from email.utils import getaddresses
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from inspector.analysis.common.brands import brand_of_domain
from inspector.analysis.common.context import MessageContext
from inspector.analysis.indicator_rules import IndicatorList
from inspector.cli import main
from inspector.pipeline import scan
from inspector.report.iocs import defang
from inspector.sources import Source

DEMO = Path(__file__).resolve().parent.parent / "resources" / "demo" / "demo-phish.eml"
REAL = {
    "landing page": "phishing_pot/sample-220.eml",
    "tracked newsletter": "unspy_newsletters/cleverreach__2023-01-02-oekumenisches-asylforum.u1.eml",
    "outlook msg": "spamscope_mailparser/mail_outlook_1.msg",
}
FORMATS = ("text", "csv", "stix", "misp")


def exported(capsys: pytest.CaptureFixture[str], path: Path, fmt: str, *extra: str) -> str:
    assert main(["iocs", "--format", fmt, "--plain", *extra, str(path)]) == 0
    return capsys.readouterr().out


def exported_values(text: str, fmt: str) -> set[str]:
    """The indicator values of one export, read back the way its consumer reads it."""
    if fmt == "text":
        return {line.split("\t")[0] for line in text.splitlines() if line and not line.startswith("#")}
    if fmt == "csv":
        return {row[3] for row in list(csv.reader(io.StringIO(text)))[1:]}
    if fmt == "stix":
        patterns = [o["pattern"] for o in json.loads(text)["objects"] if o["type"] == "indicator"]
        return {p.split(" = '", 1)[1].rstrip("']").replace("\\'", "'").replace("\\\\", "\\") for p in patterns}
    event = json.loads(text)["Event"]
    values = {a["value"] for o in event["Object"] for a in o["Attribute"] if a["to_ids"]}
    assert all(not a["to_ids"] or "attacker" in a["comment"] for o in event["Object"] for a in o["Attribute"])
    return values


def hosts_of(values: set[str]) -> set[str]:
    out = set()
    for value in values:
        if "://" in value:
            out.add((urlsplit(value).hostname or "").lower())
        elif "@" in value:
            out.add(value.rpartition("@")[2].lower())
        else:
            out.add(value.lower())
    return out


def lure_links(path: Path) -> set[str]:
    """Every remote link of the bodies, as the reference finder (shared with the safe view) reads them, but
    those to a known organisation's real site (an antivirus signature's link, the imitated bank's page)."""
    scanned = scan(Source(str(path)))
    assert scanned.message is not None
    context, links = MessageContext(scanned.message), set()
    for msg in scanned.message.walk_messages():
        for body in msg.html_bodies:
            refs = context.html(msg, body)[1]
            links |= {r.url for r in refs if r.remote and r.kind == "link" and brand_of_domain(r.host) is None}
    return links


def check_default_exports(capsys: pytest.CaptureFixture[str], path: Path) -> dict:
    record = scan(Source(str(path))).record()
    roles = {i["role"] for i in record["indicators"]}
    assert roles <= {"attacker", "impersonated", "recipient", "benign"}
    not_attacker = {i["value"] for i in record["indicators"] if i["role"] != "attacker"}
    readers = {a.lower() for _, a in getaddresses([record["message"]["to"]]) if "@" in a}
    reader_domains = {a.rpartition("@")[2] for a in readers}
    names = {str(a.get("filename") or "").lower() for a in record["attachments"]} - {""}
    mailer_urls = {u for u in (record["sender"].get("mailer") or "").split("(")[1:]}
    threat = record["verdict"]["threat"]["level"] in ("suspicious", "dangerous")
    links = lure_links(path) if threat else set()
    for fmt in FORMATS:
        values = exported_values(exported(capsys, path, fmt), fmt)
        assert not values & not_attacker, fmt
        assert not {v.lower() for v in values} & readers, fmt
        assert not hosts_of(values) & reader_domains, fmt
        assert not {v.lower() for v in values} & names, fmt  # file names are never domains
        assert not [v for v in values if any(u.rstrip(")") == v for u in mailer_urls)], fmt
        for host in hosts_of(values):
            brand = brand_of_domain(host)
            assert brand is None or host not in {d for d in brand.domains}, (fmt, host)
        if fmt != "misp":  # MISP holds the links in url objects: checked with the others below
            assert links <= values, (fmt, links - values)
    return record


def test_demo_exports_only_the_attacker(capsys: pytest.CaptureFixture[str]) -> None:
    record = check_default_exports(capsys, DEMO)
    roles = {i["value"]: i["role"] for i in record["indicators"]}
    assert roles["lesoir.be"] == roles["rossel.be"] == "impersonated"
    assert roles["a.dupont@parliament.example"] == roles["parliament.example"] == "recipient"
    assert roles["github.com"] == roles["https://github.com/PHPMailer/PHPMailer"] == "benign"
    assert roles["lesoir.interviews@outlook-mail.example"] == "attacker"
    assert not [v for v in roles if "questions-interview" in v.lower()]
    text = exported(capsys, DEMO, "text")
    assert "https://lesoir-be.example/dossier/loi-medias?u=" in text and "[PERSONALISED_LINK]" in text
    for value in ("lesoir.be", "rossel.be", "github.com", "parliament.example"):
        assert f"\n{value}\t" not in text and f"//{value}/" not in text


@pytest.mark.corpus
@pytest.mark.parametrize("kind", REAL)
def test_real_messages_export_only_the_attacker(corpus: Path, capsys: pytest.CaptureFixture[str], kind: str) -> None:
    path = corpus / REAL[kind]
    if not path.exists():
        pytest.skip(f"{REAL[kind]} is not in this corpus")
    record = check_default_exports(capsys, path)
    attacker = {i["value"] for i in record["indicators"] if i["role"] == "attacker"}
    if kind == "landing page":  # the button's target, which no finding flagged, is there
        assert any(v.startswith("https://conecte-way.online/") for v in attacker) and "conecte-way.online" in attacker
        assert not [v for v in attacker if "santander" in v]
    if kind == "tracked newsletter":  # a harmless newsletter: its trackers, not its ordinary links
        assert "stats-eu2.crsend.com" in attacker
        assert all(i["finding"] for i in record["indicators"] if i["role"] == "attacker" and i["type"] == "url")


def test_all_roles_labels_every_indicator(capsys: pytest.CaptureFixture[str]) -> None:
    text = exported(capsys, DEMO, "text", "--all-roles")
    assert "# Domains (impersonated)\nlesoir.be\t" in text and "# Email addresses (recipient)" in text
    rows = list(csv.reader(io.StringIO(exported(capsys, DEMO, "csv", "--all-roles"))))
    assert rows[0] == ["file", "role", "type", "value", "reason", "finding", "where"]
    assert {r[1] for r in rows[1:]} == {"attacker", "impersonated", "recipient", "benign"}
    assert all(r[4] for r in rows[1:])  # every indicator says why


def test_default_text_is_defanged_with_reasons(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["iocs", str(DEMO)]) == 0
    text = capsys.readouterr().out
    assert "hxxps://track[.]press-updates[.]example/" in text and "https://" not in text.split("\t#")[0]
    assert "\t# Flagged by the analysis: Tracking pixel" in text


@pytest.mark.parametrize("tlp", ["clear", "green", "amber", "amber+strict", "red"])
def test_stix_passes_the_oasis_validator_with_each_tlp(capsys: pytest.CaptureFixture[str], tlp: str) -> None:
    validator = pytest.importorskip("stix2validator")
    text = exported(capsys, DEMO, "stix", "--tlp", tlp, "--all-roles")
    result = validator.validate_string(text, validator.ValidationOptions(strict=True))
    assert result.is_valid, [str(e) for e in result.errors]
    objects = json.loads(text)["objects"]
    marking = next(o for o in objects if o["type"] == "marking-definition")
    assert all(o.get("object_marking_refs") == [marking["id"]] for o in objects if o["type"] != "marking-definition")
    name = marking.get("name") or f"TLP:{marking['definition']['tlp']}"
    assert name.upper() == f"TLP:{tlp.upper()}"
    roles = {o["labels"][0] for o in objects if o["type"] == "indicator"}
    assert roles == {"role:attacker", "role:impersonated", "role:recipient", "role:benign"}


def test_misp_event_loads_with_pymisp(capsys: pytest.CaptureFixture[str]) -> None:
    pymisp = pytest.importorskip("pymisp")
    text = exported(capsys, DEMO, "misp", "--tlp", "amber+strict")
    event = pymisp.MISPEvent()
    event.load(text)
    assert [t.name for t in event.tags] == ["tlp:amber+strict"]
    assert {o.name for o in event.objects} == {"email", "url", "domain-ip", "file"}
    email = next(o for o in event.objects if o.name == "email")
    relations = {a.object_relation: a.value for a in email.attributes}
    assert relations["reply-to"] == "lesoir.interviews@outlook-mail.example"
    assert relations["subject"].startswith("Demande d'interview") and "to" not in relations
    urls = {a.value for o in event.objects if o.name == "url" for a in o.attributes}
    assert "https://lesoir-be.example/dossier/loi-medias?u=d3e5ec43dd5c9371a667497ce0779bfa" in urls
    file = next(o for o in event.objects if o.name == "file")
    assert {a.object_relation for a in file.attributes} >= {"sha256", "filename"}
    assert int(event.threat_level_id) == 1


def test_more_protective_role_wins_and_file_names_are_not_domains() -> None:
    out = IndicatorList(threat=True, own={"reader.example"}, impersonated={"bank.example": "Bank"}, limit=100)
    out.url("https://bank.example/login", "attacker", "lure", None, "a")
    out.url("https://mail.reader.example/x", "attacker", "lure", None, "a")
    out.url("https://www.w3.org/1999/xhtml", "attacker", "lure", None, "a")
    out.domain("invoice.pdf.html", "attacker", "lure", None, "a")
    out.domain("evil.example", "attacker", "lure", "CODE", "a")
    out.domain("evil.example", "benign", "harmless", None, "b")  # a weaker benign does not undo the attacker
    roles = {i["value"]: i["role"] for i in out.items()}
    assert roles == {
        "https://bank.example/login": "impersonated",
        "bank.example": "impersonated",
        "https://mail.reader.example/x": "recipient",
        "mail.reader.example": "recipient",
        "https://www.w3.org/1999/xhtml": "benign",
        "www.w3.org": "benign",
        "evil.example": "attacker",
    }
    assert next(i for i in out.items() if i["value"] == "evil.example")["finding"] == "CODE"
    assert defang("evil.example") == "evil[.]example"


def test_a_campaign_addressed_to_itself_keeps_its_domain_attacker() -> None:
    """Bcc campaigns write the sender's own address in To: that does not make its domain the reader's."""
    data = DEMO.read_bytes().replace(
        b"To: Anne Dupont <a.dupont@parliament.example>", b"To: Redaction <redaction@lesoir-be.example>"
    )
    assert b"To: Redaction" in data
    record = scan(Source(label="bcc.eml", data=data)).record()
    roles = {i["value"]: i["role"] for i in record["indicators"]}
    assert roles["redaction@lesoir-be.example"] == roles["lesoir-be.example"] == "attacker"
    assert roles["a.dupont@parliament.example"] == "recipient"  # still known from Delivered-To
