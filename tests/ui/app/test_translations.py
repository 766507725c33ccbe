"""The Spanish catalog: complete, no fuzzy entries, placeholders kept, current with the code, compiled.

Babel's own reading of the catalog is the assertion; when GNU `msgfmt` is installed it is run too
(`--check` catches format errors Babel does not look for), but the test never needs it.
"""

from __future__ import annotations

import gettext
import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest
from babel.messages.catalog import Catalog
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QTableView,
    QTabWidget,
    QTreeView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tests.ui import conftest_shell
from tests.ui.conftest_shell import unlock
from ui.shell.main_window import MainWindow

# Fixtures shared by the shell tests (pytest finds fixtures among module attributes).
english = conftest_shell.english
prefs = conftest_shell.prefs
qt_settings_dir = conftest_shell.qt_settings_dir
stored_vault = conftest_shell.stored_vault
window = conftest_shell.window


ROOT = Path(__file__).resolve().parents[3]


def _load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("update_catalogs", ROOT / "scripts" / "update_catalogs.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["update_catalogs"] = module
    spec.loader.exec_module(module)
    return module


catalogs = _load_script()


@pytest.fixture(scope="module")
def spanish_catalog() -> Catalog:
    return catalogs.read_catalog(catalogs.po_path("es"), "es")


def _strings(value: str | tuple[str, ...]) -> tuple[str, ...]:
    return value if isinstance(value, tuple) else (value,)


def test_every_message_is_translated_and_none_is_fuzzy(spanish_catalog: Catalog) -> None:
    untranslated = [m.id for m in spanish_catalog if m.id and not all(_strings(m.string))]
    fuzzy = [m.id for m in spanish_catalog if m.id and m.fuzzy]
    assert untranslated == []
    assert fuzzy == []
    assert not spanish_catalog.fuzzy
    assert len([m for m in spanish_catalog if m.id]) > 100


def test_catalog_passes_babels_checks(spanish_catalog: Catalog) -> None:
    problems = [(message.id, [str(e) for e in errors]) for message, errors in spanish_catalog.check()]
    assert problems == []


def test_translations_keep_the_same_placeholders(spanish_catalog: Catalog) -> None:
    wrong = []
    for message in spanish_catalog:
        if not message.id:
            continue
        ids = _strings(message.id)
        for index, translated in enumerate(_strings(message.string)):
            source = ids[min(index, len(ids) - 1)]
            if catalogs.placeholders(translated) != catalogs.placeholders(source):
                wrong.append((source, translated))
    assert wrong == []


def test_placeholder_check_detects_a_dropped_field() -> None:
    assert catalogs.placeholders("In {days} days, {name}") == {"days", "name"}
    assert catalogs.placeholders("En días") != catalogs.placeholders("In {days} days")
    assert catalogs.placeholders("{n:>3} left") == {"n"}


def test_no_string_in_the_code_is_missing_from_the_catalog(spanish_catalog: Catalog) -> None:
    extracted = catalogs.extract()
    in_code = {m.id for m in extracted if m.id}
    in_catalog = {m.id for m in spanish_catalog if m.id}
    assert sorted(map(str, in_code - in_catalog)) == []
    assert "Unlock" in in_code  # the extraction really scanned the interface


def test_template_is_current(spanish_catalog: Catalog) -> None:
    template = catalogs.read_catalog(catalogs.TEMPLATE)
    assert {m.id for m in template if m.id} == {m.id for m in catalogs.extract() if m.id}


def test_compiled_catalog_matches_the_po(spanish_catalog: Catalog) -> None:
    with catalogs.mo_path("es").open("rb") as handle:
        compiled = gettext.GNUTranslations(handle)._catalog  # type: ignore[attr-defined]
    expected: dict[object, str] = {}
    for message in spanish_catalog:
        if not message.id:
            continue
        if isinstance(message.id, tuple):
            for index, text in enumerate(message.string):
                expected[(message.id[0], index)] = text
        else:
            expected[message.id] = message.string
    compiled = {k: v for k, v in compiled.items() if k != ""}
    assert compiled == expected


# --- the running app in Spanish -------------------------------------------------------------------

def visible_texts(root: QWidget) -> set[str]:
    """Every text a user can see or hear in `root`: labels, buttons, fields, lists, headers, tooltips."""
    texts: set[str] = set()
    for widget in [root, *root.findChildren(QWidget)]:
        texts.update({widget.toolTip(), widget.accessibleName(), widget.accessibleDescription()})
        if widget.isWindow():
            texts.add(widget.windowTitle())
        if isinstance(widget, QLabel | QAbstractButton):
            texts.add(widget.text())
        if isinstance(widget, QLineEdit):
            texts.update({widget.text(), widget.placeholderText()})
        if isinstance(widget, QGroupBox):
            texts.add(widget.title())
        if isinstance(widget, QTabWidget):
            texts.update(widget.tabText(i) for i in range(widget.count()))
        if isinstance(widget, QComboBox):
            texts.update(widget.itemText(i) for i in range(widget.count()))
        if isinstance(widget, QListWidget):
            texts.update(widget.item(i).text() for i in range(widget.count()))
        if isinstance(widget, QTableView | QTreeView) and widget.model() is not None:
            header = widget.horizontalHeader() if isinstance(widget, QTableView) else widget.header()
            texts.update(str(widget.model().headerData(i, Qt.Orientation.Horizontal))
                         for i in range(header.count()))
    texts.discard("")
    return texts


def english_only(spanish_catalog: Catalog) -> set[str]:
    """English msgids whose Spanish is different (those must never show while the app is Spanish)."""
    found = set()
    for message in spanish_catalog:
        if message.id and not isinstance(message.id, tuple) and message.string != message.id:
            found.add(message.id)
    # The language switch names each language in itself ("English" on a Spanish screen) on purpose.
    return found - {"English", "Español"}


def test_switching_language_leaves_no_english_on_the_main_screens(
        qtbot: QtBot, window: MainWindow, stored_vault: Path, spanish_catalog: Catalog) -> None:
    leftovers_by_screen: dict[str, set[str]] = {}
    english_texts = english_only(spanish_catalog)

    def screens() -> dict[str, QWidget]:
        shown: dict[str, QWidget] = {"start": window.start_screen, "unlock": window.unlock_view}
        if window.create_dialog is not None:
            shown["create"] = window.create_dialog
        if window.vault_area is not None:
            shown["vault"] = window.vault_area
        return shown

    window.show_create()
    assert window.create_dialog is not None
    window.create_dialog.reject()
    window.show_create()
    unlock(qtbot, window)
    window.show_create()  # a dialog that is open while the language switches
    assert window.vault_area is not None
    seen_english = {name: visible_texts(w) & english_texts for name, w in screens().items()}
    assert seen_english["start"], "the English screen should show English msgids"

    window.set_language("es")
    try:
        assert window.start_screen.spanish_button.isChecked()
        for name, widget in screens().items():
            leftovers_by_screen[name] = visible_texts(widget) & english_texts
        # And each page of the vault area, shown in turn.
        for index in range(window.vault_area.stack.count()):
            window.vault_area.show_page(index)
            leftovers_by_screen[f"vault page {index}"] = visible_texts(window.vault_area) & english_texts
        assert {k: v for k, v in leftovers_by_screen.items() if v} == {}
        assert "Desbloquear" in visible_texts(window.unlock_view)
    finally:
        window.set_language("en")
    assert "Unlock" in visible_texts(window.unlock_view)
    assert visible_texts(window.start_screen) & english_texts
    window.create_dialog.reject() if window.create_dialog is not None else None
