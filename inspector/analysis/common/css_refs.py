"""Every URL a piece of CSS can make a client fetch, found with a real CSS tokenizer (tinycss2).

A regex misses `\\75 rl(`, `URL(`, quoted and unquoted forms and comments; the tokenizer decodes
them exactly as a browser does. Each URL comes with the property or at-rule that carries it and,
when it sits under a media query or selector that only matches in some situations (dark mode,
printing, a forwarded copy), the "sensor" it turns the image into.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

import tinycss2
from tinycss2 import ast

MAX_CSS_CHARS = 2_000_000
MAX_DEPTH = 16
_CONTEXT_CHARS = 120
_IMAGE_SET = frozenset({"image-set", "-webkit-image-set"})
_URL_FUNCTIONS = frozenset({"url", "src"})
_URL_LIKE = re.compile(r"\s*(?:[a-z][a-z0-9+.-]*:|//|\\\\)", re.IGNORECASE)  # scheme, //host, \\\\share
_NESTED = frozenset({"media", "supports", "document", "-moz-document", "layer", "container", "scope"})

# Selectors some senders use to learn how the message was read (Litmus-style forward detection).
_FORWARD_SELECTOR = re.compile(
    r"outlookmessageheader|moz-email-headers-table|blockquote|mailcontainerbody|gmail_quote|yahoo_quoted|"
    r"divrplyfwdmsg|moz-cite-prefix|#appendonsend",
    re.IGNORECASE,
)
_CLIENT_SELECTOR = re.compile(r"x-apple-data-detectors|u\s*\+\s*\.body|#messageviewbody|\[owa\]|\.ii\b", re.IGNORECASE)


@dataclass(frozen=True)
class CssRef:
    """One URL in CSS. `index` counts the URLs of the same CSS text in document order."""

    raw: str
    vector: str  # "css:background-image", "css:@import", "css:@font-face", ...
    kind: str  # image | stylesheet | font
    index: int
    context: str  # the selector or at-rule it sits in (truncated)
    sensor: str | None = None  # "dark mode", "light mode", "printing", "forwarding", "screen size", "mail client"


def stylesheet_urls(css: str) -> list[CssRef]:
    """URLs in a style sheet (`<style>` text, a CSS part, an `@import`ed file we have)."""
    css = css[:MAX_CSS_CHARS]
    if not may_hold_url(css):
        return []
    if len(css) > _CACHED_SHEET_CHARS:
        return list(_stylesheet_urls(css))
    return list(_cached_stylesheet_urls(css))


def may_hold_url(css: str) -> bool:
    """False when no token of `css` can name a URL, so tokenising it would find none.

    Every URL `_add` records comes from a `url` token or a `url(`/`src(` function, an `image-set`,
    an `@import` string or a custom property (`--name`); CSS spells those names with ASCII letters
    unless it escapes them with a backslash. A text without a backslash and without any of these
    words (ASCII case-insensitively; `lower()` only adds matches) holds none: most `<style>` sheets.
    """
    if "\\" in css:
        return True
    low = css.lower()
    return "url" in low or "src" in low or "image-set" in low or "@import" in low or "--" in low


_CACHED_SHEET_CHARS = 200_000


@functools.lru_cache(maxsize=64)
def _cached_stylesheet_urls(css: str) -> tuple[CssRef, ...]:
    """Cached: each reading of a body (`html_tree.readings`) and each message of a campaign holds
    the same `<style>` sheet again (CssRef is frozen; small sheets only, to bound the memory)."""
    return _stylesheet_urls(css)


def _stylesheet_urls(css: str) -> tuple[CssRef, ...]:
    rules = tinycss2.parse_stylesheet(css, skip_comments=True, skip_whitespace=True)
    out: list[CssRef] = []
    _rules(rules, out, sensor=None, depth=0)
    return tuple(out)


def declaration_urls(style: str) -> list[CssRef]:
    """URLs in a `style` attribute (a declaration list)."""
    return list(_declaration_urls(style[:MAX_CSS_CHARS]))


@functools.lru_cache(maxsize=4096)
def _declaration_urls(style: str) -> tuple[CssRef, ...]:
    """Cached: a newsletter repeats the same few `style` attributes on hundreds of cells (CssRef is frozen)."""
    out: list[CssRef] = []
    decls = tinycss2.parse_blocks_contents(style, skip_comments=True, skip_whitespace=True)
    _declarations(decls, out, context="style attribute", sensor=None, font=False, depth=0)
    return tuple(out)


def value_urls(value: str, *, vector: str) -> list[CssRef]:
    """URLs in one CSS value outside a style sheet: an SVG presentation attribute (`fill="url(#g)"`)."""
    out: list[CssRef] = []
    tokens = tinycss2.parse_component_value_list(value[:MAX_CSS_CHARS], skip_comments=True)
    _urls_in(tokens, out, vector, "image", f"{vector} attribute", None, 0)
    return out


def _rules(rules: list, out: list[CssRef], *, sensor: str | None, depth: int) -> None:
    if depth > MAX_DEPTH:
        return
    for rule in rules:
        if isinstance(rule, ast.AtRule):
            _at_rule(rule, out, sensor=sensor, depth=depth)
        elif isinstance(rule, ast.QualifiedRule):
            selector = tinycss2.serialize(rule.prelude).strip()
            rule_sensor = sensor or _selector_sensor(selector)
            decls = tinycss2.parse_blocks_contents(rule.content, skip_comments=True, skip_whitespace=True)
            _declarations(decls, out, context=selector, sensor=rule_sensor, font=False, depth=depth + 1)


def _at_rule(rule: ast.AtRule, out: list[CssRef], *, sensor: str | None, depth: int) -> None:
    name = rule.lower_at_keyword
    prelude = tinycss2.serialize(rule.prelude).strip()
    context = f"@{name} {prelude}".strip()
    if name == "import":
        # The first of `"a.css"`, `url(a.css)`, `url("a.css")` names the sheet (Google Fonts' own
        # snippet is the quoted form: a function token whose argument `_urls_in` reads).
        import_sensor = sensor or _media_sensor(prelude)
        for token in rule.prelude:
            if token.type == "string":
                _add(out, token.value, "css:@import", "stylesheet", context, import_sensor)
                break
            if token.type == "url" or (token.type == "function" and token.lower_name == "url"):
                _urls_in([token], out, "css:@import", "stylesheet", context, import_sensor, depth)
                break
        return
    if rule.content is None:
        return
    if name == "font-face":
        decls = tinycss2.parse_blocks_contents(rule.content, skip_comments=True, skip_whitespace=True)
        _declarations(decls, out, context=context, sensor=sensor, font=True, depth=depth + 1)
    elif name in _NESTED:
        inner = tinycss2.parse_rule_list(rule.content, skip_comments=True, skip_whitespace=True)
        inner_sensor = sensor or (_media_sensor(prelude) if name == "media" else None)
        if name == "supports":
            inner_sensor = inner_sensor or "mail client"
        _rules(inner, out, sensor=inner_sensor, depth=depth + 1)
    else:  # @page, @keyframes, vendor at-rules: any url() in them still loads
        _urls_in(rule.content, out, f"css:@{name}", "image", context, sensor, depth)


def _declarations(decls: list, out: list[CssRef], *, context: str, sensor: str | None, font: bool, depth: int) -> None:
    for decl in decls:
        if isinstance(decl, ast.Declaration):
            name = decl.lower_name
            if font and name == "src":
                _urls_in(decl.value, out, "css:@font-face", "font", context, sensor, depth)
            elif name.startswith("--"):
                # A custom property is loaded where it is used: `image-set(var(--u))` with
                # `--u: "https://..."` fetches the string. Any URL-like string in one is listed.
                _urls_in(decl.value, out, f"css:{name}", "image", context, sensor, depth)
                for token in decl.value:
                    if token.type == "string" and _URL_LIKE.match(token.value):
                        _add(out, token.value, f"css:{name}", "image", context, sensor)
            else:
                _urls_in(decl.value, out, f"css:{name}", "image", context, sensor, depth)
        elif isinstance(decl, ast.QualifiedRule | ast.AtRule):  # CSS nesting
            _rules([decl], out, sensor=sensor, depth=depth + 1)


def _urls_in(tokens: list | None, out: list[CssRef], vector: str, kind: str, context: str, sensor: str | None,
             depth: int) -> None:  # fmt: skip
    if not tokens or depth > MAX_DEPTH:
        return
    for token in tokens:
        if token.type == "url":
            _add(out, token.value, vector, kind, context, sensor)
        elif token.type == "function":
            lname = token.lower_name
            if lname in _URL_FUNCTIONS:
                for arg in token.arguments:
                    if arg.type == "string":
                        _add(out, arg.value, vector, kind, context, sensor)
                        break
            elif lname in _IMAGE_SET:
                for arg in token.arguments:
                    if arg.type == "string":  # a bare string in image-set() is a URL
                        _add(out, arg.value, vector, kind, context, sensor)
                    elif arg.type == "function" and arg.lower_name == "var":  # and so is var()'s fallback
                        for fallback in arg.arguments:
                            if fallback.type == "string":
                                _add(out, fallback.value, vector, kind, context, sensor)
                _urls_in(token.arguments, out, vector, kind, context, sensor, depth + 1)
            else:
                _urls_in(token.arguments, out, vector, kind, context, sensor, depth + 1)
        elif token.type in ("() block", "[] block", "{} block"):
            _urls_in(token.content, out, vector, kind, context, sensor, depth + 1)


def _add(out: list[CssRef], raw: str, vector: str, kind: str, context: str, sensor: str | None) -> None:
    if len(context) > _CONTEXT_CHARS:
        context = context[: _CONTEXT_CHARS - 1] + "…"
    out.append(CssRef(raw, vector, kind, len(out), context, sensor))


def _media_sensor(prelude: str) -> str | None:
    low = prelude.lower()
    if "prefers-color-scheme" in low:
        return "dark mode" if "dark" in low else "light mode"
    if re.search(r"\bprint\b", low):
        return "printing"
    if "width" in low or "height" in low or "resolution" in low or "pixel-ratio" in low:
        return "screen size"
    if "prefers-" in low or "hover" in low or "pointer" in low:
        return "mail client"
    return None


def _selector_sensor(selector: str) -> str | None:
    if _FORWARD_SELECTOR.search(selector):
        return "forwarding"
    if _CLIENT_SELECTOR.search(selector):
        return "mail client"
    return None
