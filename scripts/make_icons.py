"""Make every app icon from the one source, resources/icons/app.svg.

Writes app-<n>.png (Linux hicolor sizes), app.ico (Windows) and app.icns (macOS). Both
containers simply hold PNG images, so no imaging library is needed beyond Qt's SVG renderer.
Run after changing app.svg: `.venv/bin/python scripts/make_icons.py`.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
PNG_SIZES = (16, 32, 48, 64, 128, 256)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_TYPES = {16: b"icp4", 32: b"icp5", 64: b"icp6", 128: b"ic07", 256: b"ic08", 512: b"ic09", 1024: b"ic10"}


def render_png(renderer: QSvgRenderer, size: int) -> bytes:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    buffer = QBuffer(data := QByteArray())
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def ico(images: dict[int, bytes]) -> bytes:
    """ICONDIR + ICONDIRENTRYs + PNG payloads (PNG entries are valid since Windows Vista)."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = 6 + 16 * len(images)
    entries, payload = b"", b""
    for size, png in images.items():
        dim = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(png), offset + len(payload))
        payload += png
    return header + entries + payload


def icns(images: dict[int, bytes]) -> bytes:
    body = b"".join(ICNS_TYPES[size] + struct.pack(">I", len(png) + 8) + png for size, png in images.items())
    return b"icns" + struct.pack(">I", len(body) + 8) + body


def main() -> int:
    QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(ICONS / "app.svg"))
    if not renderer.isValid():
        print("app.svg could not be read", file=sys.stderr)
        return 1
    for size in PNG_SIZES:
        (ICONS / f"app-{size}.png").write_bytes(render_png(renderer, size))
    (ICONS / "app.ico").write_bytes(ico({s: render_png(renderer, s) for s in ICO_SIZES}))
    (ICONS / "app.icns").write_bytes(icns({s: render_png(renderer, s) for s in ICNS_TYPES}))
    print(f"wrote {len(PNG_SIZES)} PNGs, app.ico and app.icns in {ICONS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
