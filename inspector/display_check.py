"""Before Qt starts on Linux: can it open a window here? If not, one plain sentence with the fix.

Without a system library its X11 plugin needs, Qt prints several lines about "platform plugins"
and aborts; with no display at all it fails the same way. We try to load the same libraries first
(ctypes, no Qt) and name the Debian packages that provide the missing ones.
"""

from __future__ import annotations

import ctypes
import os
import shutil
import sys
from collections.abc import Callable, Mapping
from pathlib import Path

# Loaded by Qt's Gui library whatever the platform plugin: library -> Debian package.
GUI_LIBS = {
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libdbus-1.so.3": "libdbus-1-3",
}
# Loaded by the xcb (X11) platform plugin, libqxcb.so, through libQt6XcbQpa.
XCB_LIBS = {
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
}


def loads(name: str) -> bool:
    """Whether the dynamic loader finds and accepts `name` (the frozen app's own copy first)."""
    bundled = Path(getattr(sys, "_MEIPASS", "")) / name
    try:
        ctypes.CDLL(str(bundled) if getattr(sys, "_MEIPASS", None) and bundled.exists() else name)
    except OSError:
        return False
    return True


def window_problem(
    env: Mapping[str, str] = os.environ,
    platform: str = sys.platform,
    load: Callable[[str], bool] = loads,
    apt: bool | None = None,
) -> str | None:
    """Why Qt could not open a window here, as one sentence with the command that fixes it; None if it can."""
    if not platform.startswith("linux") or env.get("EMAIL_INSPECTOR_SKIP_LIB_CHECK") == "1":
        return None
    qpa = env.get("QT_QPA_PLATFORM", "")
    wants_xcb = qpa.startswith("xcb") or (not qpa and not env.get("WAYLAND_DISPLAY"))
    needed = {**GUI_LIBS, **(XCB_LIBS if wants_xcb else {})}
    missing = [name for name in needed if not load(name)]
    if missing:
        packages = " ".join(dict.fromkeys(needed[name] for name in missing))
        apt = bool(shutil.which("apt-get")) if apt is None else apt
        fix = f"sudo apt install {packages}" if apt else f"install the package that provides {missing[0]}"
        return (
            f"The window cannot open: the system library {missing[0]} is missing"
            f"{f' (and {len(missing) - 1} more)' if len(missing) > 1 else ''}; to fix it, run: {fix}"
        )
    if wants_xcb and not env.get("DISPLAY"):
        return (
            "The window cannot open: there is no graphical display here (DISPLAY is not set); "
            "run it in a desktop session, or use `email-inspector scan FILE` for a text report."
        )
    return None
