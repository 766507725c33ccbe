"""The passphrase field (Caps Lock inferred from typed letters) and the strength estimate."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui import conftest_shell
from ui.shell.main_window import MainWindow
from ui.start.create_vault import passphrase_problem
from ui.start.passphrase import (
    MINIMUM_STRENGTH,
    PassphraseField,
    Strength,
    StrengthMeter,
    caps_lock_from_key,
    guesses_log10,
    name_words,
    strength,
)

# Fixtures shared by the shell tests (pytest finds fixtures among module attributes).
english = conftest_shell.english
prefs = conftest_shell.prefs
qt_settings_dir = conftest_shell.qt_settings_dir
window = conftest_shell.window


# Passphrases issue #12 found rated Strong or Good by the old estimate; none may open a new vault.
WEAK_LOOKING_STRONG = ("Guadalupe2024!", "P@ssw0rd2024!!", "Hernandez1985", "1q2w3e4r5t6y7u")


def test_strength_grades() -> None:
    assert strength("") == Strength.VERY_WEAK
    assert strength("password123") == Strength.VERY_WEAK
    assert strength("aaaaaaaaaaaaaaaa") == Strength.VERY_WEAK
    assert strength("1234567890") == Strength.VERY_WEAK
    assert strength("Tr0ub4d&") < MINIMUM_STRENGTH
    assert strength("contraseña2024") == Strength.VERY_WEAK
    assert strength("mi perro se llama Toby") == Strength.STRONG
    assert strength("tres gatos en la azotea") == Strength.STRONG


@pytest.mark.parametrize("passphrase", WEAK_LOOKING_STRONG)
def test_issue_passphrases_are_below_the_floor(passphrase: str) -> None:
    assert strength(passphrase) < MINIMUM_STRENGTH
    assert passphrase_problem(passphrase, passphrase, strength(passphrase)) is not None


def test_spanish_words_and_accents_count_as_easy_guesses() -> None:
    # "Lupita" is not in zxcvbn's English lists; our Spanish list makes it an early guess.
    assert guesses_log10("Lupita2024!") < guesses_log10("Qzkvrw2024!")
    assert guesses_log10("Hernández1985") == guesses_log10("Hernandez1985")
    assert guesses_log10("corazón familia") < guesses_log10("xqorpéb wumtlzk")


def test_name_fields_lower_the_grade() -> None:
    assert name_words("María-José Pérez", "  ", "A") == ["maria", "jose", "perez"]
    assert strength("Notas2024!!") >= MINIMUM_STRENGTH
    assert strength("Notas2024!!", ["Notas de casa"]) < MINIMUM_STRENGTH
    assert guesses_log10("Quetzaltenango77", ["Quetzaltenango"]) < guesses_log10("Quetzaltenango77")


def test_long_passphrases_are_graded() -> None:
    # Only the first 40 characters are graded (zxcvbn is slow on long text and refuses more than 72).
    assert strength("la casa azul de mi abuela " * 10) == Strength.STRONG
    assert strength("a" * 500) == Strength.VERY_WEAK


def test_caps_lock_rule() -> None:
    assert caps_lock_from_key("A", shift=False) is True
    assert caps_lock_from_key("a", shift=True) is True
    assert caps_lock_from_key("a", shift=False) is False
    assert caps_lock_from_key("A", shift=True) is False
    assert caps_lock_from_key("1", shift=False) is None
    assert caps_lock_from_key("", shift=False) is None


def test_caps_warning_follows_key_events(qtbot: QtBot, english: None) -> None:
    field = PassphraseField()
    qtbot.addWidget(field)
    field.show()
    qtbot.keyClicks(field.edit, "ab")
    assert not field.caps_lock_on
    qtbot.keyClick(field.edit, "C")  # upper-case letter arriving without Shift
    assert field.caps_lock_on and field.caps_label.isVisible()
    assert field.caps_label.text() == "Caps Lock is on."
    qtbot.keyClick(field.edit, "d")
    assert not field.caps_lock_on and not field.caps_label.isVisible()
    qtbot.keyClick(field.edit, "e", Qt.KeyboardModifier.ShiftModifier)  # lower-case with Shift
    assert field.caps_lock_on
    assert field.text() == "abCde"


def test_show_button_reveals_text(qtbot: QtBot, english: None) -> None:
    field = PassphraseField()
    qtbot.addWidget(field)
    assert field.edit.echoMode() == field.edit.EchoMode.Password
    field.show_button.click()
    assert field.edit.echoMode() == field.edit.EchoMode.Normal
    assert field.show_button.text() == "Hide"
    field.clear()
    assert field.edit.echoMode() == field.edit.EchoMode.Password and field.text() == ""


def test_meter(qtbot: QtBot, english: None) -> None:
    meter = StrengthMeter()
    qtbot.addWidget(meter)
    assert meter.label.text() == ""
    meter.update_for("correct horse battery")
    assert meter.strength >= MINIMUM_STRENGTH and meter.bar.value() == int(meter.strength)
    assert meter.acceptable and meter.label.text() == "Strength: Strong"
    meter.update_for("Guadalupe2024!")
    assert not meter.acceptable and meter.label.text() == "Strength: Weak"
    assert meter.bar.accessibleDescription() == "Weak"
    meter.update_for("")
    assert not meter.acceptable and meter.label.text() == ""


def test_create_dialog_refuses_the_issue_passphrases_and_the_vault_name(window: MainWindow) -> None:
    window.show_create()
    dialog = window.create_dialog
    assert dialog is not None
    for passphrase in WEAK_LOOKING_STRONG:
        dialog.name_edit.setText("Notas")
        dialog.passphrase.edit.setText(passphrase)
        dialog.repeat.edit.setText(passphrase)
        dialog.create_button.click()
        assert dialog.pages.currentIndex() == dialog.FORM
        assert "too easy to guess" in dialog.error_label.text()
        assert not dialog.meter.acceptable
    # The meter follows the name as well as the passphrase: the vault's own name is an early guess.
    dialog.passphrase.edit.setText("Quetzaltenango77")
    assert dialog.meter.acceptable
    dialog.name_edit.setText("Quetzaltenango")
    assert not dialog.meter.acceptable
    dialog.reject()
