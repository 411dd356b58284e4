"""The look-up forms of the domain helpers answer exactly what the plain scans they replaced did."""

import random

from inspector.analysis.common.brands import brands, first_owner
from inspector.analysis.common.domains import domain_matches


def _hosts() -> list[str]:
    rnd = random.Random(26)
    own = [d for b in brands() for d in b.domains]
    hosts = ["", " ", ".", "com", "co.uk", "[example.com]", "Mail.Example.COM.", "a..b", "x.", ".com"]
    hosts += own
    hosts += [f"{rnd.choice(['mail', 'www', 'a.b', 'login-secure'])}.{d}" for d in rnd.sample(own, 300)]
    hosts += [f"{d}.evil.example" for d in rnd.sample(own, 100)]
    hosts += [f"x{d}" for d in rnd.sample(own, 100)]
    hosts += [d.upper() + "." for d in rnd.sample(own, 50)]
    return hosts


def test_set_candidates_match_like_the_plain_comparison():
    candidates = frozenset({"example.com", "bit.ly", "co.uk", "a.b", "com"})
    for host in [*_hosts(), "sub.example.com", "notexample.com", "b", "x.a.b"]:
        assert domain_matches(host, candidates) == domain_matches(host, sorted(candidates)), host


def test_first_owner_is_the_first_organisation_that_owns_the_domain():
    for host in _hosts():
        assert first_owner(host) is next((b for b in brands() if b.owns(host)), None), host
        expected = next((b for b in brands() if b.kind == "brand" and b.owns(host)), None)
        assert first_owner(host, "brand") is expected, host


def test_wildcard_entries_match_as_one_pattern_like_each_alone():
    import fnmatch
    import re

    from inspector.analysis.common.domains import _read_lines, freemail_domains

    wild = [e for e in _read_lines("freemail_domains.txt") if "*" in e or "?" in e]
    assert wild
    each = [re.compile(fnmatch.translate(w).replace(".*", "[^.]*")) for w in wild]
    combined = freemail_domains().wildcards
    hosts = [*_hosts(), *(w.replace("*", "x").replace("?", "y") for w in wild)]
    hosts += [w.replace("*", "a.b") for w in wild] + [w.replace("*", "") for w in wild] + ["x" + w for w in wild]
    for host in hosts:
        assert (combined.fullmatch(host) is not None) == any(p.fullmatch(host) for p in each), host


def test_the_quick_ip_test_agrees_with_ipaddress():
    import ipaddress

    from inspector.analysis.indicator_rules import _is_ip

    def slow(text: str) -> bool:
        try:
            ipaddress.ip_address(text)
        except ValueError:
            return False
        return True

    for text in ["1.2.3.4", "01.2.3.4", "1.2.3", "::1", "fe80::1%eth0", "1234", "", ".", "a.b", "².1.1.1", " 1.2.3.4"]:
        assert _is_ip(text) == slow(text), text


def test_free_host_answers_like_the_plain_scan():
    from inspector.analysis.traps.phishing_links import FREE_HOSTS, free_host

    def plain(host: str, url: str = "") -> bool:
        for entry in FREE_HOSTS:
            name, _, path = entry.partition("/")
            if (host == name or host.endswith("." + name)) and (not path or f"{host}/{path}" in url):
                return True
        return False

    hosts = [*_hosts(), *(e.partition("/")[0] for e in FREE_HOSTS)]
    hosts += [f"x.{h}" for h in hosts] + [f"x{h}" for h in hosts] + ["google.com", "docs.google.com"]
    for host in hosts:
        for url in ("", f"https://{host}/forms/d/1", f"https://{host}/", "https://docs.google.com/forms/x"):
            assert free_host(host, url) == plain(host, url), (host, url)
