"""Printing Today's list as it is filtered: the deadline-list PDF built in a worker, then its preview."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QMessageBox

from content.i18n import _, language
from ui.app.worker import Task
from ui.today.filters import Window
from ui.wording.formatting import count_words

# A longer list would take minutes to lay out and hundreds of pages: the filters narrow it first.
PRINT_LIMIT = 500


class ListPrinting:
    """The print action of `TodayView`, which mixes this class in and provides the list, the filter
    bar and the print button."""

    print_ready: Any
    print_button: Any
    window_box: Any
    kind_box: Any
    preview: Any
    is_loaded: bool
    _today: Any
    _printing: Task | None
    _shown: list[Any]

    def print_current(self) -> None:
        """Preview the deadline list as filtered on screen, to print or save; `print_ready` follows.

        The PDF is built in memory in a worker thread (500 dates take ReportLab about two seconds),
        so the window keeps answering meanwhile.
        """
        if not self.is_loaded or self._today is None or self._printing is not None:
            return
        shown = list(self._shown)
        if len(shown) > PRINT_LIMIT:
            lang = language()
            QMessageBox.information(
                self, "Amparo",
                _("The list has {count} dates. Narrow it with the filters above to {limit} or fewer to "
                  "print it.").format(count=count_words(len(shown), lang), limit=count_words(PRINT_LIMIT, lang)))
            return
        from reports.deadline_list import deadline_list_pdf

        today, lang, hint = self._today, language(), self._filter_description()
        task = Task(lambda: deadline_list_pdf(shown, today, lang, title_hint=hint))
        task.succeeded.connect(self._print_built)
        task.failed.connect(self._print_failed)
        self._printing = task
        self.print_button.setEnabled(False)
        self.print_button.setText(_("Preparing the list…"))
        task.start()

    @Slot(object)
    def _print_built(self, data: bytes) -> None:
        from ui.printing.actions import preview_pdf

        self._print_done()
        self.preview = preview_pdf(self, data, _("deadline-list"))
        self.print_ready.emit(self.preview)

    @Slot(object)
    def _print_failed(self, _error: object) -> None:
        # The exception is not shown: its text may quote the very data being printed.
        self._print_done()
        QMessageBox.warning(
            self, "Amparo", _("This document could not be prepared for printing. Nothing was printed or saved."))

    def _print_done(self) -> None:
        self._printing = None
        self.print_button.setEnabled(True)
        self._retranslate_print_button()

    def _retranslate_print_button(self) -> None:
        self.print_button.setText(_("Preparing the list…") if self._printing is not None else _("&Print list…"))

    def _filter_description(self) -> str:
        """What the printed list was narrowed to ("Next 7 days · ICE check-in"), or nothing."""
        chosen = self.current_filter()
        parts = []
        if chosen.window is not Window.ALL:
            parts.append(self.window_box.currentText())
        if chosen.kind is not None:
            parts.append(self.kind_box.currentText())
        if chosen.text.strip():
            parts.append(f"“{chosen.text.strip()}”")
        return " · ".join(parts)
