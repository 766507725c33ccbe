"""The passphrase field (Caps Lock inferred from typed letters) and the strength estimate."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui import conftest_shell
from ui.passphrase import PassphraseField, Strength, StrengthMeter, caps_lock_from_key, estimate_bits, strength

# Fixtures shared by the shell tests (pytest finds fixtures among module attributes).
english = conftest_shell.english


def test_strength_grades() -> None:
    assert strength("") == Strength.VERY_WEAK
    assert strength("password123") == Strength.VERY_WEAK
    assert strength("aaaaaaaaaaaaaaaa") == Strength.VERY_WEAK
    assert strength("1234567890") == Strength.VERY_WEAK
    assert strength("Tr0ub4d&") <= Strength.WEAK  # short, whatever the mix
    assert strength("contraseña2024") < Strength.FAIR
    assert strength("correct horse battery") >= Strength.FAIR
    assert strength("mi perro se llama Toby") == Strength.STRONG


def test_common_words_count_less_than_random_letters() -> None:
    assert estimate_bits("familiapassword") < estimate_bits("gqzmtwvbxkplrsd")
    assert estimate_bits("abcdefgh") < estimate_bits("aqzmtwvb")


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
    assert meter.strength >= Strength.FAIR and meter.bar.value() == int(meter.strength)
