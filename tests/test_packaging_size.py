"""The frozen app's size cuts (issue 26, item 7): Chromium's ICU data and the size report."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from conftest import REPO


def load(name: str):
    spec = importlib.util.spec_from_file_location(name, REPO / "packaging" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


icu_slim = load("icu_slim")
size_report = load("size_report")
_pyside = importlib.util.find_spec("PySide6")
ICUDTL = Path(_pyside.origin).parent / "Qt" / "resources" / "icudtl.dat" if _pyside and _pyside.origin else Path("-")


@pytest.mark.skipif(not ICUDTL.exists(), reason="Qt WebEngine's icudtl.dat is not installed")
def test_chromium_icu_data_loses_only_the_javascript_display_names(tmp_path: Path) -> None:
    slim = icu_slim.slim_chromium_data(ICUDTL, tmp_path)
    before = {name.split("/", 1)[1] for name, _ in icu_slim.read_package(ICUDTL.read_bytes())[1]}
    after = {name.split("/", 1)[1] for name, _ in icu_slim.read_package(slim.read_bytes())[1]}
    assert {name.split("/")[0] for name in before - after} == icu_slim.CHROMIUM_DROPPED_TREES
    assert {"brkitr/cjdict.dict", "brkitr/root.res", "coll/ucadata.icu", "gb18030.cnv", "nfkc.nrm"} <= after
    assert slim.stat().st_size < ICUDTL.stat().st_size - 2_000_000


def sparse(path: Path, size: int) -> None:
    with path.open("wb") as file:
        file.truncate(size)


def test_size_report_measures_against_the_goal(tmp_path: Path) -> None:
    app = tmp_path / "email-inspector"
    (app / "lib").mkdir(parents=True)
    sparse(app / "lib" / "libQt6WebEngineCore.so.6", 200_000_000)
    sparse(app / "email-inspector", 60_000_000)
    archive = tmp_path / "app.tar.zst"
    sparse(archive, 90_000_000)
    lines = size_report.report(app, archive)
    assert lines[0].startswith("size on disk: 260.0 MB (") and "goal 250 MB: 10.0 MB over" in lines[0]
    assert "libQt6WebEngineCore alone is 200.0 MB" in lines[0]
    assert lines[1] == "download app.tar.zst: 90.0 MB, goal 250 MB: met"
