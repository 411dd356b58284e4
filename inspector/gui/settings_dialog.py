"""Settings: your own domains, whose authentication results to trust, the local sender history, theme, language.

Stored with QSettings (preferences.py). What is set here wins over the environment variables; an empty
field leaves the environment's value in force, and the field shows it as a hint.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from inspector.analysis.sender.settings import ENV_HISTORY_DIR, ENV_OWN_DOMAINS, ENV_TRUSTED_AUTHSERV

from .i18n import LANGUAGES
from .preferences import THEMES, Preferences, default_history_dir
from .theme import apply_theme


class SettingsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, preferences: Preferences | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.preferences = preferences or Preferences.load()
        self.own_domains = QLineEdit(self)
        self.own_domains_label = QLabel(self)
        self.own_domains_label.setBuddy(self.own_domains)
        self.authserv = QLineEdit(self)
        self.authserv_label = QLabel(self)
        self.authserv_label.setBuddy(self.authserv)
        self.history = QCheckBox(self)
        self.history_dir = QLineEdit(self)
        self.history_dir_label = QLabel(self)
        self.history_dir_label.setBuddy(self.history_dir)
        self.browse = QPushButton(self)
        self.browse.clicked.connect(self._browse)
        self.history.toggled.connect(self._history_toggled)
        self.theme = QComboBox(self)
        self.theme_label = QLabel(self)
        self.theme_label.setBuddy(self.theme)
        self.language = QComboBox(self)
        self.language_label = QLabel(self)
        self.language_label.setBuddy(self.language)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        folder = QHBoxLayout()
        folder.addWidget(self.history_dir, 1)
        folder.addWidget(self.browse)
        form = QFormLayout()
        form.addRow(self.own_domains_label, self.own_domains)
        form.addRow(self.authserv_label, self.authserv)
        form.addRow(self.history)  # the whole width: its sentence is long in French
        form.addRow(self.history_dir_label, folder)
        form.addRow(self.theme_label, self.theme)
        form.addRow(self.language_label, self.language)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, parent=self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self.retranslate()
        self._fill()
        self.setMinimumWidth(560)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        self.own_domains_label.setText(self.tr("Your organisation's mail &domains:"))
        self.own_domains.setToolTip(
            self.tr("For example parliament.example, comma-separated. Look-alikes of these are flagged.")
        )
        self.authserv_label.setText(self.tr("Your mail &servers (authserv-ids):"))
        self.authserv.setToolTip(
            self.tr(
                "The names your own mail servers write in Authentication-Results, e.g. mx.parliament.example. "
                "Empty: found from the Received lines."
            )
        )
        self.history.setText(self.tr("&Remember senders, to warn when someone writes for the first time"))
        self.history.setToolTip(self.tr("Only addresses and counts are kept, on this computer; no message text."))
        self.history_dir_label.setText(self.tr("History &folder:"))
        self.history_dir.setPlaceholderText(default_history_dir())
        self.browse.setText(self.tr("&Browse…"))
        self.theme_label.setText(self.tr("&Theme:"))
        self.language_label.setText(self.tr("&Language:"))
        self.note.setText(
            self.tr(
                "What you set here wins over the environment variables ({variables}); an empty field keeps "
                "their value. The command line has the same settings as options (email-inspector scan --help)."
            ).format(variables=", ".join((ENV_OWN_DOMAINS, ENV_TRUSTED_AUTHSERV, ENV_HISTORY_DIR)))
        )
        themes = {"system": self.tr("As the system"), "light": self.tr("Light"), "dark": self.tr("Dark")}
        _set_items(self.theme, [(themes[t], t) for t in THEMES])
        _set_items(self.language, [(self.tr("System language"), ""), *((n, c) for c, n in LANGUAGES.items())])
        self._environment_hints()

    def _environment_hints(self) -> None:
        for field, variable in ((self.own_domains, ENV_OWN_DOMAINS), (self.authserv, ENV_TRUSTED_AUTHSERV)):
            value = os.environ.get(variable, "").strip()
            field.setPlaceholderText(self.tr("from {variable}: {value}").format(variable=variable, value=value))
            if not value:
                field.setPlaceholderText(self.tr("none"))

    def _fill(self) -> None:
        prefs = self.preferences
        self.own_domains.setText(prefs.own_domains)
        self.authserv.setText(prefs.trusted_authserv_ids)
        env_history = os.environ.get(ENV_HISTORY_DIR, "").strip()
        on = prefs.history == "on" or (prefs.history == "" and bool(env_history))
        self.history.setChecked(on)
        self.history_dir.setText(prefs.history_dir or (env_history if prefs.history == "" else ""))
        self._history_toggled(on)
        self.theme.setCurrentIndex(max(self.theme.findData(prefs.theme), 0))
        self.language.setCurrentIndex(max(self.language.findData(prefs.language), 0))

    def _history_toggled(self, on: bool) -> None:
        self.history_dir.setEnabled(on)
        self.browse.setEnabled(on)

    def _browse(self) -> None:
        start = self.history_dir.text() or default_history_dir()
        folder = QFileDialog.getExistingDirectory(self, self.tr("Sender history folder"), start)
        if folder:
            self.history_dir.setText(folder)

    def chosen(self) -> Preferences:
        return Preferences(
            own_domains=self.own_domains.text().strip(),
            trusted_authserv_ids=self.authserv.text().strip(),
            history="on" if self.history.isChecked() else "off",
            history_dir=self.history_dir.text().strip(),
            theme=str(self.theme.currentData() or "system"),
            language=str(self.language.currentData() or ""),
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _set_items(combo: QComboBox, items: list[tuple[str, str]]) -> None:
    """Refill a combo box with (label, data) pairs, keeping the chosen data."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    for label, data in items:
        combo.addItem(label, data)
    combo.setCurrentIndex(max(combo.findData(current), 0) if current is not None else 0)
    combo.blockSignals(False)


def apply_preferences(window: QWidget, prefs: Preferences) -> None:
    """Store and use the chosen settings: analyses opened from now on, the colours, the language."""
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415

    language_changed = Preferences.load().language != prefs.language
    prefs.save()
    prefs.apply()
    app = QApplication.instance()
    if isinstance(app, QApplication):
        apply_theme(app, prefs.theme)
    choose = getattr(window, "choose_language", None)
    if choose is not None and language_changed:
        choose(prefs.language)


def open_settings(window: QWidget) -> bool:
    """The Settings dialog from the menu; True when the settings were changed."""
    dialog = SettingsDialog(window)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    apply_preferences(window, dialog.chosen())
    return True
