"""Text pasted or dropped into the window: a whole message or a header block opens as "Pasted message".

What Microsoft's Message Header Analyzer does by pasting: copy "Show original" (or Outlook's
Internet headers) and paste it here. The clipboard is read like a drop (`drop.clipboard_contents`),
so a copied file or Outlook item pastes too. Text is held to the file limit, and text that is not a
message is refused with one sentence: sniffing a file is lenient, but prose is not a message.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from inspector.sources import Source, text_message

CLIPBOARD = "clipboard"
DROPPED = "drop"
NOT_A_MESSAGE = QT_TRANSLATE_NOOP(
    "Paste",
    "This text is not an email message: paste a whole message or its headers (“Show original” or “View source” in the mail program).",  # noqa: E501 - one literal, for lupdate
)


def pasted_label(origin: str) -> str:
    """What the busy page, the tab's tooltip and the exports call text with no file: where it came from.

    English in every language, like the rest of the reports (it is the record's `file`).
    """
    return "Pasted message (from the clipboard)" if origin == CLIPBOARD else "Pasted message (dropped text)"


def text_source(text: str, origin: str) -> tuple[Source | None, str]:
    """A source for pasted or dropped text, or (None, the sentence saying why it is not opened)."""
    from inspector.parsing import MAX_INPUT_BYTES  # noqa: PLC0415 - the parser loads after first paint

    if not text.strip():
        return None, QCoreApplication.translate("Paste", "There is no text to open.")
    if len(text) > MAX_INPUT_BYTES or len(text.encode("utf-8", "replace")) > MAX_INPUT_BYTES:
        return None, QCoreApplication.translate("Paste", "The text is larger than the 100 MB limit.")
    data = text_message(text)
    if data is None:
        return None, QCoreApplication.translate("Paste", str(NOT_A_MESSAGE))
    return Source(label=pasted_label(origin), data=data, origin=origin), ""
