"""Today: what is overdue and what is due in the next 7, 30 and 90 days, with what to do.

Marking a date done is undoable from the message bar, because a wrong click here would hide a
check-in from the list — the one mistake the screen exists to prevent.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from content.i18n import _, language
from domain.models import Reminder
from ui.editors import MessageBar, add_shortcut, setup_table
from ui.formatting import date_full
from ui.start_screen import scaled_font
from ui.today_model import TodayModel
from ui.worker import Task

HORIZON_DAYS = 90


class TodayView(QWidget):
    """The reminders of the open vault, grouped by how soon they are due.

    The list is computed in a worker thread (at a clinic, 100,000 people make about 100,000
    reminders and a second of work) on the vault's second connection, so the screen and searches
    answer at once. Rows are one line high and the long "what to do" text of the selected reminder is
    shown below the list: Qt then never has to measure every row, which took minutes at that scale.
    """

    loaded = Signal()  # the list on screen is current

    def __init__(self, session: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.model = TodayModel(self)
        self.is_loaded = False
        self._generation = 0
        self._reselect_row: int | None = None
        self.title = QLabel(self)
        self.title.setFont(scaled_font(self.title, 1.4, bold=True))
        self.date_label = QLabel(self)
        self.empty_label = QLabel(self)
        self.empty_label.setWordWrap(True)
        self.view = QTableView(self)
        setup_table(self.view, "")
        self.view.setModel(self.model)
        self.view.setWordWrap(False)
        self.view.setShowGrid(False)
        self.view.setColumnHidden(TodayModel.ACTION, True)
        metrics = self.view.fontMetrics()
        rows = self.view.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(int(metrics.height() * 1.8))
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(TodayModel.DATE, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(TodayModel.DATE, metrics.horizontalAdvance(_LONGEST_WHEN) + 24)
        header.setSectionResizeMode(TodayModel.PERSON, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(TodayModel.PERSON, metrics.horizontalAdvance("M" * 18))
        header.setSectionResizeMode(TodayModel.TITLE, QHeaderView.ResizeMode.Stretch)
        self.details = QLabel(self)
        self.details.setTextFormat(Qt.TextFormat.PlainText)  # names and places are data, never markup
        self.details.setWordWrap(True)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.details.setFrameShape(QFrame.Shape.StyledPanel)
        self.details.setMargin(8)
        self.details.setMinimumHeight(metrics.height() * 6)
        self.open_button = QPushButton(self)
        self.done_button = QPushButton(self)
        self.message_bar = MessageBar(self)

        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addSpacing(12)
        top.addWidget(self.date_label)
        top.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.done_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message_bar)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.details)
        layout.addLayout(buttons)
        self.setTabOrder(self.view, self.open_button)
        self.setTabOrder(self.open_button, self.done_button)

        self.view.activated.connect(self._activated)
        self.open_button.clicked.connect(self.open_current)
        self.done_button.clicked.connect(self.mark_current_done)
        add_shortcut(self, QKeySequence("Ctrl+D"), self.mark_current_done)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.modelReset.connect(self._after_reset)
        session.data_changed.connect(self.refresh)
        self.retranslate()
        # Started from the event loop, once every screen of the vault is built: the worker's Python
        # code holds the GIL in turns, and the other screens' first reads would wait on it.
        self._update_empty_label()
        QTimer.singleShot(0, self.refresh)

    # --- public -----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.title.setText(_("Today"))
        self.view.setAccessibleName(_("Reminders"))
        self.details.setAccessibleName(_("What to do"))
        self.open_button.setText(_("&Open person"))
        self.open_button.setAccessibleName(_("Open the person of the selected reminder"))
        self.done_button.setText(_("&Mark done"))
        self.done_button.setAccessibleName(_("Mark the selected date as done"))
        self.done_button.setToolTip(_("Shortcut: {keys}").format(keys="Ctrl+D"))
        self.message_bar.retranslate()
        self._update_date()
        self._update_empty_label()
        self.model.retranslate()
        self._show_details()

    def refresh(self) -> None:
        """Recompute the reminders in the background; `loaded` follows when they are on screen."""
        if not self.session.is_open:
            return
        self._generation += 1
        self.is_loaded = False
        self._update_empty_label()
        vault, today, generation = self.session.vault, self.session.clock.today(), self._generation
        task = Task(lambda: (generation, today, vault.deadlines(today, days=HORIZON_DAYS)))
        # Bound methods of this widget: Qt drops the connection if the view is gone (locked) first.
        task.succeeded.connect(self._reminders_ready)
        task.failed.connect(self._reminders_failed)
        task.start()

    def current_reminder(self) -> Reminder | None:
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        return self.model.reminder_at(index.row())

    def open_current(self) -> None:
        reminder = self.current_reminder()
        if reminder is not None:
            self.session.open_person.emit(reminder.person_id)

    def mark_current_done(self) -> None:
        reminder = self.current_reminder()
        if reminder is None:
            return
        event_id = reminder.event_id
        vault = self.session.vault
        if vault.events.get(event_id) is None:
            return
        vault.events.mark_done(event_id, True)
        title = reminder.title

        def undo() -> None:
            vault.events.mark_done(event_id, False)
            self.session.notify_changed()

        self.message_bar.show_message(lambda: _("Marked done: {what}").format(what=title.render(language())),
                                      undo)
        # Keep the keyboard where it was: once reloaded, select the row that took the done one's place.
        self._reselect_row = self.view.currentIndex().row()
        self.session.notify_changed()

    # --- private ----------------------------------------------------------------------------

    @Slot(object)
    def _reminders_ready(self, result: tuple[int, date, list[Reminder]]) -> None:
        generation, today, reminders = result
        if generation != self._generation or not self.session.is_open:
            return  # a newer refresh is under way, or the vault was locked meanwhile
        selected = self.current_reminder()
        self.model.set_reminders(reminders, today)
        self._update_date()
        if self._reselect_row is not None:
            self._select_row(min(self._reselect_row, self.model.rowCount() - 1))
            self._reselect_row = None
        elif selected is not None:
            key = (selected.event_id, selected.rule_id, selected.due)
            for row in range(self.model.rowCount()):
                r = self.model.reminder_at(row)
                if r is not None and (r.event_id, r.rule_id, r.due) == key:
                    self._select_row(row)
                    break
        self.is_loaded = True
        self._update_empty_label()
        self.loaded.emit()

    @Slot(object)
    def _reminders_failed(self, _error: object) -> None:
        # Only the kind of failure is shown: an exception's text could carry vault data.
        if self.session.is_open:
            self.empty_label.setText(_("The list of dates could not be read. Lock and open the vault again."))
            self.empty_label.setVisible(True)

    def _select_row(self, row: int) -> None:
        while 0 <= row < self.model.rowCount() and self.model.is_header(row):
            row += 1
        if 0 <= row < self.model.rowCount():
            self.view.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )

    def _after_reset(self) -> None:
        self.view.clearSpans()
        for row in self.model.header_rows():
            self.view.setSpan(row, 0, 1, TodayModel.COLUMN_COUNT)
        self._selection_changed()

    def _update_empty_label(self) -> None:
        if not self.is_loaded:
            self.empty_label.setText(_("Looking for what is due…"))
            self.empty_label.setVisible(True)
        else:
            self.empty_label.setText(_("Nothing is due in the next 90 days."))
            self.empty_label.setVisible(self.model.reminder_count() == 0)

    def _update_date(self) -> None:
        if self.session.is_open:
            self.date_label.setText(date_full(self.session.clock.today(), language()))

    def _selection_changed(self, *_args: object) -> None:
        current = self.current_reminder()
        has = current is not None
        self.open_button.setEnabled(has)
        # Reminders from a date of birth (event id 0) have no event to mark done; they end by themselves.
        self.done_button.setEnabled(current is not None and current.event_id != 0)
        self._show_details()

    def _show_details(self) -> None:
        r = self.current_reminder()
        if r is None or not self.session.is_open:
            self.details.setText(_("Choose a date in the list to see what to do."))
            return
        self.details.setText(self.model.details(r))

    def _activated(self, index: QModelIndex) -> None:
        reminder = self.model.reminder_at(index.row())
        if reminder is not None:
            self.session.open_person.emit(reminder.person_id)


# Wide enough for the longest "when" text in either language, so the column need not measure rows.
_LONGEST_WHEN = "⚠ Vencido: miércoles, 30 de septiembre de 2026 · hace 100 días"
