"""Languages: English source strings, French and Dutch translations; follows the system locale."""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from inspector.resources import resource_path

from .settings import settings

LANGUAGES = {"en": "English", "fr": "Français", "nl": "Nederlands"}


def system_language() -> str:
    for name in QLocale.system().uiLanguages():
        code = name[:2].lower()
        if code in LANGUAGES:
            return code
    return "en"


def chosen_language() -> str:
    """The language picked in the menu, or "" to follow the system."""
    value = str(settings().value("language", "") or "")
    return value if value in LANGUAGES else ""


class Translations:
    """Installs our .qm and Qt's own (for standard dialogs); Qt then sends LanguageChange to every widget."""

    def __init__(self, app: QApplication) -> None:
        self.app = app
        self.installed: list[QTranslator] = []
        self.current = "en"

    def apply(self, code: str) -> bool:
        code = code if code in LANGUAGES else "en"
        for translator in self.installed:
            self.app.removeTranslator(translator)
        self.installed = []
        ok = True
        if code != "en":
            ours = QTranslator(self.app)
            ok = ours.load(str(resource_path(f"i18n/inspector_{code}.qm")))
            if ok:
                self.installed.append(ours)
            qt = QTranslator(self.app)
            if qt.load(f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
                self.installed.append(qt)
        for translator in self.installed:
            self.app.installTranslator(translator)
        QLocale.setDefault(QLocale(code))
        self.current = code
        return ok

    def choose(self, code: str) -> bool:
        """From the menu: remember the choice ("" means follow the system) and apply it."""
        settings().setValue("language", code)
        return self.apply(code or system_language())
