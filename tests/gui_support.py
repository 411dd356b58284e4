"""Helpers for the window tests: messages written on the fly, drag events, a synchronous window."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QWidget

DEMO = Path(__file__).resolve().parent.parent / "resources" / "demo" / "demo-phish.eml"


def simple_message(subject: str = "Minutes of Tuesday", body: str = "See you on Tuesday.") -> bytes:
    msg = EmailMessage()
    msg["From"] = "Jan Peeters <jan.peeters@example.org>"
    msg["To"] = "a.dupont@parliament.example"
    msg["Subject"] = subject
    msg["Date"] = "Tue, 25 Nov 2025 09:00:00 +0100"
    msg["Message-ID"] = "<minutes-1@example.org>"
    msg.set_content(body)
    return bytes(msg)


def message_with_attachments() -> bytes:
    """A plain message carrying a file with a hidden extension and a forwarded message."""
    msg = EmailMessage()
    msg["From"] = "Press office <press@example.org>"
    msg["To"] = "a.dupont@parliament.example"
    msg["Subject"] = "Forwarded: agenda"
    msg.set_content("The agenda is attached, and the original message.")
    msg.add_attachment(b"%PDF-1.4\n% not a real pdf\n", maintype="application", subtype="pdf", filename="agenda.pdf")
    msg.add_attachment(b"MZ\x90\x00 fake", maintype="application", subtype="octet-stream", filename="invoice.pdf.exe")
    inner = EmailMessage()
    inner["From"] = "Original Sender <orig@example.net>"
    inner["To"] = "press@example.org"
    inner["Subject"] = "The nested original"
    inner.set_content("I am the message inside the message.")
    msg.add_attachment(inner)
    return bytes(msg)


def drag_enter(widget: QWidget, mime: QMimeData) -> QDragEnterEvent:
    event = QDragEnterEvent(
        QPointF(20, 20), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(widget, event)
    return event


def drop(widget: QWidget, mime: QMimeData) -> QDropEvent:
    event = QDropEvent(
        QPointF(20, 20), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(widget, event)
    return event


def outlook_descriptor(name: str) -> bytes:
    """A FILEGROUPDESCRIPTORW with one FILEDESCRIPTORW (592 bytes; the name at offset 72)."""
    record = bytearray(592)
    encoded = name.encode("utf-16-le")[:518]
    record[72 : 72 + len(encoded)] = encoded
    return (1).to_bytes(4, "little") + bytes(record)
