"""A fresh machine gets one sentence with the fix, never Qt's page about platform plugins (issue 25, item 1).

The missing library is real for the loader: an empty file named libxcb-cursor.so.0 first on
LD_LIBRARY_PATH makes every dlopen of it fail ("file too short"), Qt's included, exactly as when
the package is not installed.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from inspector.display_check import GUI_LIBS, XCB_LIBS, window_problem

ROOT = Path(__file__).resolve().parent.parent
linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux loader")


def hiding(tmp_path: Path, name: str) -> dict[str, str]:
    (tmp_path / name).write_bytes(b"")
    env = {k: v for k, v in os.environ.items() if k not in ("EMAIL_INSPECTOR_SKIP_LIB_CHECK", "WAYLAND_DISPLAY")}
    env.update(LD_LIBRARY_PATH=str(tmp_path), QT_QPA_PLATFORM="xcb", DISPLAY=":99", PYTHONPATH=str(ROOT))
    env.update(HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "config"))
    return env


def start_window(env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "inspector"], env=env, capture_output=True, text=True, timeout=120, cwd=ROOT
    )


@linux_only
def test_a_missing_xcb_library_gives_one_sentence_with_the_apt_command(tmp_path: Path) -> None:
    done = start_window(hiding(tmp_path, "libxcb-cursor.so.0"))
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert "libxcb-cursor.so.0 is missing" in lines[0] and "sudo apt install libxcb-cursor0" in lines[0]
    assert "qt.qpa" not in done.stderr and "platform plugin" not in done.stderr


@linux_only
def test_the_hidden_library_really_stops_qt_without_the_check(tmp_path: Path) -> None:
    """The control: the same hiding with the check turned off gets Qt's own failure."""
    env = hiding(tmp_path, "libxcb-cursor.so.0")
    env["EMAIL_INSPECTOR_SKIP_LIB_CHECK"] = "1"
    done = start_window(env)
    assert done.returncode != 0
    assert "xcb-cursor0" in done.stderr and "platform plugin" in done.stderr


def every_library_loads(name: str) -> bool:
    return True


def test_no_display_is_said_plainly() -> None:
    problem = window_problem({}, "linux", every_library_loads)
    assert problem and "no graphical display" in problem and "scan FILE" in problem
    assert window_problem({"DISPLAY": ":0"}, "linux", every_library_loads) is None
    assert window_problem({"WAYLAND_DISPLAY": "wayland-0"}, "linux", every_library_loads) is None
    assert window_problem({"QT_QPA_PLATFORM": "offscreen"}, "linux", every_library_loads) is None


def test_every_missing_library_is_counted_and_its_package_named() -> None:
    missing = {"libEGL.so.1", "libxcb-icccm.so.4", "libxcb-keysyms.so.1"}
    problem = window_problem({"DISPLAY": ":0"}, "linux", lambda name: name not in missing, apt=True)
    assert problem and "libEGL.so.1 is missing (and 2 more)" in problem
    assert "sudo apt install libegl1 libxcb-icccm4 libxcb-keysyms1" in problem
    other = window_problem({"DISPLAY": ":0"}, "linux", lambda name: name not in missing, apt=False)
    assert other and other.endswith("install the package that provides libEGL.so.1")


def test_wayland_and_offscreen_need_no_xcb_library_and_other_systems_are_left_alone() -> None:
    no_xcb = lambda name: name not in XCB_LIBS  # noqa: E731
    assert window_problem({"WAYLAND_DISPLAY": "wayland-0"}, "linux", no_xcb) is None
    assert window_problem({"QT_QPA_PLATFORM": "offscreen"}, "linux", no_xcb) is None
    assert window_problem({}, "darwin", lambda name: False) is None
    assert window_problem({}, "win32", lambda name: False) is None


def test_every_package_named_is_in_the_shared_debian_list() -> None:
    listed = {
        line.split()[0]
        for line in (ROOT / "scripts" / "debian-packages.txt").read_text().splitlines()
        if line.strip() and not line.startswith("#")
    }
    assert set(GUI_LIBS.values()) | set(XCB_LIBS.values()) <= listed
