"""The main screens in the pseudo-locale `qps`: every visible text comes from the language's files, and
nothing is cut at 1366×768.

The language's files are generated into a temporary folder and made available through the Python-only
hook `content.paths.add_language_root` (no environment variable or setting can swap an installed
Amparo's rights text). Texts read: labels, buttons, group boxes, tabs, combo items, placeholders, table
headers and cells, list items, window titles, tooltips and accessible names of every visible widget.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, datetime, time
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractListModel, QModelIndex, QSize, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QTabBar,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from domain.clock import FakeClock
from domain.models import (
    Contact,
    ContactCategory,
    Event,
    EventKind,
    Person,
)
from reports.card import A_NUMBER_WARNING
from storage import Vault
from tests.pseudo_locale_support import LANG, LETTER, leftover, pseudo_language
from ui.app.prefs import Prefs
from ui.shell.main_window import MainWindow
from ui.shell.vault_area import CONTACTS, GUIDES, PEOPLE, SETTINGS, TODAY

PASSPHRASE = "correct horse battery"
SCREEN = QSize(1366, 768)
CLOCK = datetime(2026, 11, 30, 9, 0)

# The synthetic values this test puts in the vault, recognised as data.
DATA = ("Rosa Prueba", "Rosa", "Prueba", "Sala 3", "Lic Marta Ruiz", "Notas", "A-012-345-678")
# Named exceptions, each with why it is not (yet) text of the language's files:
NAMED = (
    "Amparo",  # the program's name, the same in every language
    "Español", "English",  # each language's name in itself, so anyone finds theirs (start screen, vault bar)
    "A−", "A+",  # the guides' text-size buttons: symbols, with translated tooltips and accessible names
)


def _plain(text: str) -> str:
    if "<" in text and ">" in text:
        doc = QTextDocument()
        doc.setHtml(text)
        return doc.toPlainText()
    return text


def _unmnemonic(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def visible_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) for every text a user can see or hear on `root` and its visible children."""
    found: list[tuple[str, str]] = [("window title", root.windowTitle())]
    for widget in [root, *root.findChildren(QWidget)]:
        if widget is not root and (widget.isWindow() or not widget.isVisibleTo(root)):
            continue
        where = f"{type(widget).__name__}({widget.objectName() or widget.accessibleName()[:30]})"
        texts = [widget.toolTip(), widget.accessibleName(), widget.accessibleDescription()]
        if isinstance(widget, QLabel):
            texts.append(_plain(widget.text()))
        elif isinstance(widget, QAbstractButton):
            texts.append(_unmnemonic(widget.text()))
        elif isinstance(widget, QGroupBox):
            texts.append(_unmnemonic(widget.title()))
        elif isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        elif isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText() if not widget.text() else "")
        elif isinstance(widget, QTabBar):
            texts += [widget.tabText(i) for i in range(widget.count())]
        elif isinstance(widget, QTextEdit) and widget.isReadOnly():
            texts.append(widget.toPlainText())
        elif isinstance(widget, QAbstractSpinBox):
            texts += [getattr(widget, "suffix", str)(), getattr(widget, "prefix", str)()]
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(QModelIndex())
            for col in range(columns):
                if not (isinstance(widget, QTableView) and widget.isColumnHidden(col)):
                    texts.append(str(model.headerData(col, Qt.Orientation.Horizontal) or ""))
            for row in range(min(model.rowCount(QModelIndex()), 60)):
                for col in range(columns):
                    index = model.index(row, col)
                    for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                                 Qt.ItemDataRole.AccessibleTextRole):
                        value = index.data(role)
                        if isinstance(value, str):
                            texts.append(value)
        found += [(where, t) for t in texts if t]
    return found


# Key names in shortcut hints ("Shortcut: Ctrl+P") are written on the keys, the same in every language.
KEYS = re.compile(r"\b(?:Ctrl|Alt|Shift)\+(?:\w+|[−+=])")


def not_pseudo(root: QWidget, allowed: set[str]) -> list[tuple[str, list[str]]]:
    problems = []
    for where, text in visible_texts(root):
        rest = leftover(KEYS.sub(" ", text), allowed)
        if rest:
            problems.append((where, [w for w in rest.split() if LETTER.search(w)]))
    return problems


def cut(root: QWidget) -> list[str]:
    """Labels and buttons given less room than their text needs."""
    problems = []
    for widget in root.findChildren(QWidget):
        if widget.isWindow() or not widget.isVisibleTo(root) or widget.width() <= 0:
            continue
        if isinstance(widget, QLabel) and widget.text():
            if widget.wordWrap():
                need = widget.heightForWidth(widget.width())
                if need > widget.height() + 1:
                    problems.append(f"label {_plain(widget.text())[:50]!r}: {widget.height()} < {need} high")
            elif widget.width() + 1 < widget.minimumSizeHint().width():
                problems.append(f"label {_plain(widget.text())[:50]!r}: {widget.width()} < "
                                f"{widget.minimumSizeHint().width()} wide")
        elif isinstance(widget, QAbstractButton) and widget.text():
            need = widget.fontMetrics().horizontalAdvance(_unmnemonic(widget.text()))
            if widget.width() < need:
                problems.append(f"button {widget.text()[:50]!r}: {widget.width()} < {need} wide")
        elif isinstance(widget, QTableView) and widget.model() is not None:
            problems += _elided_columns(widget)
    return problems


def _elided_columns(table: QTableView) -> list[str]:
    """Headers, and cells of columns sized to their content, that do not fit their column.

    A stretching column (a title, a note) may elide a long cell: the row's details show it whole.
    """
    problems = []
    model, header = table.model(), table.horizontalHeader()
    margin = 2 * header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin)
    columns = model.columnCount(QModelIndex())
    for col in range(columns):
        if table.isColumnHidden(col):
            continue
        width = header.sectionSize(col)
        title = str(model.headerData(col, Qt.Orientation.Horizontal) or "")
        if title and header.fontMetrics().horizontalAdvance(title) + margin > width:
            problems.append(f"header {title[:40]!r}: column {width} wide")
        stretches = header.sectionResizeMode(col) == QHeaderView.ResizeMode.Stretch or (
            header.stretchLastSection() and col == columns - 1)
        # What the cells of the column need, as the view's own delegate measures them.
        if not stretches and table.sizeHintForColumn(col) > width:
            problems.append(f"cells of column {title[:40]!r}: {width} < {table.sizeHintForColumn(col)} wide")
    return problems


@pytest.fixture
def qps(tmp_path: Path) -> Iterator[Path]:
    with pseudo_language(tmp_path / "qps") as out:
        yield out


@pytest.fixture
def window(qtbot: QtBot, qps: Path, tmp_path: Path) -> Iterator[tuple[MainWindow, set[str]]]:
    prefs = Prefs(tmp_path / "config", tmp_path / "data")
    path = prefs.ensure_vaults_dir() / "Notas.amparo"
    vault, _key = Vault.create(path, PASSPHRASE)
    try:
        person = vault.people.add(Person("Rosa", "Prueba", date_of_birth=date(1985, 3, 14), a_number="012345678"))
        vault.events.add(Event(person, EventKind.ICE_CHECKIN, date(2026, 12, 29), time=time(8, 30), place="Sala 3"))
        vault.events.add(Event(person, EventKind.EAD_EXPIRY, date(2027, 2, 10)))
        # Long overdue, on a long weekday and month: the widest "when" the Today list shows.
        vault.events.add(Event(person, EventKind.COURT_HEARING, date(2026, 9, 30), time=time(13, 0)))
        vault.contacts.add(Contact(ContactCategory.ATTORNEY, "Lic Marta Ruiz", phones=("+1 213 555 0100",)))
        # The vault's folder is shown in Settings: a path on this computer, data like a name.
        allowed = {str(path)} | set(DATA) | set(NAMED)
    finally:
        vault.close()
    win = MainWindow(prefs, clock=FakeClock(CLOCK))
    qtbot.addWidget(win)
    win.resize(SCREEN)
    win.show()
    qtbot.waitExposed(win)
    yield win, allowed
    win.lock()


def _check(root: QWidget, allowed: set[str]) -> None:
    # Layouts settle in posted events (a new text asks for a new layout): let them run first.
    QApplication.sendPostedEvents()
    QApplication.processEvents()
    problems = not_pseudo(root, allowed)
    assert not problems, "\n".join(map(str, problems))
    clipped = cut(root)
    assert not clipped, "\n".join(clipped)


def test_start_and_unlock_screens(qtbot: QtBot, window: tuple[MainWindow, set[str]]) -> None:
    win, allowed = window
    _check(win, allowed)
    win.show_unlock()
    _check(win, allowed)


def _unlock(qtbot: QtBot, win: MainWindow) -> None:
    win.show_unlock()
    view = win.unlock_view
    view.passphrase.edit.setText(PASSPHRASE)
    with qtbot.waitSignal(view.unlocked, timeout=20_000):
        view.unlock_button.click()
    assert win.vault_area is not None


def test_vault_screens(qtbot: QtBot, window: tuple[MainWindow, set[str]]) -> None:
    win, allowed = window
    _unlock(qtbot, win)
    area = win.vault_area
    assert area is not None
    today = area.today
    qtbot.waitUntil(lambda: today.is_loaded, timeout=20_000)
    today.view.selectRow(1)  # the first row under its group header: the details show what to do
    qtbot.waitUntil(lambda: bool(today.details.text()))
    _check(win, allowed)

    area.show_page(PEOPLE)
    qtbot.waitUntil(lambda: area.people.view.model().rowCount() > 0)  # type: ignore[attr-defined]
    _check(win, allowed)
    person_id = win.vault_area.session.vault.people.search("Rosa", limit=1)[0].id  # type: ignore[union-attr]
    area.people.show_person(person_id)
    _check(win, allowed)

    area.show_page(CONTACTS)
    _check(win, allowed)

    area.show_page(GUIDES)
    _check(win, allowed)
    assert area.guides.open_guide("ice-at-the-door")
    _check(win, allowed)

    area.show_page(SETTINGS)
    _check(win, allowed)
    area.show_page(TODAY)


def test_guides_window_and_card_dialog_without_a_vault(qtbot: QtBot, window: tuple[MainWindow, set[str]]) -> None:
    win, allowed = window
    win.clock.advance(days=213)  # seven months on: the notice that the guides may be out of date shows too
    win.open_guides()
    guides = win.guides_window
    assert guides is not None
    guides.resize(SCREEN)
    qtbot.waitExposed(guides)
    assert guides.open_guide("tps")  # type: ignore[attr-defined]
    assert guides.stale_text().startswith("[Ţĥé·· ŕîĝĥţš···")  # type: ignore[attr-defined]
    _check(guides, allowed)
    guides.close()

    win.open_card()
    dialog = win.card_dialog
    assert dialog is not None
    dialog.resize(SCREEN)
    qtbot.waitExposed(dialog)
    # The language's files make it a choice for the card's front, chosen as the interface language.
    assert dialog.options()["lang"] == LANG  # type: ignore[attr-defined]
    _check(dialog, allowed)
    dialog._a_check.setChecked(True)  # type: ignore[attr-defined]
    dialog._a_number.setText("A-012-345-678")  # type: ignore[attr-defined]
    dialog.rebuild()  # type: ignore[attr-defined]
    assert dialog.warning_text() == A_NUMBER_WARNING.get(LANG)  # type: ignore[attr-defined]
    assert dialog.error_text() == ""  # type: ignore[attr-defined]  # the longer card still fits
    _check(dialog, allowed)
    dialog.reject()


def test_the_checks_themselves_catch_english_and_cut_texts(qtbot: QtBot, qps: Path) -> None:
    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    english = QLabel("Save", root)
    pseudo = QLabel("[Šàṽé··]", root)
    button = QPushButton("[Àđđ·· à· ṽéŕý·· ļöñĝ··· ļàƀéļ··· öñ· à· ƀûţţöñ···]", root)
    layout.addWidget(english)
    layout.addWidget(pseudo)
    layout.addWidget(button)
    root.show()
    qtbot.waitExposed(root)
    assert not_pseudo(root, set()) == [("QLabel()", ["Save"])]
    assert not_pseudo(root, {"Save"}) == []
    assert cut(root) == []
    button.setFixedWidth(40)
    assert cut(root) and cut(root)[0].startswith("button")
    button.setMinimumWidth(0)
    button.setMaximumWidth(16_777_215)
    table = QTableWidget(1, 2, root)
    table.setHorizontalHeaderLabels(["[Ðàţé··]", "[Ţîţļé··]"])
    table.setItem(0, 0, QTableWidgetItem("[Ŵéđñéšđàý···, Ðéçéɱƀéŕ··· 30]"))
    table.horizontalHeader().setStretchLastSection(False)
    table.setColumnWidth(0, 30)
    layout.addWidget(table)
    QApplication.processEvents()
    assert [p.split(":")[0] for p in _elided_columns(table)] == ["header '[Ðàţé··]'", "cells of column '[Ðàţé··]'"]
