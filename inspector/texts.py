"""Translatable texts for the Qt-free core: English strings that remember how they were made.

The analysis writes its titles, explanations and verdict sentence in English, and the JSON report
keeps them in English (other tools parse it). The window must show them in the reader's language
too, so every such text is built with `tr("template {name}", name=value)`: the result *is* the
English string (a `str`), and also carries its templates and arguments, so a front end can look
each template up in its own catalogue (the GUI uses Qt's .qm files) and format it again.

Texts joined with `+` keep every piece; `join()` does the same for a separator. A plain `str`
glued to a `Text` stays as it is in every language: keep those to punctuation and spaces, which a
test checks over the corpus.
"""

from __future__ import annotations

import string
from collections.abc import Callable, Iterable, Mapping
from typing import Any

Part = tuple[str, Mapping[str, Any] | None]  # (template, arguments); None marks a literal piece
Lookup = Callable[[str], str | None]


class Text(str):
    """English text plus the templates it was formatted from."""

    parts: tuple[Part, ...]

    def __new__(cls, value: str, parts: tuple[Part, ...]) -> Text:
        text = super().__new__(cls, value)
        text.parts = parts
        return text

    def __add__(self, other: object) -> Text:
        if not isinstance(other, str):
            return NotImplemented
        return Text(str.__add__(self, other), self.parts + _parts_of(other))

    def __radd__(self, other: object) -> Text:
        if not isinstance(other, str):
            return NotImplemented
        return Text(str.__add__(other, self), _parts_of(other) + self.parts)

    def __reduce__(self) -> tuple[Any, ...]:
        # Reports cross process boundaries in batch scans; keep the parts on the way.
        return (Text, (str(self), self.parts))


def tr(template: str, /, **args: Any) -> Text:
    """Mark `template` for translation and fill it in English; `args` may be `Text` themselves."""
    return Text(template.format(**args) if args else template, ((template, args or {}),))


def join(separator: str, items: Iterable[str]) -> Text:
    """`separator.join(items)` that keeps each item's templates."""
    out = Text("", ())
    for index, item in enumerate(items):
        out = out + item if index == 0 else out + separator + item
    return out


def translate(text: str, lookup: Lookup) -> str:
    """The text in another language: each template through `lookup` (None or "" keeps English).

    A translation whose placeholders do not match its template is ignored, so a bad catalogue
    entry shows English rather than breaking the window.
    """
    if not isinstance(text, Text):
        return text
    pieces = []
    for template, args in text.parts:
        if args is None:
            pieces.append(template)
            continue
        filled = {name: translate(value, lookup) if isinstance(value, Text) else value for name, value in args.items()}
        wanted = lookup(template) or template
        try:
            pieces.append(wanted.format(**filled) if args else wanted)
        except (KeyError, IndexError, ValueError):
            pieces.append(template.format(**filled) if args else template)
    return "".join(pieces)


def templates(text: str) -> list[str]:
    """Every template inside `text`, arguments included; literal pieces are left out."""
    if not isinstance(text, Text):
        return []
    out = []
    for template, args in text.parts:
        if args is None:
            continue
        out.append(template)
        for value in args.values():
            out.extend(templates(value))
    return out


def literals(text: str) -> list[str]:
    """The pieces of `text` (and of its arguments) that no catalogue can translate."""
    if not isinstance(text, Text):
        return [text] if text else []
    out = []
    for template, args in text.parts:
        if args is None:
            out.append(template)
        else:
            for value in args.values():
                if isinstance(value, Text):
                    out.extend(literals(value))
    return out


def placeholders(template: str) -> set[str]:
    """The `{names}` a template uses, to check a translation keeps them all."""
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


def _parts_of(value: str) -> tuple[Part, ...]:
    if isinstance(value, Text):
        return value.parts
    return ((value, None),) if value else ()
