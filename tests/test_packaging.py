"""Packaging data: the macOS bundle's document types, and what the spec bundles."""

from __future__ import annotations

import re

from conftest import REPO

from inspector import __version__
from inspector.desktop import macos_info_plist

SPEC = (REPO / "build.spec").read_text(encoding="utf-8")


def test_macos_plist_declares_eml_and_msg() -> None:
    plist = macos_info_plist(__version__)
    assert plist["CFBundleShortVersionString"] == __version__
    types = {t["CFBundleTypeName"]: t for t in plist["CFBundleDocumentTypes"]}
    eml = types["Email message"]
    assert "com.apple.mail.email" in eml["LSItemContentTypes"] and eml["CFBundleTypeExtensions"] == ["eml"]
    assert types["Outlook message"]["CFBundleTypeExtensions"] == ["msg"]
    for entry in types.values():
        assert entry["CFBundleTypeRole"] == "Viewer"  # we only ever read messages
    imported = plist["UTImportedTypeDeclarations"][0]
    assert imported["UTTypeIdentifier"] in types["Outlook message"]["LSItemContentTypes"]


def test_spec_uses_the_plist_version_and_resources() -> None:
    assert "info_plist=macos_info_plist(VERSION)" in SPEC
    assert "from inspector import __version__ as VERSION" in SPEC  # never typed twice
    assert re.search(r"\(str\(ROOT / \"resources\"\), \"resources\"\)", SPEC)
    assert 'collect_data_files("tldextract")' in SPEC  # no hook exists; the frozen app crashes without
    assert 'collect_data_files("confusable_homoglyphs")' in SPEC
    for icon in ("app.ico", "app.icns"):
        assert (REPO / "resources" / "icons" / icon).stat().st_size > 1000
