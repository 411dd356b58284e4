"""IOC extraction and defanging (pure, no Qt)."""

from __future__ import annotations

import csv
import io

from hostile_inputs import INJECTING_MESSAGE, formula_cells

from inspector.cli import main
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


def test_collect_reads_the_attacker_role_of_the_record():
    record = {
        "indicators": [
            {"type": "url", "value": "https://track.example/o/abc.gif", "role": "attacker"},
            {"type": "domain", "value": "track.example", "role": "attacker"},
            {"type": "domain", "value": "brand.example", "role": "impersonated"},
            {"type": "email", "value": "me@reader.example", "role": "recipient"},
            {"type": "sha256", "value": "a" * 64, "role": "attacker"},
            {"type": "filename", "value": "x.pdf.html", "role": "attacker"},  # not a kind an export knows
        ]
    }
    iocs = collect(record)
    assert iocs.urls == ["https://track.example/o/abc.gif"] and iocs.domains == ["track.example"]
    assert iocs.emails == [] and iocs.sha256 == ["a" * 64]
    everything = collect(record, all_roles=True)
    assert everything.domains == ["track.example", "brand.example"] and everything.emails == ["me@reader.example"]
    assert collect({}) == Iocs() and not collect({})


def test_format_groups_and_never_defangs_hashes():
    iocs = Iocs(urls=["https://a.example/"], sha256=["b" * 64])
    text = format_iocs(iocs)
    assert text == "# URLs\nhxxps://a[.]example/\n\n# SHA-256\n" + "b" * 64 + "\n"
    assert "https://a.example/" in format_iocs(iocs, defanged=False)
    assert format_iocs(Iocs()) == ""


def test_ioc_csv_cells_start_no_formula_with_any_list_separator(capsys, tmp_path):
    """A URL path `/a;=1+2` is a formula cell for Excel with `;` as list separator (fr-BE, nl-BE)."""
    evil = tmp_path / "x;=1+1.eml"
    evil.write_bytes(INJECTING_MESSAGE)
    name = f"{tmp_path}/x;'=1+1.eml"
    for extra, url in (([], "hxxps://t[.]example/a;'=1+2/p.gif"), (["--plain"], "https://t.example/a;'=1+2/p.gif")):
        assert main(["iocs", "--format", "csv", *extra, str(evil)]) == 0
        out = capsys.readouterr().out
        assert formula_cells(out) == []
        rows = list(csv.reader(io.StringIO(out, newline="")))
        assert rows[0] == ["file", "role", "type", "value", "reason", "finding", "where"]
        assert [name, "attacker", "url", url] in [r[:4] for r in rows]
        assert all(line.startswith('"') for line in out.splitlines())  # every field quoted
