"""The guides screen says, at the top and in plain words, when the rights information is past its review
limit, and how to get newer information; the limit is a Settings choice kept outside the vault."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from content import guides as guides_mod
from content.i18n import language, set_language
from domain.clock import FakeClock
from tests.ui import conftest_shell
from tests.ui.conftest_shell import unlock
from ui.guides.card_dialog import CardDialog
from ui.guides.view import GuidesView
from ui.shell.main_window import MainWindow
from ui.shell.vault_area import GUIDES, SETTINGS

english = conftest_shell.english
prefs = conftest_shell.prefs
qt_settings_dir = conftest_shell.qt_settings_dir
stored_vault = conftest_shell.stored_vault

OLDEST = date(2026, 11, 22)  # the oldest `reviewed` of the built-in guides (most say 2026-11-30)
SEVEN_MONTHS_LATER = datetime(2027, 6, 30, 9, 0)


@pytest.fixture(autouse=True)
def restore_language() -> Iterator[None]:
    before = language()
    yield
    set_language(before)


def make_view(qtbot: QtBot, clock: FakeClock, lang: str = "en", **kwargs: object) -> GuidesView:
    set_language(lang)
    view = GuidesView(clock=clock, **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_the_built_in_guides_carry_the_review_dates_the_tests_assume() -> None:
    dates = {g.reviewed for lang in ("es", "en") for g in guides_mod.load_guides(lang)}
    assert min(dates) == OLDEST and max(dates) == date(2026, 11, 30)


def test_fresh_guides_say_nothing_about_age(qtbot: QtBot) -> None:
    view = make_view(qtbot, FakeClock(datetime(2026, 12, 1, 9, 0)))
    assert view.staleness() is None
    assert view.stale_text() == ""
    assert view.findChild(type(view._stale), "stale_notice").isHidden()


@pytest.mark.parametrize(("lang", "phrases"), [
    ("en", ["last reviewed on November 22, 2026", "more than 6 months ago", "install a newer Amparo",
            "“Update rights information from a file…”"]),
    ("es", ["se revisó por última vez el 22 de noviembre de 2026", "hace más de 6 meses",
            "instale un Amparo más nuevo", "«Actualizar la información de derechos desde un archivo…»"]),
])
def test_seven_months_later_the_top_of_the_screen_says_so_and_how_to_update(
        qtbot: QtBot, lang: str, phrases: list[str]) -> None:
    view = make_view(qtbot, FakeClock(SEVEN_MONTHS_LATER), lang)
    notice = view.findChild(type(view._stale), "stale_notice")
    assert notice.isVisible()
    for phrase in phrases:
        assert phrase in view.stale_text(), phrase
    # It sits above the list and the reading pane, not inside a guide.
    assert notice.mapTo(view, notice.rect().topLeft()).y() < view._search.mapTo(view, view._search.rect().topLeft()).y()
    # Only as tall as its words: the guides below keep the room (the label once took half the window).
    QApplication.processEvents()
    assert notice.heightForWidth(notice.width()) <= notice.height() <= notice.heightForWidth(notice.width()) + 4
    # Without an update action there is no button that would do nothing.
    assert view._stale_button.isHidden()


def test_the_notice_button_opens_the_update_action_when_there_is_one(qtbot: QtBot) -> None:
    opened: list[bool] = []
    view = make_view(qtbot, FakeClock(SEVEN_MONTHS_LATER), update_content=lambda: opened.append(True))
    assert view._stale_button.isVisible()
    assert view._stale_button.text() == "Update rights information from a file…"
    qtbot.mouseClick(view._stale_button, Qt.MouseButton.LeftButton)
    assert opened == [True]


def test_a_longer_limit_keeps_quiet_and_a_new_limit_applies_at_once(qtbot: QtBot) -> None:
    limit = [12]
    view = make_view(qtbot, FakeClock(SEVEN_MONTHS_LATER), review_months=lambda: limit[0])
    assert view.stale_text() == ""
    limit[0] = 6
    view.refresh_staleness()
    assert "more than 6 months ago" in view.stale_text()


def test_the_day_passing_while_the_window_is_open_shows_the_notice_when_it_is_shown_again(qtbot: QtBot) -> None:
    clock = FakeClock(datetime(2027, 5, 22, 9, 0))  # exactly six months: not older than six months yet
    view = make_view(qtbot, clock)
    assert view.stale_text() == ""
    view.hide()
    clock.advance(days=1)
    view.show()
    assert "November 22, 2026" in view.stale_text()


@pytest.mark.parametrize(("lang", "banner"), [("en", "Last reviewed: November 30, 2026."),
                                              ("es", "Revisada por última vez: 30 de noviembre de 2026.")])
def test_each_open_guide_says_when_it_was_last_reviewed(qtbot: QtBot, lang: str, banner: str) -> None:
    view = make_view(qtbot, FakeClock(datetime(2026, 12, 1, 9, 0)), lang)
    assert view.open_guide("ice-at-the-door")
    assert view._banner.isVisible() and view._banner.text().startswith(banner)
    assert banner.rstrip(".") in view._browser.toPlainText()


@pytest.mark.parametrize(("lang", "words"), [("en", "Last reviewed: November 30, 2026"),
                                             ("es", "Revisada por última vez: 30 de noviembre de 2026")])
def test_the_card_dialog_says_when_the_card_text_was_last_reviewed(qtbot: QtBot, lang: str, words: str) -> None:
    set_language(lang)
    dialog = CardDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    label = dialog.findChild(type(dialog._reviewed), "card_reviewed")
    assert label.isVisible() and label.text() == words
    dialog.set_options(lang="en" if lang == "es" else "es")  # the other front: its own file's date
    assert dialog.reviewed_text() == words


def test_settings_choice_is_saved_outside_the_vault_and_the_guides_follow_it(
        qtbot: QtBot, prefs, english: None, qt_settings_dir: Path, stored_vault: Path) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(prefs, clock=FakeClock(SEVEN_MONTHS_LATER))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    try:
        unlock(qtbot, window)
        area = window.vault_area
        assert area is not None
        area.show_page(GUIDES)
        assert "more than 6 months ago" in area.guides.stale_text()
        area.show_page(SETTINGS)
        combo = area.settings.review_combo
        assert combo.isVisible() and combo.currentText() == "6 months"
        with qtbot.waitSignal(area.settings.review_months_changed):
            combo.setCurrentIndex(combo.findText("12 months"))
        assert prefs.review_months() == 12
        assert area.guides.stale_text() == ""
        # The guides window of the start screen (no vault) reads the same choice.
        window.open_guides()
        assert window.guides_window is not None
        assert window.guides_window.stale_text() == ""  # type: ignore[attr-defined]
        # Back to six months in Settings: the open guides window follows at once.
        combo.setCurrentIndex(combo.findText("6 months"))
        assert "more than 6 months ago" in window.guides_window.stale_text()  # type: ignore[attr-defined]
        prefs.save_review_months(3)  # as if another Amparo changed it: read again when shown
        window.guides_window.hide()
        window.guides_window.show()
        assert "more than 3 months ago" in window.guides_window.stale_text()  # type: ignore[attr-defined]
    finally:
        window.lock()
        if window.guides_window is not None:
            window.guides_window.close()


def test_in_the_app_the_notice_button_is_the_guides_screen_update_from_a_file(
        qtbot: QtBot, prefs, english: None, qt_settings_dir: Path) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(prefs, clock=FakeClock(SEVEN_MONTHS_LATER))
    qtbot.addWidget(window)
    try:
        window.open_guides()
        guides = window.guides_window
        assert isinstance(guides, GuidesView) and guides.rights_box is not None
        button = guides._stale_button
        assert button.isVisible() and button.text() == guides.rights_box.update_button.text()
        asked: list[bool] = []
        # The real action opens a file dialog; what matters here is that the notice leads to it.
        guides.rights_box.update_from_file = lambda: asked.append(True)  # type: ignore[method-assign]
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert asked == [True]
    finally:
        if window.guides_window is not None:
            window.guides_window.close()
