"""An independent check of a safe document: parse it for real and list every reference it still holds.

Deliberately does not import the sanitiser: it re-derives "what may a browser fetch" from the
HTML and CSS parsers themselves, so a bug in the sanitiser's allow-list cannot hide here.

A browser builds one of several trees from the same text (issue 21): with scripting on, `<noscript>`
is raw text; Chromium 135+ parses the content of `<select>` as markup. The document is checked in
each of those trees: html5lib's own `scripting` flag, and `<select>` renamed to an ordinary element.
"""

from __future__ import annotations

import re

import html5lib
import tinycss2
from bs4 import BeautifulSoup, Comment, Declaration, Tag
from bs4.builder import HTML5TreeBuilder
from tinycss2 import ast

ALLOWED = re.compile(r"^(data:|#|inspector:)", re.IGNORECASE)
FORBIDDEN_TAGS = {
    "script", "base", "link", "iframe", "frame", "frameset", "object", "embed", "applet", "bgsound",
    "video", "audio", "source", "track", "portal", "param", "fencedframe", "set", "animate", "animatemotion",
    "animatetransform", "discard", "noscript",
}  # fmt: skip
# Attributes whose value is a URL (or a list of them) in HTML or SVG.
URL_ATTRS = {
    "src", "href", "xlink:href", "srcset", "imagesrcset", "background", "poster", "lowsrc", "dynsrc", "longdesc",
    "action", "formaction", "ping", "cite", "codebase", "data", "classid", "archive", "manifest", "profile",
    "usemap", "itemtype", "srcdoc", "code", "attributionsrc",
}  # fmt: skip
_SPACE = re.compile(r"[\x00-\x20\x7f]+")


class _ScriptingOn(HTML5TreeBuilder):
    """html5lib with its `scripting` flag set: `<noscript>` is raw text, as in a browser running scripts."""

    def feed(self, markup: str) -> None:
        parser = html5lib.HTMLParser(tree=self.create_treebuilder)
        self.underlying_builder.parser = parser
        parser.parse(markup, scripting=True)
        self.underlying_builder.parser = None


_SELECT = re.compile(r"<(/?)select\b", re.IGNORECASE)


def browser_trees(document: str) -> dict[str, BeautifulSoup]:
    """The trees browsers build from `document`: scripting off/on, legacy or Chromium 135+ <select>.

    A reading is left out when it cannot differ: without the text `noscript` no start tag is one,
    without `select` neither.
    """
    low = document.lower()
    texts = {"": document}
    if "select" in low:
        texts[", Chromium select"] = _SELECT.sub(r"<\1ei-relaxed-select", document)  # content parsed as in <body>
    trees = {}
    for name, text in texts.items():
        trees[f"scripting off{name}"] = BeautifulSoup(text, "html5lib")
        if "noscript" in low:
            trees[f"scripting on{name}"] = BeautifulSoup(text, builder=_ScriptingOn())
    return trees


def offending_references(document: str) -> list[str]:
    """Everything in `document` that points anywhere but data:, # anchors or the internal scheme,
    in any of the trees a browser may build from it."""
    problems: list[str] = []
    for reading, soup in browser_trees(document).items():
        found = _tree_problems(soup)
        problems += [p if reading == "scripting off" else f"{p} ({reading})" for p in found]
    return list(dict.fromkeys(problems))


def _tree_problems(soup: BeautifulSoup) -> list[str]:
    problems: list[str] = []
    for node in soup.descendants:
        if isinstance(node, (Comment, Declaration)):
            problems.append(f"markup node survived: {str(node)[:80]!r}")
        if not isinstance(node, Tag):
            continue
        name = node.name.lower()
        if name in FORBIDDEN_TAGS or name.startswith("v:"):
            problems.append(f"<{name}> survived")
        if name == "style" and node.namespace not in (None, "http://www.w3.org/1999/xhtml"):
            problems.append(f"foreign <style> survived ({node.namespace})")
        if name == "meta" and str(node.get("http-equiv", "")).lower() == "refresh":
            problems.append("meta refresh survived")
        if name == "style":
            css = "".join(node.find_all(string=True))  # get_text() skips html5lib's strings in <style>
            problems.extend(_css_problems(tinycss2.parse_stylesheet(css), "<style>"))
        for attr, value in node.attrs.items():
            text = " ".join(value) if isinstance(value, list) else str(value)
            key = attr.lower()
            if key.startswith("on"):
                problems.append(f"event handler {name}[{attr}]")
            elif key in URL_ATTRS or key.endswith(":href"):
                problems.extend(_url_problems(text, f"{name}[{attr}]", srcset=key.endswith("srcset")))
            elif key == "style" or "(" in text:
                tokens = tinycss2.parse_component_value_list(text)
                problems.extend(_css_problems(tokens, f"{name}[{attr}]"))
            elif _SPACE.sub("", text).lower().startswith(("\\\\", "file:")):
                problems.append(f"{name}[{attr}] = {text[:80]!r}")
    return problems


def _url_problems(value: str, where: str, *, srcset: bool = False) -> list[str]:
    candidates = [c.strip().split(" ")[0] for c in value.split(",")] if srcset else [value]
    out = []
    for url in candidates:
        squeezed = _SPACE.sub("", url)
        if squeezed and not ALLOWED.match(squeezed):
            out.append(f"{where} = {url[:80]!r}")
    return out


def _css_problems(nodes: list, where: str) -> list[str]:
    out: list[str] = []
    for node in nodes:
        if isinstance(node, ast.AtRule):
            if node.lower_at_keyword == "import":
                out.append(f"@import in {where}")
            out.extend(_css_problems(node.prelude, where))
            if node.content:
                out.extend(_css_problems(node.content, where))
        elif isinstance(node, ast.QualifiedRule):
            out.extend(_css_problems(node.prelude, where) + _css_problems(node.content, where))
        elif isinstance(node, ast.URLToken):
            out.extend(_url_problems(node.value, f"{where} url()"))
        elif isinstance(node, ast.FunctionBlock):
            if node.lower_name in ("url", "src", "image-set", "-webkit-image-set"):
                for arg in node.arguments:
                    if isinstance(arg, ast.StringToken):
                        out.extend(_url_problems(arg.value, f"{where} {node.lower_name}()"))
            out.extend(_css_problems(node.arguments, where))
        elif isinstance(node, (ast.ParenthesesBlock, ast.SquareBracketsBlock, ast.CurlyBracketsBlock)):
            out.extend(_css_problems(node.content, where))
        elif isinstance(node, ast.AtKeywordToken) and node.lower_value == "import":
            out.append(f"@import token in {where}")
    return out
