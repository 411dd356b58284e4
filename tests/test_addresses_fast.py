"""The plain-address shortcut of parse_address_header reads headers exactly as the header registry does."""

import itertools

import pytest
from conftest import CORPUS

from inspector.analysis.sender.addresses import _simple_header, parse_address_header, registry_parse

NAMES = ("From", "To", "Cc", "Reply-To", "Sender")
DISPLAYS = [
    "",
    "Ann",
    "Ann Lee",
    "Ann  Lee",
    "ann.lee",
    "O'Neil",
    "=?utf-8?q?Ann?=",
    "Ann (work)",
    "Lee, Ann",
    "Ann\tLee",
]
QUOTED = ['""', '"Ann"', '"Lee, Ann"', '" Ann "', '"a\\"b"', '"(x)"', '"=?utf-8?q?x?="', '"Ann@x.example"', '"x\\\\"']
LOCALS = ["a", "ann.lee", "a+tag", "a..b", ".a", "a.", "o'neil", "a=b", "x_y", "~u", "é"]
DOMAINS = ["b.example", "B.Example", "b", "b..example", "-b-.example", "b.example.", "[10.0.0.1]", "b_x.example", ""]


def _variants() -> list[str]:
    out = []
    for local, domain in itertools.product(LOCALS, DOMAINS):
        addr = f"{local}@{domain}" if domain else local
        out += [addr, f" {addr} ", f"<{addr}>", f"<{addr}", f"{addr}>", f"{addr}, x@y.example"]
        out += [f"{d} <{addr}>" for d in DISPLAYS]
        out += [f"{q} <{addr}>" for q in QUOTED] + [f"{q}<{addr}>" for q in QUOTED]
    out += [
        "Ann <a@b.example> ",
        "\tAnn <a@b.example>",
        "Ann <a@b.example> (c)",
        "g: a@b.example;",
        "Ann <a@b@c.example>",
    ]
    return out


def test_the_shortcut_agrees_with_the_registry_on_made_up_headers():
    taken = 0
    for raw, name in itertools.product(_variants(), NAMES):
        assert parse_address_header(name, raw) == registry_parse(name, raw), (name, raw)
        taken += _simple_header(name, raw) is not None
    assert taken > 100  # the shortcut is really used


@pytest.mark.skipif(not CORPUS.is_dir(), reason="corpus not present")
def test_the_shortcut_agrees_with_the_registry_on_the_corpus():
    from inspector.parsing import load_bytes

    for path in sorted(CORPUS.rglob("*.eml")):
        message = load_bytes(path.read_bytes())
        for header in (h for name in NAMES for h in message.all_headers(name)):
            assert parse_address_header(header.name, header.raw) == registry_parse(header.name, header.raw), header


def _outcome(read, values: list[str]) -> object:
    try:
        return read(values)
    except RecursionError:  # getaddresses on a hostile header: the shortcut must not hide it
        return "RecursionError"


def _getaddresses_specs(values: list[str]) -> list[str]:
    from email.utils import getaddresses

    return [a for _, a in getaddresses(values) if "@" in a]


def test_plain_address_specs_agree_with_getaddresses_on_made_up_lists():
    from inspector.analysis.indicators import _addresses
    from inspector.analysis.sender.addresses import plain_address_specs

    pieces = [*_variants()[:400], "", " ", ",", "a@b.example,,c@d.example", "Ann Lee <a@B.example>"]
    taken = 0
    for values in [[p] for p in pieces] + [list(pair) for pair in itertools.pairwise(pieces)]:
        assert _addresses(values) == _getaddresses_specs(values), values
        taken += plain_address_specs(", ".join(values)) is not None
    assert taken > 50


@pytest.mark.corpus
def test_plain_address_specs_agree_with_getaddresses_on_the_corpus(corpus):
    from inspector.analysis.indicators import _RECIPIENT_HEADERS, _SENDER_HEADERS, _addresses
    from inspector.parsing import load_bytes

    for path in sorted(corpus.rglob("*.eml")):
        message = load_bytes(path.read_bytes())
        values = [h.value for name in _SENDER_HEADERS + _RECIPIENT_HEADERS for h in message.all_headers(name)]
        assert _outcome(_addresses, values) == _outcome(_getaddresses_specs, values), path.name
        for value in values:
            assert _outcome(_addresses, [value]) == _outcome(_getaddresses_specs, [value]), value
