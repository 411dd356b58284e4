"""Text that looks like something it is not: invisible and bidi characters, mixed scripts,
Unicode TR39 skeletons, punycode domains and near-miss ("cousin") domains.
"""

from __future__ import annotations

import contextlib
import functools
import unicodedata
from collections.abc import Iterable, Iterator
from collections.abc import Set as AbstractSet
from dataclasses import dataclass

from confusable_homoglyphs import utils as _homoglyph_data

from ...texts import Text, tr
from .domains import normalise_host, org_label, registrable_domain

# Bidi embeddings, overrides and isolates: these reorder what the reader sees (U+202E "RTLO").
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
BIDI_MARKS = frozenset("\u200e\u200f\u061c")  # legitimate inside Arabic or Hebrew text
_INVISIBLE_RANGES = (
    (0x00AD, 0x00AD),
    (0x034F, 0x034F),
    (0x115F, 0x1160),
    (0x17B4, 0x17B5),
    (0x180B, 0x180F),
    (0x200B, 0x200D),
    (0x2060, 0x206F),
    (0x2800, 0x2800),
    (0x3164, 0x3164),
    (0xFE00, 0xFE0F),
    (0xFEFF, 0xFEFF),
    (0xFFA0, 0xFFA0),
    (0xFFF0, 0xFFF8),
    (0x1BCA0, 0x1BCA3),
    (0x1D173, 0x1D17A),
    (0xE0000, 0xE0FFF),
)  # Unicode Default_Ignorable_Code_Point, plus the braille blank U+2800 that renders as a space
_ALLOWED_SCRIPT_MIXES = (
    {"LATIN", "HAN", "HIRAGANA", "KATAKANA"},
    {"LATIN", "HAN", "HANGUL"},
    {"LATIN", "HAN", "BOPOMOFO"},
)
_COMPLEX_SCRIPTS = ("ARABIC", "DEVANAGARI", "BENGALI", "PERSIAN", "SYRIAC", "TAMIL", "MALAYALAM", "SINHALA")
_ADDED_WORDS = (
    "secure",
    "security",
    "login",
    "signin",
    "verify",
    "verification",
    "support",
    "account",
    "accounts",
    "update",
    "service",
    "services",
    "mail",
    "online",
    "team",
    "help",
    "helpdesk",
    "billing",
    "alert",
    "alerts",
    "notice",
    "info",
    "auth",
    "portal",
    "web",
    "app",
    "my",
    "id",
    "pay",
    "bank",
    "news",
    "official",
    "center",
    "centre",
    "desk",
    "group",
    "global",
    "hq",
    "net",
    "office",
    "admin",
    "invoice",
    "docs",
    "files",
    # what the message is said to be about: abuse-twitter, deliver-fedex, fedex-tracking, paypal-refund
    "abuse",
    "report",
    "deliver",
    "delivery",
    "shipping",
    "shipment",
    "track",
    "tracking",
    "parcel",
    "package",
    "express",
    "post",
    "notify",
    "notification",
    "notifications",
    "noreply",
    "no",
    "reply",
    "contact",
    "customer",
    "care",
    "client",
    "member",
    "members",
    "user",
    "users",
    "safety",
    "safe",
    "protect",
    "protection",
    "confirm",
    "confirmation",
    "reset",
    "password",
    "recovery",
    "unlock",
    "locked",
    "wallet",
    "payment",
    "payments",
    "refund",
    "refunds",
    "claim",
    "reward",
    "rewards",
    "bonus",
    "promo",
    "offer",
    "offers",
    "gift",
    "prize",
    "winner",
    "status",
    "mobile",
    "cloud",
    "drive",
    "share",
    "shared",
    "document",
    "documents",
    "sign",
    "esign",
    "hr",
    "it",
    "dept",
    "inc",
    "ltd",
    "llc",
    "corp",
    "intl",
    "international",
    "usa",
    "com",
    "net",
    "org",
    "gov",
    "edu",
)
_VISUAL = (("rn", "m"), ("vv", "w"), ("cl", "d"), ("0", "o"), ("1", "l"), ("5", "s"), ("ii", "u"))


_INVISIBLE_CPS = frozenset(cp for lo, hi in _INVISIBLE_RANGES for cp in range(lo, hi + 1))  # ~4,500: one lookup


def _is_invisible_cp(cp: int) -> bool:
    return cp in _INVISIBLE_CPS


def _is_emoji_like(ch: str) -> bool:
    return unicodedata.category(ch) in ("So", "Sk") or 0x1F000 <= ord(ch) <= 0x1FAFF


def invisible_characters(text: str) -> list[dict[str, str | int]]:
    """Characters a reader cannot see or that reorder the text, with their position and name.

    Innocent uses are skipped: a variation selector or joiner inside an emoji sequence, a joiner
    inside Arabic or Indic script, and direction marks in right-to-left text.
    """
    found: list[dict[str, str | int]] = []
    if text.isascii():
        return found  # every character looked for here is outside ASCII
    rtl = any(unicodedata.bidirectional(c) in ("R", "AL") for c in text)
    for i, ch in enumerate(text):
        cp = ord(ch)
        if ch in BIDI_CONTROLS:
            kind = "bidi control"
        elif ch in BIDI_MARKS:
            if rtl:
                continue
            kind = "direction mark"
        elif _is_invisible_cp(cp):
            prev = text[i - 1] if i else ""
            nxt = text[i + 1] if i + 1 < len(text) else ""
            if cp in (0xFE0F, 0xFE0E, 0x200D) and prev and (_is_emoji_like(prev) or prev == "\u200d"):
                continue
            if cp == 0x200D and nxt and _is_emoji_like(nxt):
                continue
            if cp in (0x200C, 0x200D) and _script(prev) in _COMPLEX_SCRIPTS:
                continue
            kind = "invisible"
        else:
            continue
        found.append({"position": i, "codepoint": f"U+{cp:04X}", "name": unicodedata.name(ch, "unnamed"), "kind": kind})
    return found


def strip_invisible(text: str) -> str:
    if text.isascii():
        return text  # every character removed here is outside ASCII
    return "".join(c for c in text if not (_is_invisible_cp(ord(c)) or c in BIDI_CONTROLS or c in BIDI_MARKS))


@functools.lru_cache(maxsize=8192)
def _script(ch: str) -> str:
    if not ch or not unicodedata.category(ch).startswith("L"):
        return "COMMON"
    name = unicodedata.name(ch, "").replace("KATAKANA-HIRAGANA", "KATAKANA")  # ー is both (Script_Extensions)
    first = name.split(" ", 1)[0]
    if first in ("CJK", "IDEOGRAPHIC"):  # 々 (IDEOGRAPHIC ITERATION MARK) is written among Han
        return "HAN"
    if first in ("FULLWIDTH", "HALFWIDTH", "MATHEMATICAL", "MODIFIER", "SMALL"):
        rest = name.split()
        return next((w for w in rest[1:] if w in ("LATIN", "KATAKANA", "HANGUL", "GREEK", "CYRILLIC")), "LATIN")
    return first


def scripts_of(word: str) -> set[str]:
    return {s for s in (_script(c) for c in word) if s != "COMMON"}


def mixed_script_words(text: str) -> list[dict[str, object]]:
    """Words mixing scripts in a way TR39's "highly restrictive" profile forbids (Latin + Cyrillic…)."""
    out: list[dict[str, object]] = []
    for word in strip_invisible(text).replace("@", " @ ").split():
        scripts = scripts_of(word)
        if len(scripts) > 1 and not any(scripts <= allowed for allowed in _ALLOWED_SCRIPT_MIXES):
            out.append({"word": word, "scripts": sorted(scripts), "skeleton": skeleton(word)})
    return out


@functools.cache
def _latin_map() -> dict[str, str]:
    """Each confusable character -> its ASCII look-alike, from the bundled TR39 confusables data."""
    data = _homoglyph_data.load("confusables.json")
    out = {}
    for ch, glyphs in data.items():
        for g in glyphs:
            if g["c"].isascii() and g["c"].strip():
                out[ch] = g["c"]
                break
    return out


@functools.lru_cache(maxsize=4096)
def skeleton(text: str) -> str:
    """A TR39-style skeleton folded to ASCII where possible: `Lеԁgеr` -> `ledger`, `müller` -> `muller`."""
    mapping = _latin_map()
    out = []
    for ch in strip_invisible(text):
        if ch.isascii():
            out.append(ch)
            continue
        mapped = mapping.get(ch)
        if mapped is None:
            base = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
            mapped = base if base.isascii() and base else ch
        out.append(mapped)
    return "".join(out).casefold()


def decode_idn(domain: str) -> str:
    """`xn--robnhood-e2a.com` -> `rоbinhood.com` (Unicode); undecodable labels stay as they are."""
    labels = []
    for label in normalise_host(domain).split("."):
        if label.startswith("xn--"):
            with contextlib.suppress(UnicodeError, ValueError):
                label = label.encode("ascii").decode("idna")
        labels.append(label)
    return ".".join(labels)


@dataclass(frozen=True)
class Cousin:
    domain: str  # the sender-side domain
    target: str  # the domain it resembles
    how: Text  # plain words, translatable
    # "near": a near miss (`paypa1.com`); "inside": the real name or domain written inside another
    # (`paypal.com-verify.info`, `paypal-secure.com`); "glued": a name glued to other letters (`coinbasecola.com`)
    shape: str = "near"


def _label_variants(label: str) -> set[str]:
    out = {label, label.replace("-", "")}
    for a, b in _VISUAL:
        out.add(label.replace(a, b))
    return out


@functools.lru_cache(maxsize=2048)
def _edit1(a: str, b: str) -> bool:
    """True when `a` and `b` differ by one insertion, deletion, substitution or adjacent swap."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diff) == 1:
            return True
        return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    i = 0
    while i < len(short) and short[i] == long_[i]:
        i += 1
    return short[i:] == long_[i + 1 :]


def cousin_of(
    domain: str,
    targets: dict[str, str],
    loose: AbstractSet[str] = frozenset(),
    embeddable: AbstractSet[str] = frozenset(),
    plain: AbstractSet[str] = frozenset(),
    *,
    known: TargetIndex | None = None,
) -> Cousin | None:
    """Is `domain` a near miss of one of `targets` (registrable domain -> why we know it)?

    For `loose` targets (inferred, not configured) the same name under another ending and the name
    as a subdomain are not reported: companies own acme.be and acme.com alike. The name joined with
    its ending (`acme-be.com`) is reported for them too: no company needs that one. `embeddable`
    targets have a name distinctive enough to be found glued inside another (`coinbasecola.com`);
    `plain` ones have an everyday word for a name (circle.com): the same word under another ending or
    one letter off is another organisation, and `brand_inside` looks for less of it.

    `known` (a `TargetIndex`) adds its targets after those of `targets`: the same answer as passing
    `targets | {others of known.targets}`, looking only at the known targets that can match.
    """
    reg = registrable_domain(domain)
    if not reg or reg in targets or (known is not None and reg in known.targets):
        return None
    label = org_label(reg)
    sk = skeleton(label)
    variants = _label_variants(label)  # once per domain, not once per target (the loop runs ~800 times)
    in_order = _with_known(targets, known, known.near_candidates(label, sk, variants) if known else ())
    for target in in_order:
        t_label, joined = _target_shapes(target)
        if len(t_label) < 4:
            continue
        if t_label == label and target not in loose and target not in plain:
            return Cousin(reg, target, tr("same name under another ending"))
        if sk != label and sk == t_label:
            return Cousin(reg, target, tr("look-alike characters"))
        if t_label in variants and label != t_label:
            return Cousin(reg, target, tr("look-alike letter combination"))
        near = len(t_label) >= 5 and abs(len(label) - len(t_label)) <= 1 and _edit1(label, t_label)
        if near and target not in plain:
            return Cousin(reg, target, tr("one letter different"))
        if label in joined:
            return Cousin(reg, target, tr("the name and its ending joined into one name"))
    return brand_inside(domain, targets, loose, embeddable, plain, known=known)


def _with_known(targets: dict[str, str], known: TargetIndex | None, positions: Iterable[int]) -> Iterator[str]:
    """`targets`, then the known targets at `positions` (in their order) that `targets` does not hold."""
    yield from targets
    if known is not None:
        yield from (t for t in (known.order[p] for p in sorted(set(positions))) if t not in targets)


@dataclass(frozen=True)
class TargetIndex:
    """A fixed table of targets (registrable domain -> why we know it; the bundled brand domains), with
    the names the cousin checks compare, so that a check looks at the few targets that can match
    instead of all ~800. Built once: the bundled lists do not change while the program runs."""

    targets: dict[str, str]
    order: tuple[str, ...]
    near: dict[str, tuple[int, ...]]  # a name of 4+ letters, and it less any one letter -> positions
    joined: dict[str, tuple[int, ...]]  # `name-ending`, `nameending` -> positions
    names: dict[str, tuple[int, ...]]  # every target's name -> positions
    by_start: dict[str, tuple[str, ...]]  # the names of two letters or more, by their first two
    short: tuple[str, ...]  # the names of fewer than two letters

    def near_candidates(self, label: str, sk: str, variants: set[str]) -> list[int]:
        """Positions of every target `cousin_of`'s loop can match: its name is the label, its skeleton or
        a variant, one edit away (two names one edit apart share the name less one letter, or one is
        the other less one letter), or a joined form equal to the label."""
        keys = {label, sk, *variants, *_less_one(label)}
        return [p for k in keys for p in self.near.get(k, ())] + list(self.joined.get(label, ()))

    def inside_candidates(self, host: str) -> list[int]:
        """Positions of the targets whose name is written somewhere in `host` (every check of
        `brand_inside` needs that)."""
        found: list[int] = [p for name in self.short if name in host for p in self.names[name]]
        for i in range(len(host) - 1):
            for name in self.by_start.get(host[i : i + 2], ()):
                if host.startswith(name, i):
                    found += self.names[name]
        return found


def _less_one(name: str) -> set[str]:
    return {name[:i] + name[i + 1 :] for i in range(len(name))}


def target_index(targets: dict[str, str]) -> TargetIndex:
    """Index `targets` for `cousin_of(..., known=)` and `brand_inside(..., known=)`; keep the result."""
    near: dict[str, list[int]] = {}
    joined: dict[str, list[int]] = {}
    names: dict[str, list[int]] = {}
    for position, target in enumerate(targets):
        t_label, shapes = _target_shapes(target)
        names.setdefault(t_label, []).append(position)
        if len(t_label) >= 4:
            for key in {t_label, *_less_one(t_label)}:
                near.setdefault(key, []).append(position)
        for key in set(shapes):
            joined.setdefault(key, []).append(position)
    return TargetIndex(
        dict(targets),
        tuple(targets),
        {k: tuple(v) for k, v in near.items()},
        {k: tuple(v) for k, v in joined.items()},
        {k: tuple(v) for k, v in names.items()},
        _by_start(names),
        tuple(k for k in names if len(k) < 2),
    )


def _by_start(names: Iterable[str]) -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for name in names:
        if len(name) >= 2:
            out.setdefault(name[:2], []).append(name)
    return {k: tuple(v) for k, v in out.items()}


@functools.lru_cache(maxsize=4096)
def _target_shapes(target: str) -> tuple[str, tuple[str, ...]]:
    """A target's name, and the names that join it with its ending (`parliament-be`, `parliamentbe` for
    `parliament.be`), worked out once."""
    t_label = org_label(target)
    ending = target[len(t_label) :].strip(".").replace(".", "-")
    if len(t_label) < 4 or not ending:
        return t_label, ()
    return t_label, (f"{t_label}-{ending}", f"{t_label}{ending.replace('-', '')}")


def brand_inside(
    domain: str,
    targets: dict[str, str],
    loose: AbstractSet[str] = frozenset(),
    embeddable: AbstractSet[str] = frozenset(),
    plain: AbstractSet[str] = frozenset(),
    *,
    known: TargetIndex | None = None,
) -> Cousin | None:
    """Is a target's name or whole domain written inside `domain`, another registrable domain?

    `paypal.com-verify.info` and `paypal.com.evil.net` (the real domain, then a hyphen or dot into
    another), `paypal-secure.com` (the name with a known word added), `paypal.evil.net` (the name as a
    subdomain, not for `loose` targets), `coinbasecola.com` (an `embeddable` name glued to other letters).
    For `plain` targets, whose name is an everyday word, only the first two shapes count.
    `known` adds targets after those of `targets`, as for `cousin_of`.
    """
    reg = registrable_domain(domain)
    if not reg or reg in targets or (known is not None and reg in known.targets):
        return None
    host = normalise_host(domain)
    label = org_label(reg)
    sub_labels = host[: -len(reg)].split(".") if host.endswith("." + reg) else []
    for target in _with_known(targets, known, known.inside_candidates(host) if known else ()):
        t_label = org_label(target)
        if t_label not in host:
            continue  # every shape below writes the name out
        if _domain_then_more(host, target):
            return Cousin(reg, target, tr("the real domain followed by a hyphen or dot into another domain"), "inside")
        if len(t_label) < 5:
            continue
        if _added_word(label, t_label):
            return Cousin(reg, target, tr("the name with a word added"), "inside")
        if target in plain:
            continue
        if target not in loose and t_label in sub_labels:
            return Cousin(reg, target, tr("the name used as a subdomain of another domain"), "inside")
        if target in embeddable and _glued(label, t_label):
            return Cousin(reg, target, tr("the name glued to other letters in another domain"), "glued")
    return None


def _domain_then_more(host: str, target: str) -> bool:
    """`paypal.com-verify.info`, `www.paypal.com.evil.net`: the whole real domain, then more of another."""
    if org_label(host) == org_label(target):
        return False  # paypal.com.au: the same name under a country ending
    for sep in ("-", "."):
        at = host.find(target + sep)
        if at != -1 and (at == 0 or host[at - 1] == "."):
            return True
    return False


def _glued(label: str, target: str) -> bool:
    """`coinbasecola` for `coinbase`: the name and at least three more letters in one hyphen-free part."""
    return any(target in part and len(part) >= len(target) + 3 for part in label.split("-"))


def _added_word(label: str, target: str) -> bool:
    """`target` plus words an attacker adds: a known word, a number, or a country code (`paypal-uk`)."""
    for part in (label.replace(target, " ", 1),) if target in label else ():
        extra = part.replace("-", " ").split()
        if extra and all(w in _ADDED_WORDS or w.isdigit() or (len(w) == 2 and w.isalpha()) for w in extra):
            return True
    return False
