"""The new recovery key after a re-encryption: shown once, printable, closed only once stored.

The old recovery key stops working at that moment, so the dialog cannot be dismissed before the user
confirms the new one is kept somewhere safe (as when a vault is created).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from content.i18n import _
from ui.accessibility.text_size import scaled_font
from ui.start.recovery_sheet import print_recovery_key


class NewRecoveryKeyDialog(QDialog):
    """Shows `key` large with Print; Close is enabled once "I have stored it" is ticked."""

    def __init__(self, key: str, vault_name: str, made_on: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Amparo")
        self.setModal(True)
        self.key = key
        self.vault_name, self.made_on = vault_name, made_on  # printed on the sheet
        self.heading = QLabel(_("Your new recovery key"), self)
        self.heading.setFont(scaled_font(self, 1.4, bold=True))
        self.explain = QLabel(_("The vault was re-encrypted. The old recovery key no longer opens it: write "
                                "this new one down or print it, and keep it somewhere safe and private. It is "
                                "shown only this once."), self)
        self.explain.setWordWrap(True)
        self.key_label = QLabel(key, self)
        self.key_label.setFont(scaled_font(self, 1.5, bold=True))
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_label.setAccessibleName(_("New recovery key"))
        self.print_button = QPushButton(_("Print the recovery key…"), self)
        self.stored_check = QCheckBox(_("I have stored the new recovery key somewhere safe"), self)
        self.close_button = QPushButton(_("Close"), self)
        self.close_button.setEnabled(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        column = QVBoxLayout(self)
        column.addWidget(self.heading)
        column.addWidget(self.explain)
        column.addWidget(self.key_label)
        column.addWidget(self.stored_check)
        column.addLayout(buttons)
        self.print_button.clicked.connect(
            lambda: print_recovery_key(self, self.key, self.vault_name, self.made_on))
        self.stored_check.toggled.connect(self.close_button.setEnabled)
        self.close_button.clicked.connect(self.accept)

    def reject(self) -> None:
        # Escape and the window's close button wait for the confirmation too.
        if self.stored_check.isChecked():
            super().reject()

    def done(self, result: Any) -> None:
        super().done(result)
        self.key = ""
        self.key_label.clear()
