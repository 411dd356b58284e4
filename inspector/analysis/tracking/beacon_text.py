"""What each beacon code means to a person: title, plain-language explanation, what it reveals."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

from ...model import Severity
from ...texts import Text, join, tr


class CodeText(NamedTuple):
    """How a beacon code is named (one of it, several of it), what it is, and its base severity."""

    title: Text
    titles: Text
    what: Text
    severity: Severity  # when no recipient token is present


CODES: dict[str, CodeText] = {
    "TRACKING_PIXEL": CodeText(
        tr("Tracking pixel"),
        tr("Tracking pixels"),
        tr(
            "an image made to be invisible (tiny, hidden, or a known open-tracking address). Its only job is to be "
            "downloaded when you open the message, which tells the sender that you did"
        ),
        Severity.LOW,
    ),
    "REMOTE_IMAGE": CodeText(
        tr("Remote image"),
        tr("Remote images"),
        tr(
            "a picture stored on a server, downloaded when the message is shown. Ordinary in newsletters, but every "
            "download is recorded by that server"
        ),
        Severity.LOW,
    ),
    "REMOTE_STYLESHEET": CodeText(
        tr("Remote style sheet"),
        tr("Remote style sheets"),
        tr("a style sheet loaded from a server when the message is shown (Outlook and Apple Mail load these)"),
        Severity.LOW,
    ),
    "REMOTE_FONT": CodeText(
        tr("Remote font"),
        tr("Remote fonts"),
        tr("a font downloaded from a server when the message is shown"),
        Severity.LOW,
    ),
    "REMOTE_FRAME": CodeText(
        tr("Embedded web page"),
        tr("Embedded web pages"),
        tr("a web page embedded inside the message; it loads from a server and can load more things itself"),
        Severity.MEDIUM,
    ),
    "REMOTE_MEDIA": CodeText(
        tr("Remote audio or video"),
        tr("Remote audio or video files"),
        tr("sound or video loaded from a server when the message is shown"),
        Severity.LOW,
    ),
    "REMOTE_OBJECT": CodeText(
        tr("Remote plug-in content"),
        tr("Remote plug-in contents"),
        tr("an object, embed or applet loaded from a server: old plug-in content that has no place in an email"),
        Severity.MEDIUM,
    ),
    "REMOTE_SCRIPT": CodeText(
        tr("Script loaded by an SVG drawing"),
        tr("Scripts loaded by SVG drawings"),
        tr(
            "a script that an SVG drawing in the message loads from a server (`<svg><script href>`): a mail "
            "program that shows the message in a web engine may fetch it when the drawing is shown"
        ),
        Severity.MEDIUM,
    ),
    "REMOTE_PREFETCH": CodeText(
        tr("Prefetched resource"),
        tr("Prefetched resources"),
        tr("a hint asking the mail program to fetch something from a server in advance"),
        Severity.LOW,
    ),
    "DNS_PREFETCH": CodeText(
        tr("DNS prefetch"),
        tr("DNS prefetches"),
        tr(
            "a hint asking the mail program to look up a server name in advance. Only a name lookup leaves your "
            "computer, but it still reveals that the message was opened, through your network's name server"
        ),
        Severity.LOW,
    ),
    "META_REFRESH": CodeText(
        tr("Automatic redirect"),
        tr("Automatic redirects"),
        tr("an instruction to load another address automatically after the message is shown"),
        Severity.MEDIUM,
    ),
    "UNC_PATH": CodeText(
        tr("Windows file-share reference"),
        tr("Windows file-share references"),
        tr(
            "a reference to a file on a Windows network share. On Windows, Outlook and Explorer connect to that "
            "server and hand over your Windows login name and a hash of your password (NTLM) without any click; "
            "this is how CVE-2023-23397 was exploited"
        ),
        Severity.HIGH,
    ),
}


class LinkText(NamedTuple):
    """The same for tracked links, whose titles name the service they go through."""

    title: Callable[[str], Text]  # via -> title for one link
    titles: Callable[[str, int], Text]  # via, count -> title for several
    what: Text
    severity: Severity


LINK_CODES: dict[str, LinkText] = {
    "CLICK_TRACKER": LinkText(
        lambda via: tr("Tracked link via {via}", via=via),
        lambda via, count: tr("Tracked links via {via} ({count} links)", via=via, count=count),
        tr(
            "a link that goes through a click-tracking service before reaching its destination, so the sender "
            "learns when you click it"
        ),
        Severity.INFO,
    ),
    "PERSONALISED_LINK": LinkText(
        lambda via: tr("Personalised link via {via}", via=via),
        lambda via, count: tr("Personalised links via {via} ({count} links)", via=via, count=count),
        tr("a link carrying a code that identifies you, so a click tells the sender it was you"),
        Severity.LOW,
    ),
    "LINK_PING": LinkText(
        lambda via: tr("Link with click notification via {via}", via=via),
        lambda via, count: tr("Links with click notification via {via} ({count} links)", via=via, count=count),
        tr("a link with a 'ping' address that browsers notify when the link is clicked"),
        Severity.LOW,
    ),
}
SENSOR_REVEALS = {
    "dark mode": "color_scheme",
    "light mode": "color_scheme",
    "printing": "printed",
    "forwarding": "forwarded",
    "screen size": "screen_size",
    "mail client": "mail_client",
}
SENSOR_TEXT = {
    "dark mode": tr("It only loads when your mail program uses dark mode, so it also reveals that setting."),
    "light mode": tr("It only loads in light mode, so it also reveals your colour setting."),
    "printing": tr("It only loads when the message is printed, so it tells the sender you printed it."),
    "forwarding": tr("It only loads in a forwarded or quoted copy, so it tells the sender the message was forwarded."),
    "screen size": tr("It only loads on some screen sizes, so it reveals what kind of device you read on."),
    "mail client": tr("It only loads in some mail programs, so it reveals which one you use."),
}
# References that only another reading of the HTML builds (`references.Reference.reading`).
READING_TEXT = {
    "scripting on": tr(
        "Only a browser with JavaScript on builds it: such a browser reads the message's noscript element as "
        "plain text, so the markup after it takes another shape. Mail programs and the safe view do not load it."
    ),
    "Chromium select": tr(
        "Only browsers built on Chromium 135 or later build it: they keep pictures and markup inside the options "
        "of a drop-down list, which other programs and the safe view drop."
    ),
    "scripting on, Chromium select": tr(
        "Only browsers built on Chromium 135 or later with JavaScript on build it: they read the noscript element "
        "as plain text and keep the markup inside drop-down options. Mail programs and the safe view do not load it."
    ),
}
REVEAL_WORDS = {
    "open_time": tr("when you opened the message"),
    "ip_address": tr("your IP address, and from it your approximate location and your organisation or provider"),
    "mail_client": tr("your mail program and device"),
    "identity": tr("who you are"),
    "dns_resolver": tr("your network's name server (often your organisation or provider)"),
    "windows_credentials": tr("your Windows user name and a crackable hash of your password"),
    "click_time": tr("when you clicked"),
    "read_confirmation": tr("that you read the message"),
}
# The labels `tokens` gives per-recipient parameters (kept in English in the evidence), as phrases.
ID_NAMES = {
    "Mailchimp subscriber id": tr("a Mailchimp subscriber id"),
    "Klaviyo profile id": tr("a Klaviyo profile id"),
    "Marketo per-lead token": tr("a Marketo per-lead token"),
    "HubSpot contact token": tr("a HubSpot contact token"),
    "Vero user id": tr("a Vero user id"),
    "recipient id": tr("a recipient id"),
    "Campaign Monitor subscriber id": tr("a Campaign Monitor subscriber id"),
    "recipient id (GoPhish style)": tr("a recipient id (GoPhish style)"),
    "subscriber id": tr("a subscriber id"),
    "contact id": tr("a contact id"),
    "user id": tr("a user id"),
    "member id": tr("a member id"),
    "e-mail address": tr("an e-mail address"),
}
# Words inside the encodings `tokens` reports: "plain", "url-encoded", "sha256(md5(lower))", "base64(address)".
_ENCODING_WORDS = {
    "plain": tr("plain"),
    "url-encoded": tr("url-encoded"),
    "lower": tr("lower"),
    "upper": tr("upper"),
    "as written": tr("as written"),
    "address": tr("address"),
    "local part": tr("local part"),
}
_WRAPPED = re.compile(r"^(\w+)\((.+)\)$")  # anchored: linear even under re.search (the regex sweep)


def severity_for(base: Severity, token: dict | None, *, auto: bool, pixel: bool) -> Severity:
    """Severity follows what the beacon reveals: an encoded address is worst, a subscriber id next.

    A "likely id" is a heuristic (campaign ids look the same), so it only raises a tracking pixel.
    """
    if not token:
        return base
    kind = token.get("kind")
    if kind in ("identity", "name"):
        bump = Severity.HIGH if auto else Severity.MEDIUM
    elif kind == "subscriber_id" or (kind == "likely_id" and pixel):
        bump = Severity.MEDIUM if auto else Severity.LOW
    else:
        bump = Severity.LOW if auto else Severity.INFO
    return bump if bump.rank > base.rank else base


def title(code: CodeText, host: str, count: int) -> Text:
    """The title of a beacon group: one address, or several from one host."""
    if count == 1:
        return tr("{title} from {host}", title=code.title, host=host)
    return tr("{titles} from {host} ({count} addresses)", titles=code.titles, host=host, count=count)


def token_sentence(token: dict | None) -> Text | None:
    """What the recipient token in the address tells the sender, as one sentence."""
    if not token:
        return None
    kind = token.get("kind")
    if kind == "identity":
        args = {"identity": token.get("identity"), "encoding": encoding_text(str(token.get("encoding"))),
                "where": where_text(token.get("where"))}  # fmt: skip
        form = token.get("form", "address")
        if form == "local part":
            return tr(
                "The address contains your e-mail local part ({identity}, {encoding}, {where}), so whoever "
                "receives the request learns exactly who you are.",
                **args,
            )
        if form == "domain":
            return tr(
                "The address contains your e-mail domain ({identity}, {encoding}, {where}), so whoever "
                "receives the request learns exactly who you are.",
                **args,
            )
        return tr(
            "The address contains your e-mail address ({identity}, {encoding}, {where}), so whoever "
            "receives the request learns exactly who you are.",
            **args,
        )
    if kind == "name":
        return tr(
            "The address contains your name ({identity}, {encoding}, {where}), so whoever receives the request "
            "learns exactly who you are.",
            identity=token.get("identity"),
            encoding=encoding_text(str(token.get("encoding"))),
            where=where_text(token.get("where")),
        )
    if kind == "subscriber_id":
        label = str(token.get("encoding"))
        return tr(
            "It carries {what} ({value}, {where}), which lets the sender tie the request to you personally.",
            what=ID_NAMES.get(label) or tr("an identifier ({label})", label=label),
            value=_named_value(token),
            where=where_text(token.get("where")),
        )
    return tr(
        "It carries a long unique-looking code ({value}, {where}), probably an ID for you as a recipient, which "
        "would let the sender tell that it was you.",
        value=_named_value(token),
        where=where_text(token.get("where")),
    )


def _named_value(token: dict) -> str:
    """The token as an analyst finds it in the URL: `uid=7718203`, or the path piece."""
    where, value = str(token.get("where") or ""), str(token.get("value") or "")
    return f"{where[6:]}={value}" if where.startswith("query:") else value


def where_text(where: object) -> Text:
    """`path[2]`, `query:e`, `fragment` in words a reader follows; the exact spot stays in the evidence."""
    where = str(where or "")
    if where.startswith("query:"):
        return tr("in the part of the address after the question mark")
    if where == "fragment":
        return tr("in the part of the address after the # sign")
    if where == "host":
        return tr("in the name of the server")
    if where == "path and query":
        return tr("split between the address and the part after the question mark")
    return tr("in the address itself")


def encoding_text(encoding: str) -> str:
    """`sha256(md5(lower))` with its words translatable; algorithm names stay as they are."""
    if encoding in _ENCODING_WORDS:
        return _ENCODING_WORDS[encoding]
    wrapped = _WRAPPED.fullmatch(encoding)
    if wrapped:
        return tr("{hash}({of})", hash=wrapped.group(1), of=encoding_text(wrapped.group(2)))
    return encoding


def reveals_for(code: str, token: dict | None, sensor: str | None) -> tuple[str, ...]:
    if code == "UNC_PATH":
        out = ["windows_credentials", "ip_address", "open_time"]
    elif code == "DNS_PREFETCH":
        out = ["open_time", "dns_resolver"]
    elif code in LINK_CODES:
        out = ["click_time", "ip_address", "mail_client"]
    else:
        out = ["open_time", "ip_address", "mail_client"]
    if token:
        out.append("identity")
    if sensor and SENSOR_REVEALS.get(sensor) and SENSOR_REVEALS[sensor] not in out:
        out.append(SENSOR_REVEALS[sensor])
    return tuple(out)


def reveal_sentence(reveals: tuple[str, ...], *, verb: str = "load") -> Text | None:
    """ "Loading it would reveal A, B and C." (or clicking, or opening); None when it reveals nothing listed."""
    words = [REVEAL_WORDS[r] for r in reveals if r in REVEAL_WORDS]
    if not words:
        return None
    listed = words[0] if len(words) == 1 else tr("{items} and {last}", items=join(", ", words[:-1]), last=words[-1])
    if verb == "click":
        return tr("Clicking it would reveal {items}.", items=listed)
    if verb == "open":
        return tr("Opening it would reveal {items}.", items=listed)
    return tr("Loading it would reveal {items}.", items=listed)
