"""What Amparo says around a lock for idle time: a warning while a form is open, a notice after.

Locking destroys every screen of the vault, an open form with it; what was typed there and not
saved cannot be kept without writing it somewhere outside the vault. So Amparo warns a minute ahead
(any key or mouse move cancels the lock), and the unlock screen says afterwards what happened.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from content.i18n import _, ngettext


def idle_lock_notice(minutes: int, form_closed: bool) -> str:
    """The unlock screen's words after an idle lock (in the current language)."""
    text = ngettext("Amparo locked itself after {count} minute without use.",
                    "Amparo locked itself after {count} minutes without use.", minutes).format(count=minutes)
    if form_closed:
        text += " " + _("A form was open: what was typed in it and not saved was not kept.")
    return text


def warn_before_idle_lock(form: QWidget) -> QMessageBox:
    """Over an open form: the lock is near and unsaved typing will be lost (window-modal, not blocking)."""
    box = QMessageBox(form)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle("Amparo")
    box.setText(_("Amparo will lock itself in less than a minute, because it has not been used."))
    box.setInformativeText(_("What you typed in this form and did not save will be lost. Press any key "
                             "or move the mouse to keep working, and save soon."))
    box.addButton(_("Keep working"), QMessageBox.ButtonRole.AcceptRole)
    box.open()
    return box
