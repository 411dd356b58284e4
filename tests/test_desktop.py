"""File-manager integration: Linux desktop files into a temp XDG dir, Windows registry data."""

from __future__ import annotations

import configparser
import sys
from pathlib import Path

import pytest

from inspector.desktop import (
    MIME_TYPES,
    PROG_ID,
    desktop_entry,
    install_desktop,
    uninstall_desktop,
    windows_registry_keys_to_remove,
    windows_registry_values,
)
from inspector.resources import resource_path


def test_desktop_entry_declares_the_message_types() -> None:
    parser = configparser.RawConfigParser(strict=True)
    parser.optionxform = str  # keep key case
    parser.read_string(desktop_entry(["/opt/My Apps/email-inspector"]))
    entry = parser["Desktop Entry"]
    assert entry["Type"] == "Application" and entry["Name"] == "Email Inspector"
    assert entry["MimeType"] == "message/rfc822;application/vnd.ms-outlook;"
    assert entry["Exec"] == '"/opt/My Apps/email-inspector" %F'  # quoted per the spec, %F for many files
    assert entry["Icon"] == "email-inspector" and entry["Terminal"] == "false"


def test_install_and_uninstall_into_a_temp_xdg_dir(tmp_path: Path) -> None:
    files = install_desktop(tmp_path, command=[sys.executable, "-m", "inspector"])
    assert files.desktop == tmp_path / "applications" / "email-inspector.desktop"
    assert f"Exec={sys.executable} -m inspector %F" in files.desktop.read_text()
    mime = files.mime.read_text()
    for kind in MIME_TYPES:
        assert f'type="{kind}"' in mime
    assert '<glob pattern="*.eml"/>' in mime and '<glob pattern="*.msg"/>' in mime
    icon_256 = tmp_path / "icons" / "hicolor" / "256x256" / "apps" / "email-inspector.png"
    assert icon_256.read_bytes() == resource_path("icons/app-256.png").read_bytes()
    assert (tmp_path / "icons" / "hicolor" / "scalable" / "apps" / "email-inspector.svg").exists()
    removed = uninstall_desktop(tmp_path)
    assert set(removed) == set(files.all())
    assert not any(p.exists() for p in files.all())


def test_windows_association_data() -> None:
    values = windows_registry_values([r"C:\Program Files\Email Inspector\email-inspector.exe"])
    as_dict = {(key, name): data for key, name, data in values}
    command = as_dict[(rf"Software\Classes\{PROG_ID}\shell\open\command", "")]
    assert command == r'"C:\Program Files\Email Inspector\email-inspector.exe" "%1"'
    for ext in (".eml", ".msg"):
        assert (rf"Software\Classes\{ext}\OpenWithProgids", PROG_ID) in as_dict
        assert (r"Software\Classes\Applications\email-inspector.exe\SupportedTypes", ext) in as_dict
    assert all(key.startswith("Software\\Classes\\") for key, _, _ in values)  # per user (HKCU) only
    # every key we create under our own names is removed again, children before parents
    removable = windows_registry_keys_to_remove()
    for key, _, _ in values:
        if PROG_ID in key or "email-inspector.exe" in key:
            assert key in removable
    assert removable.index(rf"Software\Classes\{PROG_ID}\shell\open\command") < removable.index(
        rf"Software\Classes\{PROG_ID}"
    )


@pytest.mark.skipif(sys.platform == "win32", reason="elsewhere registration must refuse politely")
def test_register_file_types_refuses_off_windows() -> None:
    from inspector.desktop import register_file_types

    with pytest.raises(OSError, match="Windows registry"):
        register_file_types(["x"])
