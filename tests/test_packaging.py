"""Packaging data: the macOS bundle's document types, and what the spec bundles."""

from __future__ import annotations

import importlib.util
import re

import pytest
from conftest import REPO

from inspector import __version__
from inspector.desktop import macos_info_plist

SPEC = (REPO / "build.spec").read_text(encoding="utf-8")
_spec = importlib.util.spec_from_file_location("icu_slim", REPO / "packaging" / "icu_slim.py")
icu_slim = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(icu_slim)


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


def test_spec_slims_icu_and_keeps_our_qt_translations() -> None:
    assert "slim_library(" in SPEC
    translations = re.compile(r"/translations/(?!(qtbase_(fr|nl)\.qm|qtwebengine_locales/(en-US|fr|nl)\.pak)$)")
    assert r"qtbase_(fr|nl)\.qm|qtwebengine_locales/(en-US|fr|nl)\.pak" in SPEC  # gui/i18n.py loads qtbase_*
    assert translations.search("/PySide6/Qt/translations/qtbase_de.qm")
    assert not translations.search("/PySide6/Qt/translations/qtwebengine_locales/nl.pak")


@pytest.mark.parametrize(
    ("name", "size", "kept"),
    [
        ("icudt73l/coll/fr.res", 1000, True),
        ("icudt73l/fr_CA.res", 1000, True),
        ("icudt73l/en_001.res", 1000, True),
        ("icudt73l/nl.res", 1000, True),
        ("icudt73l/zone/root.res", 1000, True),
        ("icudt73l/curr/pool.res", 1000, True),
        ("icudt73l/res_index.res", 1000, True),
        ("icudt73l/supplementalData.res", 240_000, True),
        ("icudt73l/zoneinfo64.res", 150_000, True),
        ("icudt73l/coll/ucadata.icu", 570_000, True),
        ("icudt73l/nfkc.nrm", 50_000, True),
        ("icudt73l/de.res", 1000, False),
        ("icudt73l/coll/zh.res", 712_800, False),
        ("icudt73l/zone/sr_Latn_BA.res", 1000, False),
        ("icudt73l/translit/root.res", 1_086_544, False),
        ("icudt73l/brkitr/cjdict.dict", 2_007_296, False),
        ("icudt73l/ibm-912_P100-1995.cnv", 3744, True),  # ISO-8859-2
        ("icudt73l/gb18030.cnv", 232_816, True),
        ("icudt73l/euc-tw-2014.cnv", 545_632, False),
    ],
)
def test_icu_slim_keeps_what_qt_core_uses(name: str, size: int, kept: bool) -> None:
    assert icu_slim.keep(name, size) is kept


ICU_DATA = REPO / ".venv/lib/python3.11/site-packages/PySide6/Qt/lib/libicudata.so.73"


@pytest.mark.skipif(not ICU_DATA.exists(), reason="PySide6's ICU data library is not in .venv")
def test_icu_package_round_trip_and_converter_bases() -> None:
    symbol, package = icu_slim._elf_symbol(ICU_DATA, "icudt")
    assert symbol == "icudt73_dat"
    header, items = icu_slim.read_package(package)
    assert icu_slim.write_package(header, items) == package  # byte for byte, as pkgdata lays it out
    kept = {name.split("/", 1)[1] for name, _ in icu_slim.slim_items(items)}
    assert {"root.res", "fr.res", "nl.res", "coll/ucadata.icu", "cnvalias.icu"} <= kept
    # windows-936-2000 (GBK) only extends ibm-1386: the base must come along, or ICU cannot open GBK
    assert {"windows-936-2000.cnv", "ibm-1386_P100-2001.cnv", "windows-950-2000.cnv", "ibm-1373_P100-2002.cnv"} <= kept
    assert "ibm-939_P120-1999.cnv" not in kept  # small, but its base (EBCDIC Japanese, 100 kB) is not kept
    slim = icu_slim.write_package(header, icu_slim.slim_items(items))
    assert len(slim) < len(package) / 4
    assert icu_slim.read_package(slim)[1] == icu_slim.slim_items(items)
