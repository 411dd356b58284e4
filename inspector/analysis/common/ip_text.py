"""Quick, exact readings of IP address text for the common case, so checks that ask many times
whether a word is an address (and which kind) do not pay for `ipaddress` raising ValueError.

`ipv4_value` answers only for a dotted IPv4 address written the way `ipaddress` accepts it (four
decimal octets 0-255, no leading zeros): `ipaddress.ip_address` reads every such text as that value.
`maybe_ip` is False only for text `ipaddress.ip_address` refuses (neither digits-and-dots nor a colon).
Anything else is left to `ipaddress`.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterable

_OCTET = r"(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])"
_V4 = re.compile(rf"{_OCTET}(?:\.{_OCTET}){{3}}")


def ipv4_value(text: str) -> int | None:
    """The 32-bit value of `text` when it is a plain dotted IPv4 address, else None (ask ipaddress)."""
    if _V4.fullmatch(text) is None:
        return None
    a, b, c, d = text.split(".")
    return int(a) << 24 | int(b) << 16 | int(c) << 8 | int(d)


def maybe_ip(text: str) -> bool:
    """False when `ipaddress.ip_address(text)` is sure to raise: no colon, and not only digits and dots."""
    return ":" in text or text.replace(".", "").isdigit()


def v4_ranges(networks: Iterable[str]) -> tuple[tuple[int, int], ...]:
    """IPv4 networks (`a.b.c.d/n`) as (first, last) values, to test an `ipv4_value` against."""
    nets = [ipaddress.IPv4Network(n) for n in networks]
    return tuple((int(n.network_address), int(n.broadcast_address)) for n in nets)


def in_ranges(value: int, ranges: tuple[tuple[int, int], ...]) -> bool:
    return any(first <= value <= last for first, last in ranges)
