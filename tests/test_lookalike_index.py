"""cousin_of and brand_inside with an indexed table of targets (`known=`) answer exactly as with the
plain dict they were given before: the index only skips targets that cannot match."""

import random

from inspector.analysis.common.brands import brand_domains, embeddable_domains, ordinary_domains
from inspector.analysis.common.domains import org_label
from inspector.analysis.common.lookalike import brand_inside, cousin_of, target_index


def _mutations(domain: str, rnd: random.Random) -> list[str]:
    label = org_label(domain)
    ending = domain[len(label) + 1 :]
    i = rnd.randrange(len(label))
    out = [
        label[:i] + label[i + 1 :] + "." + ending,  # a letter less
        label[:i] + "x" + label[i:] + "." + ending,  # a letter more
        label[:i] + "0" + label[i + 1 :] + "." + ending,  # a letter changed
        label[:i] + label[i + 1 : i + 2] + label[i : i + 1] + label[i + 2 :] + "." + ending,  # two swapped
        label + ".example-shop.net",
        f"{label}-secure.com",
        f"my{label}.com",
        f"{label}cola.com",
        f"{label}-{ending.replace('.', '-')}.com",
        f"{domain}-verify.info",
        f"www.{domain}.evil.net",
        f"{label}.evil.net",
        f"login.{label}.co.uk",
        label.replace("m", "rn") + "." + ending,
        label.replace("o", "0").replace("l", "1") + ".org",
    ]
    return out


def test_an_index_gives_the_same_answers_as_the_plain_targets():
    rnd = random.Random(26)
    brands = {d: name for d, name in brand_domains().items() if "." in d}
    own = {"acme.be": "own", "parliament.example.org": "recipient", "paypa1.com": "recipient"}
    known = target_index(brands)
    merged = dict(own)
    merged.update(brands)
    merged.update(own)
    rules = {"loose": {"parliament.example.org"}, "embeddable": embeddable_domains(), "plain": ordinary_domains()}
    domains = ["acme.com", "acme-be.com", "acrne.be", "paypal.com", "xn--pypal-4ve.com", "a.b", "plain.example"]
    for domain in rnd.sample(sorted(brands), 250):
        domains += _mutations(domain, rnd)
    found = 0
    for domain in domains:
        expected = cousin_of(domain, merged, **rules)
        assert cousin_of(domain, own, **rules, known=known) == expected, domain
        assert brand_inside(domain, own, **rules, known=known) == brand_inside(domain, merged, **rules), domain
        assert brand_inside(domain, {}, known=known) == brand_inside(domain, brands), domain
        found += expected is not None
    assert found > len(domains) // 2  # the mutations really are cousins


def test_everything_the_invisible_checks_look_for_is_outside_ascii():
    """invisible_characters and strip_invisible return at once for ASCII text: that is only right while
    every character they look for is non-ASCII."""
    from inspector.analysis.common.lookalike import (
        _INVISIBLE_CPS,
        BIDI_CONTROLS,
        BIDI_MARKS,
        invisible_characters,
        strip_invisible,
    )

    assert min(_INVISIBLE_CPS) > 0x7F
    assert all(ord(c) > 0x7F for c in BIDI_CONTROLS | BIDI_MARKS)
    text = "".join(chr(c) for c in range(128))
    assert invisible_characters(text) == [] and strip_invisible(text) == text
    assert strip_invisible("a\u200bb\u202ec") == "abc"
    assert [c["codepoint"] for c in invisible_characters("a\u200bb")] == ["U+200B"]


def test_inside_candidates_are_exactly_the_targets_whose_name_is_in_the_host():
    rnd = random.Random(7)
    targets = {d: name for d, name in brand_domains().items() if "." in d}
    targets |= {"a.example": "one letter", "x-y.example": "hyphen"}
    known = target_index(targets)
    hosts = ["", "a", "ab", "paypal.com", "login-paypal.com.evil.example", "x-y.example.net"]
    hosts += [
        f"{rnd.choice(['', 'my', 'secure-'])}{org_label(d)}{rnd.choice(['', 'x', '-help'])}.example" for d in targets
    ]
    for host in hosts:
        expected = {p for p, t in enumerate(known.order) if org_label(t) in host}
        assert set(known.inside_candidates(host)) == expected, host
