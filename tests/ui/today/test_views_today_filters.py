"""Today at clinic scale: the filter bar, collated names, whose date was marked done, printing the
filtered list, readable sources and columns that fit."""
# ruff: noqa: F811  (pytest fixtures are imported from conftest_views and used as arguments)

from __future__ import annotations

import io
from datetime import timedelta

import pypdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from domain.models import Event, EventKind, Item
from storage import Vault
from tests.ui.conftest_views import add_person, english, session, spanish  # noqa: F401
from ui.printing.preview import PdfPreviewDialog
from ui.shell.session import Session
from ui.today import list_printing
from ui.today.filters import Window
from ui.today.model import TodayModel, group_of
from ui.today.view import TodayView


def _loaded_view(qtbot, session: Session) -> TodayView:
    view = TodayView(session)
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.show()
    qtbot.waitUntil(lambda: view.is_loaded, timeout=10_000)
    return view


def _people(view: TodayView) -> list[str]:
    return [r.person for r in view.shown_reminders()]


def _header_texts(view: TodayView) -> list[str]:
    return [view.model.data(view.model.index(row, 0)) for row in view.model.header_rows()]


def _choose(box, data) -> None:  # type: ignore[no-untyped-def]
    box.setCurrentIndex(box.findData(data))


@pytest.fixture
def clinic(session: Session, vault: Vault) -> dict[str, int]:
    """Four people: an overdue check-in, a hearing in 5 days, biometrics in 20, a check-in in 60."""
    today = session.clock.today()
    ids = {
        "ana": add_person(vault, "Ana", "Prueba"),
        "oscar": add_person(vault, "Óscar", "Núñez"),
        "beto": add_person(vault, "Beto", "Ejemplo"),
        "zoe": add_person(vault, "Zoe", "Ficticia"),
    }
    vault.events.add(Event(ids["ana"], EventKind.ICE_CHECKIN, today - timedelta(days=3)))
    vault.events.add(Event(ids["oscar"], EventKind.COURT_HEARING, today + timedelta(days=5),
                           place="Corte Ficticia de Tucson"))
    vault.events.add(Event(ids["beto"], EventKind.BIOMETRICS, today + timedelta(days=20)))
    vault.events.add(Event(ids["zoe"], EventKind.ICE_CHECKIN, today + timedelta(days=60)))
    return ids


@pytest.mark.usefixtures("english", "clinic")
def test_filters_narrow_the_list_and_the_counts_follow(qtbot, session: Session) -> None:
    view = _loaded_view(qtbot, session)
    everything = len(view.shown_reminders())
    assert view.count_label.text() == f"{everything} dates in the list"
    assert {"Ana Prueba", "Óscar Núñez", "Beto Ejemplo", "Zoe Ficticia"} <= set(_people(view))

    with qtbot.waitSignal(view.filtered):
        _choose(view.window_box, Window.OVERDUE)
    assert set(_people(view)) == {"Ana Prueba"}
    assert all(r.days_left < 0 for r in view.shown_reminders())
    headers = _header_texts(view)
    shown = len(view.shown_reminders())
    assert headers == [f"⚠  Overdue — {shown} reminder" + ("s" if shown > 1 else "")]
    assert view.count_label.text() == f"Showing {shown} of {everything} dates"

    _choose(view.window_box, Window.WEEK)
    assert all(0 <= r.days_left <= 7 for r in view.shown_reminders())
    assert "Óscar Núñez" in _people(view) and "Ana Prueba" not in _people(view)
    _choose(view.window_box, Window.MONTH)
    assert all(0 <= r.days_left <= 30 for r in view.shown_reminders())
    assert "Beto Ejemplo" in _people(view) and "Zoe Ficticia" not in _people(view)
    _choose(view.window_box, Window.QUARTER)
    assert "Zoe Ficticia" in _people(view)

    _choose(view.window_box, Window.ALL)
    _choose(view.kind_box, EventKind.ICE_CHECKIN)
    assert {r.kind for r in view.shown_reminders()} == {EventKind.ICE_CHECKIN}
    assert set(_people(view)) == {"Ana Prueba", "Zoe Ficticia"}
    # the groups' counts are those of what is shown
    for row in view.model.header_rows():
        group = group_of(view.model.reminder_at(row + 1).days_left)
        lines = view.model.rows_of_group(group)
        own = sum(r.item is Item.APPOINTMENT for r in lines)
        header = view.model.data(view.model.index(row, 0))
        if own:
            assert f"— {own} appointment" in header
        if len(lines) - own:
            assert f"{len(lines) - own} reminder" in header
    _choose(view.kind_box, None)

    # A name typed without accents or capitals finds the person; a place and a title word too.
    view.search.clear()
    qtbot.keyClicks(view.search, "oscar nu")
    assert set(_people(view)) == {"Óscar Núñez"}
    view.search.setText("tucson")
    assert set(_people(view)) == {"Óscar Núñez"}
    view.search.setText("biometr")
    assert set(_people(view)) == {"Beto Ejemplo"}
    view.search.setText("nadie se llama asi")
    assert view.shown_reminders() == [] and view.model.rowCount() == 0
    assert view.empty_label.isVisible() and view.empty_label.text() == "No date matches these filters."
    view.search.clear()
    assert len(view.shown_reminders()) == everything and not view.empty_label.isVisible()


@pytest.mark.usefixtures("english", "clinic")
def test_filters_survive_a_refresh_and_keep_the_selection(qtbot, session: Session, vault: Vault,
                                                          clinic: dict[str, int]) -> None:
    view = _loaded_view(qtbot, session)
    _choose(view.kind_box, EventKind.ICE_CHECKIN)
    row = view.model.row_where(lambda r: r.person == "Zoe Ficticia")
    assert row is not None
    view.view.selectRow(row)
    _choose(view.window_box, Window.QUARTER)  # Zoe's check-in is in 60 days: still shown
    current = view.current_reminder()
    assert current is not None and current.person == "Zoe Ficticia"
    # A change elsewhere reloads the list: the filter stays and so does the selection.
    vault.events.add(Event(clinic["beto"], EventKind.ICE_CHECKIN, session.clock.today() + timedelta(days=2)))
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        session.notify_changed()
    assert "Beto Ejemplo" in _people(view)
    assert {r.kind for r in view.shown_reminders()} == {EventKind.ICE_CHECKIN}
    current = view.current_reminder()
    assert current is not None and current.person == "Zoe Ficticia"


@pytest.mark.usefixtures("english")
def test_names_on_the_same_day_sort_with_accents_folded(qtbot, session: Session, vault: Vault) -> None:
    day = session.clock.today() + timedelta(days=4)
    for given, family in [("Zoe", "Uno"), ("Ñico", "Dos"), ("Óscar", "Tres"), ("beto", "Cuatro"),
                          ("Ángel", "Cinco"), ("Nora", "Seis"), ("Alba", "Siete")]:
        pid = add_person(vault, given, family)
        vault.events.add(Event(pid, EventKind.BIOMETRICS, day))
    view = _loaded_view(qtbot, session)
    steps = [r for r in view.shown_reminders() if r.item is Item.REMINDER]
    assert len({r.due for r in steps}) == 1  # one step each, all on one day
    names = [r.person for r in steps]
    firsts = list(dict.fromkeys(n.split()[0] for n in names))
    # Á with A, Ñ with N, Ó with O, capitals ignored (not code-point order, which puts Á, Ñ, Ó last)
    assert firsts == ["Alba", "Ángel", "beto", "Ñico", "Nora", "Óscar", "Zoe"]


@pytest.mark.usefixtures("english", "clinic")
def test_mark_done_says_whose_date_it_was(qtbot, session: Session) -> None:
    view = _loaded_view(qtbot, session)
    view.search.setText("zoe")
    view.view.selectRow(view.model.row_where(lambda r: True))
    title = view.current_reminder().title.render("en")
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        qtbot.mouseClick(view.done_button, Qt.MouseButton.LeftButton)
    assert view.message_bar.label.text().endswith(f"Marked done: {title} — Zoe Ficticia")
    assert view.search.text() == "zoe"


@pytest.mark.usefixtures("english", "clinic")
def test_keyboard_reaches_the_filter_bar(qtbot, session: Session) -> None:
    view = _loaded_view(qtbot, session)
    view.activateWindow()
    qtbot.waitActive(view)
    assert view.window_label.buddy() is view.window_box and "&" in view.window_label.text()
    assert view.kind_label.buddy() is view.kind_box and view.search_label.buddy() is view.search
    view.view.setFocus()
    qtbot.waitUntil(view.view.hasFocus)
    qtbot.keyClick(view.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(view.search.hasFocus)
    qtbot.keyClicks(view.search, "ana")
    assert set(_people(view)) == {"Ana Prueba"}
    # Tab order: show → kind → find → the list
    view.window_box.setFocus()
    qtbot.waitUntil(view.window_box.hasFocus)
    order = [view.window_box]
    for _ in range(3):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
    assert order == [view.window_box, view.kind_box, view.search, view.view]
    # choosing from the keyboard: Down on the "show" box moves to "Overdue"
    view.search.clear()
    view.window_box.setFocus()
    qtbot.keyClick(view.window_box, Qt.Key.Key_Down)
    assert view.current_filter().window is Window.OVERDUE
    assert set(_people(view)) == {"Ana Prueba"}


@pytest.mark.usefixtures("english", "clinic")
def test_ctrl_p_prints_the_filtered_list(qtbot, session: Session) -> None:
    view = _loaded_view(qtbot, session)
    _choose(view.window_box, Window.MONTH)
    view.view.setFocus()
    view.activateWindow()
    qtbot.waitActive(view)
    with qtbot.waitSignal(view.print_ready, timeout=20_000) as ready:
        qtbot.keyClick(view.view, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
        assert not view.print_button.isEnabled()  # built in the background meanwhile
    dialog = ready.args[0]
    assert isinstance(dialog, PdfPreviewDialog) and dialog.isVisible()
    assert view.print_button.isEnabled() and view.print_button.text() == "&Print list…"
    qtbot.waitUntil(dialog.preview.is_ready, timeout=10_000)
    text = "".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(dialog.preview.pdf_bytes())).pages)
    assert "Dates and deadlines" in text and "Next 30 days" in text
    assert "Óscar Núñez" in text and "Beto Ejemplo" in text
    assert "Ana Prueba" not in text and "Zoe Ficticia" not in text
    dialog.reject()


@pytest.mark.usefixtures("english", "clinic")
def test_a_list_too_long_to_print_asks_to_narrow_it(qtbot, session: Session, monkeypatch) -> None:
    view = _loaded_view(qtbot, session)
    monkeypatch.setattr(list_printing, "PRINT_LIMIT", 2)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: told.append(text))
    view.print_current()
    assert told and "Narrow it with the filters" in told[0]
    assert view.print_button.isEnabled() and view.preview is None
    view.search.setText("zoe")
    with qtbot.waitSignal(view.print_ready, timeout=20_000) as ready:
        qtbot.mouseClick(view.print_button, Qt.MouseButton.LeftButton)
    assert isinstance(ready.args[0], PdfPreviewDialog)
    ready.args[0].reject()


@pytest.mark.usefixtures("english", "clinic")
def test_a_list_that_cannot_be_built_says_so(qtbot, session: Session, monkeypatch) -> None:
    view = _loaded_view(qtbot, session)
    import reports.deadline_list

    def broken(*_args: object, **_kw: object) -> bytes:
        raise ValueError("synthetic failure with a name in it: Ana Prueba")

    monkeypatch.setattr(reports.deadline_list, "deadline_list_pdf", broken)
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warned.append(text))
    view.print_current()
    qtbot.waitUntil(lambda: bool(warned), timeout=10_000)
    assert warned == ["This document could not be prepared for printing. Nothing was printed or saved."]
    assert view.print_button.isEnabled() and view.preview is None


@pytest.mark.usefixtures("clinic")
def test_spanish_details_show_a_readable_source_and_filters_are_translated(qtbot, session: Session,
                                                                           spanish) -> None:
    view = _loaded_view(qtbot, session)
    assert view.window_box.itemText(0) == "Todas las fechas" and view.kind_box.itemText(0) == "Todos los tipos"
    _choose(view.kind_box, EventKind.ICE_CHECKIN)
    for row in range(view.model.rowCount()):
        if view.model.is_header(row):
            continue
        view.view.selectRow(row)
        text = view.details.text()
        # A rule's line names its source; an appointment line with no rule behind it has none.
        assert ("Fuente: " in text) == (view.model.reminder_at(row).item is Item.REMINDER)
        assert "FACTS" not in text and "(M)" not in text and "(H)" not in text and "(C)" not in text


@pytest.mark.usefixtures("english", "clinic")
def test_what_stretches_and_when_is_held_to_a_share(qtbot, session: Session) -> None:
    view = _loaded_view(qtbot, session)
    for width in (700, 1000, 1600):
        view.resize(width, 600)
        qtbot.waitUntil(lambda w=width: view.width() == w)
        header = view.view.horizontalHeader()
        available = view.view.viewport().width()
        when = header.sectionSize(TodayModel.DATE)
        what = header.sectionSize(TodayModel.TITLE)
        assert when <= available * 0.36 + 1
        assert what >= when and what >= header.sectionSize(TodayModel.PERSON)


@pytest.mark.usefixtures("english", "clinic")
def test_model_passes_the_model_tester_when_filtered(qtbot, qtmodeltester, session: Session) -> None:
    view = _loaded_view(qtbot, session)
    qtmodeltester.check(view.model)
    _choose(view.window_box, Window.WEEK)
    qtmodeltester.check(view.model)
    view.search.setText("nadie")
    qtmodeltester.check(view.model)


@pytest.mark.usefixtures("english", "clinic")
def test_arrow_keys_step_over_group_headers(qtbot, session: Session) -> None:
    view = _loaded_view(qtbot, session)
    headers = view.model.header_rows()
    assert len(headers) >= 2
    second = headers[1]
    view.view.selectRow(second - 1)  # the last date of the first group
    view.view.setFocus()
    qtbot.keyClick(view.view, Qt.Key.Key_Down)
    assert view.view.currentIndex().row() == second + 1 and view.current_reminder() is not None
    qtbot.keyClick(view.view, Qt.Key.Key_Up)
    assert view.view.currentIndex().row() == second - 1 and view.current_reminder() is not None
    assert view.details.text() != "Choose a date in the list to see what to do."
