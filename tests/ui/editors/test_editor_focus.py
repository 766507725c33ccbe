"""Every editor opens with the focus in its first field, which takes the keys typed (issue #9 item 6)."""
# ruff: noqa: F811  (pytest fixtures are imported from conftest_views and used as arguments)

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QApplication, QLineEdit

from storage import Vault
from tests.ui.conftest_views import add_person, english, session, spanish  # noqa: F401
from ui.editors.base import EditorBase
from ui.editors.case import CaseEditor
from ui.editors.contact import ContactEditor
from ui.editors.document import DocumentEditor
from ui.editors.event import EventEditor
from ui.editors.family_plan import FamilyPlanEditor
from ui.editors.person import PersonEditor
from ui.shell.session import Session

EDITORS: dict[str, Callable[[Session, int], EditorBase]] = {
    "person": lambda s, _pid: PersonEditor(s),
    "case": lambda s, pid: CaseEditor(s, pid),
    "event": lambda s, pid: EventEditor(s, pid),
    "document": lambda s, pid: DocumentEditor(s, pid),
    "contact": lambda s, _pid: ContactEditor(s),
    "family plan": lambda s, pid: FamilyPlanEditor(s, pid),
}


@pytest.mark.usefixtures("spanish")
@pytest.mark.parametrize("name", list(EDITORS))
def test_first_field_has_the_focus_and_takes_the_keys(qtbot, session: Session, vault: Vault, name: str) -> None:  # type: ignore[no-untyped-def]
    pid = add_person(vault, "Ana", "Prueba")
    editor = EDITORS[name](session, pid)
    qtbot.addWidget(editor)
    first = editor.first_field()
    assert first is not None and first is not editor.save_button
    editor.show()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is first)
    if isinstance(first, QLineEdit):
        qtbot.keyClicks(QApplication.focusWidget(), "Rosa")
        assert first.text().endswith("Rosa")
    # Save and Cancel come last in the Tab order, not first.
    assert editor.save_button.nextInFocusChain() is editor.cancel_button


@pytest.mark.usefixtures("english")
def test_new_person_opens_on_given_names(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    editor = PersonEditor(session)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitUntil(editor.given.hasFocus)
    qtbot.keyClicks(editor.given, "Ana")
    assert editor.given.text() == "Ana" and not editor.save_button.hasFocus()
