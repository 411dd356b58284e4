"""A similarity fingerprint of the body, so a batch can group near-identical messages.

SimHash (Charikar 2002) over word shingles: copies of one campaign that differ only in a
name, a token or a link land within a few bits of each other.
"""

from __future__ import annotations

import itertools
import re
from hashlib import blake2b as _hash

_TAG = re.compile(r"<(style|script)\b.*?</\1\s*>|<[^>]{0,2000}>", re.S | re.I)
_WORD = re.compile(r"[^\W\d_]{3,}", re.U)
MAX_CHARS = 200_000


def body_words(html_texts: list[str], plain_texts: list[str]) -> list[str]:
    text = " ".join(plain_texts) if plain_texts else " ".join(_TAG.sub(" ", h[:MAX_CHARS]) for h in html_texts)
    return [w.lower() for w in _WORD.findall(text[:MAX_CHARS])]


# _BIT[k] maps a byte to 1 where its bit k is set, else to 0 (bytes.translate table).
_BIT = [bytes(value >> k & 1 for value in range(256)) for k in range(8)]


def simhash(words: list[str]) -> int | None:
    """64-bit SimHash of word pairs; None when there is too little text to compare.

    A bit is set where more than half of the distinct shingles' hashes have it set (the
    classic +1/-1 weight per bit is above zero). The 8-byte big-endian hashes are joined
    into one bytes object, so each bit's count is a C-level slice, translate and count
    instead of a Python loop over 64 bits per shingle.
    """
    if len(words) < 4:  # fewer than three word pairs
        return None
    distinct = {f"{a} {b}" for a, b in itertools.pairwise(words)}
    digests = b"".join(_hash(s.encode(), digest_size=8).digest() for s in distinct)
    value = 0
    for byte in range(8):
        column = digests[byte::8]
        for k in range(8):
            if 2 * column.translate(_BIT[k]).count(1) > len(distinct):
                value |= 1 << ((7 - byte) * 8 + k)
    return value


def hamming(a: int, b: int) -> int:
    return (a ^ b).bit_count()
