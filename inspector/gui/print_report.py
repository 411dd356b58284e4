"""File › Print (Ctrl+P): the case report through the system's print dialog.

The same pages as the PDF export (`export.draw_pages`), drawn on the printer the person picks; the
printer is set to screen resolution so that the report's layout, measured at 96 dpi, is the PDF's.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from .export import case_report, draw_pages, thumbnail_png
from .export_menu import record_of
from .worker import Outcome


def new_printer() -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setDocName("Email Inspector report")
    printer.setCreator("Email Inspector")
    return printer


def print_outcome(outcome: Outcome, printer: QPrinter) -> int:
    """Draw the report of `outcome` on `printer` (already chosen); the number of pages printed."""
    lang = QLocale().name()[:2] if QLocale().name()[:2] in ("fr", "nl") else "en"  # the window's language
    record = record_of(outcome)
    picture = thumbnail_png(outcome.message, outcome.report)
    html, title, today, label = case_report(record, thumbnail_png=picture, lang=lang)
    return draw_pages(printer, html, title=title, date=today, page_label=label)


def print_dialog(parent: QWidget, outcome: Outcome | None, *, printer: QPrinter | None = None) -> int:
    """Ask the system's print dialog, then print; 0 when cancelled or nothing is open."""
    if outcome is None:
        return 0
    printer = printer or new_printer()
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("Print", "Print the report"))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return 0
    return print_outcome(outcome, printer)
