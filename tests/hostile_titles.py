"""A message whose titles, link targets and attachment names are markup naming a canary file.

Qt shows a tooltip as rich text when it looks like HTML, and rich text reads `<img src>` from
disk: hovering anything that shows this message's text must never open the canary. The canary is
named twice: by absolute path (titles, hrefs, headers) and by bare name (attachment names lose
their folders; a bare name is read from the working directory).
"""

from __future__ import annotations

from urllib.parse import quote


def tags(canary: str, name: str) -> tuple[str, str]:
    """The markup that reads the canary: by absolute path and by bare name."""
    return f'<img src="{canary}">', f'<img src="{name}">'


def html_body(canary: str) -> str:
    img = f'<img src="{canary}">'
    block = "display:block;height:40px"
    items = [
        f"<a href='https://links.example/?q={img}' style='{block}'>a link whose target is markup</a>",
        f"<a href='#top' title='{img}' style='{block}'>a link with a title</a>",
        f"<a href='javascript:{img}' style='{block}'>a script link (title only)</a>",
        f"<a href='\\\\share.example\\{img}' style='{block}'>a share link</a>",
        f"<a href='mailto:a@example.org?body={img}' style='{block}'>a mail link</a>",
        f"<span title='{img}' style='{block}'>a span with a title</span>",
        f"<div title='first line\n{img}' style='{block}'>a title whose markup is on line two</div>",
        f"<p title='&lt;img src=&quot;{canary}&quot;&gt;' style='{block}'>an escaped title</p>",
        f"<abbr title='{img}'>an abbreviation</abbr>",
        f"<table><tr><td title='{img}' style='height:40px'>a cell with a title</td></tr></table>",
        f"<svg width='300' height='40'><title>&lt;img src=\"{canary}\"&gt;</title>"
        "<rect width='300' height='40'/></svg>",
    ]
    return "<html><body>" + "".join(items) + "</body></html>"


def hostile_message(canary: str, name: str) -> bytes:
    """Titles, link targets, headers, attachment names and forwarded messages' names, all markup."""
    by_path, by_name = tags(canary, name)
    single = by_name.replace('"', "'")  # inside a quoted MIME parameter
    encoded = quote(f"{by_name} 2231.eml", safe="")
    inner = "From: Original <orig@example.net>\nTo: press@example.org\nSubject: Inner {s}\n\nforwarded\n"
    parts = [
        ("Content-Type: text/plain; charset=utf-8", f"Plain part {by_path}"),
        ("Content-Type: text/html; charset=utf-8", html_body(canary)),
        (f'Content-Type: application/pdf\nContent-Disposition: attachment; filename="{single}.pdf"', "%PDF-1.4"),
        (f'Content-Type: message/rfc822\nContent-Disposition: attachment; filename="{single}.eml"',
         inner.format(s=by_name)),
        (f"Content-Type: message/rfc822\nContent-Disposition: attachment; filename*=utf-8''{encoded}",
         inner.format(s="2231")),
        (f'Content-Type: message/rfc822; name="{single} ct.eml"', inner.format(s="name=")),
    ]  # fmt: skip
    head = (
        f'From: "{single}" <press@example.org>\nTo: a.dupont@parliament.example\nSubject: Agenda {by_path}\n'
        f"X-Note: {by_path}\nDate: Tue, 25 Nov 2025 09:00:00 +0100\nMessage-ID: <titles-1@example.org>\n"
        'MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="b0"\n\n'
    )
    body = "".join(f"--b0\n{headers}\n\n{content}\n" for headers, content in parts)
    return (head + body + "--b0--\n").encode()
