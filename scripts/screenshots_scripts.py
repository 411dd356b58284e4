"""Screenshots of messages in other scripts: Chinese, Japanese, Arabic (right to left), emoji.

    .venv/bin/python scripts/screenshots_scripts.py [--out docs/screenshots]

Each message is made up here, in the charset such mail really uses (GB2312, ISO-2022-JP,
windows-1256, UTF-8), and opened with `email-inspector FILE --screenshot` in its own process
(offscreen, fresh settings). Needs the Noto CJK and emoji fonts (scripts/debian-packages.txt) to be
truthful. The last picture hides every font but DejaVu Sans (as on a minimal Debian) to show the
one-line notice that names the missing fonts.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from email.message import EmailMessage
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


def message(sender: str, subject: str, text: str, html: str, charset: str) -> bytes:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "reader@parliament.example"
    msg["Subject"] = subject
    msg["Date"] = "Tue, 25 Nov 2025 09:00:00 +0100"
    msg["Message-ID"] = f"<{charset}-sample@news.example>"
    msg.set_content(text, charset=charset)
    msg.add_alternative(html, subtype="html", charset=charset)
    return bytes(msg)


MESSAGES = {
    "scripts-chinese": message(
        "新闻中心 <news@xinwen.example>",
        "今日要闻：议会通过新的媒体法",
        "各位读者：\n\n议会今天以多数票通过了新的媒体法。\n\n新闻中心",
        "<p>各位读者：</p><p>议会今天以多数票通过了新的<b>媒体法</b>。</p><p>新闻中心</p>",
        "gb2312",
    ),
    "scripts-japanese": message(
        "ニュース配信 <news@nyusu.example>",
        "本日のニュース：国会で新しいメディア法が可決されました",
        "読者の皆様\n\n本日、国会で新しいメディア法が可決されました。\n\nニュース配信",
        "<p>読者の皆様</p><p>本日、国会で新しい<b>メディア法</b>が可決されました。</p><p>ニュース配信</p>",
        "iso-2022-jp",
    ),
    "scripts-arabic": message(
        "مركز الأخبار <news@akhbar.example>",
        "أخبار اليوم: البرلمان يقر قانون الإعلام الجديد",
        "أعزاءنا القراء،\n\nأقر البرلمان اليوم قانون الإعلام الجديد بالأغلبية.\n\nمركز الأخبار",
        '<div dir="rtl"><p>أعزاءنا القراء،</p><p>أقر البرلمان اليوم <b>قانون الإعلام</b> الجديد بالأغلبية.</p>'
        "<p>مركز الأخبار</p></div>",
        "windows-1256",
    ),
    "scripts-emoji": message(
        "Party Team 🎉 <party@events.example>",
        "🎉🥳 You're invited! 🍰🎈 Saturday at 8 🕗",
        "Hi 👋\n\nBring snacks 🍕🍩 and good vibes ✨💃🕺\n\nSee you 😀👍",
        "<p>Hi 👋</p><p>Bring snacks 🍕🍩🧁 and good vibes ✨💃🕺</p><p style='font-size:28px'>🎂🎁🎊🌈🔥❤️👨‍👩‍👧</p>"
        "<p>See you 😀👍</p>",
        "utf-8",
    ),
}


def shoot(files: list[Path], target: Path, env_extra: dict[str, str]) -> int:
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=home, XDG_CONFIG_HOME=str(Path(home) / "config"))
        env.update(LANG="C.UTF-8", LC_ALL="", LANGUAGE="", EMAIL_INSPECTOR_NO_EXCEPTHOOK="1", **env_extra)
        command = [sys.executable, "-m", "inspector", *map(str, files), "--screenshot", str(target)]
        done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
        if done.returncode != 0:
            print(done.stderr, file=sys.stderr)
        return done.returncode


def dejavu_only(folder: Path) -> dict[str, str]:
    """A fontconfig setup that sees only DejaVu Sans: what a minimal Debian draws with."""
    fonts = folder / "fonts"
    fonts.mkdir()
    shutil.copy(DEJAVU, fonts)
    conf = folder / "fonts.conf"
    conf.write_text(f"<fontconfig><dir>{fonts}</dir><cachedir>{folder}/cache</cachedir></fontconfig>")
    return {"FONTCONFIG_FILE": str(conf)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    failures = 0
    with tempfile.TemporaryDirectory() as work:
        folder = Path(work)
        for name, data in MESSAGES.items():
            path = folder / f"{name}.eml"
            path.write_bytes(data)
            code = shoot([path], args.out / f"{name}.png", {})
            print(f"{name}: {'ok' if code == 0 else f'exit {code}'}")
            failures += code != 0
        if DEJAVU.exists():
            code = shoot([folder / "scripts-chinese.eml"], args.out / "scripts-no-cjk-font.png", dejavu_only(folder))
            print(f"scripts-no-cjk-font: {'ok' if code == 0 else f'exit {code}'}")
            failures += code != 0
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
