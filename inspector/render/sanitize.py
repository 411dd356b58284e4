"""Make one HTML body safe: an allow-list pass over every element, attribute and CSS value.

Nothing leaves this pass that could load, run or navigate: every URL in an attribute or in CSS
either becomes a `data:` URI (the message's own images, our placeholders), a `#` anchor, an
internal link, or is removed. The beacon scanner's references (see `refs.py`) give each blocked
thing its id and host; anything blocked that the scanner did not list is recorded in `missed`,
because the two must agree.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from bs4 import BeautifulSoup, Comment, Declaration, Doctype, ProcessingInstruction, Stylesheet, Tag
from bs4.element import CData

from ..texts import Text, tr
from . import placeholders as ph
from .css import rewrite_declarations, rewrite_stylesheet
from .inline import CidImages, allowed_data, is_cid, squeeze
from .links import link_href
from .refs import Ref, RefIndex

DROP_TAGS = {
    "script", "base", "meta", "link", "bgsound", "param", "source", "track", "template", "title", "xml",
    "noembed", "noframes",  # raw text no browser shows
}  # fmt: skip
# How a browser reads these depends on a setting, not on the text (issue 21). With scripting on,
# <noscript> is raw text up to the first `</noscript>`, wherever that sits, and the markup after it
# takes another shape; html5lib (scripting off, as in the view) reads markup. The element goes and
# its content stays, so both readings are the same tree: the one the view shows.
UNWRAP_TAGS = {"noscript"}
# Raw text shown as text: written back as <pre> with escaped text, which every parser reads alike
# (and which displays the text itself rather than its escaped form).
PRE_TAGS = {"xmp", "plaintext"}
# SVG animation sets attributes after the page is built: `<set attributeName="href" to="http://...">`
# gives an <image> a remote address no attribute held. None of it is needed to read a message.
ANIMATION_TAGS = {"set", "animate", "animatemotion", "animatetransform", "animatecolor", "discard", "mpath"}
HTML_NS = "http://www.w3.org/1999/xhtml"
_PAGE, _OBJECT = tr("embedded page"), tr("embedded object")
BOX_TAGS = {
    "iframe": _PAGE,
    "frame": _PAGE,
    "frameset": tr("frames"),
    "object": _OBJECT,
    "embed": _OBJECT,
    "applet": tr("Java applet"),
    "portal": _PAGE,
    "fencedframe": _PAGE,
    "video": tr("video"),
    "audio": tr("audio"),
}
# Attributes that hold a URL a browser may fetch or navigate to. Everything else is kept,
# unless it is an event handler or its value holds CSS `url()`.
URL_ATTRS = {
    "src", "href", "xlink:href", "srcset", "imagesrcset", "background", "poster", "lowsrc", "dynsrc",
    "longdesc", "action", "formaction", "ping", "cite", "codebase", "data", "classid", "archive",
    "manifest", "profile", "usemap", "itemtype", "attributionsrc", "srcdoc", "content",
}  # fmt: skip
IMAGE_SRC_TAGS = {"img", "image", "feimage", "input"}
_SCRIPT_SCHEMES = ("javascript:", "vbscript:", "livescript:", "data:")


@dataclass
class Blocked:
    """One neutralised reference: where it sat and which scanner reference (if any) it was."""

    where: str
    raw: str
    ref: Ref | None
    element_id: str

    @property
    def counts(self) -> bool:
        """A load that was stopped (links are rewritten, not counted as blocked loads)."""
        return self.ref is None or self.ref.kind not in ("link", "base")


@dataclass
class Sanitised:
    soup: BeautifulSoup
    blocked: list[Blocked] = field(default_factory=list)
    missed: list[Blocked] = field(default_factory=list)


@dataclass
class Sanitiser:
    """One pass over one body. `pixel_badge(ref)` returns badge text for highlighted beacons."""

    index: RefIndex
    cids: CidImages
    pixel_badge: Callable[[Ref], str | None]
    id_prefix: str = "ei-blocked"
    words: ph.Words = str  # labels of placeholders and badges in the reader's language
    result: Sanitised | None = None
    _missed_count: int = 0

    def run(self, soup: BeautifulSoup) -> Sanitised:
        self.result = Sanitised(soup)
        self._strip_markup_nodes(soup)
        for tag in list(soup.find_all(True)):
            if tag.parent is not None or tag is soup:
                self._tag(tag)
        return self.result

    # -- nodes ---------------------------------------------------------------------------------

    def _strip_markup_nodes(self, soup: BeautifulSoup) -> None:
        """Comments (Outlook conditional comments and their VML included), declarations, PIs."""
        doomed = [n for n in soup.descendants if isinstance(n, _MARKUP_NODES)]
        for node in doomed:
            refs = self.index.on_node(node)
            self._record(node, "comment", "", refs)
            badges = [b for b in map(self.pixel_badge, refs) if b]
            if badges and node.parent is not None:
                badge = self._badge_tag(badges[0])
                badge["data-ei-refs"] = " ".join(r.ref_id for r in refs)
                node.insert_before(badge)
        # One pass per parent, from the end, with known positions: extract() alone searches the
        # parent's children for itself, which is quadratic on a message of 19,000 comments.
        parents = {id(n.parent): n.parent for n in doomed if n.parent is not None}
        for parent in parents.values():
            positions = [i for i, child in enumerate(parent.contents) if isinstance(child, _MARKUP_NODES)]
            for i in reversed(positions):
                parent.contents[i].extract(_self_index=i)

    def _tag(self, tag: Tag) -> None:
        name = tag.name.lower()
        if name in DROP_TAGS or name in ANIMATION_TAGS or name.startswith("v:") or _foreign_style(tag, name):
            self._drop(tag)
        elif name in BOX_TAGS:
            self._box(tag, BOX_TAGS[name])
        elif ":" in name or name in UNWRAP_TAGS:
            # o:p, w:sdt...: Word's markup around ordinary content; <noscript>. Its attributes go with it.
            self._record(tag, "element", "", self.index.on_node(tag))
            tag.unwrap()
        else:
            if name == "style":
                self._style_block(tag)
            elif name == "form":
                tag.name = "div"
            elif name in PRE_TAGS:
                tag.name = "pre"
            elif name in ("input", "button", "select", "textarea"):
                tag["disabled"] = ""
            elif name == "img" and "src" not in tag.attrs and "srcset" in tag.attrs:
                tag["src"] = ""  # gets the placeholder; the srcset candidates are blocked with it
            self._attributes(tag, name)

    def _drop(self, tag: Tag) -> None:
        self._record(tag, "element", "", self.index.on_node(tag) + self.index.within(tag))
        tag.decompose()

    def _box(self, tag: Tag, kind: Text) -> None:
        refs = self.index.on_node(tag) + self.index.within(tag)
        host = next((r.host for r in refs if r.host), "") or _host_of(str(tag.get("src") or tag.get("data") or ""))
        raw = str(tag.get("src") or tag.get("data") or "")
        if refs or _host_of(raw):
            self._record(tag, "element", raw, refs)
        ids = str(tag.get("data-ei-refs", "")).split() or [self._fresh_id()]
        box = self._new_tag("div")
        width, height = ph.parse_length(tag.get("width")), ph.parse_length(tag.get("height"))
        size = (f"width:{width}px;" if width else "") + (f"height:{height}px;" if height else "")
        box["style"] = ph.BOX_STYLE + ";display:block;" + size
        box["data-ei-refs"] = " ".join(ids)
        box.string = self.words(ph.box_text(kind, host))
        tag.replace_with(box)

    def _style_block(self, tag: Tag) -> None:
        css = tag.get_text()
        tag.string = Stylesheet(end_tag_safe(rewrite_stylesheet(css, self._css_policy(tag, "css"))))

    # -- attributes ----------------------------------------------------------------------------

    def _attributes(self, tag: Tag, name: str) -> None:
        for attr in list(tag.attrs):
            if attr not in tag.attrs:
                continue  # removed with another one (an <img src> takes its srcset with it)
            value = tag.attrs[attr]
            text = " ".join(value) if isinstance(value, list) else str(value)
            key = attr.lower()
            if key.startswith("on") or key == "target":
                del tag.attrs[attr]  # event handlers; and no link may open a window
            elif key == "style":
                tag.attrs[attr] = rewrite_declarations(text, self._css_policy(tag, attr))
            elif key in URL_ATTRS or key.endswith(":href"):
                self._url_attribute(tag, name, attr, text)
            elif squeeze(text).lower().startswith(("\\\\", "file:")):
                # A share path in any other attribute: inert in a browser, but Outlook-style
                # resolvers and the scanner (`stray_unc`) treat it as a reference: it goes.
                self._record(tag, attr, text, self.index.find(tag, attr, text), quiet=True)
                del tag.attrs[attr]
            elif "url(" in text.lower().replace(" ", "") or "image-set" in text.lower() or "\\" in text:
                tag.attrs[attr] = rewrite_declarations(text, self._css_policy(tag, attr))

    def _url_attribute(self, tag: Tag, name: str, attr: str, value: str) -> None:
        key = attr.lower()
        url = squeeze(value)
        if key in ("href", "xlink:href") and name in ("a", "area"):
            if url.startswith("#"):
                return
            self._record(tag, attr, value, self.index.find(tag, attr, value), quiet=True)
            tag.attrs.setdefault("title", _tooltip(value.strip()))
            if url.lower().startswith(_SCRIPT_SCHEMES):
                del tag.attrs[attr]  # shown in the tooltip, but not even a click can reach it
            else:
                tag.attrs[attr] = link_href(value.strip())
            return
        if key == "content" and name != "meta":
            return  # only <meta content> is a URL carrier (and <meta> is dropped anyway)
        image_input = name != "input" or str(tag.get("type", "")).lower() == "image"
        if key in ("src", "href", "xlink:href") and name in IMAGE_SRC_TAGS and image_input:
            tag.attrs[attr] = self._image(tag, attr, value)
            return
        if key == "background":
            tag.attrs[attr] = self._inline_or_block(tag, attr, value, "image") or ph.blocked_background()
            return
        if url.startswith("#") and key in ("href", "xlink:href", "usemap"):
            return  # a same-document anchor: <use href="#shape">, image maps
        if url and not allowed_data(url, "image") and not is_cid(url):
            refs = self.index.find(tag, attr, value)
            self._record(tag, attr, value, refs, quiet=not _loads(name, key))
        del tag.attrs[attr]

    def _image(self, tag: Tag, attr: str, value: str) -> str:
        for extra in ("srcset", "sizes", "lowsrc", "dynsrc"):
            if extra in tag.attrs:
                if squeeze(str(tag[extra])):
                    self._block(tag, extra, str(tag[extra]))
                del tag.attrs[extra]
        found = self.index.find(tag, attr, value) or self.index.find(tag, "srcset", str(tag.get("srcset", "")))
        ref = found[0] if found else None
        inlined = self._inline_or_block(tag, attr, value, "image")
        if inlined:
            return inlined
        width, height = _box_size(tag)
        badge = self.pixel_badge(ref) if ref is not None else None
        if badge is not None:
            self._badge(tag, badge)
            return ph.transparent_pixel()
        host = (ref.host if ref else "") or _host_of(value)
        if is_cid(value) or squeeze(value).lower().startswith("data:"):
            return ph.blocked_image("", width, height, label=ph.IMAGE_NOT_SHOWN, words=self.words)
        return ph.blocked_image(host, width, height, words=self.words)

    def _inline_or_block(self, tag: Tag, attr: str, value: str, context: str) -> str | None:
        """A `data:` URI to keep (allowed data, resolved cid), or None after recording the block."""
        url = squeeze(value)
        if allowed_data(url, context):
            return url
        if is_cid(url):
            resolved = self.cids.resolve(url)
            if resolved is not None:
                return resolved
            return None
        if url.lower().startswith("data:") or not url:
            return None
        self._block(tag, attr, value)
        return None

    def _badge(self, tag: Tag, text: str) -> None:
        badge = self._badge_tag(text)
        if "data-ei-refs" in tag.attrs:  # the badge, not the invisible pixel, is what to scroll to
            badge["data-ei-refs"] = tag.attrs.pop("data-ei-refs")
        tag.insert_after(badge)
        _unhide_ancestors(tag)

    def _badge_tag(self, text: str) -> Tag:
        badge = self._new_tag("span")
        badge["style"] = ph.BADGE_STYLE
        badge["class"] = "ei-badge"
        badge.string = self.words(text)
        return badge

    def _css_policy(self, tag: Tag, where: str) -> Callable[[str, str], str | None]:
        def policy(url: str, context: str) -> str | None:
            kept = self._inline_or_block(tag, where, url, context)
            if kept is not None or context == "font":
                return kept
            return ph.blocked_background() if not is_cid(url) else ph.transparent_pixel()

        return policy

    # -- bookkeeping ---------------------------------------------------------------------------

    def _block(self, tag: Tag, where: str, raw: str) -> None:
        self._record(tag, where, raw, self.index.find(tag, where, raw))

    def _record(self, node: object, where: str, raw: str, refs: list[Ref], *, quiet: bool = False) -> None:
        """Note what was neutralised on `node` and give the element the scanner's ids.

        With no scanner reference, a value that was blocked (not `quiet`) is a disagreement.
        """
        result = self._result()
        self.index.claim(refs)
        entries = [Blocked(where, r.raw, r, r.ref_id) for r in refs]
        if not refs and raw and not quiet:
            entries = [Blocked(where, raw, None, self._fresh_id())]
            result.missed.append(entries[0])
        result.blocked.extend(entries)
        if isinstance(node, Tag) and node.name and entries:
            ids = str(node.get("data-ei-refs", "")).split()
            ids += [e.element_id for e in entries if e.element_id not in ids]
            node["data-ei-refs"] = " ".join(ids)

    def _fresh_id(self) -> str:
        self._missed_count += 1
        return f"{self.id_prefix}-{self._missed_count}"

    def _new_tag(self, name: str) -> Tag:
        return self._result().soup.new_tag(name)

    def _result(self) -> Sanitised:
        # A real check, not an assert (which `python -O` drops): the pass's state exists only inside run().
        if self.result is None:
            raise RuntimeError("Sanitiser used outside run()")
        return self.result


# Attributes no browser fetches or follows (or only on other elements): removed without noting a
# disagreement when the scanner does not list them.
_MARKUP_NODES = (Comment, Declaration, Doctype, ProcessingInstruction, CData)
_INERT_ATTRS = {"cite", "longdesc", "profile", "itemtype", "usemap", "content"}
_HREF_LOADERS = {"a", "area", "link", "base", "image", "use", "feimage", "script", "svg"}


def _foreign_style(tag: Tag, name: str) -> bool:
    """An SVG or MathML <style>: its text is markup to a browser, never CSS to rewrite."""
    return name == "style" and tag.namespace not in (None, HTML_NS)


def end_tag_safe(css: str) -> str:
    """CSS that cannot end its <style> element early: `<` before `/` becomes `\\3c ` (the same `<` to CSS).

    A CSS string may decode to `</style><img src=...>` (`"\\3c/style\\3e"`); written back as
    is, the browser would end the style there and build the markup that follows.
    """
    return _END_TAG.sub(r"\\3c ", css)


_END_TAG = re.compile(r"<(?=/)")


def _loads(name: str, key: str) -> bool:
    if key in _INERT_ATTRS:
        return False
    return name in _HREF_LOADERS if key in ("href", "xlink:href") else True


_HIDING = (
    "display", "visibility", "opacity", "max-height", "max-width", "height", "width", "mso-hide", "font-size",
    "line-height",
)  # fmt: skip
_OFFSCREEN = ("left", "top", "margin-left", "margin-top", "text-indent")


def _unhide_ancestors(tag: Tag) -> None:
    """Highlight mode: a hidden beacon's badge must be seen, so inline hiding on its way up goes."""
    for node in [tag, *tag.parents]:
        if not isinstance(node, Tag) or node.name in ("html", "[document]"):
            continue
        node.attrs.pop("hidden", None)
        style = str(node.get("style", ""))
        if not style:
            continue
        kept = [d for d in style.split(";") if not _hides(d)]
        node["style"] = ";".join(kept)


def _hides(declaration: str) -> bool:
    name, _, value = declaration.partition(":")
    name, value = name.strip().lower(), value.strip().lower().replace("!important", "").strip()
    if name in _OFFSCREEN:
        return value.startswith("-")
    if name not in _HIDING:
        return False
    return value in ("none", "hidden", "0", "0px", "all", "collapse") or value.startswith("0.0") or value == "1px"


def _tooltip(target: str) -> str:
    # A bare share path in any attribute is what Outlook resolves; name it, don't repeat it raw.
    fileish = squeeze(target).lower().startswith(("\\\\", "file:"))
    return f"file share link: {target}" if fileish else target


def _box_size(tag: Tag) -> tuple[int | None, int | None]:
    width, height = ph.parse_length(tag.get("width")), ph.parse_length(tag.get("height"))
    for declaration in str(tag.get("style", "")).split(";"):
        name, _, value = declaration.partition(":")
        name = name.strip().lower()
        if name == "width" and width is None:
            width = ph.parse_length(value.replace("!important", ""))
        elif name == "height" and height is None:
            height = ph.parse_length(value.replace("!important", ""))
    return width, height


def _host_of(url: str) -> str:
    squeezed = squeeze(url)
    if squeezed.startswith("\\\\") or squeezed.startswith("//"):
        return squeezed.lstrip("\\/").replace("\\", "/").split("/")[0]
    try:
        return urlsplit(squeezed).hostname or ""
    except ValueError:
        return ""
