"""Settings of the open vault: locking and the clipboard, the passphrase (with or without re-encrypting),
backups (listed by date in words with their health), restore, the vault folder, and a copy saved elsewhere;
and one choice of this computer: after how long the guides warn that they may be out of date.

All but that last one live inside the vault. Changing the passphrase runs Argon2, so it happens off the GUI
thread; meanwhile `busy_changed(True)` lets the window keep other screens from using the vault.
The change can also re-encrypt the vault under a new key (storage.rekey), which is what revokes
an old passphrase for anyone holding an old copy of the key file; the screen says which does what.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from content.i18n import _, language, ngettext
from content.staleness import MONTH_CHOICES
from storage.backups import BackupHealth, made_at
from storage.pack_store import PackStore
from ui.accessibility.text_size import scaled_font
from ui.app.worker import Task, run_task
from ui.guides.packs import RightsInfoBox
from ui.privacy.clipboard_guard import DEFAULT_CLEAR_SECONDS, parse_seconds
from ui.privacy.clipboard_guard import SETTING_KEY as CLIPBOARD_KEY
from ui.settings.backup_actions import BackupActions
from ui.shell.lock import DEFAULT_AUTOLOCK_MINUTES, parse_minutes
from ui.start.create_vault import passphrase_problem
from ui.start.passphrase import PassphraseField, StrengthMeter, strength
from ui.wording.backup_words import backup_line, when_words

if TYPE_CHECKING:
    from ui.app.prefs import Prefs
    from ui.shell.session import Session

AUTOLOCK_KEY = "autolock_minutes"
_PATH_ROLE = Qt.ItemDataRole.UserRole
_NAME_SAMPLE = 200  # people whose names the passphrase meter treats as easy guesses


class SettingsView(BackupActions, QWidget):
    """The vault's own settings screen."""

    autolock_changed = Signal(int)
    clipboard_changed = Signal(int)
    busy_changed = Signal(bool)
    review_months_changed = Signal(int)

    def __init__(self, session: Session, parent: QWidget | None = None, *, prefs: Prefs | None = None,
                 pack_store: PackStore | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._prefs = prefs
        self.task: Task | None = None
        self.health_task: Task | None = None
        # Backups never change once made, so each is checked once per session (a full read each).
        self._health: dict[Path, BackupHealth] = {}
        self._messages: dict[str, tuple[QLabel, Callable[[], str]]] = {}

        self.heading = QLabel(self)
        self.heading.setFont(scaled_font(self, 1.5, bold=True))

        # Auto-lock
        self.lock_box = QGroupBox(self)
        self.autolock_label = QLabel(self.lock_box)
        self.autolock_spin = QSpinBox(self.lock_box)
        self.autolock_spin.setRange(1, 240)
        self.autolock_spin.setMaximumWidth(self.autolock_spin.fontMetrics().horizontalAdvance("0" * 12) + 40)
        self.autolock_label.setBuddy(self.autolock_spin)
        self.clipboard_label = QLabel(self.lock_box)
        self.clipboard_spin = QSpinBox(self.lock_box)
        self.clipboard_spin.setRange(5, 600)
        self.clipboard_spin.setMaximumWidth(self.autolock_spin.maximumWidth())
        self.clipboard_label.setBuddy(self.clipboard_spin)
        self.system_lock_note = QLabel(self.lock_box)
        self.system_lock_note.setObjectName("system_lock_note")
        self.system_lock_note.setWordWrap(True)
        self._system_lock_watching: list[str] = []
        lock_form = QFormLayout(self.lock_box)
        lock_form.addRow(self.autolock_label, self.autolock_spin)
        lock_form.addRow(self.clipboard_label, self.clipboard_spin)
        lock_form.addRow(self.system_lock_note)

        # Rights information: a choice of this computer, kept with the language outside the vault
        # (the guides screen reads it without a vault).
        self.content_box = QGroupBox(self)
        self.review_label = QLabel(self.content_box)
        self.review_combo = QComboBox(self.content_box)
        for months in MONTH_CHOICES:
            self.review_combo.addItem("", months)
        self.review_label.setBuddy(self.review_combo)
        self.review_note = QLabel(self.content_box)
        self.review_note.setWordWrap(True)
        content_form = QFormLayout(self.content_box)
        content_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        content_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        content_form.addRow(self.review_label, self.review_combo)
        content_form.addRow(self.review_note)
        self.content_box.setVisible(prefs is not None)
        if prefs is not None:
            self.review_combo.setCurrentIndex(MONTH_CHOICES.index(prefs.review_months()))
        self.review_combo.currentIndexChanged.connect(self._save_review_months)

        # Backups
        self.backup_box = QGroupBox(self)
        self.backup_intro = QLabel(self.backup_box)
        self.backup_intro.setWordWrap(True)
        self.folder_label = QLabel(self.backup_box)
        self.folder_path = QLabel(str(session.vault.path), self.backup_box)
        self.folder_path.setObjectName("folder_path")
        self.folder_path.setWordWrap(True)
        self.folder_path.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                                 | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.folder_path.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.show_folder_button = QPushButton(self.backup_box)
        self.backup_button = QPushButton(self.backup_box)
        self.save_copy_button = QPushButton(self.backup_box)
        self.backup_status = QLabel(self.backup_box)
        self.backup_status.setObjectName("backup_status")
        self.backup_status.setWordWrap(True)
        self.backup_list = QListWidget(self.backup_box)
        self.backup_list.setMinimumHeight(90)
        self.restore_button = QPushButton(self.backup_box)
        backup_layout = QVBoxLayout(self.backup_box)
        backup_layout.addWidget(self.backup_intro)
        backup_layout.addWidget(self.folder_label)
        row = QHBoxLayout()
        row.addWidget(self.folder_path, 1)
        row.addWidget(self.show_folder_button)
        backup_layout.addLayout(row)
        row = QHBoxLayout()
        row.addWidget(self.backup_button)
        row.addWidget(self.save_copy_button)
        row.addStretch(1)
        backup_layout.addLayout(row)
        backup_layout.addWidget(self.backup_status)
        backup_layout.addWidget(self.backup_list)
        row = QHBoxLayout()
        row.addWidget(self.restore_button)
        row.addStretch(1)
        backup_layout.addLayout(row)

        # Passphrase
        self.pass_box = QGroupBox(self)
        self.new_label = QLabel(self.pass_box)
        self.new_passphrase = PassphraseField(self.pass_box)
        self.repeat_label = QLabel(self.pass_box)
        self.repeat_passphrase = PassphraseField(self.pass_box)
        self.meter = StrengthMeter(self.pass_box)
        self.reencrypt_check = QCheckBox(self.pass_box)
        self.reencrypt_help = QLabel(self.pass_box)
        self.reencrypt_help.setWordWrap(True)
        self.change_button = QPushButton(self.pass_box)
        self.recovery_dialog: QWidget | None = None
        self.pass_status = QLabel(self.pass_box)
        self.pass_status.setObjectName("pass_status")
        self.pass_status.setWordWrap(True)
        self.pass_busy = QProgressBar(self.pass_box)
        self.pass_busy.setRange(0, 0)
        self.pass_busy.setVisible(False)
        self.new_label.setBuddy(self.new_passphrase.edit)
        self.repeat_label.setBuddy(self.repeat_passphrase.edit)
        pass_form = QFormLayout(self.pass_box)
        pass_form.addRow(self.new_label, self.new_passphrase)
        pass_form.addRow(self.repeat_label, self.repeat_passphrase)
        pass_form.addRow("", self.meter)
        pass_form.addRow("", self.reencrypt_check)
        pass_form.addRow("", self.reencrypt_help)
        change_row = QHBoxLayout()
        change_row.addWidget(self.change_button)
        change_row.addStretch(1)
        pass_form.addRow("", change_row)
        pass_form.addRow("", self.pass_busy)
        pass_form.addRow("", self.pass_status)

        content = QWidget(self)
        column = QVBoxLayout(content)
        column.addWidget(self.heading)
        column.addWidget(self.lock_box)
        column.addWidget(self.pass_box)
        column.addWidget(self.backup_box)
        self.rights_box = RightsInfoBox(pack_store, content) if pack_store is not None else None
        if self.rights_box is not None:
            column.addWidget(self.rights_box)
        column.addWidget(self.content_box)
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        minutes = parse_minutes(session.vault.settings.get(AUTOLOCK_KEY, str(DEFAULT_AUTOLOCK_MINUTES)))
        self.autolock_spin.setValue(minutes)
        self.autolock_spin.valueChanged.connect(self._save_autolock)
        self.clipboard_spin.setValue(parse_seconds(session.vault.settings.get(CLIPBOARD_KEY,
                                                                              str(DEFAULT_CLEAR_SECONDS))))
        self.clipboard_spin.valueChanged.connect(self._save_clipboard)
        self.backup_button.clicked.connect(self.back_up_now)
        self.save_copy_button.clicked.connect(self.save_copy)
        self.show_folder_button.clicked.connect(self.show_folder)
        self.restore_button.clicked.connect(self.restore_selected)
        self.backup_list.currentItemChanged.connect(lambda *_a: self._update_buttons())
        self.new_passphrase.text_changed.connect(self.meter.update_for)
        self.change_button.clicked.connect(self.change_passphrase)
        self.repeat_passphrase.return_pressed.connect(self.change_passphrase)

        self.setTabOrder(self.autolock_spin, self.clipboard_spin)
        self.setTabOrder(self.clipboard_spin, self.new_passphrase.edit)
        self.setTabOrder(self.new_passphrase.edit, self.repeat_passphrase.edit)
        self.setTabOrder(self.repeat_passphrase.edit, self.reencrypt_check)
        self.setTabOrder(self.reencrypt_check, self.change_button)
        self.setTabOrder(self.change_button, self.folder_path)
        self.setTabOrder(self.folder_path, self.show_folder_button)
        self.setTabOrder(self.show_folder_button, self.backup_button)
        self.setTabOrder(self.backup_button, self.save_copy_button)
        self.setTabOrder(self.save_copy_button, self.backup_list)
        self.setTabOrder(self.backup_list, self.restore_button)
        self.setTabOrder(self.restore_button, self.review_combo)
        self.retranslate()
        self.refresh()
        if session.vault.read_only:
            # Opened from read-only media (or while another writer had it): nothing here could be saved.
            self.pass_box.setEnabled(False)
            self._say(self.pass_status, lambda: _("This vault was opened for reading only, so its passphrase "
                                                  "cannot be changed here."))

    # --- common ----------------------------------------------------------------------------------
    def refresh(self) -> None:
        # A family's own names are among an attacker's first guesses (a clinic's first page is enough).
        people = self._session.vault.people.page("", 0, _NAME_SAMPLE)
        self.meter.set_user_inputs(f"{p.given_names} {p.family_names} {p.preferred_name}" for p in people)
        # The backups, newest first, by date in words with their health (checked in the background).
        chosen = self.backup_list.currentItem()
        keep = chosen.data(_PATH_ROLE) if chosen is not None else None
        self.backup_list.clear()
        lang = language()
        unchecked = []
        for path in self._session.vault.backups():
            found = self._health.get(path)
            if found is None:
                unchecked.append(path)
                text = _("{when} — checking…").format(when=when_words(made_at(path), lang))
            else:
                text = backup_line(found, lang)
            item = QListWidgetItem(text, self.backup_list)
            item.setData(_PATH_ROLE, str(path))
            if found is not None and not found.good:
                item.setForeground(QColor("#b00020"))  # the same red as error messages
            item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
            if str(path) == keep:
                self.backup_list.setCurrentItem(item)
        if unchecked and (self.health_task is None or not self.health_task.running):
            vault = self._session.vault
            self.health_task = run_task(lambda: vault.backup_health(unchecked), self._checked, lambda _e: None)
        self._update_buttons()

    def _checked(self, found: list[BackupHealth]) -> None:
        if not isValid(self) or not self._session.is_open:
            return  # locked meanwhile: this screen is gone
        self._health.update((h.path, h) for h in found)
        self.refresh()

    def selected_health(self) -> BackupHealth | None:
        item = self.backup_list.currentItem()
        return self._health.get(Path(item.data(_PATH_ROLE))) if item is not None else None

    def _update_buttons(self) -> None:
        health = self.selected_health()
        self.restore_button.setEnabled(health is not None and health.good)

    def retranslate(self) -> None:
        self.heading.setText(_("Settings of this vault"))
        self.lock_box.setTitle(_("Automatic lock"))
        if self.rights_box is not None:
            self.rights_box.retranslate()
        self.autolock_label.setText(_("Lock after this many &minutes without use:"))
        self.autolock_spin.setAccessibleName(_("Minutes without use before Amparo locks"))
        self.autolock_spin.setSuffix(" " + _("min"))
        self.clipboard_label.setText(_("Clear what Amparo &copied after:"))
        self.clipboard_spin.setAccessibleName(_("Seconds before Amparo clears what it copied"))
        self.clipboard_spin.setSuffix(" " + _("s"))
        self.system_lock_note.setText(self._system_lock_text())
        self.backup_box.setTitle(_("Backups"))
        self.backup_intro.setText(_("A backup is an encrypted copy kept inside the vault folder. Amparo "
                                    "keeps the last 10 and checks each one. To keep a copy somewhere else, "
                                    "such as a USB drive, use “Save a copy to…”: that one file opens with "
                                    "the passphrase or the recovery key you use today."))
        self.folder_label.setText(_("The vault folder is here:"))
        self.folder_path.setAccessibleName(_("Where the vault folder is"))
        self.show_folder_button.setText(_("Show the vault folder"))
        self.backup_button.setText(_("Back up now"))
        self.save_copy_button.setText(_("Save a copy to…"))
        self.backup_list.setAccessibleName(_("Backups, newest first"))
        self.restore_button.setText(_("Restore the selected backup…"))
        self.pass_box.setTitle(_("Change the passphrase"))
        self.new_label.setText(_("&New passphrase:"))
        self.new_passphrase.set_accessible_name(_("New passphrase"))
        self.repeat_label.setText(_("Repeat the new passphrase:"))
        self.repeat_passphrase.set_accessible_name(_("Repeat the new passphrase"))
        self.change_button.setText(_("Change the passphrase"))
        self.reencrypt_check.setText(_("Also &re-encrypt the vault with a new key (gives a new recovery key)"))
        self.reencrypt_help.setText(_(
            "Changing the passphrase alone is enough when you simply want a new one: the old passphrase stops "
            "working here. But someone who kept an old copy of the vault folder, and knows the old passphrase "
            "or the old recovery key, could still open today's data with it. Re-encrypting closes that door: "
            "the vault and its backups get a new key, and the old passphrase, the old recovery key and old "
            "copies of the key file open nothing new. Old copies of the folder still hold the data as it was "
            "then."))
        self.pass_busy.setAccessibleName(_("Working"))
        self.content_box.setTitle(_("Age of the rights information"))
        self.review_label.setText(_("&Warn when the guides were last reviewed more than:"))
        for index, months in enumerate(MONTH_CHOICES):
            self.review_combo.setItemText(index, ngettext("{n} month", "{n} months", months).format(n=months))
        self.review_combo.setAccessibleName(_("Warn when the guides were last reviewed more than this long ago"))
        self.review_note.setText(_("The law changes. When the guides are older than this, the guides screen says "
                                   "so and how to get newer information. This choice is kept on this computer, "
                                   "outside the vault."))
        for field in (self.new_passphrase, self.repeat_passphrase):
            field.retranslate()
        self.meter.retranslate()
        self.refresh_status_texts()
        if self._session.is_open:
            self.refresh()

    def refresh_status_texts(self) -> None:
        for label, producer in self._messages.values():
            label.setText(producer())

    def _say(self, label: QLabel, producer: Callable[[], str]) -> None:
        """Show a message produced in the current language, and again after a language switch."""
        self._messages[label.objectName()] = (label, producer)
        self.refresh_status_texts()

    # --- rights information ----------------------------------------------------------------------
    def _save_review_months(self, index: int) -> None:
        if self._prefs is None or index < 0:
            return
        months = int(self.review_combo.itemData(index))
        # If the choice can't be saved, it still applies to the guides open now.
        with contextlib.suppress(OSError):
            self._prefs.save_review_months(months)
        self.review_months_changed.emit(months)

    # --- auto-lock -------------------------------------------------------------------------------
    def _save_autolock(self, minutes: int) -> None:
        self._session.vault.settings.set(AUTOLOCK_KEY, str(minutes))
        self.autolock_changed.emit(minutes)

    def _save_clipboard(self, seconds: int) -> None:
        self._session.vault.settings.set(CLIPBOARD_KEY, str(seconds))
        self.clipboard_changed.emit(seconds)

    def show_system_lock(self, watching: list[str]) -> None:
        """Say which of the computer's own events also lock the vault (from `ui.shell.system_lock`)."""
        self._system_lock_watching = list(watching)
        self.system_lock_note.setText(self._system_lock_text())

    def _system_lock_text(self) -> str:
        if not self._system_lock_watching:
            return _("On this computer Amparo cannot tell when the computer sleeps or the screen locks: "
                     "it locks only after the minutes above without use, or when you press Ctrl+L. "
                     "Lock it yourself before you close the lid or step away.")
        return _("Amparo also locks by itself when the computer goes to sleep, when the screen locks, and "
                 "when another user switches to their own session, as far as this computer reports it.")

    # --- passphrase ------------------------------------------------------------------------------
    def change_passphrase(self) -> None:
        first, second = self.new_passphrase.text(), self.repeat_passphrase.text()
        problem = passphrase_problem(first, second, strength(first, self.meter.user_inputs))
        if problem is not None:
            self._say(self.pass_status, lambda: problem)
            return
        vault = self._session.vault
        self._set_busy(True)
        if self.reencrypt_check.isChecked():
            from storage.rekey import reencrypt

            self._say(self.pass_status, lambda: _("Changing the passphrase and re-encrypting the vault and its "
                                                  "backups… this can take a minute for a large vault."))
            self.task = run_task(lambda: reencrypt(vault, first), self._reencrypted, self._change_failed)
            return
        self._say(self.pass_status, lambda: _("Changing the passphrase… this takes a few seconds."))
        self.task = run_task(lambda: vault.change_passphrase(first), self._changed, self._change_failed)

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.new_passphrase, self.repeat_passphrase, self.change_button, self.backup_button,
                       self.save_copy_button, self.restore_button, self.autolock_spin, self.reencrypt_check):
            widget.setEnabled(not busy)
        self.pass_busy.setVisible(busy)
        if not busy:
            self._update_buttons()
        self.busy_changed.emit(busy)

    def _changed(self, _result: object) -> None:
        self._set_busy(False)
        self.new_passphrase.clear()
        self.repeat_passphrase.clear()
        self.meter.update_for("")
        self._say(self.pass_status, lambda: _("The passphrase was changed. Use the new one from now on. "
                                              "The recovery key stays the same."))

    def _reencrypted(self, recovery: str) -> None:
        from ui.settings.new_recovery_key import NewRecoveryKeyDialog

        self._set_busy(False)
        self.new_passphrase.clear()
        self.repeat_passphrase.clear()
        self.reencrypt_check.setChecked(False)
        self.meter.update_for("")
        self._say(self.pass_status, lambda: _("The passphrase was changed and the vault re-encrypted. Use the new "
                                              "passphrase and the new recovery key from now on; the old ones no "
                                              "longer open it."))
        self.refresh()
        vault = self._session.vault
        dialog = NewRecoveryKeyDialog(recovery, vault.path.name.removesuffix(".amparo"), self._session.clock.today(),
                                      self.window())
        self.recovery_dialog = dialog
        dialog.open()

    def _change_failed(self, error: BaseException) -> None:
        from storage import DiskFull, ReadOnlyMedia

        self._set_busy(False)
        kind = type(error).__name__
        if isinstance(error, DiskFull):
            self._say(self.pass_status, lambda: _("The passphrase was not changed: the disk is full. The old one "
                                                  "still works. Free some space and try again."))
        elif isinstance(error, ReadOnlyMedia):
            self._say(self.pass_status, lambda: _("The passphrase was not changed: this vault is on a disk or "
                                                  "folder that cannot be written to. The old one still works."))
        else:
            self._say(self.pass_status, lambda: _("The passphrase was not changed ({kind}). The old one still "
                                                  "works.").format(kind=kind))
