"""Drag and drop: files, `message/rfc822` data and Outlook's virtual files, read as copies.

Drops are read-only copies: the action is forced to CopyAction, paths lose their NULs, the
format is sniffed from the bytes, and the handler only collects what to open (the heavy work
happens later, off the GUI thread).
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QEvent, QMimeData, QObject, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QLabel, QWidget

from inspector.sources import Source

RFC822 = "message/rfc822"
_DESCRIPTOR_SIZE = 592  # sizeof(FILEDESCRIPTORW)
_NAME_OFFSET = 72  # cFileName follows flags, clsid, sizel, pointl, attributes, 3 FILETIMEs, 2 size DWORDs
_SNIFF_BYTES = 64 * 1024
_DRAG_EVENTS = {QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.DragLeave, QEvent.Type.Drop}


@dataclass
class DropContents:
    sources: list[Source] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)  # names of things that are not messages


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


def read_drop(mime: QMimeData, *, sniff_files: bool = True) -> DropContents:
    """What a drop holds; files are only sniffed (first 64 KB), message data is copied in memory."""
    out = DropContents()
    fmt = _windows_format(mime, "FileGroupDescriptorW")
    contents_fmt = _windows_format(mime, "FileContents")
    if fmt and contents_fmt:
        names = outlook_names(bytes(mime.data(fmt).data())) or ["Outlook item"]
        data = bytes(mime.data(contents_fmt).data())
        _add_data(out, names[0], data)
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
    return out


def _add_data(out: DropContents, name: str, data: bytes) -> None:
    if _looks_like_message(data):
        out.sources.append(Source(label=name, data=data))
    else:
        out.refused.append(name)


def may_hold_message(mime: QMimeData) -> bool:
    return bool(mime.hasUrls() or mime.hasFormat(RFC822) or _windows_format(mime, "FileGroupDescriptorW"))


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
    drop_refused = Signal(list)  # list[str] names

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
        else:
            names = ", ".join(contents.refused[:3]) or self.tr("this item")
            self.overlay.show_state(self.tr("Not an email message: {names}").format(names=names), refused=True)

    def _drop(self, event: QDropEvent) -> None:
        self.overlay.hide()
        event.setDropAction(Qt.DropAction.CopyAction)
        contents = read_drop(event.mimeData())
        if not contents.sources and not contents.refused:
            event.ignore()
            return
        event.accept()
        if contents.sources:
            self.sources_dropped.emit(contents.sources)
        if contents.refused:
            self.drop_refused.emit(contents.refused)
