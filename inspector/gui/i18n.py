"""Languages: English source strings, French and Dutch translations; follows the system locale."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from inspector.resources import resource_path
from inspector.texts import translate

from .settings import settings

LANGUAGES = {"en": "English", "fr": "Français", "nl": "Nederlands"}
FINDINGS_CONTEXT = "Findings"  # the catalogue scripts/i18n_findings.py writes for the core's texts


def core_text(text: str) -> str:
    """A text written by the analysis core (finding, verdict) in the window's language."""
    return translate(text, lambda template: QCoreApplication.translate(FINDINGS_CONTEXT, template))


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
            for catalogue in ("inspector", "findings"):
                ours = QTranslator(self.app)
                if ours.load(str(resource_path(f"i18n/{catalogue}_{code}.qm"))):
                    self.installed.append(ours)
                else:
                    ok = False
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
