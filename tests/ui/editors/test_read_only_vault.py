"""A vault on a write-protected drive opens for reading only: a form that cannot be saved says why and
keeps what was typed; Today's "Mark done" says why and leaves the list as it was."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from domain.clock import FakeClock
from domain.models import Event, EventKind, Person
from storage import Vault, vault_folder
from storage.vault_folder import ACCESS_AUTO
from tests.conftest import PASSPHRASE
from tests.ui import conftest_shell
from ui.editors.person import PersonEditor
from ui.notices import write_refused
from ui.shell.session import Session
from ui.today.view import TodayView

english, spanish = conftest_shell.english, conftest_shell.spanish


@pytest.fixture
def read_only(vault_path: Path, fake_clock: FakeClock, monkeypatch: pytest.MonkeyPatch) -> Iterator[Session]:
    made, _ = Vault.create(vault_path, PASSPHRASE)
    with made:
        pid = made.people.add(Person("Ana", "Prueba"))
        made.events.add(Event(pid, EventKind.ICE_CHECKIN, fake_clock.today() + timedelta(days=3)))
    monkeypatch.setattr(vault_folder, "is_read_only", lambda _path: True)  # as a write-protected drive answers
    vault = Vault.open(vault_path, PASSPHRASE, access=ACCESS_AUTO)
    assert vault.read_only
    yield Session(vault, fake_clock)
    vault.close()


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    said: list[str] = []
    monkeypatch.setattr(write_refused.QMessageBox, "warning", lambda _parent, _title, text: said.append(text))
    return said


@pytest.mark.usefixtures("english")
def test_a_form_says_why_and_keeps_what_was_typed(qtbot, read_only: Session, warnings: list[str]) -> None:
    editor = PersonEditor(read_only)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.keyClicks(editor.given, "Jose")
    qtbot.keyClicks(editor.family, "Nunez")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert len(warnings) == 1 and "cannot be written to" in warnings[0] and "reading only" in warnings[0]
    assert editor.isVisible() and editor.given.text() == "Jose" and editor.family.text() == "Nunez"
    assert read_only.vault.people.count() == 1


@pytest.mark.usefixtures("spanish")
def test_mark_done_says_why_in_spanish(qtbot, read_only: Session, warnings: list[str]) -> None:
    view = TodayView(read_only)
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.is_loaded, timeout=10_000)
    row = next(r for r in range(view.model.rowCount()) if view.model.reminder_at(r) is not None
               and view.model.reminder_at(r).event_id)
    view.view.selectRow(row)
    view.mark_current_done()
    assert len(warnings) == 1 and warnings[0].startswith("No se guardó nada")
    assert not any(e.done for e in read_only.vault.events.for_person(1))


def test_other_failures_are_not_taken_for_a_disk_problem() -> None:
    assert write_refused.write_refused_message(RuntimeError("bug")) is None
