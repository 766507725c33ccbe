"""What Settings does with backups: make one now, save a copy elsewhere, show the vault folder, restore.

Each runs off the GUI thread and says in the backup status line how it went; only the kind of a
failure is named, never an exception's text, which could carry vault data.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QLabel, QMessageBox

from content.i18n import _, language
from storage.backups import COPY_SUFFIX, BackupHealth, made_at
from ui.app.worker import run_task
from ui.privacy.file_dialogs import choose_copy_to_save
from ui.wording.backup_words import when_words


class BackupActions:
    """The backup actions of `SettingsView`, which mixes this class in and provides the session, the
    backup status line, the busy state and the list of backups."""

    _session: Any
    backup_status: QLabel
    task: Any

    if TYPE_CHECKING:  # provided by SettingsView
        def _set_busy(self, busy: bool) -> None: ...

        def _say(self, label: QLabel, producer: Callable[[], str]) -> None: ...

        def refresh(self) -> None: ...

        def selected_health(self) -> BackupHealth | None: ...

    def back_up_now(self) -> None:
        """Make a backup in the background (about 2 s at 100,000 people); the status says when done."""
        vault = self._session.vault
        self._set_busy(True)
        self._say(self.backup_status, lambda: _("Making a backup…"))
        self.task = run_task(vault.backup, self._backed_up, self._backup_failed)

    def _backed_up(self, path: Path) -> None:
        self._set_busy(False)
        when = made_at(path)
        self._say(self.backup_status, lambda: _("Backup made: {when}.").format(when=when_words(when, language())))
        self.refresh()

    def show_folder(self) -> bool:
        """Open the vault folder in the file manager; the path stays shown for when that is not possible."""
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._session.vault.path)))

    def ask_copy_target(self) -> Path | None:
        """Where to save a copy (tests replace this method)."""
        from datetime import date

        name = f"{self._session.vault.path.stem} {date.today().isoformat()}{COPY_SUFFIX}"
        return choose_copy_to_save(self, Path.home(), name)

    def save_copy(self) -> bool:
        """Save a copy (a fresh backup with today's key file) to a chosen file; False if none was chosen."""
        target = self.ask_copy_target()
        if target is None:
            return False
        vault = self._session.vault
        self._set_busy(True)
        self._say(self.backup_status, lambda: _("Saving a copy…"))
        self.task = run_task(lambda: vault.export_copy(target), lambda _r: self._copy_saved(target),
                             self._copy_failed)
        return True

    def _copy_saved(self, target: Path) -> None:
        self._set_busy(False)
        name = target.name
        self._say(self.backup_status, lambda: _("Copy saved as {name}. It opens with today's passphrase or "
                                                "recovery key, with “Restore a copy…” on the unlock "
                                                "screen.").format(name=name))
        self.refresh()

    def _copy_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if isinstance(error, OSError):
            self._say(self.backup_status, lambda: _("The copy could not be saved there. Check that the drive "
                                                    "is plugged in, has room, and can be written to."))
            return
        kind = type(error).__name__
        self._say(self.backup_status, lambda: _("The copy could not be saved ({kind}).").format(kind=kind))

    def _backup_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        kind = type(error).__name__  # only the kind: an exception's text could carry data
        self._say(self.backup_status, lambda: _("The backup could not be made ({kind}).").format(kind=kind))

    def confirm_restore(self, label: str) -> bool:
        """Ask before replacing the vault's content (tests replace this method)."""
        box = QMessageBox(QMessageBox.Icon.Warning, "Amparo",
                          _("Replace everything in this vault with the backup of {when}? A backup of the "
                            "current state is made first.").format(when=label),
                          QMessageBox.StandardButton.NoButton, self)
        yes = box.addButton(_("Restore"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(_("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return box.clickedButton() is yes

    def restore_selected(self) -> bool:
        """Ask, then restore the chosen backup in the background; False if nothing was started."""
        health = self.selected_health()
        if health is None or not health.good:
            return False
        path = health.path
        if not self.confirm_restore(when_words(health.made_at, language())):
            return False
        vault = self._session.vault
        self._set_busy(True)
        self._say(self.backup_status, lambda: _("Restoring the backup…"))
        self.task = run_task(lambda: vault.restore_backup(path), self._restored, self._restore_failed)
        return True

    def _restored(self, _kept: object) -> None:
        self._set_busy(False)
        self._say(self.backup_status, lambda: _("The backup was restored. What the vault held before is kept "
                                                "as a backup."))
        self.refresh()
        self._session.notify_changed()

    def _restore_failed(self, error: BaseException) -> None:
        from storage import VaultDamaged, VaultTooNew

        self._set_busy(False)
        if isinstance(error, VaultTooNew):
            self._say(self.backup_status, lambda: _("This backup was made by a newer Amparo, so it was not "
                                                    "restored. Nothing was changed."))
        elif isinstance(error, VaultDamaged):
            self._say(self.backup_status, lambda: _("This backup is damaged, so it was not restored. Nothing "
                                                    "was changed. Choose another backup."))
        else:
            kind = type(error).__name__
            self._say(self.backup_status,
                      lambda: _("The backup could not be restored ({kind}).").format(kind=kind))
        self.refresh()
