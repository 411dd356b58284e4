"""The rows of the message list (report/list_rows.py): the verdicts of `scan`, and its campaigns from stubs."""

from __future__ import annotations

from email.message import EmailMessage

from gui_support import DEMO, simple_message

from inspector.pipeline import scan
from inspector.report.campaigns import group_campaigns
from inspector.report.list_rows import ListRow, campaign_stub, group_stubs, list_row
from inspector.sources import Source


def newsletter(reader: str) -> bytes:
    """A made-up newsletter with a pixel on the sender's tracking host, addressed to `reader`."""
    msg = EmailMessage()
    msg["From"] = "News <news@shop.example>"
    msg["To"] = f"{reader}@example.org"
    msg["Subject"] = "Our autumn offers"
    msg["Date"] = "Mon, 03 Nov 2025 08:00:00 +0000"
    msg.set_content("Our autumn offers, in short.")
    msg.add_alternative(
        f"<html><body><p>Our autumn offers.</p><img src='https://open.tracker.example/o/{reader}.gif'"
        " width='1' height='1'></body></html>",
        subtype="html",
    )
    return bytes(msg)


def test_a_row_has_the_verdict_and_headers_of_scan() -> None:
    source = Source(data=DEMO.read_bytes(), label="demo.eml")
    row, _stub = list_row(source)
    record = scan(source).record()
    assert (row.level, row.threat, row.tracking) == ("dangerous", "dangerous", "identified")
    assert row.level == record["verdict"]["banner"] and row.reason == record["verdict"]["reason"]
    assert row.subject == record["message"]["subject"] and row.sender == record["message"]["from"]
    assert row.date == record["message"]["date"] and row.timestamp > 0 and row.ok


def test_a_message_that_cannot_be_read_is_a_row_that_says_why() -> None:
    row, stub = list_row(Source(data=b"\x89PNG\r\n\x1a\n" + bytes(64), label="photo.eml"))
    assert not row.ok and row.error_code and row.reason and row.level == ""
    assert stub["ok"] is False


def test_headers_are_one_line_and_a_bad_date_sorts_first() -> None:
    msg = EmailMessage()
    msg["From"] = "Someone <someone@example.org>"
    msg["Subject"] = "Line one\tand\ttabs"
    msg["Date"] = "not a date"
    msg.set_content("Hello.")
    row, _stub = list_row(Source(data=bytes(msg)))
    assert row.subject == "Line one and tabs" and row.timestamp == 0.0


def test_campaigns_from_stubs_are_those_of_full_records() -> None:
    messages = [newsletter("anne"), simple_message(), newsletter("bert"), DEMO.read_bytes(), newsletter("carl")]
    sources = [Source(data=data, label=f"m{n}.eml") for n, data in enumerate(messages)]
    records = [scan(source).record() for source in sources]
    group_campaigns(records)
    stubs = [campaign_stub(record) for record in records]
    assert len(repr(stubs)) < len(repr(records)) / 5  # a stub keeps what grouping reads, not the report
    grouped = group_stubs([*stubs, None])  # None: a row not analysed
    expected = {n: r["campaign"] for n, r in enumerate(records) if r["campaign"]}
    assert grouped == expected and set(grouped) == {0, 2, 4}


def test_rows_are_small() -> None:
    row, _stub = list_row(Source(data=simple_message()))
    assert isinstance(row, ListRow) and not hasattr(row, "__dict__")  # slots: thousands stay small
