"""File-manager integration: "Open with › Email Inspector" for .eml and .msg files.

Linux: a .desktop entry, a shared-mime-info package and icons under the user's XDG data dir.
Windows: per-user (HKCU) registry keys; the keys are plain data here so they can be checked on
any platform, and written with `winreg` only on Windows. macOS declares its document types in
the app bundle's Info.plist (see build.spec), so there is nothing to install there.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from .resources import resource_path

APP_ID = "email-inspector"
PROG_ID = "EmailInspector.Message"
MIME_TYPES = ("message/rfc822", "application/vnd.ms-outlook")
ICON_SIZES = (16, 32, 48, 64, 128, 256)

MIME_XML = """<?xml version="1.0" encoding="UTF-8"?>
<mime-info xmlns="http://www.freedesktop.org/standards/shared-mime-info">
  <mime-type type="message/rfc822">
    <comment>Email message</comment>
    <glob pattern="*.eml"/>
  </mime-type>
  <mime-type type="application/vnd.ms-outlook">
    <comment>Outlook message</comment>
    <glob pattern="*.msg"/>
    <magic priority="50"><match type="string" value="\\xd0\\xcf\\x11\\xe0\\xa1\\xb1\\x1a\\xe1" offset="0"/></magic>
  </mime-type>
</mime-info>
"""


def launch_command() -> list[str]:
    """How a file manager should start us: the frozen executable, or this Python with -m."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    return [sys.executable, "-m", "inspector"]


def desktop_entry(command: list[str]) -> str:
    exec_line = " ".join(_desktop_quote(part) for part in command)
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        "Name=Email Inspector\n"
        "GenericName=Safe email viewer\n"
        "Comment=Open a suspect email without being watched\n"
        "Comment[fr]=Ouvrir un e-mail suspect sans être pisté\n"
        "Comment[nl]=Een verdachte e-mail openen zonder bespied te worden\n"
        f"Exec={exec_line} %F\n"
        f"Icon={APP_ID}\n"
        "Terminal=false\n"
        "Categories=Network;Email;Security;\n"
        f"MimeType={';'.join(MIME_TYPES)};\n"
        "StartupWMClass=email-inspector\n"
    )


def _desktop_quote(arg: str) -> str:
    """Quoting per the Desktop Entry spec: double quotes, with \\ " ` $ escaped inside."""
    if arg and all(c.isalnum() or c in "/._-+" for c in arg):
        return arg
    escaped = "".join("\\" + c if c in '"`$\\' else c for c in arg)
    return f'"{escaped}"'


def xdg_data_home() -> Path:
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")


@dataclass(frozen=True)
class InstalledFiles:
    desktop: Path
    mime: Path
    icons: tuple[Path, ...]

    def all(self) -> list[Path]:
        return [self.desktop, self.mime, *self.icons]


def desktop_files(data_home: Path) -> InstalledFiles:
    icons = tuple(data_home / "icons" / "hicolor" / f"{n}x{n}" / "apps" / f"{APP_ID}.png" for n in ICON_SIZES)
    scalable = data_home / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    return InstalledFiles(
        desktop=data_home / "applications" / f"{APP_ID}.desktop",
        mime=data_home / "mime" / "packages" / f"{APP_ID}.xml",
        icons=(*icons, scalable),
    )


def install_desktop(data_home: Path | None = None, *, command: list[str] | None = None) -> InstalledFiles:
    """Install the entry, MIME package and icons for this user; refresh the databases if possible."""
    home = data_home or xdg_data_home()
    files = desktop_files(home)
    for path in files.all():
        path.parent.mkdir(parents=True, exist_ok=True)
    files.desktop.write_text(desktop_entry(command or launch_command()), encoding="utf-8")
    files.mime.write_text(MIME_XML, encoding="utf-8")
    for size, target in zip(ICON_SIZES, files.icons, strict=False):
        shutil.copyfile(resource_path(f"icons/app-{size}.png"), target)
    shutil.copyfile(resource_path("icons/app.svg"), files.icons[-1])
    _refresh(home)
    return files


def uninstall_desktop(data_home: Path | None = None) -> list[Path]:
    home = data_home or xdg_data_home()
    removed = [p for p in desktop_files(home).all() if p.exists()]
    for path in removed:
        path.unlink()
    _refresh(home)
    return removed


def _refresh(home: Path) -> None:
    """Ask the desktop to notice, with whichever of the standard tools exist."""
    for tool, args in (
        ("update-mime-database", [str(home / "mime")]),
        ("update-desktop-database", [str(home / "applications")]),
        ("gtk-update-icon-cache", ["-q", "-t", "-f", str(home / "icons" / "hicolor")]),
    ):
        if shutil.which(tool) and Path(args[-1]).is_dir():
            subprocess.run([tool, *args], capture_output=True, check=False, timeout=60)


# --- macOS ----------------------------------------------------------------------------------


def macos_info_plist(version: str) -> dict[str, object]:
    """Info.plist keys for the app bundle: Finder offers us for .eml (com.apple.mail.email) and .msg."""
    return {
        "CFBundleName": "Email Inspector",
        "CFBundleDisplayName": "Email Inspector",
        "CFBundleIdentifier": "org.emailinspector.EmailInspector",
        "CFBundleShortVersionString": version,
        "CFBundleVersion": version,
        "NSHighResolutionCapable": True,
        "LSMinimumSystemVersion": "11.0",
        "CFBundleDocumentTypes": [
            {
                "CFBundleTypeName": "Email message",
                "CFBundleTypeRole": "Viewer",
                "LSHandlerRank": "Alternate",
                "LSItemContentTypes": ["com.apple.mail.email", "public.email-message"],
                "CFBundleTypeExtensions": ["eml"],
            },
            {
                "CFBundleTypeName": "Outlook message",
                "CFBundleTypeRole": "Viewer",
                "LSHandlerRank": "Alternate",
                "LSItemContentTypes": ["com.microsoft.outlook.msg"],
                "CFBundleTypeExtensions": ["msg"],
            },
        ],
        "UTImportedTypeDeclarations": [
            {
                "UTTypeIdentifier": "com.microsoft.outlook.msg",
                "UTTypeDescription": "Outlook message",
                "UTTypeConformsTo": ["public.data"],
                "UTTypeTagSpecification": {"public.filename-extension": ["msg"]},
            }
        ],
    }


# --- Windows -------------------------------------------------------------------------------

RegistryValue = tuple[str, str, str]  # (key path under HKCU, value name or "" for default, data)


def windows_registry_values(command: list[str]) -> list[RegistryValue]:
    """Per-user associations: a ProgID, "Open with" entries for .eml and .msg, and app registration."""
    exe = command[0]
    open_cmd = " ".join(f'"{part}"' for part in command) + ' "%1"'
    classes = r"Software\Classes"
    values: list[RegistryValue] = [
        (rf"{classes}\{PROG_ID}", "", "Email message (Email Inspector)"),
        (rf"{classes}\{PROG_ID}\DefaultIcon", "", f'"{exe}",0'),
        (rf"{classes}\{PROG_ID}\shell\open", "", "Inspect safely"),
        (rf"{classes}\{PROG_ID}\shell\open\command", "", open_cmd),
        (rf"{classes}\Applications\email-inspector.exe\shell\open\command", "", open_cmd),
        (rf"{classes}\Applications\email-inspector.exe", "FriendlyAppName", "Email Inspector"),
    ]
    for ext in (".eml", ".msg"):
        values.append((rf"{classes}\{ext}\OpenWithProgids", PROG_ID, ""))
        values.append((rf"{classes}\Applications\email-inspector.exe\SupportedTypes", ext, ""))
    return values


def windows_registry_keys_to_remove() -> list[str]:
    """Deepest first, so each key is empty when it is deleted."""
    return [
        r"Software\Classes\EmailInspector.Message\shell\open\command",
        r"Software\Classes\EmailInspector.Message\shell\open",
        r"Software\Classes\EmailInspector.Message\shell",
        r"Software\Classes\EmailInspector.Message\DefaultIcon",
        r"Software\Classes\EmailInspector.Message",
        r"Software\Classes\Applications\email-inspector.exe\shell\open\command",
        r"Software\Classes\Applications\email-inspector.exe\shell\open",
        r"Software\Classes\Applications\email-inspector.exe\shell",
        r"Software\Classes\Applications\email-inspector.exe\SupportedTypes",
        r"Software\Classes\Applications\email-inspector.exe",
    ]


def register_file_types(command: list[str] | None = None) -> list[RegistryValue]:
    values = windows_registry_values(command or launch_command())
    if sys.platform != "win32":
        raise OSError("file-type registration writes the Windows registry; on Linux use --install-desktop")
    import winreg  # noqa: PLC0415 - Windows only

    for key_path, name, data in values:
        with winreg.CreateKeyEx(winreg.HKEY_CURRENT_USER, key_path, 0, winreg.KEY_SET_VALUE) as key:
            winreg.SetValueEx(key, name, 0, winreg.REG_SZ, data)
    _notify_shell()
    return values


def unregister_file_types() -> None:
    if sys.platform != "win32":
        raise OSError("file-type registration lives in the Windows registry; on Linux use --uninstall-desktop")
    import winreg  # noqa: PLC0415

    for ext in (".eml", ".msg"):
        with (
            contextlib.suppress(OSError),
            winreg.OpenKey(
                winreg.HKEY_CURRENT_USER, rf"Software\Classes\{ext}\OpenWithProgids", 0, winreg.KEY_SET_VALUE
            ) as key,
        ):
            winreg.DeleteValue(key, PROG_ID)
    for key_path in windows_registry_keys_to_remove():
        with contextlib.suppress(OSError):
            winreg.DeleteKey(winreg.HKEY_CURRENT_USER, key_path)
    _notify_shell()


def _notify_shell() -> None:
    import ctypes  # noqa: PLC0415

    shcne_assocchanged, shcnf_idlist = 0x08000000, 0
    ctypes.windll.shell32.SHChangeNotify(shcne_assocchanged, shcnf_idlist, None, None)  # type: ignore[attr-defined]
