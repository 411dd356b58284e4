"""What each beacon code means to a person: title, plain-language explanation, what it reveals."""

from __future__ import annotations

from ..model import Severity

# code -> (title, what it is, severity when no recipient token is present)
CODES: dict[str, tuple[str, str, Severity]] = {
    "TRACKING_PIXEL": (
        "Tracking pixel",
        "an image made to be invisible (tiny, hidden, or a known open-tracking address). Its only job is to be "
        "downloaded when you open the message, which tells the sender that you did",
        Severity.LOW,
    ),
    "REMOTE_IMAGE": (
        "Remote image",
        "a picture stored on a server, downloaded when the message is shown. Ordinary in newsletters, but every "
        "download is recorded by that server",
        Severity.LOW,
    ),
    "REMOTE_STYLESHEET": (
        "Remote style sheet",
        "a style sheet loaded from a server when the message is shown (Outlook and Apple Mail load these)",
        Severity.LOW,
    ),
    "REMOTE_FONT": ("Remote font", "a font downloaded from a server when the message is shown", Severity.LOW),
    "REMOTE_FRAME": (
        "Embedded web page",
        "a web page embedded inside the message; it loads from a server and can load more things itself",
        Severity.MEDIUM,
    ),
    "REMOTE_MEDIA": (
        "Remote audio or video",
        "sound or video loaded from a server when the message is shown",
        Severity.LOW,
    ),
    "REMOTE_OBJECT": (
        "Remote plug-in content",
        "an object, embed or applet loaded from a server: old plug-in content that has no place in an email",
        Severity.MEDIUM,
    ),
    "REMOTE_PREFETCH": (
        "Prefetched resource",
        "a hint asking the mail program to fetch something from a server in advance",
        Severity.LOW,
    ),
    "DNS_PREFETCH": (
        "DNS prefetch",
        "a hint asking the mail program to look up a server name in advance. Only a name lookup leaves your "
        "computer, but it still reveals that the message was opened, through your network's name server",
        Severity.LOW,
    ),
    "META_REFRESH": (
        "Automatic redirect",
        "an instruction to load another address automatically after the message is shown",
        Severity.MEDIUM,
    ),
    "UNC_PATH": (
        "Windows file-share reference",
        "a reference to a file on a Windows network share. On Windows, Outlook and Explorer connect to that server "
        "and hand over your Windows login name and a hash of your password (NTLM) without any click; this is how "
        "CVE-2023-23397 was exploited",
        Severity.HIGH,
    ),
}

LINK_CODES: dict[str, tuple[str, str, Severity]] = {
    "CLICK_TRACKER": (
        "Tracked link",
        "a link that goes through a click-tracking service before reaching its destination, so the sender learns "
        "when you click it",
        Severity.INFO,
    ),
    "PERSONALISED_LINK": (
        "Personalised link",
        "a link carrying a code that identifies you, so a click tells the sender it was you",
        Severity.LOW,
    ),
    "LINK_PING": (
        "Link with click notification",
        "a link with a 'ping' address that browsers notify when the link is clicked",
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
    "dark mode": "It only loads when your mail program uses dark mode, so it also reveals that setting.",
    "light mode": "It only loads in light mode, so it also reveals your colour setting.",
    "printing": "It only loads when the message is printed, so it tells the sender you printed it.",
    "forwarding": "It only loads in a forwarded or quoted copy, so it tells the sender the message was forwarded.",
    "screen size": "It only loads on some screen sizes, so it reveals what kind of device you read on.",
    "mail client": "It only loads in some mail programs, so it reveals which one you use.",
}
REVEAL_WORDS = {
    "open_time": "when you opened the message",
    "ip_address": "your IP address, and from it your approximate location and your organisation or provider",
    "mail_client": "your mail program and device",
    "identity": "who you are",
    "dns_resolver": "your network's name server (often your organisation or provider)",
    "windows_credentials": "your Windows user name and a crackable hash of your password",
    "click_time": "when you clicked",
    "read_confirmation": "that you read the message",
}


def severity_for(base: Severity, token: dict | None, *, auto: bool, pixel: bool) -> Severity:
    """Severity follows what the beacon reveals: an encoded address is worst, a subscriber id next.

    A "likely id" is a heuristic (campaign ids look the same), so it only raises a tracking pixel.
    """
    if not token:
        return base
    kind = token.get("kind")
    if kind == "identity":
        bump = Severity.HIGH if auto else Severity.MEDIUM
    elif kind == "subscriber_id" or (kind == "likely_id" and pixel):
        bump = Severity.MEDIUM if auto else Severity.LOW
    else:
        bump = Severity.LOW if auto else Severity.INFO
    return bump if bump.rank > base.rank else base


def token_sentence(token: dict | None) -> str:
    if not token:
        return ""
    kind = token.get("kind")
    if kind == "identity":
        form = token.get("form", "address")
        return (
            f" The address contains your e-mail {form} ({token.get('identity')}, {token.get('encoding')}, in "
            f"{token.get('where')}), so whoever receives the request learns exactly who you are."
        )
    if kind == "subscriber_id":
        return (
            f" It carries a {token.get('encoding')} ({token.get('where')}), which lets the sender tie the request "
            "to you personally."
        )
    return (
        f" It carries a long unique-looking code ({token.get('where')}), probably an ID for you as a recipient, "
        "which would let the sender tell that it was you."
    )


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


def reveal_sentence(reveals: tuple[str, ...], *, verb: str = "Loading") -> str:
    words = [REVEAL_WORDS[r] for r in reveals if r in REVEAL_WORDS]
    if not words:
        return ""
    listed = words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]
    return f" {verb} it would reveal {listed}."
