"""The run-by-run comment helpers of the Received parser give what the character loops gave."""

import ipaddress
import random

from inspector.analysis.sender.received import _blank_comments, _strip_comments
from inspector.analysis.sender.received_from import clean_ip


def _blank_by_character(body: str) -> str:
    depth, masked = 0, []
    for ch in body:
        depth += ch == "("
        masked.append(ch if depth == 0 else " ")
        depth -= ch == ")" and depth > 0
    return "".join(masked)


def _strip_by_character(text: str) -> str:
    out, depth = [], 0
    for ch in text:
        if ch == "(":
            depth += 1
        elif ch == ")" and depth:
            depth -= 1
        elif depth == 0:
            out.append(ch)
    return "".join(out)


def test_comment_helpers_match_the_character_loops():
    rnd = random.Random(26)
    texts = ["", "a", "(", ")", "()", ")(", "a(b)c", "a((b)c)d)e(f", "from x (y [1.2.3.4]) by z"]
    texts += ["".join(rnd.choice("()ab ") for _ in range(rnd.randrange(1, 40))) for _ in range(3000)]
    for text in texts:
        assert _blank_comments(text) == _blank_by_character(text), text
        assert _strip_comments(text) == _strip_by_character(text), text


def test_clean_ip_reads_addresses_and_nothing_else():
    assert clean_ip("[IPv6:2001:db8::1]") == "2001:db8::1"
    assert clean_ip("[::ffff:1.2.3.4]") == "1.2.3.4"
    assert clean_ip("user@1.2.3.4") == "1.2.3.4"
    assert clean_ip("1.2.3.4:25") == "1.2.3.4"
    assert clean_ip("[1.2.3.4].25") == "1.2.3.4"
    assert clean_ip("fe80::1%eth0") == str(ipaddress.ip_address("fe80::1"))
    for word in ["mail.example.net", "unknown", "", "1.2.3", "helo=x", "²1.1.1.1"]:
        assert clean_ip(word) == "", word
