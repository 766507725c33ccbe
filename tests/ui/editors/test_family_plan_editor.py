"""The family plan editor: children written into the plan, a form per child, two caregivers with phones."""
# ruff: noqa: F811  (pytest fixtures are imported from conftest_views and used as arguments)

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from domain.models import Caregiver, ChildPlan, FamilyPlan
from storage import Vault
from tests.ui.conftest_views import add_person, english, session, spanish  # noqa: F401
from ui.editors.family_plan import FamilyPlanEditor
from ui.notices import questions
from ui.shell.session import Session


def _open(qtbot, session: Session, pid: int) -> FamilyPlanEditor:  # type: ignore[no-untyped-def]
    editor = FamilyPlanEditor(session, pid)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    return editor


@pytest.mark.usefixtures("spanish")
def test_a_child_is_written_in_with_two_caregivers_and_phones(qtbot, session: Session, vault: Vault) -> None:
    pid = add_person(vault, "Ana", "Prueba")
    editor = _open(qtbot, session, pid)
    [form] = editor.child_forms()
    qtbot.waitUntil(lambda: form.name.hasFocus())  # a new plan opens on the first child's name
    qtbot.keyClicks(form.name, "Sofia Prueba")
    assert editor.tabs.tabText(0) == "Sofia Prueba"
    qtbot.keyClicks(form.birth, "02/04/2017")
    qtbot.keyClicks(form.first.name, "Rosa Ficticia")
    qtbot.keyClicks(form.first.relationship, "tia")
    qtbot.keyClicks(form.first.phone, "213 555 0143")
    qtbot.keyClicks(form.second.name, "Luis Ficticio")
    qtbot.keyClicks(form.second.phone, "12")  # too short: refused, nothing saved
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.isVisible() and vault.family_plans.for_person(pid) is None
    assert form.checks.error_text("second_phone").startswith("⚠")
    assert form.second.phone.hasFocus()
    form.second.phone.clear()
    qtbot.keyClicks(form.second.phone, "(323) 555-0199")
    qtbot.mouseClick(editor.add_child_button, Qt.MouseButton.LeftButton)
    second = editor.child_forms()[1]
    assert editor.tabs.currentWidget() is second and second.name.hasFocus()
    assert editor.tabs.tabText(1) == "Nuevo niño o niña"
    qtbot.keyClicks(editor.documents, "caja roja")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert not editor.isVisible()  # the empty second tab is dropped, not refused
    plan = vault.family_plans.for_person(pid)
    assert plan is not None and plan.documents_location == "caja roja"
    assert plan.children == [ChildPlan(name="Sofia Prueba", date_of_birth=date(2017, 4, 2), caregivers=(
        Caregiver("Rosa Ficticia", "tia", "+12135550143"), Caregiver("Luis Ficticio", "", "+13235550199")))]


@pytest.mark.usefixtures("english")
def test_a_child_with_details_needs_a_name(qtbot, session: Session, vault: Vault) -> None:
    pid = add_person(vault, "Ana", "Prueba")
    editor = _open(qtbot, session, pid)
    form = editor.child_forms()[0]
    qtbot.keyClicks(form.first.name, "Rosa Ficticia")
    assert not editor.save()
    assert "required" in form.checks.error_text("name")
    qtbot.waitUntil(form.name.hasFocus)


@pytest.mark.usefixtures("english")
def test_an_existing_plan_opens_with_a_tab_per_child_and_removes_one(qtbot, session: Session, vault: Vault,
                                                                     monkeypatch) -> None:
    pid = add_person(vault, "Ana", "Prueba")
    kid = add_person(vault, "Dani", "Prueba", date_of_birth=date(2015, 1, 1))
    vault.family_plans.save(FamilyPlan(pid, children=[
        ChildPlan(kid, caregivers=(Caregiver("tía Rosa"),)),  # an older plan: the child is a vault person
        ChildPlan(name="Sofía Prueba"),
    ]))
    editor = _open(qtbot, session, pid)
    assert [editor.tabs.tabText(i) for i in range(editor.tabs.count())] == ["Dani Prueba", "Sofía Prueba"]
    assert editor.tabs.currentIndex() == 0 and editor.child_forms()[0].first.name.text() == "tía Rosa"
    asked: list[str] = []
    monkeypatch.setattr(questions, "confirm", lambda _p, title, *_a: asked.append(title) or True)
    monkeypatch.setattr("ui.editors.family_plan.confirm", questions.confirm)
    editor.tabs.setCurrentIndex(1)
    qtbot.mouseClick(editor.remove_child_button, Qt.MouseButton.LeftButton)
    assert asked == ["Remove Sofía Prueba from the plan?"] and editor.tabs.count() == 1
    assert editor.save()
    plan = vault.family_plans.for_person(pid)
    assert plan is not None and [(c.child_id, c.name) for c in plan.children] == [(kid, "Dani Prueba")]
