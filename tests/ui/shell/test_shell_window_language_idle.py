"""The window fits the screen; the language switch beside Lock keeps what is on screen; the first
start follows the system language; an idle lock warns before closing a form and says so after."""

from __future__ import annotations

import os
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from domain.clock import FakeClock
from domain.models import Event, EventKind, Person
from tests.ui import conftest_shell
from tests.ui.conftest_shell import unlock
from ui.app.prefs import Prefs, system_language
from ui.editors.person import PersonEditor
from ui.notices.message_bar import MessageBar
from ui.shell.main_window import MainWindow
from ui.today.filters import Window

english = conftest_shell.english
prefs = conftest_shell.prefs
qt_settings_dir = conftest_shell.qt_settings_dir
stored_vault = conftest_shell.stored_vault
window = conftest_shell.window


def _fits(widget, room) -> bool:  # type: ignore[no-untyped-def]
    return (room.contains(widget.geometry().topLeft()) and widget.width() <= room.width()
            and widget.height() <= room.height())


def test_the_window_and_the_guides_fit_the_free_area_of_the_screen(qtbot: QtBot, window: MainWindow,
                                                                     stored_vault: Path) -> None:
    room = window.screen().availableGeometry()
    assert room.width() < 1200 or room.height() < 720  # the offscreen screen is smaller than preferred
    assert _fits(window, room)
    unlock(qtbot, window)
    assert _fits(window, room)  # the vault's screens do not push it past the edges
    window.open_guides()
    guides = window.guides_window
    assert guides is not None and _fits(guides, room)
    guides.close()


def _seed(window: MainWindow) -> None:
    assert window.session is not None
    vault = window.session.vault
    today = window.clock.today()
    for given, family, kind, days in [("Ana", "Prueba", EventKind.ICE_CHECKIN, 3),
                                      ("Óscar", "Ejemplo", EventKind.COURT_HEARING, 12),
                                      ("Zoe", "Ficticia", EventKind.ICE_CHECKIN, 40)]:
        pid = vault.people.add(Person(given, family))
        vault.events.add(Event(pid, kind, today + timedelta(days=days)))
    window.session.notify_changed()


def test_language_switch_beside_lock_keeps_filters_selection_and_search(qtbot: QtBot, window: MainWindow,
                                                                         stored_vault: Path, prefs: Prefs) -> None:
    unlock(qtbot, window)
    area = window.vault_area
    assert area is not None
    today = area.today
    with qtbot.waitSignal(today.loaded, timeout=10_000):
        _seed(window)
    today.kind_box.setCurrentIndex(today.kind_box.findData(EventKind.ICE_CHECKIN))
    today.window_box.setCurrentIndex(today.window_box.findData(Window.QUARTER))
    today.search.setText("zoe")
    today.view.selectRow(1)
    chosen = today.current_reminder()
    assert chosen is not None and chosen.person == "Zoe Ficticia"
    assert area.language_button.text() == "Español"
    assert area.language_button.parentWidget() is area.lock_button.parentWidget()
    area.people.search.setText("Óscar")

    qtbot.mouseClick(area.language_button, Qt.MouseButton.LeftButton)
    assert window.current_language() == "es" and prefs.language() == "es"
    assert area.lock_button.text() == "Bloquear" and area.language_button.text() == "English"
    assert today.title.text() == "Hoy" and today.kind_box.currentText() == "Cita de control con ICE"
    assert today.window_box.currentText() == "Próximos 90 días" and today.search.text() == "zoe"
    assert today.current_reminder() is chosen
    assert today.model.data(today.model.index(1, 2)).startswith(chosen.title.render("es"))
    assert today.details.text().startswith(chosen.title.render("es"))
    assert area.nav.item(0).text() == "Hoy" and area.current_view() is today
    assert area.people.search.text() == "Óscar"  # the other screens keep what was typed too

    qtbot.mouseClick(area.language_button, Qt.MouseButton.LeftButton)
    assert window.current_language() == "en" and area.language_button.text() == "Español"
    assert today.kind_box.currentText() == "ICE check-in" and today.current_reminder() is chosen


@pytest.mark.parametrize(("environ", "expected"), [
    ({}, "es"),
    ({"LANG": "en_US.UTF-8"}, "en"),
    ({"LANG": "es_MX.UTF-8"}, "es"),
    ({"LANG": "fr_FR.UTF-8"}, "es"),
    ({"LC_ALL": "C", "LANG": "en_US.UTF-8"}, "es"),
    ({"LC_MESSAGES": "en_GB.UTF-8", "LANG": "es_ES.UTF-8"}, "en"),
    ({"LANGUAGE": "fr:en", "LANG": "es_MX.UTF-8"}, "en"),
    ({"LANGUAGE": "", "LC_ALL": "", "LANG": "en@latin"}, "en"),
])
def test_first_start_follows_the_system_language(tmp_path: Path, environ: dict[str, str], expected: str) -> None:
    assert system_language(environ) == expected
    prefs = Prefs(tmp_path / "c", tmp_path / "d", environ)
    assert prefs.language() == expected
    other = "en" if expected == "es" else "es"
    prefs.save_language(other)  # a choice once made beats the system's
    assert prefs.language() == other


def test_the_app_reads_the_process_environment() -> None:
    assert Prefs.default().environ is os.environ


def _open_form(qtbot: QtBot, window: MainWindow) -> PersonEditor:
    area = window.vault_area
    assert area is not None and window.session is not None
    editor = PersonEditor(window.session, None, area.people)
    editor.open()
    qtbot.waitExposed(editor)
    field = editor.findChildren(QLineEdit)[0]
    qtbot.keyClicks(field, "Texto sin guardar")
    return editor


def test_idle_lock_warns_over_an_open_form_then_says_why_it_locked(
        qtbot: QtBot, window: MainWindow, stored_vault: Path, fake_clock: FakeClock) -> None:
    unlock(qtbot, window)
    _open_form(qtbot, window)
    assert window.idle_lock.minutes == 5
    fake_clock.advance(minutes=3, seconds=50)
    assert window.idle_lock.check() is False
    assert window.idle_warning is None  # not yet
    fake_clock.advance(seconds=20)  # 4:10 idle: less than a minute left
    assert window.idle_lock.check() is False
    warning = window.idle_warning
    assert isinstance(warning, QMessageBox) and warning.isVisible()
    assert "lock itself in less than a minute" in warning.text() and "will be lost" in warning.informativeText()
    # A key pressed (here: the warning's button) counts as use: the idle time starts again.
    qtbot.mouseClick(warning.buttons()[0], Qt.MouseButton.LeftButton)
    fake_clock.advance(minutes=4, seconds=59)
    assert window.idle_lock.check() is False and not window.is_locked
    fake_clock.advance(seconds=2)
    assert window.idle_lock.check() is True
    assert window.is_locked and window.idle_warning is None
    assert not window.findChildren(PersonEditor)  # the form went with the vault's screens
    notice = window.unlock_view.notice_label
    assert notice.isVisible()
    assert notice.text() == ("Amparo locked itself after 5 minutes without use. A form was open: what was "
                             "typed in it and not saved was not kept.")
    window.set_language("es")
    try:
        assert notice.text().startswith("Amparo se bloqueó solo después de 5 minutos sin uso.")
    finally:
        window.set_language("en")
    unlock(qtbot, window)
    assert not window.unlock_view.notice_label.isVisibleTo(window.unlock_view)


def test_idle_lock_without_a_form_says_only_the_minutes_and_ctrl_l_says_nothing(
        qtbot: QtBot, window: MainWindow, stored_vault: Path, fake_clock: FakeClock) -> None:
    unlock(qtbot, window)
    fake_clock.advance(minutes=4, seconds=30)
    window.idle_lock.check()
    assert window.idle_warning is None  # nothing typed can be lost: no warning
    fake_clock.advance(minutes=1)
    assert window.idle_lock.check() is True
    assert window.unlock_view.notice_label.text() == "Amparo locked itself after 5 minutes without use."
    unlock(qtbot, window)
    window.lock()
    assert not window.unlock_view.notice_label.isVisibleTo(window.unlock_view)


def test_the_message_bar_draws_an_icon_not_a_missing_glyph(qtbot: QtBot, english: None) -> None:
    bar = MessageBar()
    qtbot.addWidget(bar)
    bar.show_message(lambda: "Deleted: a synthetic note", lambda: None)
    assert bar.label.text() == "Deleted: a synthetic note"
    assert "ⓘ" not in bar.label.text()
    pixmap = bar.icon.pixmap()
    assert not pixmap.isNull() and pixmap.height() > 0
