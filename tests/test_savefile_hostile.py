"""Attachment saving against hostile names and a hostile target folder (issue 9).

The sender picks the file name; the folder may already hold files or symlinks with that name.
Whatever the name, exactly one new regular file appears, directly in the chosen folder, and
nothing outside it (or already in it) changes.
"""

from __future__ import annotations

import logging
import os
import re
from pathlib import Path

import pytest

from inspector.gui import savefile
from inspector.gui.savefile import MAX_NAME, safe_basename, save_into

HOSTILE_NAMES = [
    "../../x",
    "..\\..\\x",
    "/etc/passwd",
    "/",
    "C:\\Windows\\System32\\evil.dll",
    "C:evil.txt",
    "\\\\server\\share\\evil.exe",
    "\\\\?\\C:\\evil.exe",
    "file:///etc/passwd",
    "CON",
    "con",
    "NUL.txt",
    "nul .txt",
    "COM1",
    "LPT9.log",
    "COM¹.txt",
    "CONIN$",
    "AUX.tar.gz",
    "x.txt. . .",
    "x.txt   ",
    "...",
    ". .",
    "report.pdf:evil.exe",
    "a\x00b.txt",
    "\u202etxt.exe",
    "é" * 300 + ".pdf",
    "😀" * 200,
    "a/" * 2000 + "deep.txt",
    "b" * 60_000 + ".pdf",
    "",
    None,
]


def _tree(root: Path) -> set[tuple[str, bool]]:
    return {(str(p.relative_to(root)), p.is_symlink()) for p in root.rglob("*")}


@pytest.mark.parametrize("name", HOSTILE_NAMES, ids=range(len(HOSTILE_NAMES)))
def test_hostile_name_writes_one_file_inside_the_folder(tmp_path, name):
    folder = tmp_path / "chosen"
    folder.mkdir()
    outside = _tree(tmp_path)
    written = save_into(folder, name, b"data")
    assert written.parent == folder.resolve()
    assert written.is_file() and not written.is_symlink() and written.read_bytes() == b"data"
    assert _tree(tmp_path) == outside | {(f"chosen/{written.name}", False)}
    assert len(written.name.encode("utf-8")) <= 255
    base = written.name.split(".")[0].strip().upper()
    reserved = {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"} | {
        f"{d}{n}" for d in ("COM", "LPT") for n in "0123456789¹²³"
    }
    assert base not in reserved
    assert not written.name.endswith((".", " ")) and written.name not in (".", "..")
    assert not any(ch in written.name for ch in '<>:"/\\|?*\x00')


@pytest.mark.parametrize("name", HOSTILE_NAMES[:12], ids=range(12))
def test_safe_basename_is_a_bare_name(name):
    cleaned = safe_basename(name)
    assert cleaned and "/" not in cleaned and "\\" not in cleaned and len(cleaned) <= MAX_NAME


def test_symlink_named_like_the_attachment_is_not_followed(tmp_path):
    folder, outside = tmp_path / "chosen", tmp_path / "outside"
    folder.mkdir()
    outside.mkdir()
    victim = outside / "victim.txt"
    victim.write_bytes(b"precious")
    (folder / "report.pdf").symlink_to(victim)  # points outside: must be neither followed nor replaced
    (folder / "report (2).pdf").symlink_to(outside / "missing.txt")  # dangling: must not be created
    written = save_into(folder, "report.pdf", b"attacker")
    assert written == folder.resolve() / "report (3).pdf"
    assert victim.read_bytes() == b"precious"
    assert not (outside / "missing.txt").exists()
    assert (folder / "report.pdf").is_symlink() and (folder / "report (2).pdf").is_symlink()


def test_symlinked_folder_inside_the_target_is_not_entered(tmp_path):
    folder, outside = tmp_path / "chosen", tmp_path / "outside"
    folder.mkdir()
    outside.mkdir()
    (folder / "sub").symlink_to(outside, target_is_directory=True)
    written = save_into(folder, "sub/evil.txt", b"x")
    assert written.parent == folder.resolve() and list(outside.iterdir()) == []


def test_name_collisions_never_replace(tmp_path):
    names = [save_into(tmp_path, "a.txt", bytes([i])).name for i in range(5)]
    assert names == ["a.txt", "a (2).txt", "a (3).txt", "a (4).txt", "a (5).txt"]
    assert [(tmp_path / n).read_bytes() for n in names] == [bytes([i]) for i in range(5)]
    (tmp_path / "dir.txt").mkdir()  # a folder with the name: skipped too
    assert save_into(tmp_path, "dir.txt", b"x").name == "dir (2).txt"


def test_written_file_is_not_executable(tmp_path):
    written = save_into(tmp_path, "run.sh", b"#!/bin/sh\n")
    assert not os.access(written, os.X_OK)


# Mark-of-the-Web (issue 21 item 6): a saved attachment is marked as coming from the Internet, so
# Office opens it in Protected View and SmartScreen / Gatekeeper check it before it runs. The mark
# is chosen per platform through `savefile._PLATFORM`; on Linux the Windows stream is an ordinary
# file named `name:Zone.Identifier`, which lets the test read exactly what Windows would get.


def test_saved_attachment_gets_the_windows_zone_identifier(tmp_path, monkeypatch):
    monkeypatch.setattr(savefile, "_PLATFORM", "win32", raising=False)
    written = save_into(tmp_path, "invoice.docm", b"PK macro")
    assert written.read_bytes() == b"PK macro"
    stream = tmp_path / "invoice.docm:Zone.Identifier"
    assert stream.read_bytes() == b"[ZoneTransfer]\r\nZoneId=3\r\n"  # 3: the Internet zone


def test_saved_attachment_gets_the_macos_quarantine_attribute(tmp_path, monkeypatch):
    calls = []
    monkeypatch.setattr(savefile, "_PLATFORM", "darwin")
    monkeypatch.setattr(savefile, "_darwin_setxattr", lambda target, name, value: calls.append((target, name, value)))
    written = save_into(tmp_path, "setup.pkg", b"xar!")
    [(target, name, value)] = calls
    assert isinstance(target, int)  # set on the open file, not on a name that could be swapped
    assert name == "com.apple.quarantine"
    assert re.fullmatch(rb"0081;[0-9a-f]{8};Email Inspector;[0-9A-F-]{36}", value)
    assert written.read_bytes() == b"xar!" and [p.name for p in tmp_path.iterdir()] == ["setup.pkg"]


def test_linux_save_writes_no_mark_and_nothing_else(tmp_path, monkeypatch):
    """No desktop on Linux reads a download mark (docs/hardening.md); nothing beside the file appears."""
    monkeypatch.setattr(savefile, "_PLATFORM", "linux")
    written = save_into(tmp_path, "invoice.pdf", b"%PDF")
    assert [p.name for p in tmp_path.iterdir()] == ["invoice.pdf"] and written.read_bytes() == b"%PDF"
    if hasattr(os, "listxattr"):
        assert os.listxattr(written) == []


def test_a_mark_that_cannot_be_written_is_logged_and_the_file_still_saved(tmp_path, monkeypatch, caplog):
    """FAT and exFAT sticks have no streams; a folder in the way stands for any such failure here."""
    monkeypatch.setattr(savefile, "_PLATFORM", "win32")
    (tmp_path / "a.exe:Zone.Identifier").mkdir()
    with caplog.at_level(logging.WARNING, logger=savefile.__name__):
        written = save_into(tmp_path, "a.exe", b"MZ")
    assert written.read_bytes() == b"MZ"
    assert "a.exe" in caplog.text and "mark" in caplog.text
