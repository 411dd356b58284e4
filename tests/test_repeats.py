"""Bounded output (issue 26): repeated findings of one code on one host become one, counted."""

from __future__ import annotations

from dataclasses import replace

from inspector.analysis import analyse
from inspector.analysis.repeats import MORE, fold_repeats, repeats
from inspector.analysis.verdict import decide, settle
from inspector.model import Category, Finding, Severity
from inspector.parsing import load_bytes
from inspector.pipeline import safe_document

HEAD = b"From: News <news@shop.example>\r\nTo: reader@example.org\r\nSubject: pixels\r\nMIME-Version: 1.0\r\n"


def _message(pixels: int, host: str = "t.tracker.example") -> bytes:
    images = "".join(
        f'<p>Item {i}</p><img src="https://{host}/o/{i}.gif" width="1" height="1" alt="">' for i in range(pixels)
    )
    return HEAD + b"Content-Type: text/html; charset=utf-8\r\n\r\n" + f"<html><body>{images}</body></html>".encode()


def _pixels(report) -> list[Finding]:
    return [f for f in report.findings if f.code == "TRACKING_PIXEL"]


def test_many_pixels_on_one_host_are_one_finding_with_a_count() -> None:
    report = analyse(load_bytes(_message(40)))
    (pixel,) = _pixels(report)
    assert pixel.evidence["repeats"] == 40
    assert pixel.url == "https://t.tracker.example/o/0.gif"  # the first occurrence, its evidence as it was
    assert pixel.evidence["items"][0]["url"] == pixel.url
    assert [m["url"] for m in pixel.evidence["more"]] == [f"https://t.tracker.example/o/{i}.gif" for i in range(1, 6)]
    assert len(pixel.evidence["more"]) == MORE and all(m["element_id"] for m in pixel.evidence["more"])
    assert pixel.title.endswith("(and 39 more on this host)")
    assert repeats(pixel) == 40
    # the verdict still counts every element
    assert "40 tracking elements" in report.verdict.tracking_reason


def test_a_single_pixel_is_left_alone() -> None:
    (pixel,) = _pixels(analyse(load_bytes(_message(1))))
    assert "repeats" not in pixel.evidence and "more" not in pixel.evidence
    assert "more on this host" not in pixel.title and repeats(pixel) == 1


def test_pixels_on_two_hosts_fold_per_host() -> None:
    one, two = _message(3, "a.example"), _message(2, "b.example")
    html = one.split(b"<body>")[1].split(b"</body>")[0] + two.split(b"<body>")[1].split(b"</body>")[0]
    data = HEAD + b"Content-Type: text/html; charset=utf-8\r\n\r\n<html><body>" + html + b"</body></html>"
    counts = {f.host: repeats(f) for f in _pixels(analyse(load_bytes(data)))}
    assert counts == {"a.example": 3, "b.example": 2}


def _finding(url: str, **changes) -> Finding:
    base = Finding(
        category=Category.BEACON,
        code="TRACKING_PIXEL",
        severity=Severity.LOW,
        title="Tracking pixel from t.example",
        explanation="x",
        evidence={"items": [{"url": url}]},
        url=url,
        host="t.example",
        reveals=("open_time",),
        element_id=url[-3:],
    )
    return replace(base, **changes)


def test_findings_that_the_verdict_tells_apart_are_not_folded() -> None:
    """What the verdict reads (severity, vendor, the kind of token) must be the same in a group."""
    findings = [
        _finding("https://t.example/a/1"),
        _finding("https://t.example/a/2", severity=Severity.MEDIUM),
        _finding("https://t.example/a/3", recipient_token={"kind": "identity"}),
        _finding("https://t.example/a/4", vendor="Mailer Inc"),
        _finding("https://t.example/a/5"),
    ]
    folded = fold_repeats(findings)
    assert [f.url for f in folded] == [f"https://t.example/a/{i}" for i in (1, 2, 3, 4)]
    assert folded[0].evidence["repeats"] == 2 and folded[0].evidence["more"][0]["url"] == "https://t.example/a/5"
    assert decide(settle(folded)) == decide(settle(findings))


def test_findings_without_a_host_are_never_folded() -> None:
    header = Finding(category=Category.SENDER, code="DATE_INVALID", severity=Severity.LOW, title="t", explanation="e")
    assert fold_repeats([header, header]) == [header, header]


def test_the_safe_view_still_badges_the_listed_repeats() -> None:
    message = load_bytes(_message(4))
    report = analyse(message)
    document, _ = safe_document(message, report, highlight=True)
    assert document is not None
    assert document.html.count("tracking pixel → t.tracker.example") == 4
