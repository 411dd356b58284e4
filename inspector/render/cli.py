"""`email-inspector render MESSAGE --html OUT.html [--png OUT.png]`: the safe view, written to files.

The HTML needs no Qt; `--png` starts the real engine offscreen and saves what a user would see.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

EXIT_OK, EXIT_FAILED = 0, 1
PNG_WIDTH = 1000
PNG_MAX_HEIGHT = 4000


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="email-inspector render",
        description="Write the safe, self-contained HTML of a message; optionally a screenshot of the safe view.",
    )
    parser.add_argument("message", metavar="MESSAGE", help="an .eml or .msg file")
    parser.add_argument("--html", metavar="OUT.html", required=True, help="where to write the safe document")
    parser.add_argument("--png", metavar="OUT.png", help="also save a screenshot of the safe view (offscreen)")
    parser.add_argument("--no-highlight", action="store_true", help="do not turn tracking pixels into badges")
    parser.add_argument("--engine", choices=("webengine", "textbrowser"), help="engine for --png (default: best)")
    parser.add_argument("--text", action="store_true", help="render the plain-text part instead of the HTML")
    return parser


def render_main(argv: Sequence[str]) -> int:
    args = _parser().parse_args(argv)
    from ..analysis import analyse  # noqa: PLC0415 - keep --help fast
    from ..parsing import LoadError, load  # noqa: PLC0415
    from . import safe_document  # noqa: PLC0415

    try:
        message = load(args.message)
    except LoadError as exc:
        print(f"email-inspector: {args.message}: {exc.message}", file=sys.stderr)
        return EXIT_FAILED
    report = analyse(message)
    document = safe_document(message, report, highlight=False if args.no_highlight else None)
    markup = document.text_html if args.text else document.html
    Path(args.html).write_text(markup, encoding="utf-8")
    for finding in document.fail_closed:
        print(f"email-inspector: sanitiser note: {finding.evidence}", file=sys.stderr)
    print(f"{args.html}: {document.blocked} remote loads blocked, {len(document.element_ids)} marked elements")
    if args.png:
        return screenshot(markup, args.png, engine=args.engine or "auto")
    return EXIT_OK


def screenshot(markup: str, png: str, *, engine: str = "auto", width: int = PNG_WIDTH) -> int:
    """Render `markup` in the real safe view offscreen and save a PNG of the whole page (capped)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import shiboken6  # noqa: PLC0415 - Qt only for screenshots
    from PySide6.QtCore import QTimer  # noqa: PLC0415
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415

    from ..gui.safe_view import EngineUnavailable, create_safe_view  # noqa: PLC0415

    app = QApplication.instance() or QApplication([sys.argv[0]])
    try:
        view = create_safe_view(engine=engine)
    except EngineUnavailable as exc:
        print(f"email-inspector: {exc}", file=sys.stderr)
        return EXIT_FAILED
    view.resize(width, 900)
    view.show()
    outcome: dict[str, bool] = {}

    def save() -> None:
        outcome["saved"] = view.grab().save(png)
        app.quit()

    def fit(height: int) -> None:
        view.resize(width, max(400, min(PNG_MAX_HEIGHT, height + 24)))
        QTimer.singleShot(400, save)  # grab() right after a load or resize gives a blank page

    def loaded(ok: bool) -> None:
        outcome["loaded"] = ok
        QTimer.singleShot(150, lambda: _content_height(view, fit))

    view.load_finished.connect(loaded)
    QTimer.singleShot(30_000, app.quit)
    view.set_html(markup)
    app.exec()
    engine_name = view.engine_name
    view.close()
    shiboken6.delete(view)  # now, so the engine's page goes before its profile does
    if not outcome.get("saved"):
        print(f"email-inspector: could not save {png} (loaded: {outcome.get('loaded')})", file=sys.stderr)
        return EXIT_FAILED
    print(f"{png}: rendered with {engine_name}")
    return EXIT_OK


def _content_height(view: object, callback: object) -> None:
    if hasattr(view, "content_height"):
        view.content_height(callback)
    else:
        callback(int(view.browser.document().size().height()))
