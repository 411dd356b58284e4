"""Saving attachments: bare names only, no overwrite, no escape, no execute bit (pure rules)."""

from __future__ import annotations

import os

import pytest

from inspector.gui.savefile import candidate_names, has_hidden_extension, safe_basename, save_into, visible_name


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("report.pdf", "report.pdf"),
        ("../../etc/passwd", "passwd"),
        ("..\\..\\Windows\\evil.bat", "evil.bat"),
        ("C:\\x\\y.txt", "y.txt"),
        ("invoice\u202efdp.exe", "invoicefdp.exe"),
        ("..", "attachment.bin"),
        ("", "attachment.bin"),
        (None, "attachment.bin"),
        ("CON.txt", "_CON.txt"),
        ('a<b>:"|?*.txt', "a_b" + "_" * 6 + ".txt"),
        ("\x00name\x07.doc", "name.doc"),
    ],
)
def test_safe_basename(name, expected):
    assert safe_basename(name) == expected


def test_visible_and_hidden_extensions():
    assert visible_name("invoice\u202efdp.exe") == "invoice⟨U+202E⟩fdp.exe"
    assert has_hidden_extension("invoice\u202efdp.exe")
    assert has_hidden_extension("Invoice.PDF.exe")
    assert not has_hidden_extension("report.pdf")
    assert not has_hidden_extension("Minutes 2025.11.25 final")
    assert not has_hidden_extension("archive.tar.gz")
    assert candidate_names("a.tar")[:3] == ["a.tar", "a (2).tar", "a (3).tar"]


def test_save_into_never_replaces_and_stays_inside(tmp_path):
    (tmp_path / "a.txt").write_bytes(b"mine")
    written = save_into(tmp_path, "a.txt", b"theirs")
    assert written.name == "a (2).txt" and (tmp_path / "a.txt").read_bytes() == b"mine"
    (tmp_path / "link.txt").symlink_to(tmp_path / "a.txt")
    assert save_into(tmp_path, "link.txt", b"x").name == "link (2).txt"
    assert (tmp_path / "a.txt").read_bytes() == b"mine"
    escaped = save_into(tmp_path, "../../escape.sh", b"#!/bin/sh\n")
    assert escaped.parent == tmp_path.resolve() and not os.access(escaped, os.X_OK)
