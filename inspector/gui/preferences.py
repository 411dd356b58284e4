"""The window's analysis and look settings (QSettings), merged with the environment variables.

What the Settings dialog sets wins over the environment; what it leaves empty (and a history never
switched on or off there) comes from the environment variables, as before. The merged settings are
handed to the analysis with `set_overrides`, so every analysis the window runs uses them.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths

from inspector.overrides import set_overrides

from .settings import settings

if TYPE_CHECKING:
    from inspector.analysis.sender.settings import SenderSettings

THEMES = ("system", "light", "dark")
HISTORY_CHOICES = ("", "on", "off")  # "": as the environment says


@dataclass
class Preferences:
    own_domains: str = ""
    trusted_authserv_ids: str = ""
    history: str = ""  # "", "on", "off"
    history_dir: str = ""  # empty: the default folder
    theme: str = "system"
    language: str = ""  # "": the system's

    @classmethod
    def load(cls) -> Preferences:
        store = settings()

        def text(key: str) -> str:
            return str(store.value(key, "") or "")

        history = text("sender/history")
        theme = text("theme")
        return cls(
            own_domains=text("sender/own_domains"),
            trusted_authserv_ids=text("sender/trusted_authserv_ids"),
            history=history if history in HISTORY_CHOICES else "",
            history_dir=text("sender/history_dir"),
            theme=theme if theme in THEMES else "system",
            language=text("language"),
        )

    def save(self) -> None:
        store = settings()
        store.setValue("sender/own_domains", self.own_domains.strip())
        store.setValue("sender/trusted_authserv_ids", self.trusted_authserv_ids.strip())
        store.setValue("sender/history", self.history)
        store.setValue("sender/history_dir", self.history_dir.strip())
        store.setValue("theme", self.theme)
        store.setValue("language", self.language)

    def sender_settings(self, environ: dict[str, str] | None = None) -> SenderSettings:
        """The environment's settings, with what was set here put over them."""
        from inspector.analysis.sender.settings import SenderSettings  # noqa: PLC0415 - not before first paint

        return replace(SenderSettings.from_env(environ), **self.overrides())  # type: ignore[arg-type]

    def overrides(self) -> dict[str, object]:
        """The sender settings chosen here; the others stay as the environment says."""
        changes: dict[str, object] = {}
        if self.own_domains.strip():
            changes["own_domains"] = _split(self.own_domains)
        if self.trusted_authserv_ids.strip():
            changes["trusted_authserv_ids"] = _split(self.trusted_authserv_ids)
        if self.history == "off":
            changes["history_dir"] = None
        elif self.history == "on":
            changes["history_dir"] = Path(self.history_dir.strip() or default_history_dir())
        return changes

    def apply(self) -> None:
        """Every analysis from now on uses these settings."""
        set_overrides(self.overrides())


def default_history_dir() -> str:
    """Where the sender history lives unless another folder is chosen: the app's data folder."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return str(Path(folder or Path.home() / ".email-inspector") / "sender-history")


def _split(value: str) -> tuple[str, ...]:
    return tuple(v.strip().lower().rstrip(".") for v in value.replace(";", ",").split(",") if v.strip())
