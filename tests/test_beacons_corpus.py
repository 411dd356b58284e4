"""The beacon analyser on real newsletters and the whole shared corpus (skipped where absent)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import corpus_files

from inspector.analysis.common.references import find_references
from inspector.analysis.tracking.beacons import beacon_findings
from inspector.model import Finding
from inspector.parsing import LoadError, load

pytestmark = pytest.mark.corpus

# Personalised *content*, not an identifier: the recipe recommended to each reader differs by a plain
# numeric recipe id (51791698 vs ...), indistinguishable from any other number without the second copy.
KNOWN_UNFLAGGED = ("api.service.prod.rd-stationary.com/recipeprovider/images/recipes/",)


def _findings(path: Path) -> list[Finding]:
    return list(beacon_findings(load(path), None))


def _flags(findings: list[Finding]) -> dict[str, dict | None]:
    """Every reported URL with the recipient token of its item (or of its finding)."""
    out: dict[str, dict | None] = {}
    for f in findings:
        for item in f.evidence.get("items", []):
            out[item["url"]] = f.recipient_token
        if f.url:
            out.setdefault(f.url, f.recipient_token)
    return out


@pytest.mark.parametrize(
    ("name", "vendor"),
    [
        ("mailchimp__2023-01-17-schreibsuchti.u1.eml", "Mailchimp"),
        ("klaviyo__2023-01-25-katjes-u1.eml", "Klaviyo"),
        ("klaviyo__2023-02-16-casida-u1.eml", "Klaviyo"),
        ("cleverreach__2023-01-02-oekumenisches-asylforum.u1.eml", "CleverReach"),
    ],
)
def test_newsletter_pixels_name_their_vendor(corpus: Path, name: str, vendor: str) -> None:
    pixels = [f for f in _findings(corpus / "unspy_newsletters" / name) if f.code == "TRACKING_PIXEL"]
    assert any(f.vendor and f.vendor.startswith(vendor) for f in pixels), [(f.url, f.vendor) for f in pixels]
    assert all(f.recipient_token for f in pixels if f.vendor and f.vendor.startswith(vendor))


def _pairs(corpus: Path) -> list[tuple[Path, Path]]:
    folder = corpus / "unspy_newsletters"
    return [(u1, Path(str(u1).replace("u1.eml", "u2.eml"))) for u1 in sorted(folder.glob("*u1.eml"))]


def _remote_urls(path: Path) -> list[str]:
    message = load(path)
    return [r.url for m in message.walk_messages() for b in m.html_bodies
            for r in find_references(b.text, part=b.part) if r.remote]  # fmt: skip


def test_urls_that_differ_between_two_recipients_are_flagged(corpus: Path) -> None:
    checked = 0
    for u1, u2 in _pairs(corpus):
        if u1.name.startswith("no-user-tracking"):
            continue
        differing = {a for a, b in zip(_remote_urls(u1), _remote_urls(u2), strict=False) if a != b}
        flags = _flags(_findings(u1))
        missed = [u for u in differing if not flags.get(u) and not any(k in u for k in KNOWN_UNFLAGGED)]
        assert not missed, (u1.name, missed[:5])
        checked += len(differing)
    assert checked > 250  # distinct differing URLs over the 14 tracked pairs


def test_newsletter_without_user_tracking_has_no_token(corpus: Path) -> None:
    for path in sorted((corpus / "unspy_newsletters").glob("no-user-tracking__*")):
        tokens = [f for f in _findings(path) if f.recipient_token]
        assert tokens == [], [(f.url, f.recipient_token) for f in tokens]


def test_whole_corpus_runs_and_reports_every_auto_loaded_remote_url(corpus: Path) -> None:
    for path in corpus_files(corpus):
        try:
            message = load(path)
        except LoadError:
            continue
        findings = list(beacon_findings(message, None))
        reported = set(_flags(findings))
        for m in message.walk_messages():
            for body in m.html_bodies:
                for ref in find_references(body.text, part=body.part):
                    if ref.remote and ref.auto_loads:
                        assert ref.url in reported, (path.name, ref.url)
