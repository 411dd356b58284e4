"""Rewrite CSS so that every `url()` passes through one policy function; `@import` never survives.

This is not a reference finder (the beacon scanner is, and labels what was blocked): it is the
allow-list pass. Whatever the policy does not return a `data:` URI for is gone, so a URL form the
scanner missed is still neutralised, and the sanitiser reports the miss as a bug.

A rewritten style sheet holds no markup (issue 21): no `<` is followed by a letter, `/`, `!` or
`?`, the only ways an HTML tokenizer starts a tag, an end tag or a comment. In strings `<` is
written `\3c ` (the same character to CSS), escaped in a name `\3c ` too, and a bare `<` gets a
space after it. Serialising decodes escapes (`"\3c img"` is `"<img"` once parsed), so without this
a parser difference that made the <style> foreign (SVG, MathML) would build the markup.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import tinycss2
from tinycss2 import ast
from tinycss2.serializer import serialize_string_value

# policy(url, context) -> replacement URL (a `data:` URI), or None to drop the value.
# context is "image" (any property), "font" (@font-face src) or "import" (result ignored).
Policy = Callable[[str, str], str | None]

_IMAGE_SET = {"image-set", "-webkit-image-set"}
_DROP_AT_RULES = {"import", "namespace", "charset", "document", "-moz-document"}
_NESTED_AT_RULES = {"media", "supports", "layer", "container", "scope"}
# Blocks, functions and nested rules deeper than this are dropped: real CSS nests a handful of
# levels, and every step below recurses (so does tinycss2's serializer).
MAX_DEPTH = 32


def rewrite_stylesheet(css: str, policy: Policy) -> str:
    rules = tinycss2.parse_stylesheet(css, skip_comments=True, skip_whitespace=False)
    return no_markup(_serialize_rules(rules, policy, 0))


def no_markup(css: str) -> str:
    """Serialised CSS with no `<` that could open a tag: after a backslash (an escape in a name) it
    becomes `\3c `, elsewhere it gets a space (strings were escaped token by token already)."""
    return _TAG_OPEN.sub(lambda m: "\\3c " if m.group(1) else "< ", css)


_TAG_OPEN = re.compile(r"(\\?)<(?=[A-Za-z!?/])")


def rewrite_declarations(style: str, policy: Policy) -> str:
    """A `style` attribute (or any attribute value that may hold `url()`)."""
    tokens = tinycss2.parse_component_value_list(style, skip_comments=True)
    return tinycss2.serialize(_rewrite_tokens(tokens, policy, "image", 0))


def _serialize_rules(rules: list, policy: Policy, depth: int) -> str:
    if depth > MAX_DEPTH:
        return ""
    out: list[str] = []
    for rule in rules:
        if isinstance(rule, ast.AtRule):
            out.append(_rewrite_at_rule(rule, policy, depth))
        elif isinstance(rule, ast.QualifiedRule):
            prelude = tinycss2.serialize(_rewrite_tokens(rule.prelude, policy, "image", depth + 1))
            body = tinycss2.serialize(_rewrite_tokens(rule.content, policy, "image", depth + 1))
            out.append(f"{prelude}{{{body}}}")
        elif isinstance(rule, ast.ParseError):
            continue  # what a browser would skip anyway
        else:
            out.append(rule.serialize())
    return "".join(out)


def _rewrite_at_rule(rule: ast.AtRule, policy: Policy, depth: int) -> str:
    name = rule.lower_at_keyword
    if name == "import":
        for url in _urls_in(rule.prelude)[:1] or [tinycss2.serialize(rule.prelude).strip()]:
            policy(url, "import")  # recorded as blocked; an @import never survives
        return ""
    if name in _DROP_AT_RULES:
        return ""
    prelude = tinycss2.serialize(_rewrite_tokens(rule.prelude, policy, "image", depth + 1))
    if rule.content is None:
        return f"@{rule.at_keyword}{prelude};"
    if name in _NESTED_AT_RULES:
        inner = tinycss2.parse_rule_list(rule.content, skip_comments=True, skip_whitespace=False)
        return f"@{rule.at_keyword}{prelude}{{{_serialize_rules(inner, policy, depth + 1)}}}"
    context = "font" if name == "font-face" else "image"
    body = tinycss2.serialize(_rewrite_tokens(rule.content, policy, context, depth + 1))
    return f"@{rule.at_keyword}{prelude}{{{body}}}"


def _rewrite_tokens(tokens: list, policy: Policy, context: str, depth: int) -> list:
    if depth > MAX_DEPTH:
        _block_all(tokens, policy, context)
        return []
    out: list = []
    for token in tokens:
        if isinstance(token, ast.URLToken):
            out.append(_url_token(token.value, policy, context, token))
        elif isinstance(token, ast.FunctionBlock):
            out.append(_rewrite_function(token, policy, context, depth + 1))
        elif isinstance(token, (ast.ParenthesesBlock, ast.SquareBracketsBlock, ast.CurlyBracketsBlock)):
            token.content = _rewrite_tokens(token.content, policy, context, depth + 1)
            out.append(token)
        elif isinstance(token, ast.AtKeywordToken) and token.lower_value == "import":
            continue  # an @import smuggled into a declaration list is dropped, not rewritten
        elif isinstance(token, ast.StringToken):
            out.append(ast.StringToken(token.source_line, token.source_column, token.value, _quoted(token.value)))
        else:
            out.append(token)
    return out


def _rewrite_function(token: ast.FunctionBlock, policy: Policy, context: str, depth: int) -> object:
    name = token.lower_name
    if name in ("url", "src"):
        value = next((a.value for a in token.arguments if isinstance(a, ast.StringToken)), "")
        return _url_token(value, policy, context, token)
    if name in _IMAGE_SET:
        # Plain strings inside image-set() are URLs too: every candidate goes through the policy,
        # and the first one stands for the set.
        replaced = [_url_token(url, policy, context, token) for url in _urls_in(token.arguments)]
        return replaced[0] if replaced else ast.IdentToken(token.source_line, token.source_column, "none")
    token.arguments = _rewrite_tokens(token.arguments, policy, context, depth)
    return token


def _block_all(tokens: list, policy: Policy, context: str) -> None:
    """Too deep to keep: every URL below is still put through the policy (so it is listed as
    blocked) but nothing is kept. Iterative, so depth costs no stack."""
    stack = [tokens]
    while stack:
        for token in stack.pop():
            if isinstance(token, ast.URLToken):
                policy(token.value, context)
            elif isinstance(token, ast.FunctionBlock):
                if token.lower_name in ("url", "src"):
                    policy(next((a.value for a in token.arguments if isinstance(a, ast.StringToken)), ""), context)
                else:
                    stack.append(token.arguments)
            elif isinstance(token, (ast.ParenthesesBlock, ast.SquareBracketsBlock, ast.CurlyBracketsBlock)):
                stack.append(token.content)


def _urls_in(tokens: list) -> list[str]:
    """URL values among top-level tokens: url(...), "strings", src(...)."""
    urls = []
    for token in tokens:
        if isinstance(token, (ast.StringToken, ast.URLToken)):
            urls.append(token.value)
        elif isinstance(token, ast.FunctionBlock) and token.lower_name in ("url", "src"):
            urls.extend(a.value for a in token.arguments if isinstance(a, ast.StringToken))
    return urls


def _url_token(value: str, policy: Policy, context: str, where: object) -> object:
    replacement = policy(value, context)
    line, column = getattr(where, "source_line", 0), getattr(where, "source_column", 0)
    if replacement is None:
        return ast.IdentToken(line, column, "none")
    return ast.URLToken(line, column, replacement, f"url({_quoted(replacement)})")


def _quoted(value: str) -> str:
    """A CSS string for `value` whose text holds no `<` (see the module docstring)."""
    return '"' + serialize_string_value(value).replace("<", "\\3c ") + '"'
