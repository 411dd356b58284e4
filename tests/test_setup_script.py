"""scripts/setup.sh in --dry-run on a machine that lacks every package (issue 25, item 1).

dpkg, apt-get, sudo and id are replaced by stand-ins on PATH: dpkg knows no package, id says a
normal user, and apt-get/sudo record a call, which a dry run must never make.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.skipif(not shutil.which("bash"), reason="needs bash")


def stand_ins(folder: Path, *, user_id: int, with_sudo: bool = True) -> dict[str, str]:
    bin_dir = folder / "bin"
    bin_dir.mkdir()
    scripts = {"dpkg": "exit 1", "id": f"echo {user_id}", "apt-get": f"touch {folder}/apt-called"}
    if with_sudo:
        scripts["sudo"] = f"touch {folder}/sudo-called"
    for name, body in scripts.items():
        (bin_dir / name).write_text(f"#!/bin/sh\n{body}\n")
        (bin_dir / name).chmod(0o755)
    return dict(os.environ, PATH=f"{bin_dir}:{os.environ['PATH']}")


def dry_run(env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["bash", str(ROOT / "scripts" / "setup.sh"), "--dry-run"], env=env, capture_output=True, text=True, timeout=60
    )


def test_a_normal_user_gets_the_apt_commands_through_sudo_and_nothing_runs(tmp_path: Path) -> None:
    done = dry_run(stand_ins(tmp_path, user_id=1000))
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    install = next(line for line in lines if "apt-get install" in line)
    assert install.startswith("would run: sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y")
    for package in ("python3-venv", "libxcb-cursor0", "libegl1", "fonts-noto-cjk", "fonts-noto-color-emoji"):
        assert f" {package}" in install
    for test_only in ("chromium", "poppler-utils", "gcc"):
        assert f" {test_only}" not in install
    assert "would run: sudo apt-get update -qq" in lines
    assert any(line.startswith("would run: .venv/bin/python -m pip install") for line in lines)
    assert lines[-1] == "would run: .venv/bin/email-inspector"
    assert not (tmp_path / "apt-called").exists() and not (tmp_path / "sudo-called").exists()


def test_root_needs_no_sudo(tmp_path: Path) -> None:
    done = dry_run(stand_ins(tmp_path, user_id=0))
    install = next(line for line in done.stdout.splitlines() if "apt-get install" in line)
    assert install.startswith("would run: env DEBIAN_FRONTEND=noninteractive apt-get install")


@pytest.mark.skipif(bool(shutil.which("sudo")), reason="sudo is installed here: it cannot be hidden from PATH")
def test_without_root_or_sudo_it_says_what_to_run_as_root(tmp_path: Path) -> None:
    done = dry_run(stand_ins(tmp_path, user_id=1000, with_sudo=False))
    assert done.returncode == 1
    assert "Install them as root" in done.stderr and "libxcb-cursor0" in done.stderr
