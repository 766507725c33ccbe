"""The person page prints the case summary and the family plan through the in-memory preview."""
# ruff: noqa: F811  (pytest fixtures are imported from conftest_views and used as arguments)

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from domain.models import Caregiver, ChildPlan, Event, EventKind, FamilyPlan
from storage import Vault
from tests.reports.pdfcheck import flat
from tests.ui.conftest_views import add_person, english, session, spanish  # noqa: F401
from ui.people.person_page import PersonPage
from ui.printing.preview import PdfPreviewDialog
from ui.shell.session import Session


@pytest.fixture
def page(qtbot, session: Session, vault: Vault) -> PersonPage:  # type: ignore[no-untyped-def]
    pid = add_person(vault, "Ana Lucía", "Prueba Sintética", date_of_birth=date(1990, 2, 3))
    vault.events.add(Event(pid, EventKind.COURT_HEARING, date(2027, 1, 20), place="Corte de Prueba"))
    vault.family_plans.save(FamilyPlan(pid, children=[ChildPlan(
        name="Sofía Prueba", caregivers=(Caregiver("Rosa Ficticia", "tía", "+12135550143"),))]))
    p = PersonPage(session, pid)
    qtbot.addWidget(p)
    p.resize(1200, 700)
    p.show()
    qtbot.waitExposed(p)
    return p


def _pdf_text(qtbot, dialog) -> str:  # type: ignore[no-untyped-def]
    qtbot.addWidget(dialog)
    qtbot.waitUntil(dialog.preview.is_ready, timeout=10000)
    assert dialog.preview.page_count() >= 1 and dialog.windowTitle() == "Amparo"
    return flat(dialog.preview.pdf_bytes())


@pytest.mark.usefixtures("spanish")
def test_ctrl_p_offers_both_documents_and_the_summary_previews(qtbot, page: PersonPage, tmp_path,
                                                               monkeypatch) -> None:  # type: ignore[no-untyped-def]
    cwd = tmp_path / "cwd"
    cwd.mkdir()
    monkeypatch.chdir(cwd)
    page.events.table.setFocus()
    qtbot.keyClick(page.events.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(page.print_menu.isVisible)
    texts = [a.text().replace("&", "") for a in page.print_menu.actions()]
    assert texts == ["Resumen del caso para un abogado…", "Plan familiar para quienes cuidan…"]
    assert page.print_menu.activeAction() is page.print_summary_action
    with qtbot.waitSignal(page.print_summary_action.triggered):
        qtbot.keyClick(page.print_menu, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(page.findChildren(PdfPreviewDialog)))
    [dialog] = page.findChildren(PdfPreviewDialog)
    text = _pdf_text(qtbot, dialog)
    assert "Resumen del caso" in text and "Ana Lucía Prueba Sintética" in text and "Corte de Prueba" in text
    assert list(cwd.iterdir()) == []  # nothing written while previewing


@pytest.mark.usefixtures("english")
def test_family_plan_prints_the_children_and_both_caregiver_phones(qtbot, page: PersonPage) -> None:  # type: ignore[no-untyped-def]
    dialog = page.print_family_plan()
    assert dialog is not None
    text = _pdf_text(qtbot, dialog)
    assert "Family plan" in text and "Sofía Prueba" in text
    assert "Rosa Ficticia (tía) · (213) 555-0143" in text
    summary = page.print_summary()
    assert summary is not None and "Case summary" in _pdf_text(qtbot, summary)


@pytest.mark.usefixtures("english")
def test_print_button_is_off_when_the_person_is_gone(qtbot, page: PersonPage, vault: Vault) -> None:  # type: ignore[no-untyped-def]
    assert page.print_button.isEnabled()
    assert page.person_id is not None
    vault.people.delete(page.person_id)
    page.refresh()
    assert not page.print_button.isEnabled()
    assert page.print_summary() is None and page.print_family_plan() is None


@pytest.mark.usefixtures("english")
def test_the_summary_shows_a_work_permit_expiring_in_a_year(qtbot, page: PersonPage, vault: Vault,  # type: ignore[no-untyped-def]
                                                             session: Session) -> None:
    expires = date.fromordinal(session.clock.today().toordinal() + 381)
    vault.events.add(Event(page.person_id, EventKind.EAD_EXPIRY, expires))
    summary = page.print_summary()
    assert summary is not None
    assert f"{expires:%B} {expires.day}, {expires.year}" in _pdf_text(qtbot, summary)
