"""The quick IPv4 readings answer exactly as ipaddress does (they skip it, they do not replace it)."""

import ipaddress
import random

from inspector.analysis.common.ip_text import ipv4_value, maybe_ip
from inspector.analysis.sender import received, route_checks
from inspector.analysis.sender.received_from import _V4_PORT, clean_ip


def _texts() -> list[str]:
    rnd = random.Random(26)
    out = ["0.0.0.0", "255.255.255.255", "256.1.1.1", "01.2.3.4", "1.2.3", "1.2.3.4.", " 1.2.3.4", "1.2.3.4 "]
    out += ["127.0.0.1", "169.254.1.1", "10.1.2.3", "172.31.255.255", "172.32.0.0", "192.168.0.1", "100.64.0.1"]
    out += ["100.128.0.0", "192.0.2.1", "198.51.100.7", "203.0.113.9", "224.0.0.1", "240.1.1.1", "8.8.8.8"]
    out += ["::1", "::ffff:10.0.0.1", "fe80::1", "fc00::1", "2001:db8::1", "[1.2.3.4]", "IPv6:::1", "mail.example"]
    out += ["", ".", "1..2.3", "١.٢.٣.٤", "1.2.3.4%eth0", "0x7f.0.0.1", "127.1", "1.2.3.04"]
    for _ in range(3000):
        octets = [rnd.choice([rnd.randrange(256), rnd.randrange(1000), 0, 127, 10, 172, 192, 169, 100])]
        octets += [rnd.randrange(300) for _ in range(rnd.choice([2, 3, 3, 3, 4]))]
        out.append(".".join(str(o).zfill(rnd.choice([1, 1, 1, 2, 3])) for o in octets))
    return out


def _parsed(text: str):
    try:
        return ipaddress.ip_address(text)
    except ValueError:
        return None


def test_ipv4_value_and_maybe_ip_agree_with_ipaddress():
    for text in _texts():
        addr = _parsed(text)
        value = ipv4_value(text)
        if value is not None:
            assert addr is not None and addr.version == 4 and int(addr) == value, text
        if not maybe_ip(text):
            assert addr is None, text


def _slow_internal(ip: str) -> bool:
    addr = _parsed(ip.strip("[]").removeprefix("IPv6:").removeprefix("ipv6:"))
    if addr is None:
        return False
    if isinstance(addr, ipaddress.IPv6Address) and addr.ipv4_mapped:
        addr = addr.ipv4_mapped
    nets = received._INTERNAL_NETS
    return addr.is_loopback or addr.is_link_local or any(addr in n for n in nets if n.version == addr.version)


def _reference_clean_ip(token: str) -> str:
    """clean_ip as it was before the quick readings."""
    text = token.strip().strip(",;")
    text = text.rpartition("@")[2] if "@" in text else text
    if text.startswith("[") and "]" in text:
        text = text[1 : text.index("]")]
    text = text.strip("[]")
    if text[:5].lower() == "ipv6:":
        text = text[5:]
    if match := _V4_PORT.match(text):
        text = match.group(1)
    try:
        addr = ipaddress.ip_address(text.split("%", 1)[0])
    except ValueError:
        return ""
    if isinstance(addr, ipaddress.IPv6Address) and addr.ipv4_mapped:
        return str(addr.ipv4_mapped)
    return text if addr.version == 4 else str(addr)


def test_the_checks_that_use_them_agree_with_ipaddress():
    for text in _texts():
        addr = _parsed(text)
        assert received.is_internal_ip(text) == _slow_internal(text), text
        assert received._loopback(text) == (addr is not None and addr.is_loopback), text
        reserved = addr is not None and addr.version == 4 and any(addr in n for n in route_checks._RESERVED)
        assert route_checks._reserved(text) == reserved, text
        assert clean_ip(text) == _reference_clean_ip(text), text
        assert clean_ip(f"[{text}]:25") == _reference_clean_ip(f"[{text}]:25"), text
