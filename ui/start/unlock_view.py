"""The unlock screen: pick a vault by name, type the passphrase (or the recovery key), open it.

Opening runs Argon2 off the GUI thread. The expected failures (wrong passphrase, damaged vault, vault
from a newer Amparo, a folder that is no vault, a vault busy in another window, a full disk) are shown
as clear messages in the view; nothing is modified. A vault on read-only media opens for reading only,
and the user is told so.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from content.i18n import _, language
from ui.accessibility.text_size import scaled_font
from ui.app.prefs import VAULT_SUFFIX, Prefs
from ui.app.worker import Task, run_task
from ui.privacy.file_dialogs import choose_copy_to_open, choose_vault_folder
from ui.start.passphrase import PassphraseField
from ui.start.unlock_messages import error_message, not_a_vault_message, read_only_notice

if TYPE_CHECKING:
    from storage import Vault

_PATH_ROLE = Qt.ItemDataRole.UserRole


class UnlockView(QWidget):
    """Vault list, passphrase or recovery key, Unlock; emits `unlocked(vault)` on success."""

    unlocked = Signal(object)
    back_requested = Signal()
    create_requested = Signal()

    def __init__(self, prefs: Prefs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._prefs = prefs
        self.task: Task | None = None
        self._recovery = False
        self._error: Callable[[], str] | None = None
        self._notice: Callable[[], str] | None = None

        self.heading = QLabel(self)
        self.heading.setFont(scaled_font(self, 1.6, bold=True))
        # Why the vault is locked when Amparo did it by itself (idle time), in words.
        self.notice_label = QLabel(self)
        self.notice_label.setWordWrap(True)
        self.notice_label.setStyleSheet("background: #fff4d6; border: 1px solid #d9b44a; padding: 6px;")
        self.notice_label.setVisible(False)
        self.list_label = QLabel(self)
        self.vault_list = QListWidget(self)
        self.vault_list.setFont(scaled_font(self, 1.2))
        self.vault_list.setMinimumHeight(120)
        self.empty_label = QLabel(self)
        self.empty_label.setWordWrap(True)
        self.other_button = QPushButton(self)
        self.create_button = QPushButton(self)
        # Brings back a copy saved elsewhere ("Save a copy to…", `backup --out`) as a new vault.
        self.copy_button = QPushButton(self)

        self.secret_label = QLabel(self)
        self.passphrase = PassphraseField(self)
        self.recovery_edit = QLineEdit(self)
        self.recovery_edit.setVisible(False)
        self.mode_button = QPushButton(self)
        self.mode_button.setFlat(True)
        self.mode_button.setStyleSheet("text-decoration: underline; text-align: left;")
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020; font-weight: bold;")
        # Offered only when the key file is damaged: Amparo keeps a spare copy of it in backups/.
        self.repair_button = QPushButton(self)
        # Offered for a wrong entry: a folder that is no vault, or one that is gone.
        self.remove_button = QPushButton(self)
        self._removed: set[str] = set()  # for this session only: Amparo keeps no list of vault paths
        self.read_only_box: QMessageBox | None = None
        # Offered only when the database is damaged: the newest backup that passes its checks.
        self.restore_button = QPushButton(self)
        self._hide_error()
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setVisible(False)
        self.busy_label = QLabel(self)
        self.busy_label.setVisible(False)
        self.back_button = QPushButton(self)
        self.unlock_button = QPushButton(self)
        self.unlock_button.setDefault(True)
        self.unlock_button.setFont(scaled_font(self, 1.15, bold=True))

        list_buttons = QHBoxLayout()
        list_buttons.addWidget(self.other_button)
        list_buttons.addWidget(self.create_button)
        list_buttons.addWidget(self.copy_button)
        list_buttons.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)

        column = QVBoxLayout()
        column.addWidget(self.heading)
        column.addWidget(self.notice_label)
        column.addWidget(self.list_label)
        column.addWidget(self.vault_list, 1)
        column.addWidget(self.empty_label)
        column.addLayout(list_buttons)
        column.addSpacing(12)
        column.addWidget(self.secret_label)
        column.addWidget(self.passphrase)
        column.addWidget(self.recovery_edit)
        column.addWidget(self.mode_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(self.error_label)
        column.addWidget(self.repair_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(self.restore_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(self.busy_label)
        column.addWidget(self.busy_bar)
        column.addStretch(1)
        column.addLayout(buttons)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(column, 3)
        outer.addStretch(1)

        self.other_button.clicked.connect(self.choose_other)
        self.create_button.clicked.connect(self.create_requested)
        self.mode_button.clicked.connect(lambda: self.set_recovery_mode(not self._recovery))
        self.back_button.clicked.connect(self.back_requested)
        self.unlock_button.clicked.connect(self.submit)
        self.repair_button.clicked.connect(self.repair)
        self.remove_button.clicked.connect(self.remove_selected)
        remove_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.vault_list)
        remove_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        remove_key.activated.connect(self.remove_selected)
        self.restore_button.clicked.connect(self.restore_newest)
        self.copy_button.clicked.connect(self.restore_copy)
        self.passphrase.return_pressed.connect(self.submit)
        self.recovery_edit.returnPressed.connect(self.submit)
        self.vault_list.itemActivated.connect(lambda _item: self._focus_secret())
        self.vault_list.currentItemChanged.connect(lambda *_args: self._hide_error())

        self.setTabOrder(self.vault_list, self.other_button)
        self.setTabOrder(self.other_button, self.create_button)
        self.setTabOrder(self.create_button, self.copy_button)
        self.setTabOrder(self.copy_button, self.passphrase.edit)
        self.setTabOrder(self.passphrase.edit, self.recovery_edit)
        self.setTabOrder(self.recovery_edit, self.mode_button)
        self.setTabOrder(self.mode_button, self.repair_button)
        self.setTabOrder(self.repair_button, self.restore_button)
        self.setTabOrder(self.restore_button, self.remove_button)
        self.setTabOrder(self.remove_button, self.unlock_button)
        self.setTabOrder(self.unlock_button, self.back_button)
        self.retranslate()
        self.reload()

    # --- list ------------------------------------------------------------------------------------
    def reload(self, select: Path | None = None) -> None:
        """List the vaults of the default folder (names only) and keep `select` chosen if given."""
        self.vault_list.clear()
        for name in self._prefs.vault_names():
            path = self._prefs.vault_path(name)
            if str(path) not in self._removed:
                self._add_item(name, path)
        if select is not None:
            self.select_path(select)
        elif self.vault_list.count():
            self.vault_list.setCurrentRow(0)
        self._update_empty()

    def _add_item(self, name: str, path: Path) -> QListWidgetItem:
        item = QListWidgetItem(name, self.vault_list)
        item.setData(_PATH_ROLE, str(path))
        return item

    def select_path(self, path: Path) -> None:
        """Choose `path` in the list, adding it for this session if it lives in another folder."""
        for row in range(self.vault_list.count()):
            item = self.vault_list.item(row)
            if Path(item.data(_PATH_ROLE)) == path:
                self.vault_list.setCurrentItem(item)
                return
        name = path.name[: -len(VAULT_SUFFIX)] if path.name.endswith(VAULT_SUFFIX) else path.name
        self.vault_list.setCurrentItem(self._add_item(name, path))
        self._update_empty()

    def selected_path(self) -> Path | None:
        item = self.vault_list.currentItem()
        return Path(item.data(_PATH_ROLE)) if item is not None else None

    def _update_empty(self) -> None:
        empty = self.vault_list.count() == 0
        self.empty_label.setVisible(empty)

    def choose_other(self) -> None:
        chosen = choose_vault_folder(self, self._prefs.vaults_dir)
        if chosen is not None:
            self.add_other(chosen)

    def add_other(self, chosen: Path) -> bool:
        """Add a folder picked with "Open another vault…" — only if it is a vault; else say plainly why not."""
        from storage import NotAVault
        from storage.vault_folder import require_vault

        try:
            require_vault(chosen)
        except NotAVault:
            self.show_error(lambda: not_a_vault_message(chosen))
            return False
        self._removed.discard(str(chosen))
        self.select_path(chosen)
        self._focus_secret()
        return True

    def remove_selected(self) -> None:
        """Take the selected entry off the list (for this session; the folder itself is not touched)."""
        row = self.vault_list.currentRow()
        path = self.selected_path()
        if path is None:
            return
        self._removed.add(str(path))
        self.vault_list.takeItem(row)
        self._hide_error()
        self._update_empty()

    # --- passphrase / recovery key -------------------------------------------------------------------
    def set_recovery_mode(self, on: bool) -> None:
        self._recovery = on
        self.passphrase.setVisible(not on)
        self.recovery_edit.setVisible(on)
        self.passphrase.clear()
        self.recovery_edit.clear()
        self._hide_error()
        self.retranslate()
        self._focus_secret()

    @property
    def recovery_mode(self) -> bool:
        return self._recovery

    def _focus_secret(self) -> None:
        (self.recovery_edit if self._recovery else self.passphrase.edit).setFocus()

    def reset(self) -> None:
        """Forget what was typed and any message (called when the screen is shown again)."""
        self.passphrase.clear()
        self.recovery_edit.clear()
        self._hide_error()
        self.show_notice(None)
        self._set_busy(False)
        if self._recovery:
            self.set_recovery_mode(False)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self._focus_secret()

    # --- unlocking -------------------------------------------------------------------------------
    def _set_busy(self, busy: bool) -> None:
        if not busy:
            self.busy_label.setText(_("Unlocking… this takes a few seconds."))
        for widget in (self.vault_list, self.other_button, self.create_button, self.passphrase,
                       self.recovery_edit, self.mode_button, self.unlock_button, self.back_button,
                       self.repair_button, self.restore_button, self.copy_button):
            widget.setEnabled(not busy)
        self.busy_bar.setVisible(busy)
        self.busy_label.setVisible(busy)

    def show_error(self, message: Callable[[], str]) -> None:
        """Show a message; it is a callable so a language switch can say it again in the new language."""
        self._error = message
        self.error_label.setText(message())
        self.error_label.setVisible(True)

    def show_notice(self, message: Callable[[], str] | None) -> None:
        """Say why the vault was locked (a callable, so a language switch says it again); None hides it."""
        self._notice = message
        self.notice_label.setText(message() if message is not None else "")
        self.notice_label.setVisible(message is not None)

    def _hide_error(self) -> None:
        self._error = None
        self.error_label.setVisible(False)
        self.repair_button.setVisible(False)
        self.remove_button.setVisible(False)
        self.restore_button.setVisible(False)

    def submit(self) -> None:
        path = self.selected_path()
        if path is None:
            self.show_error(lambda: _("Please choose a vault first."))
            return
        secret = self.recovery_edit.text().strip() if self._recovery else self.passphrase.text()
        if not secret:
            recovery = self._recovery
            self.show_error(lambda: _("Please type the recovery key.") if recovery
                            else _("Please type the passphrase."))
            self._focus_secret()
            return
        self._hide_error()
        self._set_busy(True)
        recovery = self._recovery

        def open_vault() -> Vault:
            from storage import Vault
            from storage.vault_folder import ACCESS_AUTO

            if recovery:
                return Vault.open_with_recovery_key(path, secret, access=ACCESS_AUTO)
            return Vault.open(path, secret, access=ACCESS_AUTO)

        self.task = run_task(open_vault, self._opened, self._failed)

    def repair(self) -> None:
        """Put back the spare key file (only once it proves it opens the vault), then open."""
        path = self.selected_path()
        secret = self.recovery_edit.text().strip() if self._recovery else self.passphrase.text()
        if path is None or not secret:
            return
        self._hide_error()
        self._set_busy(True)
        recovery = self._recovery

        def repair_and_open() -> Vault:
            from storage import Vault

            vault, _repaired = Vault.repair_key_file(path, secret, recovery=recovery)
            return vault

        self.task = run_task(repair_and_open, self._opened, self._failed)

    def restore_newest(self) -> None:
        """Put back the newest backup that passes its checks (once the secret proves itself), then open."""
        path = self.selected_path()
        secret = self.recovery_edit.text().strip() if self._recovery else self.passphrase.text()
        if path is None or not secret:
            return
        self._hide_error()
        self._set_busy(True)
        self.busy_label.setText(_("Checking the backups and restoring the newest sound one… this can take a "
                                  "minute."))
        recovery = self._recovery

        def restore_and_open() -> tuple[Vault, Any]:
            from storage import Vault

            vault, used, _kept = Vault.restore_newest_backup(path, secret, recovery=recovery)
            return vault, used

        def restored(result: tuple[Vault, Any]) -> None:
            from ui.wording.backup_words import when_words  # loads storage: only once a vault is in play

            vault, used = result
            self._opened(vault)
            self.announce(_("The vault was restored from the backup of {when}. Anything added after that "
                            "backup is not in it. The damaged file was kept in the vault's backups "
                            "folder.").format(when=when_words(used.made_at, language())))

        self.task = run_task(restore_and_open, restored, self._failed)

    def announce(self, text: str) -> None:
        """Tell what a restore brought back (tests replace this method)."""
        QMessageBox.information(self.window(), "Amparo", text)

    def ask_copy_file(self) -> Path | None:
        """Which copy to restore (tests replace this method)."""
        return choose_copy_to_open(self, Path.home())

    def restore_copy(self) -> bool:
        """Make a new vault in Amparo's folder from a copy saved elsewhere, with the secret of its day."""
        secret = self.recovery_edit.text().strip() if self._recovery else self.passphrase.text()
        if not secret:
            recovery = self._recovery
            self.show_error(lambda: _("First type the recovery key that was in use when the copy was made, "
                                      "then press “Restore a copy…”.") if recovery
                            else _("First type the passphrase that was in use when the copy was made, then "
                                   "press “Restore a copy…”."))
            self._focus_secret()
            return False
        copy = self.ask_copy_file()
        if copy is None:
            return False
        target = self._new_vault_path(copy)
        self._hide_error()
        self._set_busy(True)
        self.busy_label.setText(_("Checking the copy and restoring it… this can take a minute."))
        recovery = self._recovery

        def restore_and_open() -> Vault:
            from storage import Vault

            vault, _kept = Vault.restore_from_copy(copy, target, secret, recovery=recovery)
            return vault

        def opened(vault: Vault) -> None:
            self.reload(select=target)
            self._opened(vault)

        self.task = run_task(restore_and_open, opened, self._failed)
        return True

    def _new_vault_path(self, copy: Path) -> Path:
        """A free vault name in Amparo's folder, from the copy's file name."""
        from storage.backups import COPY_SUFFIX

        stem = copy.name.removesuffix(COPY_SUFFIX) or "Amparo"
        folder = self._prefs.ensure_vaults_dir()
        candidate, n = folder / f"{stem}{VAULT_SUFFIX}", 2
        while candidate.exists():
            candidate, n = folder / f"{stem} ({n}){VAULT_SUFFIX}", n + 1
        return candidate

    def _opened(self, vault: Vault) -> None:
        self._set_busy(False)
        self.show_notice(None)
        self.passphrase.clear()
        self.recovery_edit.clear()
        self.unlocked.emit(vault)
        if vault.on_read_only_media:
            self.read_only_box = QMessageBox(QMessageBox.Icon.Information, "Amparo", read_only_notice(),
                                             QMessageBox.StandardButton.Ok, self.window())
            self.read_only_box.open()  # not exec(): the vault is already shown behind it

    def _failed(self, error: BaseException) -> None:
        from storage import KeyFileDamaged, NotAVault, VaultDamaged

        self._set_busy(False)
        recovery = self._recovery
        path = self.selected_path()
        self.show_error(lambda: error_message(error, recovery, path))
        # Repair only helps where a vault's database is there to be opened with the spare key file.
        self.repair_button.setVisible(
            isinstance(error, KeyFileDamaged) and path is not None and (path / "vault.db").exists()
        )
        self.remove_button.setVisible(isinstance(error, NotAVault))
        self.restore_button.setVisible(type(error) is VaultDamaged)  # not a key file, copy or backup failure
        if self._recovery:
            self.recovery_edit.selectAll()
        else:
            self.passphrase.edit.selectAll()
        self._focus_secret()

    def retranslate(self) -> None:
        self.heading.setText(_("Open a vault"))
        self.list_label.setText(_("Vaults on this computer:"))
        self.vault_list.setAccessibleName(_("Vaults on this computer"))
        self.empty_label.setText(_("There is no vault in Amparo's folder yet. Create one, or open one "
                                   "from another folder or a USB drive."))
        self.other_button.setText(_("Open another vault…"))
        self.other_button.setAccessibleName(_("Open another vault"))
        self.create_button.setText(_("Create a new vault"))
        if self._recovery:
            self.secret_label.setText(_("Recovery key:"))
            self.mode_button.setText(_("Use the passphrase instead"))
        else:
            self.secret_label.setText(_("Passphrase:"))
            self.mode_button.setText(_("Forgot the passphrase? Use the recovery key instead"))
        self.passphrase.set_accessible_name(_("Passphrase"))
        self.recovery_edit.setAccessibleName(_("Recovery key"))
        self.recovery_edit.setPlaceholderText(_("Type the recovery key exactly as printed"))
        self.mode_button.setAccessibleName(self.mode_button.text())
        self.busy_label.setText(_("Unlocking… this takes a few seconds."))
        self.busy_bar.setAccessibleName(_("Working"))
        self.back_button.setText(_("Back"))
        self.unlock_button.setText(_("Unlock"))
        self.repair_button.setText(_("Repair and open"))
        self.repair_button.setAccessibleName(_("Repair the key file from its spare copy and open the vault"))
        self.remove_button.setText(_("Remove from this list"))
        self.remove_button.setAccessibleName(_("Remove the selected entry from this list"))
        self.restore_button.setText(_("Restore the newest backup"))
        self.restore_button.setAccessibleName(_("Restore the newest backup that passes its checks and open the "
                                                "vault"))
        self.copy_button.setText(_("Restore a copy…"))
        self.copy_button.setAccessibleName(_("Restore a copy saved elsewhere as a new vault"))
        self.passphrase.retranslate()
        if self._error is not None:
            self.error_label.setText(self._error())
        if self._notice is not None:
            self.notice_label.setText(self._notice())
