"""Drag and drop (and paste): files, `message/rfc822` data, Outlook's virtual files and text, read as copies.

Drops are read-only copies: the action is forced to CopyAction, paths lose their NULs, the
format is sniffed from the bytes, and the handler only collects what to open (the heavy work
happens later, off the GUI thread).
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QMimeData, QObject, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication
from PySide6.QtWidgets import QLabel, QWidget

from inspector.sources import Source

from .paste import text_source

RFC822 = "message/rfc822"
_DESCRIPTOR_SIZE = 592  # sizeof(FILEDESCRIPTORW)
_NAME_OFFSET = 72  # cFileName follows flags, clsid, sizel, pointl, attributes, 3 FILETIMEs, 2 size DWORDs
_SNIFF_BYTES = 64 * 1024
_DRAG_EVENTS = {QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.DragLeave, QEvent.Type.Drop}


@dataclass
class DropContents:
    sources: list[Source] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)  # names of things that are not messages
    missing: list[str] = field(default_factory=list)  # Outlook items whose contents the drag did not carry
    text_refused: str = ""  # why dropped or pasted text is not opened (a sentence), "" if no text was refused

    def problems(self) -> str:
        """One line for the status bar about what was not opened, or ""."""
        lines = [self.text_refused] if self.text_refused else []
        if self.refused:
            names = ", ".join(self.refused[:3]) + ("…" if len(self.refused) > 3 else "")
            lines.append(
                QCoreApplication.translate("DropHandler", "Not an email message, not opened: {names}").format(
                    names=names
                )
            )
        if self.missing:
            names = ", ".join(self.missing[:3]) + ("…" if len(self.missing) > 3 else "")
            lines.append(
                QCoreApplication.translate(
                    "DropHandler", "Outlook did not hand over these items; drag them one at a time: {names}"
                ).format(names=names)
            )
        return " ".join(lines)


def _windows_format(mime: QMimeData, name: str) -> str | None:
    """Qt names Windows clipboard formats `application/x-qt-windows-mime;value="Name"`."""
    for fmt in mime.formats():
        if fmt == name or fmt.endswith(f'value="{name}"'):
            return fmt
    return None


def outlook_names(descriptor: bytes) -> list[str]:
    """File names from a FILEGROUPDESCRIPTORW blob (a count, then fixed-size records)."""
    if len(descriptor) < 4:
        return []
    (count,) = struct.unpack_from("<I", descriptor)
    names = []
    for index in range(min(count, 256)):
        start = 4 + index * _DESCRIPTOR_SIZE + _NAME_OFFSET
        raw = descriptor[start : start + 520]
        if len(raw) < 2:
            break
        names.append(raw.decode("utf-16-le", "replace").split("\x00", 1)[0])
    return names


def _looks_like_message(data: bytes) -> bool:
    from inspector.parsing.sniff import input_format  # noqa: PLC0415 - the parser package loads after first paint

    try:
        return input_format(data) is not None
    except Exception:  # noqa: BLE001 - a sniffing hiccup means "not sure", i.e. refuse
        return False


def _file_head(path: Path) -> bytes:
    try:
        with path.open("rb") as handle:
            return handle.read(_SNIFF_BYTES)
    except OSError:
        return b""


def local_paths(mime: QMimeData) -> list[Path]:
    paths = []
    for url in mime.urls() if mime.hasUrls() else []:
        if url.isLocalFile():
            paths.append(Path(url.toLocalFile().replace("\x00", "")))
    return paths


def outlook_contents(mime: QMimeData, count: int) -> list[bytes | None]:
    """The bytes of each of `count` Outlook items; None where the drag does not carry them.

    Item N is read from `…value="FileContents";index=N` (the name a native reader would give it),
    else item 0 from the plain `FileContents`. Qt on Windows asks for every format with
    lindex -1, so today only that one reaches us from a real Outlook drag: the other items are
    named to the user (`DropContents.missing`), never dropped silently. A Windows reader that asks
    IDataObject for FileContents at each lindex would fill in the indexed names.
    """
    contents: list[bytes | None] = [None] * count
    for fmt in mime.formats():
        head, _, index = fmt.rpartition(";index=")
        if index.isdigit() and int(index) < count and _windows_format_name(head) == "FileContents":
            contents[int(index)] = bytes(mime.data(fmt).data())
    plain = _windows_format(mime, "FileContents")
    if count and contents[0] is None and plain:
        contents[0] = bytes(mime.data(plain).data())
    return contents


def _windows_format_name(fmt: str) -> str:
    return fmt.rpartition('value="')[2].rstrip('"') if 'value="' in fmt else fmt


def read_drop(mime: QMimeData, *, sniff_files: bool = True, text_origin: str = "drop") -> DropContents:
    """What a drop (or the clipboard) holds; files are only sniffed (first 64 KB), data is copied in memory."""
    out = DropContents()
    fmt = _windows_format(mime, "FileGroupDescriptorW")
    if fmt and any(_windows_format_name(f).startswith("FileContents") for f in mime.formats()):
        names = outlook_names(bytes(mime.data(fmt).data())) or ["Outlook item"]
        for name, data in zip(names, outlook_contents(mime, len(names)), strict=True):
            if data is None:
                out.missing.append(name)
            else:
                _add_data(out, name, data)
        return out
    if mime.hasFormat(RFC822):
        _add_data(out, "dropped message", bytes(mime.data(RFC822).data()))
        return out
    for path in local_paths(mime):  # a folder opens as a list of its messages (gui/message_list.py)
        if path.is_dir() or (path.is_file() and (not sniff_files or _looks_like_message(_file_head(path)))):
            out.sources.append(Source(label=path.name, path=str(path)))
        else:
            out.refused.append(path.name or str(path))
    if mime.hasUrls() and not local_paths(mime):
        out.refused.append(mime.urls()[0].toString())
    if not mime.hasUrls() and mime.hasText():
        source, out.text_refused = text_source(mime.text(), text_origin)
        if source is not None:
            out.sources.append(source)
    return out


def _add_data(out: DropContents, name: str, data: bytes) -> None:
    if _looks_like_message(data):
        out.sources.append(Source(label=name, data=data))
    else:
        out.refused.append(name)


def clipboard_contents() -> DropContents:
    """What the clipboard holds, read as a drop: files, message data, Outlook items or message text."""
    mime = QGuiApplication.clipboard().mimeData()
    if mime is None:
        return DropContents(text_refused=QCoreApplication.translate("DropHandler", "The clipboard is empty."))
    contents = read_drop(mime, text_origin="clipboard")
    if not (contents.sources or contents.refused or contents.missing or contents.text_refused):
        contents.text_refused = QCoreApplication.translate(
            "Paste", "The clipboard holds nothing that could be a message."
        )
    return contents


def may_hold_message(mime: QMimeData) -> bool:
    return bool(
        mime.hasUrls() or mime.hasFormat(RFC822) or _windows_format(mime, "FileGroupDescriptorW") or mime.hasText()
    )


def refuse_drops_below(widget: QWidget) -> None:
    """Text fields and views accept drops of their own; turn that off so the window gets them."""
    widget.setAcceptDrops(False)
    for child in widget.findChildren(QWidget):
        child.setAcceptDrops(False)


class DropOverlay(QLabel):
    """A translucent sheet over the whole window while something is dragged over it."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("dropOverlay")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.hide()

    def show_state(self, text: str, *, refused: bool) -> None:
        colour = "rgba(192, 40, 40, 200)" if refused else "rgba(40, 100, 200, 190)"
        self.setStyleSheet(
            f"#dropOverlay {{ background: {colour}; color: white; font-size: 20pt; font-weight: 600;"
            " border: 3px dashed white; border-radius: 12px; margin: 12px; }"
        )
        self.setText(text)
        self.setGeometry(self.parentWidget().rect())
        self.raise_()
        self.show()


class DropHandler(QObject):
    """Event filter for a window: accepts drops anywhere on it and emits what to open."""

    sources_dropped = Signal(list)  # list[Source]
    drop_refused = Signal(object)  # DropContents: what was not opened, and why (`problems()`)

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.overlay = DropOverlay(window)
        window.setAcceptDrops(True)
        # Only on the window: an application-wide filter in Python crashes PySide when Qt sends
        # events to objects still being constructed (WebEngine does). Children give their drops
        # up instead (`refuse_drops_below`), so Qt hands every drop to the window.
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Resize and watched is self.window and self.overlay.isVisible():
            self.overlay.setGeometry(self.window.rect())
        if kind not in _DRAG_EVENTS or watched is not self.window:
            return False
        if kind == QEvent.Type.DragEnter:
            self._enter(event)  # type: ignore[arg-type]
            return True
        if kind == QEvent.Type.DragMove:
            event.setDropAction(Qt.DropAction.CopyAction)  # type: ignore[attr-defined]
            event.accept()
            return True
        if kind == QEvent.Type.DragLeave:
            self.overlay.hide()
            return True
        if kind == QEvent.Type.Drop:
            self._drop(event)  # type: ignore[arg-type]
        return True

    def _enter(self, event: QDragEnterEvent) -> None:
        mime = event.mimeData()
        if not may_hold_message(mime):
            event.ignore()
            return
        contents = read_drop(mime)
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()  # accepted even when refusing, so the overlay can say why
        if contents.sources:
            self.overlay.show_state(self.tr("Drop to inspect safely"), refused=False)
        elif contents.text_refused:
            self.overlay.show_state(contents.text_refused, refused=True)
        else:
            names = ", ".join(contents.refused[:3]) or self.tr("this item")
            self.overlay.show_state(self.tr("Not an email message: {names}").format(names=names), refused=True)

    def _drop(self, event: QDropEvent) -> None:
        self.overlay.hide()
        event.setDropAction(Qt.DropAction.CopyAction)
        contents = read_drop(event.mimeData())
        if not contents.sources and not contents.problems():
            event.ignore()
            return
        event.accept()
        if contents.sources:
            self.sources_dropped.emit(contents.sources)
        if contents.problems():
            self.drop_refused.emit(contents)
