"""What Amparo says when a change could not be saved for a reason the disk caused.

A vault on a write-protected drive opens for reading only, and a disk can fill up while Amparo runs.
Those are expected outcomes: the form stays open with what was typed, and the message says why in the
user's language and what to do. Any other failure is left to the caller.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from content.i18n import _


def write_refused_message(error: BaseException) -> str | None:
    """Why nothing was saved, for a full or read-only disk or another writer; None for anything else."""
    from storage import DiskFull, ReadOnlyMedia, VaultBusy

    if isinstance(error, ReadOnlyMedia):
        return _("Nothing was saved: this vault is on a disk or folder that cannot be written to (for example a "
                 "write-protected USB drive), so Amparo opened it for reading only.")
    if isinstance(error, DiskFull):
        return _("Nothing was saved: the disk is full. Free some space, then save again.")
    if isinstance(error, VaultBusy):
        return _("Nothing was saved: another Amparo is changing this vault right now. Save again in a moment.")
    return None


def tell_write_refused(parent: QWidget, error: BaseException) -> bool:
    """Show why nothing was saved and return True, or return False when `error` is not one of those."""
    message = write_refused_message(error)
    if message is None:
        return False
    QMessageBox.warning(parent, "Amparo", message)
    return True
