"""A passphrase field with a Caps Lock warning, and a strength estimate (zxcvbn) with its meter.

Caps Lock has no portable query API (none on X11 through Qt), so the warning is inferred from what
is typed: a letter arriving upper-case without Shift (or lower-case with Shift) means Caps Lock is on.
zxcvbn's feedback sentences are English only, so only its guess count is used, graded into our own
translated words.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from enum import IntEnum

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from zxcvbn import zxcvbn

from content.i18n import N_, _
from domain.textfold import fold
from ui.start.guess_words import SPANISH_GUESS_WORDS


class Strength(IntEnum):
    """How hard a passphrase would be to guess; MINIMUM_STRENGTH is the least a new passphrase may be."""

    VERY_WEAK = 0
    WEAK = 1
    FAIR = 2
    GOOD = 3
    STRONG = 4


STRENGTH_LABELS: dict[Strength, str] = {
    Strength.VERY_WEAK: N_("Very weak"),
    Strength.WEAK: N_("Weak"),
    Strength.FAIR: N_("Fair"),
    Strength.GOOD: N_("Good"),
    Strength.STRONG: N_("Strong"),
}

# A seized laptop allows an offline attack with no limit on tries, so a new passphrase must need
# about 10^10 guesses (zxcvbn's top score). Our grades split zxcvbn's scale one step higher than its
# own 0–4 score, so that "Good" already means "accepted" and nothing shown as Good is refused.
MINIMUM_STRENGTH = Strength.GOOD
_GRADE_FLOORS: tuple[tuple[float, Strength], ...] = (
    (12.0, Strength.STRONG),
    (10.0, Strength.GOOD),
    (8.0, Strength.FAIR),
    (6.0, Strength.WEAK),
)
# zxcvbn's scoring grows with the square of the length (about 0.1 s at its limit of 72 characters on
# a slow laptop, on every keystroke). Only this many characters are graded: that can only underrate a
# longer passphrase, and 40 characters of ordinary words already grade far above Strong.
_GRADED_LENGTH = 40


def name_words(*fields: str) -> list[str]:
    """The words of name fields (a vault name, people's names), folded, as extra guess-list words."""
    words: list[str] = []
    for field in fields:
        words.extend(w for w in re.split(r"[^\w]+", fold(field)) if len(w) > 1)
    return words


def guesses_log10(passphrase: str, user_inputs: Iterable[str] = ()) -> float:
    """zxcvbn's estimate of the guesses needed (log10), with Spanish words and the user's names."""
    if not passphrase:
        return 0.0
    folded = fold(passphrase)
    words = [*name_words(*user_inputs), *SPANISH_GUESS_WORDS]
    result = zxcvbn(folded[:_GRADED_LENGTH], user_inputs=words)
    return float(result["guesses_log10"])


def strength(passphrase: str, user_inputs: Iterable[str] = ()) -> Strength:
    """Grade a passphrase; `user_inputs` are name fields it should not lean on."""
    log10 = guesses_log10(passphrase, user_inputs)
    return next((grade for floor, grade in _GRADE_FLOORS if log10 >= floor), Strength.VERY_WEAK)


def caps_lock_from_key(text: str, shift: bool) -> bool | None:
    """What a typed character says about Caps Lock: True on, False off, None when it can't tell."""
    if len(text) != 1 or not text.isalpha() or text.lower() == text.upper():
        return None
    return text.isupper() != shift


class PassphraseField(QWidget):
    """A hidden-text line edit with a show/hide button and a Caps Lock warning under it."""

    text_changed = Signal(str)
    return_pressed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        # Keep the text out of input-method history and prediction.
        hints = Qt.InputMethodHint
        self.edit.setInputMethodHints(
            hints.ImhHiddenText | hints.ImhNoPredictiveText | hints.ImhSensitiveData)
        self.edit.installEventFilter(self)
        self.show_button = QToolButton(self)
        self.show_button.setCheckable(True)
        self.show_button.toggled.connect(self._toggle_visible)
        self.caps_label = QLabel(self)
        self.caps_label.setStyleSheet("color: #8a4b00; font-weight: bold;")
        self.caps_label.setVisible(False)
        self._caps_on = False

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.show_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.caps_label)
        self.setFocusProxy(self.edit)
        self.edit.textChanged.connect(self.text_changed)
        self.edit.returnPressed.connect(self.return_pressed)
        self.retranslate()

    @property
    def caps_lock_on(self) -> bool:
        return self._caps_on

    def text(self) -> str:
        return self.edit.text()

    def clear(self) -> None:
        self.edit.clear()
        self.show_button.setChecked(False)

    def set_accessible_name(self, name: str) -> None:
        self.edit.setAccessibleName(name)

    def retranslate(self) -> None:
        self.caps_label.setText(_("Caps Lock is on."))
        self.show_button.setText(_("Hide") if self.show_button.isChecked() else _("Show"))
        self.show_button.setToolTip(_("Show or hide what you type"))
        self.show_button.setAccessibleName(_("Show or hide what you type"))

    def _toggle_visible(self, visible: bool) -> None:
        self.edit.setEchoMode(QLineEdit.EchoMode.Normal if visible else QLineEdit.EchoMode.Password)
        self.retranslate()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            state = caps_lock_from_key(event.text(), shift)
            if state is not None and state != self._caps_on:
                self._caps_on = state
                self.caps_label.setVisible(state)
        return super().eventFilter(watched, event)


class StrengthMeter(QWidget):
    """A bar and a word ("Fair") for the strength of the passphrase being typed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, int(Strength.STRONG))
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(10)
        self.label = QLabel(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.label)
        self._strength = Strength.VERY_WEAK
        self._empty = True
        self._user_inputs: tuple[str, ...] = ()
        self.retranslate()

    def set_user_inputs(self, fields: Iterable[str]) -> None:
        """Name fields (vault name, people's names) the passphrase should not lean on."""
        self._user_inputs = tuple(fields)

    @property
    def user_inputs(self) -> tuple[str, ...]:
        return self._user_inputs

    @property
    def acceptable(self) -> bool:
        return not self._empty and self._strength >= MINIMUM_STRENGTH

    @property
    def strength(self) -> Strength:
        return self._strength

    def update_for(self, passphrase: str) -> None:
        self._strength = strength(passphrase, self._user_inputs)
        self._empty = not passphrase
        self.bar.setValue(int(self._strength))
        colours = {Strength.VERY_WEAK: "#b00020", Strength.WEAK: "#c75000", Strength.FAIR: "#8a7a00",
                   Strength.GOOD: "#2e7d32", Strength.STRONG: "#1b5e20"}
        self.bar.setStyleSheet(f"QProgressBar::chunk {{ background: {colours[self._strength]}; }}")
        self.retranslate()

    def retranslate(self) -> None:
        word = "" if self._empty else _(STRENGTH_LABELS[self._strength])
        self.label.setText(_("Strength: {level}").format(level=word) if word else "")
        self.bar.setAccessibleName(_("Passphrase strength"))
        self.bar.setAccessibleDescription(word)
