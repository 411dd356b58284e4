"""The body SimHash: the fast per-bit count gives the textbook +1/-1 weight result, bit for bit."""

import hashlib
import itertools
import random

from inspector.analysis.fingerprint import body_words, hamming, simhash


def reference_simhash(words: list[str]) -> int | None:
    """The plain Charikar loop the fast version replaced (kept here as the definition)."""
    shingles = [f"{a} {b}" for a, b in itertools.pairwise(words)] or words
    if len(shingles) < 3:
        return None
    weights = [0] * 64
    for shingle in set(shingles):
        value = int.from_bytes(hashlib.blake2b(shingle.encode(), digest_size=8).digest(), "big")
        for bit in range(64):
            weights[bit] += 1 if value >> bit & 1 else -1
    return sum(1 << bit for bit in range(64) if weights[bit] > 0)


def test_simhash_matches_the_reference_loop():
    rnd = random.Random(26)
    vocab = ["alpha", "bravo", "charlie", "delta", "écho", "foxtrot", "golf", "hôtel", "india", "juliett"]
    for n in [*range(0, 10), *(rnd.randrange(10, 2000) for _ in range(60))]:
        for k in (2, 3, len(vocab)):  # few distinct shingles give many ties (weight exactly zero)
            words = [rnd.choice(vocab[:k]) for _ in range(n)]
            assert simhash(words) == reference_simhash(words), (n, k)


def test_too_little_text_has_no_fingerprint():
    assert simhash([]) is None
    assert simhash(["one", "two", "three"]) is None
    assert simhash(["one", "two", "three", "four"]) is not None


def test_near_copies_land_close():
    text = "dear customer your parcel is waiting please confirm the delivery address within two days " * 3
    a = simhash(body_words([], [text + "regards anna"]))
    b = simhash(body_words([], [text + "regards bruno"]))
    assert a is not None and b is not None
    assert hamming(a, b) < 16
