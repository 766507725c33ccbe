"""One titled list on the person page (dates, cases, documents, contacts) with its own Add, Edit
and Delete buttons, and a header whose titles wrap instead of widening the page.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRect, QSize, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.accessibility.hints import without_glyphs
from ui.accessibility.shortcuts import add_shortcut


class WrappingHeader(QHeaderView):
    """A horizontal header whose titles wrap onto more lines instead of being cut.

    Qt draws wrapped header text but sizes the header for one line; here the height follows the
    wrapped titles at the current column widths ("Dónde está el original" at large fonts).
    """

    _FLAGS = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap

    def __init__(self, table: QTableWidget) -> None:
        super().__init__(Qt.Orientation.Horizontal, table)
        self._table = table
        self._pending = False
        self.setDefaultAlignment(self._FLAGS)
        self.sectionResized.connect(self._schedule)

    def _schedule(self, *_args: object) -> None:
        # Column widths change in bursts (stretching); re-measure the height once afterwards.
        if not self._pending:
            self._pending = True
            QTimer.singleShot(0, self, self._relayout)

    def _relayout(self) -> None:
        self._pending = False
        self._table.updateGeometries()

    def sectionSizeFromContents(self, logicalIndex: int) -> QSize:  # noqa: N803 - Qt's name
        size = super().sectionSizeFromContents(logicalIndex)
        model = self.model()
        text = model.headerData(logicalIndex, self.orientation(), Qt.ItemDataRole.DisplayRole) if model else None
        margin = 2 * self.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, self)
        width = self.sectionSize(logicalIndex) - 2 * margin
        if text and width > 0:
            rect = self.fontMetrics().boundingRect(QRect(0, 0, width, 100_000), self._FLAGS, str(text))
            size.setHeight(max(size.height(), rect.height() + 2 * margin))
        return size

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        heights = [self.sectionSizeFromContents(i).height() for i in range(self.count())
                   if not self.isSectionHidden(i)]
        if heights:
            hint.setHeight(max(hint.height(), *heights))
        return hint


class Section(QGroupBox):
    """A titled table of a person's records with Add / Edit / Delete buttons."""

    def __init__(self, columns: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, columns, self)
        self.table.setHorizontalHeader(WrappingHeader(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        # rows as tall as their wrapped text once column widths are known (not at fill time)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(110)
        self.add_button = QPushButton(self)
        self.edit_button = QPushButton(self)
        self.delete_button = QPushButton(self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.ids: list[int] = []
        self.title_text = ""
        self.table.itemSelectionChanged.connect(self._sync)
        self._sync()

    def set_texts(self, title: str, headers: list[str], add: str, edit: str, delete: str) -> None:
        # Inside the page's tabs the tab shows the title; a group box title would say it twice.
        self.setTitle("" if self.isFlat() else title)
        self.title_text = title
        self.table.setAccessibleName(title)
        self.table.setHorizontalHeaderLabels(headers)
        for button, text in ((self.add_button, add), (self.edit_button, edit), (self.delete_button, delete)):
            button.setText(text)
            button.setAccessibleName(f"{text.replace('&', '').rstrip('…')} — {title}")

    def set_rows(self, rows: list[tuple[int, list[str]]]) -> None:
        self.table.setRowCount(0)
        self.ids = []
        for record_id, cells in rows:
            r = self.table.rowCount()
            self.table.insertRow(r)
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                # The whole text on hover too: a long word or a narrow window can still cut a cell.
                item.setToolTip(text)
                item.setData(Qt.ItemDataRole.AccessibleTextRole, without_glyphs(text))  # "yes", not "✔ yes"
                self.table.setItem(r, c, item)
            self.ids.append(record_id)
        self._sync()

    def current_id(self) -> int | None:
        row = self.table.currentRow()
        if 0 <= row < len(self.ids) and self.table.selectionModel().isRowSelected(row):
            return self.ids[row]
        return None

    def select_id(self, record_id: int) -> None:
        if record_id in self.ids:
            self.table.selectRow(self.ids.index(record_id))

    def _sync(self) -> None:
        has = self.current_id() is not None
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    def connect(self, add: Callable[[], None], edit: Callable[[], None], delete: Callable[[], None]) -> None:
        self.add_button.clicked.connect(add)
        self.edit_button.clicked.connect(edit)
        self.delete_button.clicked.connect(delete)
        self.table.itemActivated.connect(lambda _i: edit())
        add_shortcut(self.table, QKeySequence(QKeySequence.StandardKey.Delete), delete)
