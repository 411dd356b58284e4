"""Find every URL an HTML document refers to, in one pass over one parsed tree: the shared piece.

The beacon report and the safe-view sanitiser must see the same set of references, so both use
this module. Usage::

    soup = parse_html(html)                              # BeautifulSoup, HTML5 tree (html5lib), string attributes
    refs = find_references_in_soup(soup, part="1.2")     # list[Reference], document order
    soup, refs = body_references(html, part="1.2")       # the same, plus what other readings build
    refs = find_references(html, part="1.2")             # the same, parsing for you

Each `Reference` says where the URL sits and what it is:

- `ref_id`: stable id in document order, `ei-ref-<part>-<n>` (dots in the part become `_`). The
  beacon finding stores it in `Finding.element_id`; the sanitiser gives the neutralised element
  that id. Same HTML and part in, same ids out.
- `tag`/`attr`: the bs4 `Tag` and attribute holding the URL. For CSS, `attr` is `"style"` (a style
  attribute) or None (the text of a `<style>` element, `tag` being that element); `css_index` is
  the URL's position among the URLs of that CSS text (see `css_refs`). Inside an Outlook
  conditional comment or an `iframe srcdoc`, `tag` belongs to a separate small tree and `container`
  is the `Comment` or the iframe `Tag` of *this* tree: rewrite or drop the container.
- `raw` (as written, entities decoded), `url` (absolute, normalised, after `<base href>`), `host`,
  `locality` (`remote`, `local` for cid:/data:/#, `unc` for file:/\\\\host, `script`, `relative`,
  `other`), `wrapped` (redirect targets inside the URL).
- `vector` (`img[src]`, `td[background]`, `css:background-image`, `vml:v:fill[src]`, ...) and
  `kind`: `image`, `stylesheet`, `font`, `frame`, `media`, `object`, `dns`, `prefetch`, `refresh`,
  `link`, `ping`, `form`, `base`, `script`, `other`. `auto_loads` is true for kinds a client fetches
  on open, without a click.
- `reading`: empty for the tree a mail client builds (`parse_html`). A browser may build another
  tree from the same text (scripting on: `<noscript>` is raw text; Chromium 135+ keeps the markup
  of `<option>`): references only such a tree holds follow the others, with `reading` naming it and
  `tag` in that tree (`html_tree.readings`, `body_references`).
- `sensor`: for CSS under a media query or selector that only matches sometimes (dark mode,
  printing, forwarding...), what that URL reveals.

Local and non-HTTP references are returned too (the sanitiser inlines `cid:` images and must see
`javascript:` links); the beacon analyser filters on `locality`.
"""

from __future__ import annotations

import base64
import re
from dataclasses import dataclass, replace
from urllib.parse import unquote_to_bytes

from bs4 import BeautifulSoup, Comment, Tag

from . import css_refs
from .html_tree import MAX_HTML_CHARS, other_readings
from .html_tree import parse_html as parse_html  # the one way to parse a body; re-exported
from .urls import REMOTE, UNC, Url, normalise

MAX_REFERENCES = 20_000
MAX_NESTING = 3  # srcdoc inside srcdoc inside a conditional comment...

AUTO_LOAD_KINDS = frozenset({"image", "stylesheet", "font", "frame", "media", "object", "dns", "prefetch", "refresh"})

# Which attribute of which element holds a URL, and what the client does with it. "srcset" values
# hold a list of candidates. `background` and `style` are handled on every element.
_ATTRS: dict[str, tuple[tuple[str, str], ...]] = {
    "img": (("src", "image"), ("srcset", "image"), ("lowsrc", "image"), ("dynsrc", "media")),
    "image": (("src", "image"), ("href", "image"), ("xlink:href", "image")),  # SVG <image> (or HTML alias)
    "source": (("src", "media"), ("srcset", "image")),
    "video": (("poster", "image"), ("src", "media")),
    "audio": (("src", "media"),),
    "track": (("src", "media"),),
    "bgsound": (("src", "media"),),
    "input": (("src", "image"), ("formaction", "form")),
    "button": (("formaction", "form"),),
    "iframe": (("src", "frame"),),
    "frame": (("src", "frame"),),
    "portal": (("src", "frame"),),  # Chrome's portals: a frame loaded in the background
    "fencedframe": (("src", "frame"),),
    "object": (("data", "object"), ("codebase", "object")),
    "embed": (("src", "object"),),
    "applet": (("code", "object"), ("codebase", "object"), ("archive", "object")),
    "use": (("href", "image"), ("xlink:href", "image")),
    "feimage": (("href", "image"), ("xlink:href", "image")),
    "a": (("href", "link"), ("ping", "ping"), ("xlink:href", "link")),
    "area": (("href", "link"), ("ping", "ping")),
    "form": (("action", "form"),),
    "script": (("src", "script"), ("href", "script"), ("xlink:href", "script")),
    "html": (("manifest", "prefetch"),),
    "v:fill": (("src", "image"),),
    "v:image": (("src", "image"),),
    "v:imagedata": (("src", "image"),),
    "v:shape": (("src", "image"),),
}
_PARAM_URL_NAMES = frozenset({"movie", "src", "url", "filename", "code", "codebase", "data"})
_LINK_KINDS = (
    ("stylesheet", "stylesheet"),
    ("dns-prefetch", "dns"),
    ("preconnect", "dns"),
    ("icon", "image"),
    ("preload", "prefetch"),
    ("prefetch", "prefetch"),
    ("prerender", "prefetch"),
    ("modulepreload", "prefetch"),
    ("manifest", "prefetch"),
    ("import", "prefetch"),
)
_LINK_VALUE = re.compile(r"<([^>]{0,4000})>([^,<]{0,400})")  # an HTTP Link header: `<url>; rel=x, <url2>`
_ANIMATED = frozenset({"href", "xlink:href", "src"})  # SMIL <set>/<animate> of these loads the new value
_REFRESH_URL = re.compile(r"^\s*[\d.]*\s*[;,]?\s*(?:url\s*=\s*)?(['\"]?)(.*?)\1\s*$", re.IGNORECASE | re.DOTALL)
_CONDITIONAL = re.compile(r"^\s*\[if\b", re.IGNORECASE)
# Only a start tag makes an element with attributes, and only "[if" a comment read again: a conditional
# comment's content without either (`</td></tr></table><![endif]`, half of the corpus's) refers to nothing.
_MAY_REFER = re.compile(r"<[A-Za-z]|\[if", re.IGNORECASE)
_FILEISH = re.compile(r"^\s*(?:\\\\|file:)", re.IGNORECASE)
# SVG presentation attributes whose value may be a CSS <url>: paint servers, filters, masks, clip
# paths, markers, cursors. `url(#id)` points into the document; `url(http://...)` is fetched.
_SVG_URL_ATTRS = frozenset(
    {"fill", "stroke", "filter", "mask", "clip-path", "marker-start", "marker-mid", "marker-end", "cursor"}
)


# Attributes `element` reads itself; `other_attributes` skips them.
_HANDLED = frozenset({"background", "style", "href", "content", "value", "attributionsrc"})
_ANIMATION_VALUES = ("to", "from", "by", "values")
_HANDLED_BY_TAG = {name: _HANDLED | {a for a, _ in pairs} for name, pairs in _ATTRS.items()}
_ANIMATION_TAGS = frozenset({"set", "animate"})  # `_animates_url` is false for every other tag


@dataclass(eq=False)
class Reference:
    """One URL-bearing spot in a document (see the module docstring for every field)."""

    ref_id: str
    part: str
    vector: str
    kind: str
    raw: str
    target: Url
    tag: Tag | None
    attr: str | None
    css_index: int | None = None
    css_context: str | None = None
    sensor: str | None = None
    container: Tag | Comment | None = None
    reading: str = ""

    @property
    def url(self) -> str:
        return self.target.url

    @property
    def host(self) -> str:
        return self.target.host

    @property
    def locality(self) -> str:
        return self.target.locality

    @property
    def wrapped(self) -> tuple[str, ...]:
        return self.target.wrapped

    @property
    def remote(self) -> bool:
        return self.target.locality == REMOTE

    @property
    def unc(self) -> bool:
        return self.target.locality == UNC

    @property
    def auto_loads(self) -> bool:
        return self.kind in AUTO_LOAD_KINDS


def find_references(html: str, *, part: str) -> list[Reference]:
    return body_references(html, part=part)[1]


def body_references(html: str, *, part: str, base: str | None = None) -> tuple[BeautifulSoup, list[Reference]]:
    """The tree a mail client builds from `html` and every reference a browser may load from it.

    First the references of that tree, in document order; then those that only a browser with
    scripting on or with Chromium's `<select>` builds (see `html_tree.readings`), each once.
    """
    soup = parse_html(html)
    refs = find_references_in_soup(soup, part=part, base=base)
    seen: dict[tuple[str, str], int] = {}
    for ref in refs:
        seen[(ref.vector, ref.raw)] = seen.get((ref.vector, ref.raw), 0) + 1
    for keywords in other_readings(html, soup):
        counts: dict[tuple[str, str], int] = {}
        for ref in find_references_in_soup(parse_html(html, **keywords), part=part, base=base):
            key = (ref.vector, ref.raw)
            counts[key] = counts.get(key, 0) + 1
            if counts[key] <= seen.get(key, 0) or len(refs) >= MAX_REFERENCES:
                continue  # the same reference as in a tree already read
            seen[key] = counts[key]
            refs.append(replace(ref, ref_id=element_id(part, len(refs) + 1), reading=_reading_name(**keywords)))
    return soup, refs


def _reading_name(*, scripting: bool, chromium_select: bool) -> str:
    words = (["scripting on"] if scripting else []) + (["Chromium select"] if chromium_select else [])
    return ", ".join(words)


def find_references_in_soup(soup: BeautifulSoup, *, part: str, base: str | None = None) -> list[Reference]:
    """Every reference in `soup`, in document order. `base` overrides a missing `<base href>`."""
    walker = _Walker(part)
    walker.walk(soup, base=_document_base(soup) or base, container=None, depth=0)
    return walker.refs


def css_text_references(css: str, *, part: str) -> list[Reference]:
    """References in a standalone CSS text (a `text/css` part). `tag` and `attr` are None."""
    walker = _Walker(part)
    walker.css(css, tag=None, attr=None, base=None, container=None)
    return walker.refs


def element_id(part: str, n: int) -> str:
    return f"ei-ref-{part.replace('.', '_') or '0'}-{n}"


def _document_base(soup: BeautifulSoup) -> str | None:
    """The first `<base href>` (`soup.find("base", href=True)`, by a plain walk: bs4's filter is slower)."""
    base = next((n for n in soup.descendants if isinstance(n, Tag) and n.name == "base" and _has_href(n)), None)
    if base is None:
        return None
    target = normalise(str(base.get("href", "")))
    return target.url if target.remote else None


class _Walker:
    """Collects references in document order; one instance per document (the counter is the id)."""

    def __init__(self, part: str) -> None:
        self.part = part
        self.refs: list[Reference] = []

    def add(self, raw: str, vector: str, kind: str, tag: Tag | None, attr: str | None, base: str | None,
            container: Tag | Comment | None, css: css_refs.CssRef | None = None) -> None:  # fmt: skip
        if len(self.refs) >= MAX_REFERENCES:
            return
        ref = Reference(
            ref_id=element_id(self.part, len(self.refs) + 1),
            part=self.part,
            vector=vector,
            kind=kind,
            raw=raw,
            target=normalise(raw, base),
            tag=tag,
            attr=attr,
            container=container,
        )
        if css is not None:
            ref.css_index, ref.css_context, ref.sensor = css.index, css.context, css.sensor
        self.refs.append(ref)

    def walk(self, soup: BeautifulSoup | Tag, *, base: str | None, container: Tag | Comment | None,
             depth: int) -> None:  # fmt: skip
        for node in soup.descendants:
            if isinstance(node, Tag):
                if node.attrs or node.name == "style":  # else `element` finds nothing: a shortcut
                    self.element(node, base=base, container=container, depth=depth)
            elif isinstance(node, Comment) and depth < MAX_NESTING and _CONDITIONAL.match(node):
                # Outlook renders <!--[if mso]> ... <![endif]--> content, VML images included.
                html = str(node).split(">", 1)[-1]
                if _MAY_REFER.search(html) and (html, depth) not in _REFERS_TO_NOTHING:
                    before = len(self.refs)
                    self.walk(parse_html(html), base=base, container=container or node, depth=depth + 1)
                    if len(self.refs) == before < MAX_REFERENCES and len(html) <= _REMEMBERED_CHARS:
                        _remember_nothing(html, depth)

    def element(self, tag: Tag, *, base: str | None, container: Tag | Comment | None, depth: int) -> None:
        name = tag.name
        attrs = tag.attrs
        if name == "base" and "href" in attrs:
            self.add(str(attrs["href"]), "base[href]", "base", tag, "href", None, container)
        for attr, kind in _ATTRS.get(name, ()):
            value = attrs.get(attr)
            if value is None:
                continue
            if attr in ("srcset", "ping", "archive"):
                for raw in _srcset(str(value)) if attr == "srcset" else str(value).split():
                    self.add(raw, f"{name}[{attr}]", kind, tag, attr, base, container)
            else:
                vector = f"vml:{name}[{attr}]" if name.startswith("v:") else f"{name}[{attr}]"
                self.add(str(value), vector, kind, tag, attr, base, container)
        animates = name in _ANIMATION_TAGS and _animates_url(tag)
        if name == "link" and "href" in attrs:
            kind = _link_kind(str(attrs.get("rel", "")))
            self.add(str(attrs["href"]), f"link[rel={attrs.get('rel', '')}]"[:60], kind, tag, "href", base, container)
        elif name == "meta" and str(attrs.get("http-equiv", "")).lower() == "refresh":
            match = _REFRESH_URL.match(str(attrs.get("content", ""))[:4096])  # the regex is quadratic
            if match and match.group(2):
                self.add(match.group(2), "meta[http-equiv=refresh]", "refresh", tag, "content", base, container)
        elif name == "meta" and str(attrs.get("http-equiv", "")).lower() == "link":
            self.link_header(tag, base=base, container=container)
        elif animates:
            self.animation(tag, base=base, container=container)
        elif name == "param" and str(attrs.get("name", "")).lower() in _PARAM_URL_NAMES and "value" in attrs:
            self.add(str(attrs["value"]), "param[value]", "object", tag, "value", base, container)
        elif name == "style":
            self.css(tag.get_text(), tag=tag, attr=None, base=base, container=container)
        if "attributionsrc" in attrs:
            # Attribution Reporting: a browser sends a background request to each URL when the
            # element loads (on click for a link).
            kind = "ping" if name in ("a", "area") else "prefetch"
            for raw in str(attrs["attributionsrc"]).split():
                self.add(raw, f"{name}[attributionsrc]", kind, tag, "attributionsrc", base, container)
        if "background" in attrs:
            self.add(str(attrs["background"]), f"{name}[background]", "image", tag, "background", base, container)
        if "style" in attrs:
            self.css(str(attrs["style"]), tag=tag, attr="style", base=base, container=container)
        if attrs:
            self.other_attributes(tag, base=base, container=container, animates=animates)
        if depth < MAX_NESTING and name in ("iframe", "frame", "object"):
            self.nested_document(tag, base=base, container=container or tag, depth=depth)

    def css(self, text: str, *, tag: Tag | None, attr: str | None, base: str | None,
            container: Tag | Comment | None) -> None:  # fmt: skip
        if "(" not in text and "@" not in text:
            return  # no url(), no @import: nothing to tokenise (the common case for style attributes)
        found = css_refs.declaration_urls(text) if attr else css_refs.stylesheet_urls(text)
        for item in found:
            self.add(item.raw, item.vector, item.kind, tag, attr, base, container, css=item)

    def other_attributes(self, tag: Tag, *, base: str | None, container: Tag | Comment | None,
                         animates: bool) -> None:  # fmt: skip
        """Attributes the table does not cover: a file share path, or CSS `url()` in an attribute.

        A share path anywhere may be resolved by Outlook/Windows. `url()` loads in an SVG
        presentation attribute; elsewhere (`<td fill=...>`) it loads nothing but the safe view still
        blocks it, so it is listed as kind `other` and the two lists stay the same.
        """
        handled = _HANDLED_BY_TAG.get(tag.name, _HANDLED)
        if animates:
            handled |= set(_ANIMATION_VALUES)
        for attr, value in tag.attrs.items():
            if attr in handled or not isinstance(value, str) or attr.startswith("on"):
                continue
            vector = f"{tag.name}[{attr}]"
            if _FILEISH.match(value):
                self.add(value, vector, "other", tag, attr, base, container)
            elif "(" in value and _may_hold_css_url(value):
                kind = "image" if attr in _SVG_URL_ATTRS and _in_svg(tag) else "other"
                for item in css_refs.value_urls(value, vector=vector):
                    self.add(item.raw, vector, kind, tag, attr, base, container, css=item)

    def link_header(self, tag: Tag, *, base: str | None, container: Tag | Comment | None) -> None:
        """`<meta http-equiv="Link" content="<https://x/a.css>; rel=stylesheet">`: a Link header
        written into the page, which a browser may act on as on `<link>`."""
        for url, params in _LINK_VALUE.findall(str(tag.get("content", ""))[:20_000]):
            rel = re.search(r"rel\s*=\s*\"?([^\";]*)", params, re.IGNORECASE)
            kind = _link_kind(rel.group(1)) if rel else "other"
            self.add(url.strip(), "meta[http-equiv=link]", kind, tag, "content", base, container)

    def animation(self, tag: Tag, *, base: str | None, container: Tag | Comment | None) -> None:
        """SVG `<set attributeName="href" to="...">` / `<animate values="a;b">`: the animated
        element loads each new value (an `<image>` its picture, an `<a>` only on click)."""
        target = tag.parent.name if tag.parent is not None else ""
        kind = "link" if target == "a" else "image"
        for attr in _ANIMATION_VALUES:
            value = tag.get(attr)
            if not isinstance(value, str):
                continue
            for raw in value.split(";") if attr == "values" else [value]:
                if raw.strip():
                    self.add(raw.strip(), f"svg:{tag.name}[{attr}]", kind, tag, attr, base, container)

    def nested_document(self, tag: Tag, *, base: str | None, container: Tag | Comment | None, depth: int) -> None:
        """iframe srcdoc and data:text/html frames are documents of their own: scan them too."""
        html = tag.get("srcdoc")
        if html is None:
            html = _data_html(str(tag.get("src") or tag.get("data") or ""))
        if html:
            self.walk(parse_html(str(html)), base=base, container=container, depth=depth + 1)


def _has_href(tag: Tag) -> bool:
    return tag.attrs.get("href") is not None


# Conditional comments that refer to nothing, by (content, depth): a newsletter repeats the same few
# (`<table><tr><td width="600">`) dozens of times. The answer depends on nothing else (not on the base
# or the part), and "nothing" is remembered only when the walker was not full.
_REFERS_TO_NOTHING: dict[tuple[str, int], None] = {}
_REMEMBERED = 4096
_REMEMBERED_CHARS = 4096


def _remember_nothing(html: str, depth: int) -> None:
    if len(_REFERS_TO_NOTHING) >= _REMEMBERED:
        _REFERS_TO_NOTHING.clear()
    _REFERS_TO_NOTHING[(html, depth)] = None


def _animates_url(tag: Tag) -> bool:
    return tag.name in ("set", "animate") and str(tag.attrs.get("attributename", "")).lower() in _ANIMATED


def _may_hold_css_url(value: str) -> bool:
    low = value.lower()
    return "url" in low or "src" in low or "image-set" in low or "\\" in value  # `\75 rl(` is url(


def _in_svg(tag: Tag) -> bool:
    return tag.name == "svg" or tag.find_parent("svg") is not None


def _link_kind(rel: str) -> str:
    rel = rel.lower()
    for word, kind in _LINK_KINDS:
        if word in rel:
            return kind
    return "other"


def _srcset(value: str) -> list[str]:
    """Candidate URLs of a srcset, parsed the way the HTML spec does (URLs may contain commas)."""
    urls: list[str] = []
    i, n = 0, len(value)
    while i < n:
        while i < n and (value[i].isspace() or value[i] == ","):
            i += 1
        start = i
        while i < n and not value[i].isspace():
            i += 1
        url = value[start:i]
        if url.endswith(","):
            url = url.rstrip(",")
        else:
            depth = 0
            while i < n and not (value[i] == "," and depth == 0):
                depth += {"(": 1, ")": -1}.get(value[i], 0)
                i += 1
        if url:
            urls.append(url)
    return urls


def _data_html(url: str) -> str | None:
    head, sep, payload = url.strip().partition(",")
    low = head.lower()
    if not sep or not low.startswith("data:") or not ("html" in low or "svg" in low):
        return None
    try:
        if low.endswith(";base64"):
            data = base64.b64decode(payload + "==", validate=False)
        else:
            data = unquote_to_bytes(payload)
    except ValueError:
        return None
    return data[:MAX_HTML_CHARS].decode("utf-8", "replace")
