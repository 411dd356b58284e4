"""A similarity fingerprint of the body, so a batch can group near-identical messages.

SimHash (Charikar 2002) over word shingles: copies of one campaign that differ only in a
name, a token or a link land within a few bits of each other.
"""

from __future__ import annotations

import hashlib
import itertools
import re

_TAG = re.compile(r"<(style|script)\b.*?</\1\s*>|<[^>]{0,2000}>", re.S | re.I)
_WORD = re.compile(r"[^\W\d_]{3,}", re.U)
MAX_CHARS = 200_000


def body_words(html_texts: list[str], plain_texts: list[str]) -> list[str]:
    text = " ".join(plain_texts) if plain_texts else " ".join(_TAG.sub(" ", h[:MAX_CHARS]) for h in html_texts)
    return [w.lower() for w in _WORD.findall(text[:MAX_CHARS])]


def simhash(words: list[str]) -> int | None:
    """64-bit SimHash of word pairs; None when there is too little text to compare."""
    shingles = [f"{a} {b}" for a, b in itertools.pairwise(words)] or words
    if len(shingles) < 3:
        return None
    weights = [0] * 64
    for shingle in set(shingles):
        value = int.from_bytes(hashlib.blake2b(shingle.encode(), digest_size=8).digest(), "big")
        for bit in range(64):
            weights[bit] += 1 if value >> bit & 1 else -1
    return sum(1 << bit for bit in range(64) if weights[bit] > 0)


def hamming(a: int, b: int) -> int:
    return (a ^ b).bit_count()
