"""File › Export from the window: every kind writes a real file from the analysed tab."""

from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path

import pytest
from conftest import FIXTURES
from PySide6.QtCore import QSettings

from inspector.gui import worker
from inspector.gui.export_menu import KINDS, write_export
from inspector.gui.main_window import MainWindow
from inspector.sources import Source

DEMO = Path(__file__).resolve().parent.parent / "resources" / "demo" / "demo-phish.eml"


@pytest.fixture
def window(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    monkeypatch.setattr(worker, "SYNCHRONOUS", True)
    win = MainWindow()
    qtbot.addWidget(win)
    return win


def test_export_actions_follow_the_current_tab(window: MainWindow, qtbot) -> None:
    assert not any(a.isEnabled() for a in window.act_exports.values())  # nothing open yet
    window.open_paths([str(DEMO)])
    qtbot.waitUntil(window.all_ready, timeout=20000)
    assert all(a.isEnabled() for a in window.act_exports.values())
    assert window.menu_export.title() and all(a.text() for a in window.act_exports.values())


def test_every_export_kind_writes_its_file(window: MainWindow, qtbot, tmp_path: Path) -> None:
    window.open_paths([str(DEMO)])
    qtbot.waitUntil(window.all_ready, timeout=20000)
    outcome = window.current_tab().outcome
    written = {kind: write_export(outcome, kind, tmp_path / f"out-{kind}") for kind in KINDS}
    html = written["html"].read_text(encoding="utf-8")
    assert "Tracking pixel from track.press-updates.example" in html and "data:image/png;base64," in html
    assert written["pdf"].read_bytes().startswith(b"%PDF")
    with zipfile.ZipFile(written["bundle"]) as archive:
        assert archive.read("original.eml") == DEMO.read_bytes()
        assert json.loads(archive.read("report.json"))["sha256"] == hashlib.sha256(DEMO.read_bytes()).hexdigest()
    iocs = written["iocs"].read_text(encoding="utf-8")
    assert "track[.]press-updates[.]example" in iocs and "https://" not in iocs
    assert json.loads(written["stix"].read_text(encoding="utf-8"))["type"] == "bundle"
    assert json.loads(written["misp"].read_text(encoding="utf-8"))["Event"]["Tag"] == [{"name": "tlp:amber"}]
    assert "lesoir[.]be" not in iocs and "github[.]com" not in iocs  # the imitated outlet, the X-Mailer page


def test_redacted_exports_leave_out_the_reader(window: MainWindow, qtbot, tmp_path: Path) -> None:
    window.open_paths([str(DEMO)])
    qtbot.waitUntil(window.all_ready, timeout=20000)
    outcome = window.current_tab().outcome
    for kind in ("html", "bundle", "iocs", "stix", "misp"):
        written = write_export(outcome, kind, tmp_path / f"out-{kind}", redact=True)
        if kind == "bundle":
            with zipfile.ZipFile(written) as archive:
                assert archive.read("original.eml") == DEMO.read_bytes()
                text = archive.read("report.json").decode() + archive.read("report.html").decode()
        else:
            text = written.read_text(encoding="utf-8")
        assert "dupont" not in text.lower() and "YS5kdXBvbnRAcGFybGlhbWVudC5leGFtcGxl" not in text, kind


def test_export_dialog_offers_to_hide_the_recipient(window: MainWindow, qtbot, monkeypatch, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QCheckBox, QFileDialog

    window.open_paths([str(DEMO)])
    qtbot.waitUntil(window.all_ready, timeout=20000)
    seen: dict[str, object] = {}

    def look(dialog: QFileDialog) -> int:
        box = dialog.findChild(QCheckBox)
        seen["text"] = box.text() if box else None
        dialog.resize(760, 480)
        dialog.grab().save(str(tmp_path / "export-dialog.png"))
        box.setChecked(True)
        dialog.selectFile(str(tmp_path / "iocs.txt"))
        return 1

    monkeypatch.setattr(QFileDialog, "exec", look)
    monkeypatch.setattr(QFileDialog, "selectedFiles", lambda self: [str(tmp_path / "iocs.txt")])
    from inspector.gui.export_menu import export_dialog

    written = export_dialog(window, window.current_tab().outcome, "iocs")
    assert seen["text"] and "[recipient]" in str(seen["text"])
    assert written is not None and "[recipient]" in written.read_text(encoding="utf-8")


def test_export_of_dropped_data_keeps_the_dropped_bytes(window: MainWindow, qtbot, tmp_path: Path) -> None:
    data = (FIXTURES / "parsing" / "mime_tree_nested.eml").read_bytes()
    window.open_sources([Source(label="dropped message", data=data)])
    qtbot.waitUntil(window.all_ready, timeout=20000)
    bundle = write_export(window.current_tab().outcome, "bundle", tmp_path / "evidence.zip")
    with zipfile.ZipFile(bundle) as archive:
        assert archive.read("original.eml") == data


def test_report_export_follows_the_window_language(window: MainWindow, qtbot, tmp_path: Path) -> None:
    window.open_paths([str(DEMO)])
    qtbot.waitUntil(window.all_ready, timeout=20000)
    window.choose_language("fr")
    html = write_export(window.current_tab().outcome, "html", tmp_path / "rapport.html").read_text(encoding="utf-8")
    window.choose_language("en")  # the choice is a setting: back to English for the next tests
    assert "Rapport de cas" in html and "Que faire maintenant" in html
