"""A passphrase field with a Caps Lock warning, and a simple strength estimate with its meter.

Caps Lock has no portable query API (none on X11 through Qt), so the warning is inferred from what
is typed: a letter arriving upper-case without Shift (or lower-case with Shift) means Caps Lock is on.
"""

from __future__ import annotations

import itertools
import math
import unicodedata
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

from content.i18n import N_, _


class Strength(IntEnum):
    """How hard a passphrase would be to guess; FAIR is the least Amparo accepts."""

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

# Words and patterns an attacker tries first, in both languages; each counts as one guess-list word.
COMMON_WORDS: tuple[str, ...] = (
    "password", "passw0rd", "contraseña", "contrasena", "clave", "secreto", "secret", "amparo",
    "familia", "family", "qwerty", "asdf", "abc123", "123456", "12345", "1234", "admin", "letmein",
    "iloveyou", "teamo", "dios", "god", "love", "amor", "mexico", "guatemala", "honduras", "usa",
    "welcome", "bienvenido", "hola", "hello", "monkey", "dragon", "football", "futbol", "princesa",
    "princess", "sunshine", "maria", "jesus", "cristo", "america",
)
_WORD_BITS = 11.0  # about the entropy of one word from a 2,000-word guess list


def _pool_size(text: str) -> int:
    pool = 0
    if any(c.islower() and c.isascii() for c in text):
        pool += 26
    if any(c.isupper() and c.isascii() for c in text):
        pool += 26
    if any(c.isdigit() for c in text):
        pool += 10
    if any(not c.isalnum() and c.isascii() for c in text):
        pool += 33
    if any(not c.isascii() for c in text):
        pool += 40  # accented letters and the like
    return pool


def _collapse_runs(text: str) -> str:
    """'aaaa1111' guesses like 'a1': repeated characters add almost nothing."""
    out: list[str] = []
    for c in text:
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out)


def estimate_bits(passphrase: str) -> float:
    """A rough, deliberately pessimistic entropy estimate in bits."""
    text = unicodedata.normalize("NFC", passphrase)
    pool = _pool_size(text)
    if pool == 0:
        return 0.0
    lowered = text.casefold()
    word_bits = 0.0
    for word in sorted(COMMON_WORDS, key=len, reverse=True):
        while word in lowered:
            lowered = lowered.replace(word, "\0", 1)
            word_bits += _WORD_BITS
    rest = _collapse_runs(lowered.replace("\0", ""))
    # Runs of ascending digits or letters ("1234", "abcd") are a single guess each.
    sequential = sum(1 for a, b in itertools.pairwise(rest) if ord(b) - ord(a) == 1)
    chars = max(len(rest) - sequential, 0)
    return chars * math.log2(pool) + word_bits


def strength(passphrase: str) -> Strength:
    """Grade a passphrase; anything under 10 characters is at most WEAK whatever its mix."""
    bits = estimate_bits(passphrase)
    if bits < 28:
        grade = Strength.VERY_WEAK
    elif bits < 45:
        grade = Strength.WEAK
    elif bits < 60:
        grade = Strength.FAIR
    elif bits < 80:
        grade = Strength.GOOD
    else:
        grade = Strength.STRONG
    if len(passphrase) < 10:
        grade = min(grade, Strength.WEAK)
    return grade


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
        self.retranslate()

    @property
    def strength(self) -> Strength:
        return self._strength

    def update_for(self, passphrase: str) -> None:
        self._strength = strength(passphrase)
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
