"""The person editor says which letters of a name will not print, and says nothing otherwise."""
# ruff: noqa: F811  (pytest fixtures are imported from conftest_views and used as arguments)

from __future__ import annotations

import pytest

from tests.ui.conftest_views import english, session, spanish  # noqa: F401
from ui.editors.person import PersonEditor
from ui.shell.session import Session


@pytest.mark.usefixtures("english")
def test_a_name_in_a_script_no_font_has_is_flagged_while_typed(qtbot, session: Session) -> None:
    editor = PersonEditor(session)
    qtbot.addWidget(editor)
    editor.show()
    note = editor.unprintable
    assert note.isHidden()
    editor.family.setText("Singh ਸਿੰਘ")  # Gurmukhi (Punjabi)
    assert note.isVisible()
    assert "will not print" in note.text() and note.text().endswith(": ਸਿੰਘ")
    for printable in ("Ñúñez Peña", "王小明", "محمد عبد الله", "Nguyễn Thị Ánh"):
        editor.family.setText(printable)
        assert note.isHidden(), printable


@pytest.mark.usefixtures("spanish")
def test_the_warning_is_in_spanish(qtbot, session: Session) -> None:
    editor = PersonEditor(session)
    qtbot.addWidget(editor)
    editor.show()
    editor.given.setText("राम")
    assert "no se imprimirán" in editor.unprintable.text()
