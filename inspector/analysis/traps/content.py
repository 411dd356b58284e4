"""Content risks in HTML bodies that load nothing on their own: forms posting elsewhere, and scripts.

A form is not a beacon (nothing is sent until the reader presses its button), but a form in an
email that posts to a remote host sends whatever is typed into it there: the classic credential
phish. Scripts never run in a mail client; their presence is still a red flag, and the safe view
removes them. Both come from the shared reference extractor, so the URLs and element ids are the
ones the beacon report and the safe view use.
"""

from __future__ import annotations

from collections.abc import Iterable

from bs4 import BeautifulSoup, Tag

from ...model import Category, Finding, Report, Severity
from ...parsing import Message
from ...texts import Text, join, tr
from ..common.context import MessageContext
from ..common.references import Reference, find_references_in_soup, parse_html
from ..common.urls import registrable_domain

# Only bodies holding one of these are read again (most messages have none).
_TRIGGERS = ("<form", "formaction", "<script", "srcdoc")
# A <script> whose type is not JavaScript is a data block (JSON-LD email markup, templates): inert.
_JS_TYPES = frozenset(
    {
        "",
        "module",
        "text/javascript",
        "application/javascript",
        "application/x-javascript",
        "text/ecmascript",
        "application/ecmascript",
        "text/jscript",
        "text/livescript",
    }
)
_SNIPPET = 200
_MAX_FIELDS = 20
_MAX_URLS = 50


def content_findings(message: Message, report: Report | None, context: object = None) -> Iterable[Finding]:
    """Analyser entry point (registered in `analysis.ANALYSERS`)."""
    findings: list[Finding] = []
    for msg in message.walk_messages():
        for body in msg.html_bodies:
            low = body.text.lower()
            if not any(word in low for word in _TRIGGERS):
                continue
            # The tree the tracking engine parsed (its references are read again here without the
            # Content-Base and the other readings, as before).
            soup = context.html(msg, body)[0] if isinstance(context, MessageContext) else parse_html(body.text)
            refs = find_references_in_soup(soup, part=body.part)
            findings += _form_findings(refs)
            findings += _script_findings(soup, refs, part=body.part)
    return findings


def _form_findings(refs: list[Reference]) -> list[Finding]:
    """One finding per distinct remote form action (`form action`, `button/input formaction`)."""
    seen: dict[str, Finding] = {}
    for ref in refs:
        if ref.kind != "form" or not ref.remote or ref.tag is None:
            continue
        if ref.url in seen:
            seen[ref.url].evidence["count"] += 1
            continue
        form = ref.tag if ref.tag.name == "form" else ref.tag.find_parent("form") or ref.tag
        fields = _fields(form)
        password = any(f.endswith("(password)") for f in fields)
        seen[ref.url] = Finding(
            category=Category.CONTENT,
            code="FORM_REMOTE_ACTION",
            severity=Severity.MEDIUM if password else Severity.LOW,
            title=tr("Form that sends what you type to {host} (asks for a password)", host=ref.host)
            if password
            else tr("Form that sends what you type to {host}", host=ref.host),
            explanation=_form_text(ref.host, password=password),
            evidence={
                "element": _snippet(ref.tag),
                "url": ref.url,
                "host": ref.host,
                "fields": fields,
                "password_field": password,
                "count": 1,
            },
            part=ref.part,
            url=ref.url,
            host=ref.host,
            domain=registrable_domain(ref.host),
            vector=ref.vector,
            element_id=ref.ref_id,
        )
    return list(seen.values())


def _form_text(host: str, *, password: bool) -> Text:
    sends = (
        tr("This message contains a form. Submitting it sends what you type into it to {host}, including a password.",
           host=host)
        if password
        else tr("This message contains a form. Submitting it sends what you type into it to {host}.", host=host)
    )  # fmt: skip
    advice = tr(
        "Nothing is sent unless you press its button, and the safe view disables it. Genuine services do not ask "
        "you to type sign-in details into an email: use their website instead."
    )
    return join(" ", [sends, advice])


def _script_findings(soup: BeautifulSoup, refs: list[Reference], *, part: str) -> list[Finding]:
    """One finding per body holding scripts: how many, and every remote script address."""
    inline = [t for t in soup.find_all("script") if _runs(t)]
    linked = [r for r in refs if r.kind == "script" and r.tag is not None and _runs(r.tag)]
    nested = [r for r in linked if r.container is not None]  # in a srcdoc or conditional comment
    count = len(inline) + len(nested)
    if not count:
        return []
    urls = list(dict.fromkeys(r.url for r in linked if r.remote))[:_MAX_URLS]
    first_remote = next((r for r in linked if r.remote), None)
    hosts = list(dict.fromkeys(r.host for r in linked if r.remote))
    shown = ", ".join(hosts[:3])
    return [
        Finding(
            category=Category.CONTENT,
            code="SCRIPT_PRESENT",
            severity=Severity.LOW,
            title=tr("Script in the message loaded from {hosts}", hosts=shown)
            if hosts
            else tr("Script in the message"),
            explanation=join(" ", [_script_count(count, shown), _SCRIPT_RISK]),
            evidence={
                "element": _snippet(inline[0] if inline else linked[0].tag),
                "count": count,
                "urls": urls,
                "hosts": hosts,
            },
            part=part,
            url=first_remote.url if first_remote else None,
            host=first_remote.host if first_remote else None,
            domain=registrable_domain(first_remote.host) if first_remote else None,
            vector=first_remote.vector if first_remote else "script",
            element_id=first_remote.ref_id if first_remote else None,
        )
    ]


_SCRIPT_RISK = tr(
    "Mail programs do not run scripts, so it cannot do anything here, and the safe view removes it. But ordinary "
    "mail has no reason to carry one: it is often left over from a phishing page copied into the message."
)


def _script_count(count: int, hosts: str) -> Text:
    if hosts and count > 1:
        return tr("This message contains {count} scripts loaded from {hosts}.", count=count, hosts=hosts)
    if hosts:
        return tr("This message contains 1 script loaded from {hosts}.", hosts=hosts)
    if count > 1:
        return tr("This message contains {count} scripts.", count=count)
    return tr("This message contains 1 script.")


def _runs(tag: Tag) -> bool:
    kind = str(tag.get("type", "")).split(";")[0].strip().lower()
    return kind in _JS_TYPES


def _fields(form: Tag) -> list[str]:
    """`name (type)` of each input, select and textarea in the form, to show what it asks for."""
    out: list[str] = []
    for field in form.find_all(("input", "select", "textarea"), limit=_MAX_FIELDS):
        kind = str(field.get("type", "text")).lower() if field.name == "input" else field.name
        if kind in ("hidden", "submit", "button", "image", "reset"):
            continue
        out.append(f"{str(field.get('name', '') or field.get('id', '') or '?')[:40]} ({kind[:20]})")
    return out


def _snippet(tag: Tag | None) -> str:
    if tag is None:
        return ""
    attrs = " ".join(f'{k}="{v}"' for k, v in tag.attrs.items() if isinstance(v, str))
    text = f"<{tag.name} {attrs}>" if attrs else f"<{tag.name}>"
    if tag.name == "script" and not attrs:
        text += tag.get_text()[:_SNIPPET].strip()
    return text if len(text) <= _SNIPPET else text[: _SNIPPET - 1] + "…"
