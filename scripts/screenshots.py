"""Save PNGs of the window's main states to out/ by running `email-inspector --screenshot` for each.

    .venv/bin/python scripts/screenshots.py [--engine textbrowser|webengine|auto] [--out DIR]

States: the empty window, a clean message, the bundled demo (tracking pixel and a spoofed news
outlet), a broken file, the demo in French and in Dutch. Each runs in its own process with fresh
settings and offscreen Qt, exactly as a user's `--screenshot` would, so what you see is what
they get. Nothing is fetched: the messages only name hosts under the reserved .example TLD.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from email.message import EmailMessage
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEMO = ROOT / "resources" / "demo" / "demo-phish.eml"


def clean_message() -> bytes:
    msg = EmailMessage()
    msg["Return-Path"] = "<secretariat@committee.example>"
    msg["Received"] = (
        "from mail.committee.example by mx1.parliament.example with ESMTPS id 99AA; Tue, 25 Nov 2025 09:00:03 +0100"
    )
    msg["Authentication-Results"] = (
        "mx1.parliament.example; spf=pass smtp.mailfrom=committee.example; "
        "dkim=pass header.d=committee.example; dmarc=pass header.from=committee.example"
    )
    msg["From"] = "Committee Secretariat <secretariat@committee.example>"
    msg["To"] = "Anne Dupont <a.dupont@parliament.example>"
    msg["Subject"] = "Agenda for Thursday's committee meeting"
    msg["Date"] = "Tue, 25 Nov 2025 09:00:00 +0100"
    msg["Message-ID"] = "<agenda-2025-11-27@committee.example>"
    text = "Dear Member,\n\nThursday's agenda:\n1. Minutes\n2. Media law, second reading\n3. Any other business\n"
    msg.set_content(text)
    msg.add_alternative(
        "<html><body style='font-family:sans-serif'><p>Dear Member,</p><p>Thursday's agenda:</p>"
        "<ol><li>Minutes</li><li>Media law, second reading</li><li>Any other business</li></ol>"
        "<p>Kind regards,<br>The Secretariat</p></body></html>",
        subtype="html",
    )
    return bytes(msg)


def shoot(name: str, files: list[Path], out: Path, *, engine: str, lang: str = "C.UTF-8") -> tuple[int, str]:
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=home, XDG_CONFIG_HOME=str(Path(home) / "config"))
        env.update(LANG=lang, LC_ALL="", LANGUAGE="", EMAIL_INSPECTOR_NO_EXCEPTHOOK="1")
        if engine != "auto":
            env["EMAIL_INSPECTOR_ENGINE"] = engine
        target = out / f"{name}.png"
        command = [sys.executable, "-m", "inspector", *map(str, files), "--screenshot", str(target)]
        done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=180)
        return done.returncode, str(target)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--engine", default="auto", choices=("auto", "textbrowser", "webengine"))
    parser.add_argument("--out", default=str(ROOT / "out"))
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    clean = out / "clean-agenda.eml"
    clean.write_bytes(clean_message())
    broken = out / "holiday-photo.eml"
    broken.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(200))
    states = [
        ("empty", [], "C.UTF-8", 0),
        ("clean", [clean], "C.UTF-8", 0),
        ("beacons-spoofing", [DEMO], "C.UTF-8", 0),
        ("broken", [broken], "C.UTF-8", 1),
        ("demo-fr", [DEMO], "fr_BE.UTF-8", 0),
        ("demo-nl", [DEMO], "nl_BE.UTF-8", 0),
    ]
    status = 0
    for name, files, lang, expected in states:
        code, path = shoot(name, files, out, engine=args.engine, lang=lang)
        ok = code == expected and Path(path).is_file()
        print(f"{'ok ' if ok else 'BAD'} {path} (exit {code})")
        status |= not ok
    return status


if __name__ == "__main__":
    sys.exit(main())
