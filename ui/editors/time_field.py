"""A time-of-day field that keeps what was typed: a line edit read by `domain.time_input`.

A QTimeEdit moves its cursor between hour and minute sections as the user types, so "13:00" could
land as 19:00 and "08:30" as 9:30. Here the text is read as a whole when it is checked, and the time
understood is written next to the field ("= 1:00 p. m.") so a misreading shows before saving.
"""

from __future__ import annotations

from datetime import time

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from content.i18n import _, language
from domain.time_input import parse_time
from domain.validation import Valid
from ui.wording.formatting import time_words


class TimeField(QWidget):
    """A line edit for a time plus a label that shows the time understood; empty means no time."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.setMaxLength(40)
        self.understood = QLabel(self)
        self.understood.setStyleSheet("color: #1b5e20;")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.understood)
        self.setFocusProxy(self.edit)
        self.edit.textChanged.connect(self._show_understood)
        self.retranslate()

    def set_time(self, value: time | None) -> None:
        self.edit.setText(time_words(value, language()) if value is not None else "")

    def time(self) -> time | None:
        """The time typed, or None when the field is empty or cannot be read (the form says why)."""
        result = parse_time(self.edit.text())
        return result.value if isinstance(result, Valid) else None

    def retranslate(self) -> None:
        self.edit.setPlaceholderText(_("for example 13:00 or 1 pm"))
        self._show_understood()

    def _show_understood(self) -> None:
        value = self.time()
        self.understood.setText(_("= {time}").format(time=time_words(value, language())) if value else "")
        self.understood.setAccessibleName(self.understood.text())
