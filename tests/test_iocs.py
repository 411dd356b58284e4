"""IOC extraction and defanging (pure, no Qt)."""

from __future__ import annotations

from inspector.report.iocs import Iocs, collect, defang, defang_text, format_iocs


def test_defang():
    assert defang("https://evil.example/x?a=1.2") == "hxxps://evil[.]example/x?a=1.2"
    assert defang("http://203.0.113.5:8080/p") == "hxxp://203[.]0[.]113[.]5:8080/p"
    assert defang("a.b@mail.example") == "a.b[@]mail[.]example"
    assert defang("198.51.100.7") == "198.51.100[.]7"
    assert defang("2001:db8::1") == "2001[:]db8[:][:]1"
    assert (
        defang_text("see https://a.example/ and http://b.example") == "see hxxps://a[.]example/ and hxxp://b[.]example"
    )


def test_collect_from_report_shapes_and_missing_keys():
    report = {
        "message": {"from": "News <desk@lesoir-be.example>"},
        "findings": [
            {"url": "https://track.example/o/abc.gif", "host": "track.example", "evidence": {"ip": "8.8.4.4"}},
            {"evidence": {"note": "private 10.0.0.1 is ignored", "nested": ["http://x.example/a)"]}},
        ],
        "received": [{"ip": "203.0.113.9", "trusted": False}, {"ip": "192.0.2.1", "trusted": True}],
        "attachments": [{"sha256": "a" * 64}, {"sha256": None}],
    }
    iocs = collect(report)
    assert iocs.urls == ["https://track.example/o/abc.gif", "http://x.example/a"]
    assert iocs.domains == ["track.example", "x.example", "lesoir-be.example"]
    assert iocs.ips == ["8.8.4.4"]  # documentation ranges and private addresses are not global
    assert iocs.emails == ["desk@lesoir-be.example"]
    assert iocs.sha256 == ["a" * 64]
    assert collect({}) == Iocs() and not collect({})


def test_format_groups_and_never_defangs_hashes():
    iocs = Iocs(urls=["https://a.example/"], sha256=["b" * 64])
    text = format_iocs(iocs)
    assert text == "# URLs\nhxxps://a[.]example/\n\n# SHA-256\n" + "b" * 64 + "\n"
    assert "https://a.example/" in format_iocs(iocs, defanged=False)
    assert format_iocs(Iocs()) == ""
