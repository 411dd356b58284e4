"""Settings in the window (QSettings, over the environment) and on the command line (scan options)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from gui_support import simple_message

from inspector.analysis.sender.settings import ENV_HISTORY_DIR, ENV_OWN_DOMAINS, ENV_TRUSTED_AUTHSERV
from inspector.cli import main
from inspector.overrides import set_overrides


@pytest.fixture
def clean_env(monkeypatch: pytest.MonkeyPatch):
    """The three variables empty, restored afterwards (scan options write them); no window overrides left."""
    for name in (ENV_OWN_DOMAINS, ENV_TRUSTED_AUTHSERV, ENV_HISTORY_DIR):
        monkeypatch.setenv(name, "")
    yield monkeypatch
    set_overrides({})


def scan_json(capsys, *args: str) -> dict:
    main(["scan", "--format", "json", "--quiet", *args])
    return json.loads(capsys.readouterr().out.splitlines()[0])


def test_scan_history_option_keeps_a_history_and_warns_first_time(clean_env, capsys, tmp_path: Path) -> None:
    message = tmp_path / "m.eml"
    message.write_bytes(simple_message())
    folder = tmp_path / "history"
    record = scan_json(capsys, "--history", str(folder), str(message))
    assert (folder / "sender-history.json").is_file()
    assert "FIRST_TIME_SENDER" in {f["code"] for f in record["findings"]}
    assert record["sender"]["history"] == {"address": 0, "domain": 0}


def test_scan_history_off_wins_over_the_environment(clean_env, capsys, tmp_path: Path) -> None:
    message = tmp_path / "m.eml"
    message.write_bytes(simple_message())
    clean_env.setenv(ENV_HISTORY_DIR, str(tmp_path / "from-env"))
    record = scan_json(capsys, "--history", "off", str(message))
    assert record["sender"]["history"] is None
    assert not (tmp_path / "from-env").exists()


def test_scan_own_domain_and_authserv_options(clean_env, capsys, tmp_path: Path) -> None:
    from inspector.analysis.sender.settings import current_settings

    clean_env.setenv(ENV_OWN_DOMAINS, "env.example")
    message = tmp_path / "m.eml"
    message.write_bytes(simple_message())
    scan_json(
        capsys,
        "--own-domain",
        "Parliament.example,other.example",
        "--trusted-authserv-id",
        "mx.x.example",
        str(message),
    )
    chosen = current_settings()
    assert chosen.own_domains == ("parliament.example", "other.example")  # the option wins over the variable
    assert chosen.trusted_authserv_ids == ("mx.x.example",)


def test_scan_help_lists_the_sender_options(capsys) -> None:
    with pytest.raises(SystemExit):
        main(["scan", "--help"])
    out = capsys.readouterr().out
    for option in ("--own-domain", "--trusted-authserv-id", "--history"):
        assert option in out


@pytest.mark.gui
@pytest.mark.usefixtures("gui_isolated")
def test_preferences_win_over_the_environment_where_set(clean_env, qapp) -> None:
    from inspector.gui.preferences import Preferences

    env = {ENV_OWN_DOMAINS: "env.example", ENV_HISTORY_DIR: "/tmp/env-history", ENV_TRUSTED_AUTHSERV: "mx.env.example"}
    empty = Preferences().sender_settings(env)
    assert empty.own_domains == ("env.example",) and empty.history_dir == Path("/tmp/env-history")
    chosen = Preferences(own_domains="parliament.example", history="off").sender_settings(env)
    assert chosen.own_domains == ("parliament.example",)
    assert chosen.history_dir is None  # switched off in the window: off, whatever the environment says
    assert chosen.trusted_authserv_ids == ("mx.env.example",)  # left empty: the environment's
    on = Preferences(history="on", history_dir="/tmp/mine").sender_settings({})
    assert on.history_dir == Path("/tmp/mine")


@pytest.mark.gui
@pytest.mark.usefixtures("gui_isolated")
def test_settings_dialog_saves_and_applies(clean_env, qtbot, window, tmp_path: Path, monkeypatch) -> None:
    from PySide6.QtWidgets import QDialog

    from inspector.analysis.sender.settings import current_settings
    from inspector.gui import settings_dialog
    from inspector.gui.preferences import Preferences

    assert window.act_settings.shortcut().toString() == "Ctrl+,"
    assert window.act_settings in window.menu_edit.actions()

    def fill_and_accept(dialog: settings_dialog.SettingsDialog) -> int:
        dialog.own_domains.setText("parliament.example, senate.example")
        dialog.authserv.setText("mx1.parliament.example")
        dialog.history.setChecked(True)
        dialog.history_dir.setText(str(tmp_path / "senders"))
        dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
        dialog.language.setCurrentIndex(dialog.language.findData("fr"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(settings_dialog.SettingsDialog, "exec", fill_and_accept)
    try:
        assert window.open_settings()
        stored = Preferences.load()
        assert stored.own_domains == "parliament.example, senate.example" and stored.theme == "dark"
        assert stored.language == "fr" and stored.history == "on"
        chosen = current_settings()  # what the next analysis in the window uses
        assert chosen.own_domains == ("parliament.example", "senate.example")
        assert chosen.trusted_authserv_ids == ("mx1.parliament.example",)
        assert chosen.history_dir == tmp_path / "senders"
        qtbot.waitUntil(lambda: window.menu_file.title() == "&Fichier", timeout=2000)
        assert window.palette().window().color().lightness() < 100  # dark
        dialog = settings_dialog.SettingsDialog(window)  # opened again: shows what is stored
        qtbot.addWidget(dialog)
        assert dialog.own_domains.text() == "parliament.example, senate.example" and dialog.history.isChecked()
        assert dialog.theme.currentData() == "dark" and dialog.language.currentData() == "fr"
    finally:
        from PySide6.QtWidgets import QApplication

        from inspector.gui.theme import apply_theme

        apply_theme(QApplication.instance(), "system")
