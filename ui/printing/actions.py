"""Entry points other screens use to print: preview a PDF built in memory, then print or save it.

The person page, Today and the guides call `preview_pdf` with bytes from `reports/`, or
`preview_built_pdf` with a function that builds them, so a failure while building becomes a clear
message instead of an exception. Suggested file names must be neutral ("case-summary"), never a
person's name: the name is shown in the save dialog and kept by whatever the user saves.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from content.i18n import _
from ui.printing.preview import PdfPreviewDialog


def preview_pdf(parent: QWidget | None, pdf_bytes: bytes, suggested_name: str) -> PdfPreviewDialog:
    """Open a preview window for `pdf_bytes` (window-modal, not blocking) and return it.

    From the preview the user may print (the job is named "Amparo") or save where they choose;
    nothing is written anywhere otherwise.
    """
    dialog = PdfPreviewDialog(pdf_bytes, suggested_name, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal if parent else Qt.WindowModality.ApplicationModal)
    dialog.open()
    return dialog


def preview_built_pdf(
    parent: QWidget | None, build: Callable[[], bytes], suggested_name: str
) -> PdfPreviewDialog | None:
    """Build a PDF with `build()` and preview it; on failure say so and return None.

    The exception is not shown or logged: its text may quote the very data being printed.
    """
    try:
        data = build()
    except Exception:  # any failure while building is reported the same way
        QMessageBox.warning(
            parent,
            "Amparo",
            _("This document could not be prepared for printing. Nothing was printed or saved."),
        )
        return None
    return preview_pdf(parent, data, suggested_name)
