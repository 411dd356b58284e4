"""Per-recipient token detection: every encoding of the address, ESP subscriber ids, likely ids."""

from __future__ import annotations

import base64
import hashlib
from urllib.parse import quote

import pytest

from inspector.analysis.tracking.identities import Identity, md4, recipient_identities
from inspector.analysis.tracking.tokens import TokenFinder

ADDR = "alice.example@victim.example"
FINDER = TokenFinder([Identity(ADDR, "To")])


def _hex(name: str, data: bytes) -> str:
    return md4(data).hex() if name == "md4" else hashlib.new(name, data).hexdigest()


def test_md4_known_answers() -> None:
    assert md4(b"").hex() == "31d6cfe0d16ae931b73c59d7e0c089c0"
    assert md4(b"abc").hex() == "a448017aaf21d8525fc10ae87aa6729d"
    assert md4(b"message digest").hex() == "d9130a8164549fe818874806e1c7014b"
    # The rest of RFC 1320's suite: 56 bytes and more take two blocks.
    assert md4(b"abcdefghijklmnopqrstuvwxyz").hex() == "d79e1c308aa5bbcdeea8ed63df412da9"
    alphanumeric = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    assert md4(alphanumeric).hex() == "043f8582f241db351ce627e153e7f0e4"
    assert md4(b"1234567890" * 8).hex() == "e33b4ddc9c38f2199c3e7b164fcc0536"


@pytest.mark.parametrize(
    ("token", "encoding"),
    [
        (ADDR, "plain"),
        (quote(ADDR, safe=""), "plain"),  # found after percent-decoding
        (base64.b64encode(ADDR.encode()).decode(), "base64"),
        (base64.urlsafe_b64encode(ADDR.encode()).decode().rstrip("="), "base64"),
        (ADDR.encode().hex(), "hex"),
        (ADDR.encode().hex().upper(), "hex"),
    ],
)
def test_plain_encodings(token: str, encoding: str) -> None:
    hit = FINDER.find(f"https://t.example/o?x={token}")
    assert hit is not None and hit["kind"] == "identity" and hit["identity"] == ADDR
    assert hit["encoding"].startswith(encoding)


@pytest.mark.parametrize("name", ["md4", "md5", "sha1", "sha224", "sha256", "sha384", "sha512"])
@pytest.mark.parametrize("case", ["lower", "upper"])
def test_hashes(name: str, case: str) -> None:
    value = ADDR.upper() if case == "upper" else ADDR
    digest = _hex(name, value.encode())
    hit = FINDER.find(f"https://t.example/px/{digest}.gif")
    assert hit is not None and hit["encoding"] == f"{name}({case})" and hit["where"] == "path"
    assert FINDER.find(f"https://t.example/px?h={digest.upper()}")["kind"] == "identity"


def test_hash_of_hash_and_parts() -> None:
    inner = hashlib.sha256(ADDR.encode()).hexdigest()
    hit = FINDER.find("https://t.example/?k=" + hashlib.md5(inner.encode()).hexdigest())
    assert hit["encoding"] == "md5(sha256(lower))"
    assert FINDER.find("https://t.example/u/alice.example/open")["form"] == "local part"
    domain_hash = hashlib.sha1(b"victim.example").hexdigest()
    assert FINDER.find(f"https://t.example/?d={domain_hash}")["form"] == "domain"


def test_subscriber_parameters_versus_campaign_ones() -> None:
    mc = FINDER.find("https://x.us3.list-manage.com/track/open.php?u=5e78d7ef2297cc80842b7591e&id=2ed12&e=6496a8003f",
                     domain="list-manage.com")  # fmt: skip
    assert mc["kind"] == "subscriber_id" and mc["where"] == "query:e"
    assert FINDER.find("https://shop.example/p?mc_eid=abc123def")["kind"] == "subscriber_id"
    assert FINDER.find("https://shop.example/p?utm_source=nl&utm_campaign=Jan23_v2&utm_content=x8Kq2Lm9") is None
    assert FINDER.find("https://shop.example/kraft-werkzeuge-wandhaken-6er-set?pk_campaign=NL-23") is None


def test_likely_ids() -> None:
    hit = FINDER.find("https://open.esp.example/p9unqonzo5iqumomk5uq")
    assert hit["kind"] == "likely_id" and hit["where"] == "path[0]"
    assert FINDER.find("https://news.example/d?o00y05e000f7bu0ih0000l6y00000000bf7tne")["kind"] == "likely_id"
    # content-addressed image names are the picture's, not the reader's
    assert FINDER.find("https://cdn.example/images/6b625196409f6798b3c750090a171ecb.png") is None
    assert FINDER.find("https://cdn.example/i/91f6a664-43e1-4fd0-acaa-564f7a423619.png") is None


def test_identities_from_headers_and_urls() -> None:
    found = recipient_identities(
        [("To", "Phish <phishing@pot>"), ("Delivered-To", "bob@corp.example")],
        ["https://x.example/open_C/rodrigo-f-p%40hotmail.com/1", "mailto:sales@sender.example"],
        exclude={"sales@sender.example"},
    )
    assert [(i.address, i.source) for i in found] == [("bob@corp.example", "Delivered-To"),
                                                      ("rodrigo-f-p@hotmail.com", "url")]  # fmt: skip
    finder = TokenFinder(found)
    hexed = b"rodrigo-f-p@hotmail.com".hex()
    assert finder.find(f"https://x.example/lnk.php?id=322C33322C{hexed}2C")["encoding"] == "hex"
