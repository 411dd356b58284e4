"""The window (`email-inspector [FILE ...]`), and the file manager's "Open with" entries.

Qt loads only when the window opens; `--install-desktop` and `--register-file-types` need none.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from .. import __version__
from .commands import COMMANDS
from .exits import EXIT_NOT_ANALYSED, EXIT_OK


def gui_main(argv: Sequence[str]) -> int:
    commands = "\n".join(f"  {name:<8}{line}" for name, line in COMMANDS.items())
    parser = argparse.ArgumentParser(
        prog="email-inspector",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Open suspect emails safely: nothing they contain is fetched. Without a command, opens the\n"
        "window on the FILEs given (messages, mailboxes, folders), or on the drop screen.",
        epilog=f"commands (headless, no window):\n{commands}\n\n"
        "Run `email-inspector COMMAND --help` for a command's options.",
    )
    parser.add_argument("files", nargs="*", metavar="FILE", help="messages to open")
    parser.add_argument(
        "--screenshot",
        metavar="PNG",
        help="save a picture of the window once loaded, then exit; with several files, one picture per tab "
        "(PNG's name followed by -1, -2…: x.png gives x-1.png, x-2.png)",
    )
    integration = parser.add_mutually_exclusive_group()
    for flag, text in (
        ("--install-desktop", "Linux: add Email Inspector to the file manager's Open With menu (this user)"),
        ("--uninstall-desktop", "Linux: remove what --install-desktop added"),
        ("--register-file-types", "Windows: register .eml/.msg Open With entries for this user"),
        ("--unregister-file-types", "Windows: remove what --register-file-types added"),
    ):
        integration.add_argument(flag, action="store_true", help=text)
    parser.add_argument("--version", action="version", version=f"email-inspector {__version__}")
    args = parser.parse_args(argv)
    if args.install_desktop or args.uninstall_desktop or args.register_file_types or args.unregister_file_types:
        return _integration(args)
    from ..display_check import window_problem  # noqa: PLC0415

    problem = window_problem()  # instead of Qt's own message: a page about platform plugins, then abort
    if problem:
        print(f"email-inspector: {problem}", file=sys.stderr)
        return EXIT_NOT_ANALYSED
    from ..gui.app import run  # noqa: PLC0415 - Qt loads only for the window

    return run(args.files, screenshot=args.screenshot)


def _integration(args: argparse.Namespace) -> int:
    from .. import desktop  # noqa: PLC0415

    try:
        if args.install_desktop:
            files = desktop.install_desktop()
            print("Installed:", *(f"  {p}" for p in files.all()), sep="\n")
        elif args.uninstall_desktop:
            print("Removed:", *(f"  {p}" for p in desktop.uninstall_desktop()), sep="\n")
        elif args.register_file_types:
            desktop.register_file_types()
            print("Registered .eml and .msg for this user: right-click a message, Open with, Email Inspector.")
        else:
            desktop.unregister_file_types()
            print("Removed the .eml and .msg registrations.")
    except OSError as exc:
        print(f"email-inspector: {exc}", file=sys.stderr)
        return EXIT_NOT_ANALYSED
    return EXIT_OK
