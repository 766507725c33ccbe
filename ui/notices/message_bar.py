"""The strip under a list that says what just happened ("Deleted …") and offers Undo."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QStyle, QWidget

from content.i18n import _


class MessageBar(QFrame):
    """A strip that says what just happened ("Deleted …") with an Undo button; hidden when idle."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("MessageBar { background: #fff4d6; border: 1px solid #d9b44a; }")
        # An icon, not the "ⓘ" character: the fonts Amparo meets often lack it (drawn as a box).
        self.icon = QLabel(self)
        size = self.fontMetrics().height()
        self.icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation).pixmap(size))
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.undo_button = QPushButton(self)
        self.close_button = QPushButton(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.icon)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.undo_button)
        layout.addWidget(self.close_button)
        self._undo: Callable[[], None] | None = None
        self._message: Callable[[], str] | None = None
        self.undo_button.clicked.connect(self._do_undo)
        self.close_button.clicked.connect(self.dismiss)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.undo_button.setText(_("&Undo"))
        self.undo_button.setAccessibleName(_("Undo"))
        self.close_button.setText(_("Dismiss"))
        self.close_button.setAccessibleName(_("Dismiss the message"))
        if self._message is not None:
            self.label.setText(self._message())

    def show_message(self, message: Callable[[], str], undo: Callable[[], None] | None = None) -> None:
        """Show `message()` (a callable, so it can be re-rendered on a language change)."""
        self._message = message
        self._undo = undo
        self.undo_button.setVisible(undo is not None)
        self.label.setText(message())
        self.show()

    @property
    def can_undo(self) -> bool:
        return self._undo is not None

    def _do_undo(self) -> None:
        undo, self._undo = self._undo, None
        self.dismiss()
        if undo is not None:
            undo()

    def dismiss(self) -> None:
        self._undo = None
        self._message = None
        self.hide()
