"""Pictures of the desktop window for issue 25: languages, themes, window sizes, the sender card, Settings.

    PYTHONPATH=. .venv/bin/python scripts/screenshots_desktop.py [--out docs/screenshots] [--engine webengine]

Offscreen Qt, fresh settings in a temporary folder, nothing fetched: the messages are the bundled demo
(hosts under .example) and a made-up message with two From lines signed by a third party
(tests/sender_builders.py builds it; invented .be names, no real organisation).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEMO = ROOT / "resources" / "demo" / "demo-phish.eml"
LANGUAGES = ("en", "fr", "nl")
THEMES = ("light", "dark")
SIZES = ((1024, 640), (1920, 1080))


def two_from_message() -> bytes:
    sys.path.insert(0, str(ROOT / "tests"))
    from sender_builders import two_from_message as build  # noqa: PLC0415 - the test suite's builder

    return build(subject="Facture en attente – marché 2025/114")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    parser.add_argument("--engine", choices=("webengine", "textbrowser"), default="webengine")
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["EMAIL_INSPECTOR_ENGINE"] = args.engine
    os.environ["EMAIL_INSPECTOR_NO_SINGLE_INSTANCE"] = "1"
    work = Path(tempfile.mkdtemp(prefix="ei-shots-"))
    from PySide6.QtCore import QSettings  # noqa: PLC0415

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(work / "settings"))
    two_from = work / "two-from-lines.eml"
    two_from.write_bytes(two_from_message())
    from inspector.gui.app import make_app  # noqa: PLC0415
    from inspector.gui.main_window import MainWindow  # noqa: PLC0415
    from inspector.gui.settings_dialog import SettingsDialog  # noqa: PLC0415
    from inspector.gui.theme import apply_theme  # noqa: PLC0415

    app, translations = make_app()
    saved: list[Path] = []

    def window_with(path: Path, size: tuple[int, int]) -> MainWindow:
        window = MainWindow(translations)
        window.resize(*size)
        window.show()
        window.open_paths([str(path)])
        deadline = 600
        while not window.all_ready() and deadline:
            app.processEvents()
            from PySide6.QtCore import QThread  # noqa: PLC0415

            QThread.msleep(100)
            deadline -= 1
        for _ in range(30):  # the safe view paints after it reports loaded
            app.processEvents()
            QThread.msleep(20)
        return window

    for theme in THEMES:
        apply_theme(app, theme)
        for code in LANGUAGES:
            translations.apply(code)
            for width, height in SIZES:
                window = window_with(DEMO, (width, height))
                target = out / f"window-{code}-{theme}-{width}x{height}.png"
                if (window.width(), window.height()) != (width, height):  # a minimum size forced it larger
                    print(f"{target.name}: the window is {window.width()}x{window.height()}", file=sys.stderr)
                window.grab().save(str(target))
                saved.append(target)
                window.close()
                window.deleteLater()
    apply_theme(app, "light")
    for code in LANGUAGES:
        translations.apply(code)
        window = window_with(two_from, (1280, 800))
        target = out / f"two-from-lines-window-{code}.png"
        window.grab().save(str(target))
        card = window.current_tab().content.sender_card
        card_target = out / f"two-from-lines-card-{code}.png"
        card.grab().save(str(card_target))
        saved += [target, card_target]
        dialog = SettingsDialog(window)
        dialog.show()
        app.processEvents()
        settings_target = out / f"settings-dialog-{code}.png"
        dialog.grab().save(str(settings_target))
        saved.append(settings_target)
        dialog.close()
        window.close()
    for path in saved:
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
