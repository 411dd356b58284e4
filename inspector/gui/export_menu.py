"""File › Export: the current message's report as HTML or PDF, the evidence bundle, the IOCs.

The same writers as the command line (`inspector/report/…`, `gui/export.py`); this module only
asks where to save. Saving never overwrites silently: the file dialog asks, and the bundle
writer refuses an existing file.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QCheckBox, QFileDialog, QGridLayout, QMessageBox, QWidget

from . import settings as prefs
from .worker import Outcome

KINDS = ("html", "pdf", "bundle", "iocs", "stix", "misp")
_FILTERS = {
    "html": ("report.html", QT_TRANSLATE_NOOP("Export", "HTML report (*.html)")),
    "pdf": ("report.pdf", QT_TRANSLATE_NOOP("Export", "PDF report (*.pdf)")),
    "bundle": ("evidence.zip", QT_TRANSLATE_NOOP("Export", "Evidence bundle (*.zip)")),
    "iocs": ("iocs.txt", QT_TRANSLATE_NOOP("Export", "Indicators, defanged (*.txt)")),
    "stix": ("iocs.stix.json", QT_TRANSLATE_NOOP("Export", "STIX 2.1 bundle (*.json)")),
    "misp": ("iocs.misp.json", QT_TRANSLATE_NOOP("Export", "MISP event (*.json)")),
}


def original_bytes(outcome: Outcome) -> bytes | None:
    """The message exactly as received: the file, the dropped data, or a nested message's bytes."""
    source = outcome.source
    if source.data is not None:
        return source.data
    if source.path:
        try:
            return Path(source.path).read_bytes()
        except OSError:
            return None
    return getattr(outcome.message, "raw", None)


def record_of(outcome: Outcome, *, redact: bool = False) -> dict:
    from ..report.record import ok_record  # noqa: PLC0415 - keeps the window's first paint light

    data = original_bytes(outcome) or b""
    record = ok_record(outcome.source.path or outcome.source.label, data, outcome.report, message=outcome.message)
    if redact:
        from ..report.redact import redact_record  # noqa: PLC0415

        record = redact_record(record)
    return record


def suggested_name(outcome: Outcome, kind: str) -> str:
    stem = Path(outcome.source.path or outcome.source.label or "message").stem[:60] or "message"
    return f"{stem}-{_FILTERS[kind][0]}"


def write_export(outcome: Outcome, kind: str, target: Path, *, redact: bool = False) -> Path:
    """Write one export of `outcome` to `target` (no dialog; the tests call this directly). `redact`: the
    reader's address, name and tokens become [recipient], and no picture of the body (it may name them)."""
    from ..report.html_report import render_html  # noqa: PLC0415 - loaded on first export
    from .export import thumbnail_png, write_case_pdf  # noqa: PLC0415

    record = record_of(outcome, redact=redact)
    if kind in ("html", "pdf", "bundle"):
        thumbnail = None if redact else thumbnail_png(outcome.message, outcome.report)
        if kind == "bundle":
            from ..report.bundle import write_bundle  # noqa: PLC0415

            return write_bundle(original_bytes(outcome) or b"", record, target, thumbnail_png=thumbnail)
        lang = QLocale().name()[:2] if QLocale().name()[:2] in ("fr", "nl") else "en"  # the window's language
        if kind == "pdf":
            return write_case_pdf(record, target, thumbnail_png=thumbnail, lang=lang)
        html = render_html(record, thumbnail_png=thumbnail, lang=lang)
        target.write_text(html, encoding="utf-8")
        return target
    if kind == "stix":
        from ..report.stix import stix_bundle  # noqa: PLC0415

        target.write_text(stix_bundle([record]), encoding="utf-8")
        return target
    if kind == "misp":
        from ..report.misp import misp_json  # noqa: PLC0415

        target.write_text(misp_json([record]), encoding="utf-8")
        return target
    from ..report.iocs import format_indicators  # noqa: PLC0415

    target.write_text(format_indicators(record, defanged=True), encoding="utf-8")
    return target


def export_dialog(parent: QWidget, outcome: Outcome | None, kind: str) -> Path | None:
    """Ask where to save, then write. Errors become one plain sentence in a message box."""
    if outcome is None:
        return None
    chosen, redact = _ask_target(parent, outcome, kind)
    if not chosen:
        return None
    target = Path(chosen)
    if kind == "bundle" and target.exists():
        target.unlink()  # the dialog already asked the user to confirm replacing it
    try:
        written = write_export(outcome, kind, target, redact=redact)
    except OSError as exc:
        text = QCoreApplication.translate("Export", "Could not save {name}: {reason}")
        box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("Export", "Export"), "", parent=parent)
        box.setTextFormat(Qt.TextFormat.PlainText)  # a file name may hold markup
        box.setText(text.format(name=target.name, reason=exc.strerror or exc))
        box.exec()
        return None
    prefs.settings().setValue("export_folder", str(target.parent))
    status = getattr(parent, "statusBar", None)
    if status is not None:
        saved = QCoreApplication.translate("Export", "Saved {name}")
        status().showMessage(saved.format(name=written.name), 8000)
    return written


def _ask_target(parent: QWidget, outcome: Outcome, kind: str) -> tuple[str, bool]:
    """The save dialog, with a "hide the recipient" box under it (Qt's own dialog: a native one takes no widget)."""
    folder = Path(str(prefs.settings().value("export_folder", str(Path.home()))))
    title = QCoreApplication.translate("Export", "Export")
    dialog = QFileDialog(parent, title, str(folder / suggested_name(outcome, kind)))
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setNameFilter(QCoreApplication.translate("Export", str(_FILTERS[kind][1])))
    redact = QCheckBox(QCoreApplication.translate("Export", "Hide the recipient (address and name become [recipient])"))
    redact.setChecked(bool(prefs.settings().value("export_redact", False, type=bool)))
    layout = dialog.layout()
    if isinstance(layout, QGridLayout):
        layout.addWidget(redact, layout.rowCount(), 0, 1, -1)
    if not dialog.exec() or not dialog.selectedFiles():
        return "", False
    prefs.settings().setValue("export_redact", redact.isChecked())
    return dialog.selectedFiles()[0], redact.isChecked()
