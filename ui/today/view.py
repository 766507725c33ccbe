"""Today: what is overdue and what is due in the next 7, 30 and 90 days, with what to do.

Marking a date done is undoable from the message bar, because a wrong click here would hide a
check-in from the list — the one mistake the screen exists to prevent. A filter bar (how soon, what
kind, a name or word) narrows the list in memory (`ui/today/filters.py`), so a clinic with 100,000
reminders can triage; Ctrl+P prints the list as it is filtered.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from content.i18n import _, language, ngettext
from domain.models import EVENT_KIND_LABELS, EventKind, Recurrence, RecurrenceUnit, Reminder
from domain.textfold import fold
from ui.accessibility.shortcuts import add_shortcut
from ui.accessibility.text_size import scaled_font
from ui.app.worker import Task
from ui.notices.message_bar import MessageBar
from ui.notices.write_refused import tell_write_refused
from ui.tables.table_view import setup_table
from ui.today.column_widths import LONGEST_WHEN, ColumnWidths
from ui.today.filters import NameKeys, ReminderIndex, TodayFilter, Window, collated
from ui.today.list_printing import ListPrinting
from ui.today.model import TodayModel
from ui.wording.formatting import count_words, date_full, recurrence_words

HORIZON_DAYS = 90
# Share of the table's width the "when" and "person" columns may take at most; "what" takes the rest.


class TodayView(ListPrinting, ColumnWidths, QWidget):
    """The reminders of the open vault, grouped by how soon they are due, with a filter bar.

    The list is computed in a worker thread (at a clinic, 100,000 people make about 100,000
    reminders and a second of work) on the vault's second connection, so the screen and searches
    answer at once. Filters then work on that list in memory. Rows are one line high and the long
    "what to do" text of the selected reminder is shown below the list: Qt then never has to measure
    every row, which took minutes at that scale.
    """

    loaded = Signal()  # the list on screen is current
    first_rows_shown = Signal()  # only the first rows are on screen; `loaded` follows with the rest
    filtered = Signal()  # the list on screen follows a change of filter
    print_ready = Signal(object)  # the print preview of the list is open (the dialog)

    def __init__(self, session: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.model = TodayModel(self)
        self.is_loaded = False
        self._generation = 0
        self._reselect_row: int | None = None
        self._names = NameKeys()
        self._index = ReminderIndex([], self._names)
        self._today: date | None = None
        self._partial = False  # only the first rows are in (`_first_ready`)
        self._shown: list[Reminder] = []
        self._printing: Task | None = None
        self.preview: QWidget | None = None
        self.title = QLabel(self)
        self.title.setFont(scaled_font(self.title, 1.4, bold=True))
        self.date_label = QLabel(self)

        # The filter bar: each field has a label with a mnemonic, so Alt+letter reaches it.
        self.window_label = QLabel(self)
        self.window_box = QComboBox(self)
        self.window_label.setBuddy(self.window_box)
        self.kind_label = QLabel(self)
        self.kind_box = QComboBox(self)
        self.kind_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.kind_box.setMinimumContentsLength(14)
        self.kind_label.setBuddy(self.kind_box)
        self.search_label = QLabel(self)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search_label.setBuddy(self.search)
        self.count_label = QLabel(self)

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
        header.setSectionResizeMode(TodayModel.PERSON, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(TodayModel.TITLE, QHeaderView.ResizeMode.Stretch)
        self._when_width = metrics.horizontalAdvance(LONGEST_WHEN) + 24
        self._person_width = metrics.horizontalAdvance("M" * 18)
        self.view.viewport().installEventFilter(self)
        self.details = QLabel(self)
        self.details.setTextFormat(Qt.TextFormat.PlainText)  # names and places are data, never markup
        self.details.setWordWrap(True)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.details.setFrameShape(QFrame.Shape.StyledPanel)
        self.details.setMargin(8)
        self.details.setMinimumHeight(metrics.height() * 5)
        self.print_button = QPushButton(self)
        self.open_button = QPushButton(self)
        self.done_button = QPushButton(self)
        self.message_bar = MessageBar(self)

        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addSpacing(12)
        top.addWidget(self.date_label)
        top.addStretch(1)
        filters = QHBoxLayout()
        filters.addWidget(self.window_label)
        filters.addWidget(self.window_box)
        filters.addSpacing(8)
        filters.addWidget(self.kind_label)
        filters.addWidget(self.kind_box)
        filters.addSpacing(8)
        filters.addWidget(self.search_label)
        filters.addWidget(self.search, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.done_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.count_label)
        layout.addWidget(self.message_bar)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.details)
        layout.addLayout(buttons)
        self.setTabOrder(self.window_box, self.kind_box)
        self.setTabOrder(self.kind_box, self.search)
        self.setTabOrder(self.search, self.view)
        self.setTabOrder(self.view, self.open_button)
        self.setTabOrder(self.open_button, self.done_button)
        self.setTabOrder(self.done_button, self.print_button)

        for window in Window:
            self.window_box.addItem("", window)
        self.kind_box.addItem("", None)
        for kind in EventKind:
            self.kind_box.addItem("", kind)

        self.view.activated.connect(self._activated)
        self.print_button.clicked.connect(self.print_current)
        self.open_button.clicked.connect(self.open_current)
        self.done_button.clicked.connect(self.mark_current_done)
        self.window_box.currentIndexChanged.connect(self._apply_filter)
        self.kind_box.currentIndexChanged.connect(self._apply_filter)
        self.search.textChanged.connect(self._apply_filter)
        add_shortcut(self, QKeySequence("Ctrl+D"), self.mark_current_done)
        add_shortcut(self, QKeySequence(QKeySequence.StandardKey.Find), self.focus_search)
        add_shortcut(self, QKeySequence(QKeySequence.StandardKey.Print), self.print_current)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.view.selectionModel().currentRowChanged.connect(self._skip_headers)
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
        self.window_label.setText(_("S&how:"))
        self.window_box.setAccessibleName(_("Show the dates due"))
        labels = {
            Window.ALL: _("All dates"),
            Window.OVERDUE: _("Overdue dates"),
            Window.WEEK: _("Next 7 days"),
            Window.MONTH: _("Next 30 days"),
            Window.QUARTER: _("Next 90 days"),
        }
        for i in range(self.window_box.count()):
            self.window_box.setItemText(i, labels[self.window_box.itemData(i)])
        self.kind_label.setText(_("&Kind:"))
        self.kind_box.setAccessibleName(_("Kind of date"))
        self._retranslate_kinds()
        self.search_label.setText(_("F&ind:"))
        self.search.setPlaceholderText(_("Name, place or reminder"))
        self.search.setAccessibleName(_("Find a person, place or reminder in the list"))
        self.search.setToolTip(_("Accents and capitals do not matter (Ctrl+F)"))
        self.view.setAccessibleName(_("Reminders"))
        self.details.setAccessibleName(_("What to do"))
        self._retranslate_print_button()
        self.print_button.setAccessibleName(_("Print the list of dates as it is shown"))
        self.print_button.setToolTip(_("Shortcut: {keys}").format(keys="Ctrl+P"))
        self.open_button.setText(_("&Open person"))
        self._measure_when()
        self.open_button.setAccessibleName(_("Open the person of the selected reminder"))
        self.done_button.setText(_("&Mark done"))
        self.done_button.setAccessibleName(_("Mark the selected date as done"))
        self.done_button.setToolTip(_("Shortcut: {keys}").format(keys="Ctrl+D"))
        self.message_bar.retranslate()
        self._update_date()
        self._update_empty_label()
        self._update_count()
        self.model.retranslate()
        self._show_details()
        if self.is_loaded and self.search.text().strip():
            self._apply_filter()  # titles are searched in the language shown

    def refresh(self) -> None:
        """Recompute the reminders in the background; `loaded` follows when they are on screen."""
        if not self.session.is_open:
            return
        self._generation += 1
        self.is_loaded = False
        self._update_empty_label()
        vault, today, generation, names = self.session.vault, self.session.clock.today(), self._generation, self._names
        if self._today is not None:  # a list is on screen: it stays until the new one is ready
            self._load_all(generation, today)
            return

        def compute_first() -> tuple[int, date, ReminderIndex, bool]:
            first = vault.first_deadlines(today, days=HORIZON_DAYS)
            return generation, today, ReminderIndex(collated(first.reminders, names), names), first.complete

        task = Task(compute_first)
        # Bound methods of this widget: Qt drops the connection if the view is gone (locked) first.
        task.succeeded.connect(self._first_ready)
        task.failed.connect(self._reminders_failed)
        task.start()

    def _load_all(self, generation: int, today: date) -> None:
        vault, names = self.session.vault, self._names

        def compute() -> tuple[int, date, ReminderIndex]:
            found = collated(vault.deadlines(today, days=HORIZON_DAYS), names)
            return generation, today, ReminderIndex(found, names)

        task = Task(compute)
        task.succeeded.connect(self._reminders_ready)
        task.failed.connect(self._reminders_failed)
        task.start()

    def current_filter(self) -> TodayFilter:
        # Qt hands back a str-based enum as a plain str: make it the enum again.
        kind = self.kind_box.currentData()
        return TodayFilter(Window(self.window_box.currentData()), None if kind is None else EventKind(kind),
                           self.search.text())

    def set_filter(self, chosen: TodayFilter) -> None:
        """Show what `chosen` lets through (as if the user had set the filter bar so)."""
        self.window_box.setCurrentIndex(self.window_box.findData(chosen.window))
        self.kind_box.setCurrentIndex(self.kind_box.findData(chosen.kind))
        self.search.setText(chosen.text)

    def shown_reminders(self) -> list[Reminder]:
        """The reminders the filters let through, in the order shown."""
        return list(self._shown)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

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
        if event.recurrence is not None and not self._confirm_end_of_series(event.recurrence):
            return
        try:
            vault.events.mark_done(event_id, True)
        except Exception as error:  # a read-only or full disk is said as such; the list stays as it was
            if not tell_write_refused(self, error):
                raise
            return
        title, person = reminder.title, reminder.person

        def undo() -> None:
            vault.events.mark_done(event_id, False)
            self.session.notify_changed()

        # Whose date it was: at a clinic the list holds many people and the row is gone at once.
        self.message_bar.show_message(
            lambda: _("Marked done: {what} — {person}").format(what=title.render(language()), person=person),
            undo)
        # Keep the keyboard where it was: once reloaded, select the row that took the done one's place.
        self._reselect_row = self.view.currentIndex().row()
        self.session.notify_changed()

    def _confirm_end_of_series(self, recurrence: Recurrence) -> bool:
        """A repeating date (monthly check-ins) is one record: done ends every later date of it too.

        Families mark a check-in done after going to it; the next one must not vanish with it.
        """
        every = recurrence_words(recurrence.every, recurrence.unit == RecurrenceUnit.MONTHS, language())
        answer = QMessageBox.question(
            self, "Amparo",
            _("This date repeats {every}. “Mark done” ends the whole series: none of its later dates will show "
              "again. Do this only if these dates have stopped (for example, ICE ended the check-ins). "
              "End the series?").format(every=every),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    # --- private ----------------------------------------------------------------------------

    def _retranslate_kinds(self) -> None:
        """Kinds in alphabetical order of the current language (accents ignored), "all" first."""
        lang = language()
        current = self.current_filter().kind
        self.kind_box.blockSignals(True)
        self.kind_box.clear()
        self.kind_box.addItem(_("All kinds"), None)
        kinds = sorted(EventKind, key=lambda k: fold(EVENT_KIND_LABELS[k].get(lang)))
        for kind in kinds:
            self.kind_box.addItem(EVENT_KIND_LABELS[kind].get(lang), kind)
        self.kind_box.setCurrentIndex(max(0, self.kind_box.findData(current)))
        self.kind_box.blockSignals(False)

    @Slot(object)
    def _first_ready(self, result: tuple[int, date, ReminderIndex, bool]) -> None:
        """Show the first rows of the list at once (a clinic's whole list takes a second more), then
        read the whole list; until it is in, the count says these are only the first dates."""
        generation, today, index, complete = result
        if complete:
            self._reminders_ready((generation, today, index))
            return
        if generation != self._generation or not self.session.is_open:
            return
        self._index, self._today, self._partial = index, today, True
        self._show(index.select(self.current_filter(), language()))
        self._update_date()
        self._update_empty_label()
        self.first_rows_shown.emit()
        self._load_all(generation, today)

    @Slot(object)
    def _reminders_ready(self, result: tuple[int, date, ReminderIndex]) -> None:
        generation, today, index = result
        if generation != self._generation or not self.session.is_open:
            return  # a newer refresh is under way, or the vault was locked meanwhile
        self._partial = False
        selected = self.current_reminder()
        self._index, self._today = index, today
        self._show(index.select(self.current_filter(), language()))
        self._update_date()
        if self._reselect_row is not None:
            self._select_row(min(self._reselect_row, self.model.rowCount() - 1))
            self._reselect_row = None
        elif selected is not None:
            key = (selected.event_id, selected.rule_id, selected.due)
            row = self.model.row_where(lambda r: (r.event_id, r.rule_id, r.due) == key)
            if row is not None:
                self._select_row(row)
        self.is_loaded = True
        self._update_empty_label()
        self.loaded.emit()
        # The first search would otherwise pay for folding every reminder's text: do it now, aside.
        lang = language()
        Task(lambda: index.prepare(lang)).start()

    def _apply_filter(self, *_args: object) -> None:
        """Show the loaded reminders the filter bar lets through, keeping the selected one if it stays."""
        selected = self.current_reminder()
        self._show(self._index.select(self.current_filter(), language()))
        if selected is not None:
            row = self.model.row_of(selected)
            if row is not None:
                self._select_row(row)
        self._update_empty_label()
        self.filtered.emit()

    def _show(self, reminders: list[Reminder]) -> None:
        self._shown = reminders
        if self._today is not None:  # collated: by due date
            self.model.set_reminders(reminders, self._today, presorted=True, counting=self._partial)
        self._update_count()

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

    def _skip_headers(self, current: QModelIndex, previous: QModelIndex) -> None:
        """Arrow keys step over group headers (they cannot be chosen) to the next date that way."""
        row = current.row()
        if not current.isValid() or not self.model.is_header(row):
            return
        step = -1 if previous.isValid() and row < previous.row() else 1
        target = row + step
        while 0 <= target < self.model.rowCount() and self.model.is_header(target):
            target += step
        if not 0 <= target < self.model.rowCount():  # nothing beyond: go the other way
            target = row - step
        if 0 <= target < self.model.rowCount() and not self.model.is_header(target):
            self.view.selectionModel().setCurrentIndex(
                self.model.index(target, current.column()),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)

    def _after_reset(self) -> None:
        self.view.clearSpans()
        for row in self.model.header_rows():
            self.view.setSpan(row, 0, 1, TodayModel.COLUMN_COUNT)
        self._selection_changed()

    def _update_empty_label(self) -> None:
        if self._partial and self._shown:
            self.empty_label.setVisible(False)
        elif not self.is_loaded:
            self.empty_label.setText(_("Looking for what is due…"))
            self.empty_label.setVisible(True)
        elif self._shown or not len(self._index):
            self.empty_label.setText(_("Nothing is due in the next 90 days."))
            self.empty_label.setVisible(not self._shown)
        else:
            self.empty_label.setText(_("No date matches these filters."))
            self.empty_label.setVisible(True)

    def _update_count(self) -> None:
        if self._partial:
            self.count_label.setText(_("Showing the first dates; still reading the rest of the list…"))
            return
        total, shown = len(self._index), len(self._shown)
        if total == shown:
            text = ngettext("{count} date in the list", "{count} dates in the list", total)
            self.count_label.setText(text.format(count=count_words(total, language())))
        else:
            text = ngettext("Showing {shown} of {total} date", "Showing {shown} of {total} dates", total)
            lang = language()
            self.count_label.setText(text.format(shown=count_words(shown, lang), total=count_words(total, lang)))

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
