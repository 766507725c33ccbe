"""Today: what is overdue and what is due in the next 7, 30 and 90 days, with what to do.

Marking a date done is undoable from the message bar, because a wrong click here would hide a
check-in from the list — the one mistake the screen exists to prevent.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
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
from ui.today_model import TodayModel

HORIZON_DAYS = 90


class TodayView(QWidget):
    """The reminders of the open vault, grouped by how soon they are due."""

    def __init__(self, session: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.model = TodayModel(self)
        self.title = QLabel(self)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.date_label = QLabel(self)
        self.empty_label = QLabel(self)
        self.empty_label.setWordWrap(True)
        self.view = QTableView(self)
        setup_table(self.view, "")
        self.view.setModel(self.model)
        self.view.setWordWrap(True)
        self.view.setShowGrid(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(TodayModel.DATE, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(TodayModel.DATE, 330)
        header.setSectionResizeMode(TodayModel.PERSON, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(TodayModel.PERSON, 190)
        header.setSectionResizeMode(TodayModel.TITLE, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(TodayModel.TITLE, 250)
        header.setSectionResizeMode(TodayModel.ACTION, QHeaderView.ResizeMode.Stretch)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
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
        layout.addLayout(buttons)
        self.setTabOrder(self.view, self.open_button)
        self.setTabOrder(self.open_button, self.done_button)

        self.view.activated.connect(self._activated)
        self.open_button.clicked.connect(self.open_current)
        self.done_button.clicked.connect(self.mark_current_done)
        add_shortcut(self, QKeySequence("Ctrl+D"), self.mark_current_done)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._after_reset)
        session.data_changed.connect(self.refresh)

        self.retranslate()
        self.refresh()

    # --- public -----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.title.setText(_("Today"))
        self.view.setAccessibleName(_("Reminders"))
        self.open_button.setText(_("&Open person"))
        self.open_button.setAccessibleName(_("Open the person of the selected reminder"))
        self.done_button.setText(_("&Mark done"))
        self.done_button.setAccessibleName(_("Mark the selected date as done"))
        self.done_button.setToolTip(_("Shortcut: {keys}").format(keys="Ctrl+D"))
        self.empty_label.setText(_("Nothing is due in the next 90 days."))
        self.message_bar.retranslate()
        self._update_date()
        self.model.retranslate()
        self.view.resizeRowsToContents()

    def refresh(self) -> None:
        if not self.session.is_open:
            return
        today = self.session.clock.today()
        selected = self.current_reminder()
        self.model.set_reminders(self.session.vault.deadlines(today, days=HORIZON_DAYS), today)
        self._update_date()
        if selected is not None:
            for row in range(self.model.rowCount()):
                r = self.model.reminder_at(row)
                if r is not None and (r.event_id, r.rule_id, r.due) == (selected.event_id, selected.rule_id,
                                                                        selected.due):
                    self._select_row(row)
                    break

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
        event = vault.events.get(event_id)
        if event is None:
            return
        row = self.view.currentIndex().row()
        vault.events.mark_done(event_id, True)
        title = reminder.title

        def undo() -> None:
            vault.events.mark_done(event_id, False)
            self.session.notify_changed()

        self.message_bar.show_message(lambda: _("Marked done: {what}").format(what=title.render(language())),
                                      undo)
        self.session.notify_changed()
        # Keep the keyboard where it was: select the row that took the place of the done one.
        self._select_row(min(row, self.model.rowCount() - 1))

    # --- private ----------------------------------------------------------------------------

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
        for row in range(self.model.rowCount()):
            if self.model.is_header(row):
                self.view.setSpan(row, 0, 1, TodayModel.COLUMN_COUNT)
        self.view.resizeRowsToContents()
        empty = self.model.reminder_count() == 0
        self.empty_label.setVisible(empty)
        self._update_buttons()

    def _update_date(self) -> None:
        if self.session.is_open:
            self.date_label.setText(date_full(self.session.clock.today(), language()))

    def _update_buttons(self) -> None:
        has = self.current_reminder() is not None
        self.open_button.setEnabled(has)
        self.done_button.setEnabled(has)

    def _activated(self, index: QModelIndex) -> None:
        reminder = self.model.reminder_at(index.row())
        if reminder is not None:
            self.session.open_person.emit(reminder.person_id)

