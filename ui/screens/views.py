"""Screenshot builders for the views (Today, People, person page, person editor, duplicate, Contacts).

`ui/screens/capture.py` imports the `build_*` functions; each takes an open session and returns a
widget ready to grab. Run this module directly to save `docs/screenshots/<screen>-<lang>.png` from a
synthetic demo vault (in a temporary folder deleted at the end), translated by the project catalog:

    xvfb-run -a -s "-screen 0 1366x768x24" python -m ui.screens.views
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

ROOT = Path(__file__).resolve().parents[2]

SIZE = (1280, 720)


def _first_person_with_events(session: object) -> int:
    vault = session.vault  # type: ignore[attr-defined]
    reminders = vault.deadlines(session.clock.today(), days=90)  # type: ignore[attr-defined]
    best = max({r.person_id for r in reminders}, key=lambda pid: len(vault.events.for_person(pid)))
    return int(best)


def build_today(session: object) -> QWidget:
    from ui.today.view import TodayView

    view = TodayView(session)
    view.resize(*SIZE)
    while not view.is_loaded:  # the list is computed in a worker thread
        QApplication.processEvents()
    view.view.selectRow(1)  # the first reminder, so the "what to do" pane shows
    return view


def _wait(condition: Callable[[], bool]) -> None:
    while not condition():
        QApplication.processEvents()


def _choose(box: object, data: object) -> None:
    box.setCurrentIndex(box.findData(data))  # type: ignore[attr-defined]


def build_today_filters(session: object) -> QWidget:
    """Today narrowed to the next 30 days of ICE check-ins, with a row chosen."""
    from domain.models import EventKind
    from ui.today.filters import Window
    from ui.today.view import TodayView

    view = TodayView(session)
    view.resize(*SIZE)
    _wait(lambda: view.is_loaded)
    _choose(view.window_box, Window.MONTH)
    _choose(view.kind_box, EventKind.ICE_CHECKIN)
    QApplication.processEvents()
    view.view.selectRow(1)
    return view


def build_today_print(session: object) -> QWidget:
    """The deadline list's print preview, from Today's Print button."""
    from ui.today.view import TodayView

    view = TodayView(session)
    view.resize(*SIZE)
    _wait(lambda: view.is_loaded)
    previews: list[QWidget] = []
    view.print_ready.connect(previews.append)
    view.print_current()
    _wait(lambda: bool(previews))
    preview = previews[0]
    preview.resize(*SIZE)
    preview.keep_view = view  # type: ignore[attr-defined]  # the view owns the dialog: keep it alive
    return preview


def build_person_print(session: object) -> QWidget:
    """The person page with its Print menu open (case summary, family plan)."""
    view = build_person(session)
    view.show()
    page = view.person_page  # type: ignore[attr-defined]
    page.print_current()
    QApplication.processEvents()
    view.grab_whole_screen = True  # type: ignore[attr-defined]
    return view


def _preview_of(session: object, which: str) -> QWidget:
    view = build_person(session)
    page = view.person_page  # type: ignore[attr-defined]
    preview = page.print_summary() if which == "summary" else page.print_family_plan()
    _wait(lambda: preview.preview.is_ready)
    preview.resize(*SIZE)
    preview.keep_view = view  # the view owns the dialog: keep it alive while it is shown
    return preview  # type: ignore[no-any-return]


def build_preview_summary(session: object) -> QWidget:
    return _preview_of(session, "summary")


def build_preview_family_plan(session: object) -> QWidget:
    _plan_with_two_caregivers(session)
    return _preview_of(session, "family")


def _plan_with_two_caregivers(session: object) -> None:
    from domain.models import Caregiver, ChildPlan, FamilyPlan

    vault = session.vault  # type: ignore[attr-defined]
    parent = _first_person_with_events(session)
    child = ChildPlan(name="Sofía del Río", caregivers=(
        Caregiver("Rosa Inventada", "tía", "+12135550143"), Caregiver("Luis Ejemplo", "vecino", "+13235550188")),
        authorization="Carta firmada ante notario", school_notes="Escuela Lincoln, 3er grado",
        medical_notes="Asma: inhalador en la mochila")
    vault.family_plans.save(FamilyPlan(parent, children=[child], documents_location="Caja azul en el armario"))


def build_family_plan_editor(session: object) -> QWidget:
    from ui.editors.family_plan import FamilyPlanEditor

    _plan_with_two_caregivers(session)
    editor = FamilyPlanEditor(session, _first_person_with_events(session))
    editor.resize(1000, 700)
    return editor


def build_people(session: object) -> QWidget:
    from ui.people.view import PeopleView

    view = PeopleView(session)
    view.resize(*SIZE)
    view.set_search_text("mar")
    QApplication.processEvents()
    return view


def build_person(session: object) -> QWidget:
    from ui.people.view import PeopleView

    view = PeopleView(session)
    view.resize(*SIZE)
    view.show_person(_first_person_with_events(session))
    return view


def build_person_editor(session: object) -> QWidget:
    from ui.editors.person import PersonEditor

    person = session.vault.people.get(_first_person_with_events(session))  # type: ignore[attr-defined]
    editor = PersonEditor(session, person)
    editor.a_number.setText("12345")
    editor.a_number.editingFinished.emit()  # show an inline message, as after leaving the field
    editor.adjustSize()
    return editor


def build_duplicate(session: object) -> QWidget:
    """A stored person typed again without the second surname and with day and month swapped."""
    import dataclasses
    from datetime import date

    from ui.people.duplicate_dialog import DuplicateDialog

    vault = session.vault  # type: ignore[attr-defined]
    stored = vault.people.get(_first_person_with_events(session))
    born = stored.date_of_birth
    typed = dataclasses.replace(stored, id=None, uuid="", a_number="", phone="", country_of_birth="",
                                family_names=stored.family_names.split()[0],
                                date_of_birth=date(born.year, min(born.day, 12), born.month))
    matches = [vault.people.get(row.id) for row in vault.people.duplicates(typed)]
    dialog = DuplicateDialog(typed, matches)
    dialog.adjustSize()
    return dialog


def build_contacts(session: object) -> QWidget:
    from ui.contacts.view import ContactsView

    view = ContactsView(session)
    view.resize(*SIZE)
    return view


BUILDERS: dict[str, Callable[[object], QWidget]] = {
    "today": build_today,
    "people": build_people,
    "person": build_person,
    "person-editor": build_person_editor,
    "duplicate": build_duplicate,
    "contacts": build_contacts,
    "today-filters": build_today_filters,
    "person-print-actions": build_person_print,
    "family-plan-editor": build_family_plan_editor,
    "preview-summary": build_preview_summary,
    "preview-family-plan": build_preview_family_plan,
    "preview-deadlines": build_today_print,
}


def main() -> int:
    import content.i18n as i18n
    from domain.clock import FakeClock
    from storage import Vault
    from storage.demo import populate
    from ui.shell.session import Session

    app = QApplication.instance() or QApplication([])
    out = ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="amparo-screens-") as tmp:
        vault, _recovery = Vault.create(Path(tmp) / "Demo.amparo", "demo passphrase for screenshots")
        clock = FakeClock()
        populate(vault, 60, today=clock.today(), seed=3)
        session = Session(vault, clock)
        for lang in ("es", "en"):
            i18n.set_language(lang)
            for name, build in BUILDERS.items():
                widget = build(session)
                widget.show()
                for _ in range(3):
                    app.processEvents()
                widget.grab().save(str(out / f"{name}-{lang}.png"))
                widget.close()
                widget.deleteLater()
                app.processEvents()
        session.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
