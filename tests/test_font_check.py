"""Text the installed fonts cannot draw is announced in one line, with the fix (issue 25, item 2).

Fonts are chosen per process by fontconfig, so the "no CJK font" case runs in a child process whose
FONTCONFIG_FILE lists only a folder holding DejaVu Sans (what a minimal Debian has).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from email.message import EmailMessage
from pathlib import Path

import pytest

from inspector.gui import font_check

ROOT = Path(__file__).resolve().parent.parent
DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")

CHILD = """
import sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
from inspector.parsing import load
from inspector.gui.font_check import FontNotice
notice = FontNotice()
notice.check(load(sys.argv[1]))
print(notice.label.text() if notice.groups else "NOTHING")
"""


def cjk_message(path: Path) -> Path:
    msg = EmailMessage()
    msg["From"] = "新闻中心 <news@example.cn>"
    msg["To"] = "reader@example.org"
    msg["Subject"] = "今日要闻：日本語のニュースもあります 🎉"
    msg.set_content("您好，这是一封测试邮件。\nこんにちは。\n👍😀\n")
    path.write_bytes(bytes(msg))
    return path


def run_child(message: Path, env: dict[str, str]) -> str:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT), **env)
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(message)], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip().splitlines()[-1]


@pytest.mark.skipif(not sys.platform.startswith("linux") or not DEJAVU.exists(), reason="needs fontconfig + DejaVu")
def test_without_a_cjk_font_the_tab_says_so_with_the_apt_command(tmp_path: Path) -> None:
    fonts = tmp_path / "fonts"
    fonts.mkdir()
    shutil.copy(DEJAVU, fonts)
    conf = tmp_path / "fonts.conf"
    conf.write_text(
        f'<?xml version="1.0"?><fontconfig><dir>{fonts}</dir><cachedir>{tmp_path / "cache"}</cachedir></fontconfig>'
    )
    text = run_child(cjk_message(tmp_path / "cjk.eml"), {"FONTCONFIG_FILE": str(conf)})
    assert "Chinese, Japanese or Korean" in text and "emoji" in text
    assert "sudo apt install fonts-noto-cjk fonts-noto-color-emoji" in text


def installed(family_word: str) -> bool:
    fc_list = shutil.which("fc-list")
    return bool(fc_list) and family_word in subprocess.run([fc_list], capture_output=True, text=True).stdout


@pytest.mark.skipif(
    not (installed("Noto Sans CJK") and installed("Noto Color Emoji")), reason="fonts-noto-cjk/-color-emoji missing"
)
def test_with_the_noto_fonts_installed_nothing_is_said(tmp_path: Path) -> None:
    assert run_child(cjk_message(tmp_path / "cjk.eml"), {}) == "NOTHING"


def test_sample_groups_distinct_characters_and_skips_ascii_and_marks() -> None:
    groups = font_check.sample(["Hello 中中文 😀😀 Привет \u200d\ufe0f", "مرحبا"])
    assert groups[font_check.CJK] == "中文"
    assert groups[font_check.EMOJI] == "😀"
    assert set(groups[font_check.OTHER]) == set("Приветمرحبا")


def test_advice_names_the_fix_for_each_platform(qapp) -> None:
    linux = font_check.advice([font_check.EMOJI], "linux")
    assert linux.endswith("sudo apt install fonts-noto-color-emoji") and "emoji" in linux
    assert font_check.advice([font_check.OTHER, font_check.CJK], "linux").endswith("fonts-noto-cjk fonts-noto-core")
    assert "Font Book" in font_check.advice([font_check.CJK], "darwin")
    assert "Settings" in font_check.advice([font_check.OTHER], "win32")
    assert font_check.advice([], "linux") == ""
