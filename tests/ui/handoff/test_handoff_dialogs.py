"""Sending people to another vault, receiving them, and a calendar file — through the real dialogs."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from datetime import date, time
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QComboBox, QDialogButtonBox
from pytestqt.qtbot import QtBot

from domain.clock import FakeClock
from domain.models import Event, EventKind
from storage import Vault
from storage.handoff import read_bundle
from tests.conftest import PASSPHRASE
from tests.ui import conftest_views
from tests.ui.conftest_views import add_person
from ui.handoff.calendar_dialog import CalendarDialog
from ui.handoff.receive_dialog import ReceiveDialog
from ui.handoff.send_dialog import SendDialog
from ui.people.view import PeopleView
from ui.shell.session import Session

english = conftest_views.english
session = conftest_views.session
pytestmark = pytest.mark.usefixtures("english")


@pytest.fixture
def other_session(tmp_path: Path, fake_clock: FakeClock) -> Iterator[Session]:
    vault, _ = Vault.create(tmp_path / "Clinic.amparo", PASSPHRASE)
    yield Session(vault, fake_clock)
    vault.close()


def send(qtbot: QtBot, session: Session, ids: list[int], path: Path) -> str:
    dialog = SendDialog(session, ids)
    qtbot.addWidget(dialog)
    return finish_send(qtbot, dialog, path)


def finish_send(qtbot: QtBot, dialog: SendDialog, path: Path) -> str:
    close = dialog.buttons.button(QDialogButtonBox.StandardButton.Close)
    dialog.write_to(path)
    qtbot.waitUntil(lambda: bool(dialog.result.text()), timeout=20_000)
    assert dialog.code and not dialog.code_label.isHidden() and dialog.code_label.text() == dialog.code
    # The code is shown once: the dialog will not close until the user says it is written down.
    assert not close.isEnabled()
    dialog.reject()
    assert dialog.code  # Escape does not throw the code away either
    dialog.stored.setChecked(True)
    code = dialog.code
    assert close.isEnabled()
    close.click()
    assert dialog.code == ""
    return code


def test_choose_people_send_them_and_receive_them_elsewhere(qtbot: QtBot, session: Session,
                                                            other_session: Session, tmp_path: Path) -> None:
    vault = session.vault
    ana = add_person(vault, "Ana", "Ruiz", phone="+12135550143")
    add_person(vault, "Beto", "Paz")
    luz = add_person(vault, "Luz", "Mar")
    vault.events.add(Event(person_id=ana, kind=EventKind.COURT_HEARING, date=date(2027, 1, 15), time=time(13, 0)))
    view = PeopleView(session)
    qtbot.addWidget(view)
    assert view.send_button.isEnabled() and not view.calendar_button.isEnabled()
    selection = view.view.selectionModel()
    model = view.model
    for row in range(model.rowCount()):
        if model.person_id(row) in (ana, luz):
            selection.select(model.index(row, 0), QItemSelectionModel.SelectionFlag.Select
                             | QItemSelectionModel.SelectionFlag.Rows)
    assert sorted(view.selected_person_ids()) == sorted([ana, luz])
    assert view.send_button.isEnabled() and view.calendar_button.isEnabled()

    path = tmp_path / "transfer.amparo-bundle"
    code = send(qtbot, session, view.selected_person_ids(), path)
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600

    dialog = ReceiveDialog(other_session)
    qtbot.addWidget(dialog)
    dialog.set_file(path)
    dialog.code.setText("wrong words " + code)
    dialog.check()
    qtbot.waitUntil(lambda: "does not open" in dialog.summary.text(), timeout=20_000)
    assert not dialog.import_button.isEnabled()
    dialog.code.setText(code)
    dialog.check()
    qtbot.waitUntil(lambda: "2 people new" in dialog.summary.text(), timeout=20_000)
    assert other_session.vault.people.count() == 0  # nothing written yet
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(other_session.data_changed, timeout=20_000):
        dialog.apply()
    assert "Imported:" in dialog.summary.text()
    names = {r.given_names for r in other_session.vault.people.page("", 0, 10)}
    assert names == {"Ana", "Luz"}


def test_end_of_day_sends_only_what_changed_since_the_last_transfer_to_that_destination(
        qtbot: QtBot, session: Session, tmp_path: Path) -> None:
    add_person(session.vault, "Ana", "Ruiz")
    beto = add_person(session.vault, "Beto", "Paz")
    dialog = SendDialog(session, [])
    qtbot.addWidget(dialog)
    # Nobody chosen in the list: only the end-of-day choice is possible, and it needs a destination.
    assert not dialog.chosen_option.isEnabled() and dialog.changed_option.isChecked()
    assert dialog.peer.count() == 0 and not dialog.choose_button.isEnabled()
    qtbot.keyClicks(dialog.peer.lineEdit(), "  Clinic   main ")
    assert dialog.choose_button.isEnabled()
    assert "Nothing has been sent to Clinic main yet" in dialog.peer_note.text()
    first = finish_send(qtbot, dialog, tmp_path / "first.amparo-bundle")
    assert "2 people were written" in dialog.result.text()
    assert {r["given_names"] for r in read_bundle((tmp_path / "first.amparo-bundle").read_bytes(),
                                                  first).rows["person"]} == {"Ana", "Beto"}

    person = session.vault.people.get(beto)
    assert person is not None
    person.address = "9 Ninth St"
    session.vault.people.update(person)
    dialog = SendDialog(session, [beto])
    qtbot.addWidget(dialog)
    assert dialog.chosen_option.isChecked() and not dialog.peer.isEnabled()
    dialog.changed_option.setChecked(True)
    # The name sent to before is offered, with when that was.
    assert [dialog.peer.itemText(i) for i in range(dialog.peer.count())] == ["Clinic main"]
    assert dialog.peer.currentText() == "Clinic main"
    assert dialog.peer_note.text().startswith("Last transfer to Clinic main: ")
    second = finish_send(qtbot, dialog, tmp_path / "second.amparo-bundle")
    assert "1 person was written" in dialog.result.text()
    rows = read_bundle((tmp_path / "second.amparo-bundle").read_bytes(), second).rows["person"]
    assert [(r["given_names"], r["address"]) for r in rows] == [("Beto", "9 Ninth St")]

    # Nothing changed since: the dialog says so and writes no file.
    dialog = SendDialog(session, [])
    qtbot.addWidget(dialog)
    dialog.write_to(tmp_path / "third.amparo-bundle")
    qtbot.waitUntil(lambda: bool(dialog.result.text()), timeout=20_000)
    assert dialog.result.text() == "Nothing changed since the last transfer to Clinic main. No file was written."
    assert not dialog.code and not (tmp_path / "third.amparo-bundle").exists()


def test_a_change_on_both_sides_is_shown_side_by_side_and_chosen(qtbot: QtBot, session: Session,
                                                                  other_session: Session, tmp_path: Path) -> None:
    ana = add_person(session.vault, "Ana", "Ruiz", address="1 First St")
    code = send(qtbot, session, [ana], tmp_path / "one.amparo-bundle")
    dialog = ReceiveDialog(other_session)
    qtbot.addWidget(dialog)
    dialog.set_file(tmp_path / "one.amparo-bundle")
    dialog.code.setText(code)
    dialog.check()
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=20_000)
    dialog.apply()
    qtbot.waitUntil(lambda: "Imported:" in dialog.summary.text(), timeout=20_000)

    mine = session.vault.people.get(ana)
    assert mine is not None
    mine.address = "2 Second St"
    session.vault.people.update(mine)
    theirs_id = other_session.vault.people.page("", 0, 10)[0].id
    theirs = other_session.vault.people.get(theirs_id)
    assert theirs is not None
    theirs.address = "3 Third St"
    other_session.vault.people.update(theirs)

    code = send(qtbot, session, [ana], tmp_path / "two.amparo-bundle")
    dialog = ReceiveDialog(other_session)
    qtbot.addWidget(dialog)
    dialog.set_file(tmp_path / "two.amparo-bundle")
    dialog.code.setText(code)
    dialog.check()
    qtbot.waitUntil(lambda: not dialog.conflicts.isHidden(), timeout=20_000)
    assert dialog.conflicts.rowCount() == 1
    assert "3 Third St" in dialog.conflicts.item(0, 1).text() and "2 Second St" in dialog.conflicts.item(0, 2).text()
    choice = dialog.conflicts.cellWidget(0, 3)
    assert isinstance(choice, QComboBox) and choice.currentData() == "ours"
    choice.setCurrentIndex(choice.findData("theirs"))
    dialog.apply()
    qtbot.waitUntil(lambda: "Imported:" in dialog.summary.text(), timeout=20_000)
    assert other_session.vault.people.get(theirs_id).address == "2 Second St"  # type: ignore[union-attr]


def test_calendar_file_leaves_names_and_places_out_unless_asked(qtbot: QtBot, session: Session,
                                                                tmp_path: Path) -> None:
    ana = add_person(session.vault, "Ana", "Ruiz")
    session.vault.events.add(Event(person_id=ana, kind=EventKind.ICE_CHECKIN, date=session.clock.today(),
                                   time=time(8, 30), place="ICE, 300 N Los Angeles St"))
    dialog = CalendarDialog(session, [ana])
    qtbot.addWidget(dialog)
    assert "NOT encrypted" in dialog.warning.text() and "cloud" in dialog.warning.text()
    assert not dialog.names.isChecked() and not dialog.places.isChecked()
    path = tmp_path / "citas.ics"
    assert dialog.save_to(path)
    text = path.read_text(encoding="utf-8")
    assert "BEGIN:VEVENT" in text and "Ruiz" not in text and "Los Angeles" not in text
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    dialog.names.setChecked(True)
    dialog.places.setChecked(True)
    assert dialog.save_to(path)
    text = path.read_text(encoding="utf-8")
    assert "Ruiz" in text and "Los Angeles" in text


def test_spreadsheet_columns_are_mapped_rows_checked_and_added_at_once(qtbot: QtBot, session: Session,
                                                                       tmp_path: Path) -> None:
    import csv

    from ui.handoff.spreadsheet_dialog import SpreadsheetDialog

    add_person(session.vault, "Rosa", "Luna")
    path = tmp_path / "lista.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows([
            ["Nombre", "Apellido", "Cumpleaños", "Tel."],
            ["Ana", "Ruiz", "1988-02-29", "(213) 555-0143"],
            ["Beto", "Paz", "1988-02-30", ""],
            ["Rosa", "Luna", "", ""],
        ])
    dialog = SpreadsheetDialog(session)
    qtbot.addWidget(dialog)
    assert dialog.load(path)
    assert dialog.mapping() == {0: "given_names", 1: "family_names"}  # the last two headers are unknown
    for column, field in ((2, "date_of_birth"), (3, "phone")):
        box = dialog.columns.cellWidget(column, 1)
        assert isinstance(box, QComboBox)
        box.setCurrentIndex(box.findData(field))
    assert "Ana" in dialog.columns.item(0, 0).text()  # the first rows are shown with each column
    dialog.check()
    assert "1 rows ready, 1 set aside with problems, 1 look like" in dialog.summary.text()
    assert dialog.problems.item(0).text().startswith("Line 3:")
    rejects = tmp_path / "problemas.csv"
    dialog.write_rejects(rejects)
    assert stat.S_IMODE(os.stat(rejects).st_mode) == 0o600 and "Beto" in rejects.read_text(encoding="utf-8-sig")
    before = session.vault.people.count()
    with qtbot.waitSignal(session.data_changed):
        assert dialog.add() == 1
    assert session.vault.people.count() == before + 1
    dialog.include_duplicates.setChecked(True)
    assert len(dialog.to_add()) == 2
