"""Questions and warnings in a small box, with explicit button words and No as the default.

Callers look `confirm` up on this module at call time (`questions.confirm(...)`), so tests can answer
for the user by replacing it here.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from content.i18n import _


def confirm(parent: QWidget | None, title: str, text: str, yes: str, no: str | None = None) -> bool:
    """Ask a yes/no question with explicit button words ("Delete" / "Cancel"), default No.

    Tests replace this function (it is looked up on the module at call time).
    """
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle("Amparo")
    box.setText(title)
    box.setInformativeText(text)
    yes_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    no_button = box.addButton(no or _("Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(no_button)
    box.setEscapeButton(no_button)
    box.exec()
    return box.clickedButton() is yes_button


def inform(parent: QWidget | None, title: str, text: str) -> None:
    """Tell the user something went wrong in words they can act on."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle("Amparo")
    box.setText(title)
    box.setInformativeText(text)
    box.addButton(_("OK"), QMessageBox.ButtonRole.AcceptRole)
    box.exec()
