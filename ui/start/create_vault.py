"""The "create a vault" dialog: a neutral name, the passphrase twice, then the recovery key shown once.

Argon2 (inside `Vault.create`) runs off the GUI thread while the dialog shows a busy page. The
recovery key is shown large with a Print button; the dialog only closes once the user confirms they
stored it, because it is the one way back in if the passphrase is forgotten.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from content.i18n import _
from domain.clock import Clock, SystemClock
from ui.accessibility.hints import describe, mark_required
from ui.accessibility.text_size import scaled_font
from ui.app.prefs import VAULT_SUFFIX, Prefs
from ui.app.worker import Task, run_task
from ui.start.passphrase import MINIMUM_STRENGTH, PassphraseField, Strength, StrengthMeter, strength

if TYPE_CHECKING:
    from storage import Vault

_FORBIDDEN_NAME_CHARS = set('<>:"/\\|?*')
MAX_NAME_LENGTH = 60


def name_problem(name: str, folder: Path) -> str | None:
    """Why `name` can't be a vault name in `folder` (translated), or None when it can."""
    clean = name.strip()
    if not clean:
        return _("Please type a name for the vault.")
    if len(clean) > MAX_NAME_LENGTH:
        return _("Please use a shorter name (at most {count} characters).").format(count=MAX_NAME_LENGTH)
    if clean.startswith(".") or any(c in _FORBIDDEN_NAME_CHARS or ord(c) < 32 for c in clean):
        return _("Please use only letters, numbers, spaces and dashes in the name.")
    if (folder / f"{clean}{VAULT_SUFFIX}").exists():
        return _("A vault with this name already exists. Please choose another name.")
    return None


def passphrase_problem(first: str, second: str, grade: Strength) -> str | None:
    """Why this new passphrase can't be used (translated), or None when it can."""
    if not first:
        return _("Please type a passphrase.")
    if grade < MINIMUM_STRENGTH:
        return _("This passphrase is too easy to guess. Add more words or characters.")
    if first != second:
        return _("The two passphrases are not the same.")
    return None


class CreateVaultDialog(QDialog):
    """Three pages: the form, a busy page while the key is derived, the recovery key."""

    FORM, BUSY, KEY = range(3)
    created = Signal()

    def __init__(self, prefs: Prefs, parent: QWidget | None = None, clock: Clock | None = None) -> None:
        super().__init__(parent)
        self.setModal(True)
        self._prefs = prefs
        self._clock: Clock = clock or SystemClock()
        self._shown_problem: str | None = None
        self.vault: Vault | None = None
        self.recovery_key = ""
        self.task: Task | None = None
        self.pages = QStackedWidget(self)
        self._build_form()
        self._build_busy()
        self._build_key()
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self.resize(560, 520)
        self.retranslate()

    # --- pages -----------------------------------------------------------------------------------
    def _build_form(self) -> None:
        page = QWidget(self)
        self.heading = QLabel(page)
        self.heading.setFont(scaled_font(self, 1.4, bold=True))
        self.name_edit = QLineEdit(page)
        self.name_edit.setMaxLength(MAX_NAME_LENGTH)
        self.name_hint = QLabel(page)
        self.name_hint.setWordWrap(True)
        self.passphrase = PassphraseField(page)
        self.repeat = PassphraseField(page)
        self.meter = StrengthMeter(page)
        self.passphrase_hint = QLabel(page)
        self.passphrase_hint.setWordWrap(True)
        self.error_label = QLabel(page)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020; font-weight: bold;")
        self.error_label.setVisible(False)
        self.cancel_button = QPushButton(page)
        self.create_button = QPushButton(page)
        self.create_button.setDefault(True)

        self.name_label = QLabel(page)
        self.passphrase_label = QLabel(page)
        self.repeat_label = QLabel(page)
        self.name_label.setBuddy(self.name_edit)
        self.passphrase_label.setBuddy(self.passphrase.edit)
        self.repeat_label.setBuddy(self.repeat.edit)
        form = QFormLayout()
        form.addRow(self.name_label, self.name_edit)
        form.addRow("", self.name_hint)
        form.addRow(self.passphrase_label, self.passphrase)
        form.addRow(self.repeat_label, self.repeat)
        form.addRow("", self.meter)
        form.addRow("", self.passphrase_hint)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.create_button)
        layout = QVBoxLayout(page)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        layout.addLayout(buttons)

        self.passphrase.text_changed.connect(self.meter.update_for)
        self.passphrase.text_changed.connect(self._recheck)
        self.repeat.text_changed.connect(self._recheck)
        self.name_edit.textChanged.connect(self._regrade)
        self.name_edit.textChanged.connect(self._recheck)
        self.passphrase.return_pressed.connect(self.repeat.setFocus)
        self.repeat.return_pressed.connect(self.submit)
        self.cancel_button.clicked.connect(self.reject)
        self.create_button.clicked.connect(self.submit)
        for required in self._required_fields():
            mark_required(required)
        self.setTabOrder(self.name_edit, self.passphrase.edit)
        self.setTabOrder(self.passphrase.edit, self.repeat.edit)
        self.setTabOrder(self.repeat.edit, self.create_button)
        self.setTabOrder(self.create_button, self.cancel_button)
        self.pages.addWidget(page)

    def _build_busy(self) -> None:
        page = QWidget(self)
        self.busy_label = QLabel(page)
        self.busy_label.setWordWrap(True)
        self.busy_label.setFont(scaled_font(self, 1.2))
        self.busy_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        bar = QProgressBar(page)
        bar.setRange(0, 0)  # "working", no fake percentage
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(self.busy_label)
        layout.addWidget(bar)
        layout.addStretch(1)
        self.busy_bar = bar
        self.pages.addWidget(page)

    def _build_key(self) -> None:
        page = QWidget(self)
        self.key_heading = QLabel(page)
        self.key_heading.setFont(scaled_font(self, 1.4, bold=True))
        self.key_intro = QLabel(page)
        self.key_intro.setWordWrap(True)
        self.key_label = QLabel(page)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(max(self.font().pointSizeF(), 9.0) * 1.8)
        font.setBold(True)
        self.key_label.setFont(font)
        self.key_label.setWordWrap(True)
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # Not selectable on purpose: copying it would put the key on the clipboard.
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.key_label.setFrameShape(QLabel.Shape.Box)
        self.key_label.setMargin(12)
        self.print_button = QPushButton(page)
        self.stored_check = QCheckBox(page)
        self.continue_button = QPushButton(page)
        self.continue_button.setEnabled(False)
        self.stored_check.toggled.connect(self.continue_button.setEnabled)
        self.print_button.clicked.connect(self.print_key)
        self.continue_button.clicked.connect(self._finish)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        buttons.addWidget(self.continue_button)
        layout = QVBoxLayout(page)
        layout.addWidget(self.key_heading)
        layout.addWidget(self.key_intro)
        layout.addWidget(self.key_label)
        layout.addWidget(self.stored_check)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.setTabOrder(self.print_button, self.stored_check)
        self.setTabOrder(self.stored_check, self.continue_button)
        self.pages.addWidget(page)

    # --- behaviour -------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle("Amparo")
        self.heading.setText(_("Create a new vault"))
        self.name_label.setText(_("&Name of the vault:"))
        self.name_edit.setAccessibleName(_("Name of the vault"))
        self.name_edit.setPlaceholderText(_("For example: Notes 2026"))
        self.name_hint.setText(_("Anyone who uses this computer can see this name. Choose a neutral one "
                                 "that does not say who it is about, for example \"Notes 2026\"."))
        self.passphrase_label.setText(_("&Passphrase:"))
        self.passphrase.set_accessible_name(_("Passphrase"))
        self.repeat_label.setText(_("&Repeat the passphrase:"))
        self.repeat.set_accessible_name(_("Repeat the passphrase"))
        self.passphrase_hint.setText(_("Use several words that only you know. If you forget the passphrase "
                                       "and lose the recovery key, nobody can open the vault."))
        self.cancel_button.setText(_("Cancel"))
        self.create_button.setText(_("Create the vault"))
        self.busy_label.setText(_("Creating and locking the vault. This takes a few seconds…"))
        self.busy_bar.setAccessibleName(_("Working"))
        self.key_heading.setText(_("Your recovery key"))
        self.key_intro.setText(_("If you ever forget the passphrase, this key opens the vault. It is shown "
                                 "only now. Print it or write it down, and keep it somewhere safe and "
                                 "private, away from this computer."))
        self.key_label.setAccessibleName(_("Recovery key"))
        self.print_button.setText(_("Print…"))
        self.stored_check.setText(_("I have stored the recovery key somewhere safe"))
        self.continue_button.setText(_("Continue"))
        for field in (self.passphrase, self.repeat):
            field.retranslate()
        self.meter.retranslate()
        for required in self._required_fields():
            describe(required)

    def _required_fields(self) -> tuple[QWidget, ...]:
        return (self.name_edit, self.passphrase.edit, self.repeat.edit)

    def _regrade(self, name: str) -> None:
        # A passphrase built on the vault's own name is among the first guesses.
        self.meter.set_user_inputs([name])
        self.meter.update_for(self.passphrase.text())

    def _show_error(self, message: str) -> None:
        self._shown_problem = message
        self.error_label.setText(message)
        self.error_label.setVisible(True)

    def _current_problem(self) -> str | None:
        problem = name_problem(self.name_edit.text(), self._prefs.vaults_dir)
        if problem is None:
            problem = passphrase_problem(self.passphrase.text(), self.repeat.text(),
                                         strength(self.passphrase.text(), self.meter.user_inputs))
        return problem

    def _recheck(self, *_args: object) -> None:
        """Take a message away as soon as what it said is no longer true (a stronger passphrase)."""
        if self._shown_problem is not None and self._current_problem() != self._shown_problem:
            self._shown_problem = None
            self.error_label.setVisible(False)

    def print_key(self) -> bool:
        """Print the recovery-key sheet (vault name and today's date on it), or save it where chosen."""
        from ui.start.recovery_sheet import print_recovery_key

        return print_recovery_key(self, self.recovery_key, self.name_edit.text().strip(), self._clock.today())

    def submit(self) -> None:
        """Check the form and, when it is fine, create the vault in the background."""
        problem = self._current_problem()
        if problem is not None:
            self._show_error(problem)
            return
        self.error_label.setVisible(False)
        folder = self._prefs.ensure_vaults_dir()
        path = folder / f"{self.name_edit.text().strip()}{VAULT_SUFFIX}"
        passphrase = self.passphrase.text()
        self.pages.setCurrentIndex(self.BUSY)

        def create() -> tuple[Any, str]:
            from storage import Vault

            return Vault.create(path, passphrase)

        self.task = run_task(create, self._created, self._failed)

    def _created(self, result: tuple[Vault, str]) -> None:
        self.vault, self.recovery_key = result
        self.passphrase.clear()
        self.repeat.clear()
        self.key_label.setText(self.recovery_key)
        self.pages.setCurrentIndex(self.KEY)
        self.print_button.setFocus()

    def _failed(self, error: BaseException) -> None:
        from storage.errors import VaultExists

        self.pages.setCurrentIndex(self.FORM)
        if isinstance(error, FileExistsError | VaultExists):
            self._show_error(_("A vault with this name already exists. Please choose another name."))
        elif isinstance(error, OSError):
            self._show_error(_("Amparo could not write the vault in its folder. Check that the disk is not "
                               "full and try again."))
        else:
            self._show_error(_("The vault could not be created ({kind}).").format(kind=type(error).__name__))

    def _finish(self) -> None:
        if not self.stored_check.isChecked() or self.vault is None:
            return
        self.recovery_key = ""
        self.key_label.clear()
        self.created.emit()
        self.accept()

    def reject(self) -> None:
        # While the key is derived, or before the recovery key is confirmed, the dialog stays open:
        # a vault whose recovery key was never seen must not be left behind silently.
        if self.pages.currentIndex() != self.FORM:
            return
        super().reject()
