"""Accessibility through Qt's own accessible interfaces (offscreen, no AT-SPI bus): every control of
the main screens has a name in both languages, the language buttons and the section list obey a
screen reader's actions, required fields say so, and decorative glyphs are not in accessible text.
scripts/atspi_walk.py checks the running app from outside through AT-SPI."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleActionInterface
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from content.i18n import language
from domain.models import Event, EventKind, Person
from storage import Vault
from tests.ui import conftest_shell
from tests.ui.conftest_shell import PASSPHRASE, unlock
from ui.accessibility.hints import REQUIRED_PROPERTY, without_glyphs
from ui.accessibility.tree import dump, unnamed_controls, walk
from ui.shell.main_window import MainWindow
from ui.shell.vault_area import PEOPLE, SETTINGS, TODAY

english = conftest_shell.english
prefs = conftest_shell.prefs
qt_settings_dir = conftest_shell.qt_settings_dir
window = conftest_shell.window


@pytest.fixture
def stored_vault(prefs) -> Path:  # type: ignore[no-untyped-def]
    """A vault with one synthetic person, an overdue hearing and a check-in next week."""
    path = prefs.ensure_vaults_dir() / f"{conftest_shell.VAULT_NAME}.amparo"
    vault, _key = Vault.create(path, PASSPHRASE)
    person = vault.people.add(Person(given_names="Ana", family_names="Prueba Inventada"))
    vault.events.add(Event(person_id=person, kind=EventKind.COURT_HEARING, date=date(2026, 11, 10)))
    vault.events.add(Event(person_id=person, kind=EventKind.ICE_CHECKIN, date=date(2026, 11, 27)))
    vault.close()
    return path


@pytest.fixture
def both_languages(window: MainWindow) -> Iterator[list[str]]:
    yield ["en", "es"]
    window.set_language("en")


def assert_all_named(widget: QWidget, where: str) -> None:
    bad = unnamed_controls(widget)
    assert not bad, f"{where}: unnamed controls {[(n.path, n.widget_class) for n in bad]}\n{dump(widget)}"


def do_action(widget: QWidget, action: str) -> None:
    iface = QAccessible.queryAccessibleInterface(widget)
    assert iface is not None and iface.actionInterface() is not None
    assert action in iface.actionInterface().actionNames()
    iface.actionInterface().doAction(action)


def test_every_control_of_the_main_screens_has_a_name(qtbot: QtBot, window: MainWindow, stored_vault: Path,
                                                      both_languages: list[str]) -> None:
    for lang in both_languages:
        window.set_language(lang)
        window.show_start()
        assert_all_named(window, f"start ({lang})")
        window.show_create()
        assert window.create_dialog is not None
        assert_all_named(window.create_dialog, f"create ({lang})")
        window.create_dialog.reject()
        window.show_unlock()
        assert_all_named(window, f"unlock ({lang})")
        unlock(qtbot, window)
        area = window.vault_area
        assert area is not None
        for page in range(area.nav.count()):
            area.show_page(page)
            assert_all_named(window, f"section {page} ({lang})")
        area.session.open_person.emit(1)
        qtbot.waitUntil(lambda a=area: a.current_view() is a.people)
        assert_all_named(window, f"person page ({lang})")
        window.lock()


def test_the_tree_holds_what_a_screen_reader_needs(window: MainWindow) -> None:
    names = {(node.role, node.name) for node in walk(window)}
    assert (QAccessible.Role.CheckBox, "Español") in names  # checkable buttons are toggles to AT
    assert (QAccessible.Role.CheckBox, "English") in names


def test_language_buttons_follow_the_accessible_toggle(window: MainWindow) -> None:
    start = window.start_screen
    assert language() == "en"
    do_action(start.spanish_button, QAccessibleActionInterface.toggleAction())
    assert language() == "es" and start.spanish_button.isChecked() and not start.english_button.isChecked()
    do_action(start.english_button, QAccessibleActionInterface.toggleAction())
    assert language() == "en" and start.english_button.isChecked()


def test_language_buttons_follow_the_accessible_press(qtbot: QtBot, window: MainWindow) -> None:
    start = window.start_screen
    with qtbot.waitSignal(start.language_chosen, timeout=2000) as blocker:
        do_action(start.spanish_button, QAccessibleActionInterface.pressAction())
    assert blocker.args == ["es"]
    qtbot.waitUntil(lambda: language() == "es")
    window.set_language("en")


def test_section_list_follows_accessible_selection(qtbot: QtBot, window: MainWindow, stored_vault: Path) -> None:
    unlock(qtbot, window)
    area = window.vault_area
    assert area is not None and area.current_view() is area.today
    nav = QAccessible.queryAccessibleInterface(area.nav)
    assert nav is not None and nav.role() == QAccessible.Role.List
    # AT-SPI's Selection interface, as Orca uses it.
    selection = nav.selectionInterface()
    assert selection is not None
    assert selection.select(nav.child(SETTINGS))
    assert area.current_view() is area.settings and area.nav.currentRow() == SETTINGS
    # A row's own action ("Toggle" selects it).
    row = nav.child(PEOPLE)
    assert row.actionInterface() is not None
    row.actionInterface().doAction(QAccessibleActionInterface.toggleAction())
    assert area.current_view() is area.people
    area.show_page(TODAY)
    assert area.current_view() is area.today


def test_required_fields_say_so(window: MainWindow, stored_vault: Path, qtbot: QtBot) -> None:
    window.show_create()
    dialog = window.create_dialog
    assert dialog is not None
    for field in (dialog.name_edit, dialog.passphrase.edit, dialog.repeat.edit):
        assert field.property(REQUIRED_PROPERTY) is True
        assert QAccessible.queryAccessibleInterface(field).text(QAccessible.Text.Description) == "Required"
    window.set_language("es")
    assert dialog.name_edit.accessibleDescription() == "Obligatorio"
    window.set_language("en")
    dialog.reject()

    from ui.editors.person import PersonEditor

    unlock(qtbot, window)
    assert window.vault_area is not None
    editor = PersonEditor(window.vault_area.session, None, window)
    qtbot.addWidget(editor)
    editor.show()
    assert editor.given.accessibleDescription() == "Required"
    assert editor.family.accessibleDescription() == "Required"
    assert not editor.preferred.property(REQUIRED_PROPERTY)
    # A problem replaces the description while shown, and "Required" comes back once it is fixed.
    assert not editor.checks.check_all()
    problem = editor.checks.error_text("given_names").removeprefix("⚠ ")
    assert problem and editor.given.accessibleDescription() == problem
    error = next(n for n in walk(editor) if n.name == problem)
    assert error.role == QAccessible.Role.StaticText  # the label's text starts with "⚠", its name does not
    editor.given.setText("Ana")
    editor.given.textEdited.emit("Ana")
    assert editor.given.accessibleDescription() == "Required"
    editor.reject()


def test_decorative_glyphs_are_not_read(qtbot: QtBot, window: MainWindow, stored_vault: Path) -> None:
    assert without_glyphs("⚠ Overdue: November 10") == "Overdue: November 10"
    assert without_glyphs("✔ yes") == "yes"
    assert without_glyphs("Go to court\nWhere: Room 3") == "Go to court\nWhere: Room 3"
    unlock(qtbot, window)
    area = window.vault_area
    assert area is not None
    model = area.today.model
    qtbot.waitUntil(lambda: model.rowCount() > 0, timeout=10_000)
    shown, spoken = [], []
    for row in range(model.rowCount()):
        for col in range(model.columnCount()):
            index = model.index(row, col)
            shown.append(str(model.data(index, Qt.ItemDataRole.DisplayRole) or ""))
            spoken.append(str(model.data(index, Qt.ItemDataRole.AccessibleTextRole) or ""))
    assert any("⚠" in text for text in shown), shown  # the glyph is still drawn for the eyes
    assert spoken and not any(set(text) & set("⚠◆◇○✔✘") for text in spoken)
    assert any(text.startswith("Overdue") for text in spoken)
