"""The event editor's time field saves exactly the time typed, in both languages (issue #9 item 3)."""
# ruff: noqa: F811  (pytest fixtures are imported from conftest_views and used as arguments)

from __future__ import annotations

from datetime import date, time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from content.i18n import set_language
from domain.models import Event, EventKind
from storage import Vault
from tests.ui.conftest_views import add_person, english, session, spanish  # noqa: F401
from ui.editors.event import EventEditor
from ui.shell.session import Session

TYPED = [("13:00", time(13, 0)), ("1:00 pm", time(13, 0)), ("1 pm", time(13, 0)), ("8:30", time(8, 30)),
         ("0830", time(8, 30)), ("1 p. m.", time(13, 0)), ("13 h", time(13, 0))]


def _new_editor(qtbot, session: Session, pid: int) -> EventEditor:  # type: ignore[no-untyped-def]
    editor = EventEditor(session, pid)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    return editor


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize(("typed", "expected"), TYPED)
def test_typed_time_is_saved_as_typed(qtbot, session: Session, vault: Vault, english: None, lang: str,
                                      typed: str, expected: time) -> None:  # type: ignore[no-untyped-def]
    set_language(lang)
    pid = add_person(vault, "Ana", "Prueba")
    editor = _new_editor(qtbot, session, pid)
    qtbot.keyClicks(editor.date, "2027-03-04")
    qtbot.keyClicks(editor.time, typed)
    shown = editor.time_field.understood.text()
    assert shown.startswith("= ") and ("13" in shown or "1:00" in shown or "8:30" in shown)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert not editor.isVisible()
    [event] = vault.events.for_person(pid)
    assert event.time == expected


@pytest.mark.usefixtures("spanish")
def test_an_unreadable_time_is_never_saved_and_says_why(qtbot, session: Session, vault: Vault) -> None:
    pid = add_person(vault, "Ana", "Prueba")
    editor = _new_editor(qtbot, session, pid)
    qtbot.keyClicks(editor.date, "04/03/2027")
    qtbot.keyClicks(editor.time, "13 pm")
    assert editor.time_field.understood.text() == ""
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.isVisible() and vault.events.for_person(pid) == []
    assert "la hora va de 1 a 12" in editor.checks.error_text("time")
    editor.time.clear()
    qtbot.keyClicks(editor.time, "1 p. m.")
    assert editor.checks.error_text("time") == ""
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert vault.events.for_person(pid)[0].time == time(13, 0)


@pytest.mark.usefixtures("english")
def test_an_empty_time_means_no_time_and_an_existing_time_round_trips(qtbot, session: Session,
                                                                       vault: Vault) -> None:
    pid = add_person(vault, "Ana", "Prueba")
    editor = _new_editor(qtbot, session, pid)
    qtbot.keyClicks(editor.date, "03/04/2027")
    assert editor.save()
    [event] = vault.events.for_person(pid)
    assert event.time is None
    vault.events.add(Event(pid, EventKind.COURT_HEARING, date(2027, 5, 6), time=time(13, 30)))
    stored = next(e for e in vault.events.for_person(pid) if e.time is not None)
    for lang, shown in (("en", "1:30\u202fPM"), ("es", "1:30\u202fp.m.")):
        set_language(lang)
        editor = EventEditor(session, pid, stored)
        qtbot.addWidget(editor)
        assert editor.time.text() == shown
        assert editor.save()
        assert vault.events.get(stored.id).time == time(13, 30)  # type: ignore[union-attr]


@pytest.mark.parametrize(("lang", "typed", "words"), [
    ("es", "04/12/2026", "= viernes, 4 de diciembre de 2026"),
    ("en", "04/12/2026", "= Sunday, April 12, 2026"),
])
def test_the_date_field_says_which_date_it_understood(qtbot, session, vault, lang: str, typed: str,  # type: ignore[no-untyped-def]
                                                      words: str) -> None:
    # 04/12/2026 is December in Spanish and April in English: the words show which before saving.
    set_language(lang)
    try:
        editor = EventEditor(session, add_person(vault, "Ana", "Prueba"))
        qtbot.addWidget(editor)
        editor.show()
        understood = editor.findChild(QLabel, "date_understood")
        assert understood is not None and not understood.isVisible()
        qtbot.keyClicks(editor.date, typed)
        assert understood.isVisible() and understood.text() == words
        editor.date.setText("31/31/2026")
        assert not understood.isVisible()
    finally:
        set_language("en")
