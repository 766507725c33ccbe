"""The guides reader: lists and search in both languages, guide links, Back, larger text, printing."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtGui import QTextCursor, QTextDocument

from content import guides as guides_mod
from content.i18n import language, set_language
from ui.guides.view import GuidesView
from ui.printing.preview import PdfPreviewDialog

GUIDES = {
    "en": {
        "door": ("Someone at the door", "What to do when officers knock.",
                 "Keep the door closed.\n\n## Warrants\n\nA judge signs a real warrant. "
                 "See [the court guide](guide:court) and [a missing one](guide:not-written-yet).\n"),
        "court": ("Going to immigration court", "How a hearing works.",
                  "Go to every hearing. Bring your papers.\n\nVisit [the site](https://example.org/x).\n"),
    },
    "es": {
        "door": ("Alguien en la puerta", "Qué hacer si tocan los agentes.",
                 "Mantenga la puerta cerrada.\n\n## Órdenes\n\nUna orden de verdad la firma un juez. "
                 "Vea [la guía de la corte](guide:court).\n"),
        "court": ("Ir a la corte de inmigración", "Cómo es una audiencia.",
                  "Vaya a todas las audiencias. Lleve sus papeles.\n"),
    },
}


def write_guides(root: Path) -> None:
    for lang, guides in GUIDES.items():
        folder = root / lang
        folder.mkdir(parents=True)
        for order, (guide_id, (title, summary, body)) in enumerate(guides.items(), start=1):
            (folder / f"{guide_id}.md").write_text(
                f"---\nid: {guide_id}\ntitle: {title}\nsummary: {summary}\nreviewed: 2026-11-02\n"
                f"order: {order}\nsources:\n  - Synthetic source {order}\n---\n{body}",
                encoding="utf-8",
            )


@pytest.fixture
def guides_root(tmp_path: Path) -> Iterator[Path]:
    write_guides(tmp_path)
    guides_mod.clear_cache()
    yield tmp_path
    guides_mod.clear_cache()


@pytest.fixture(autouse=True)
def restore_language() -> Iterator[None]:
    before = language()
    yield
    set_language(before)


def make_view(qtbot, root: Path, lang: str) -> GuidesView:  # type: ignore[no-untyped-def]
    set_language(lang)
    view = GuidesView(guides_dir=lambda code: root / code)
    qtbot.addWidget(view)
    view.resize(1000, 700)
    return view


@pytest.mark.parametrize("lang", ["es", "en"])
def test_lists_the_installed_guides_in_each_language(qtbot, lang: str) -> None:  # type: ignore[no-untyped-def]
    set_language(lang)
    view = GuidesView()
    qtbot.addWidget(view)
    expected = [g.id for g in guides_mod.load_guides(lang)]
    assert expected, "the installed guides folder is empty"
    assert view.listed_ids() == expected
    titles = [view._list.item(i).text() for i in range(view._list.count())]
    assert titles == [g.title for g in guides_mod.load_guides(lang)]


@pytest.mark.parametrize("lang", ["es", "en"])
def test_lists_title_and_summary(qtbot, guides_root: Path, lang: str) -> None:  # type: ignore[no-untyped-def]
    view = make_view(qtbot, guides_root, lang)
    assert view.listed_ids() == ["door", "court"]
    first = view._list.item(0)
    assert first.text() == GUIDES[lang]["door"][0]
    assert first.data(Qt.ItemDataRole.UserRole + 1) == GUIDES[lang]["door"][1]


def test_search_finds_a_spanish_guide_by_a_word_typed_without_accents(qtbot, guides_root: Path) -> None:  # type: ignore[no-untyped-def]
    view = make_view(qtbot, guides_root, "es")
    qtbot.keyClicks(view._search, "INMIGRACION")
    assert view.listed_ids() == ["court"]
    view.set_search_text("ordenes juez")
    assert view.listed_ids() == ["door"]
    view.set_search_text("zzz")
    assert view.listed_ids() == []
    assert "zzz" in view._no_match.text() and not view._no_match.isHidden()
    view.set_search_text("")
    assert view.listed_ids() == ["door", "court"]


def test_enter_in_search_opens_the_first_result(qtbot, guides_root: Path) -> None:  # type: ignore[no-untyped-def]
    view = make_view(qtbot, guides_root, "es")
    view.set_search_text("audiencia")
    qtbot.keyClick(view._search, Qt.Key.Key_Return)
    assert view.current_guide() is not None and view.current_guide().id == "court"


def _click_link(qtbot, view: GuidesView, text: str) -> None:  # type: ignore[no-untyped-def]
    browser = view._browser
    found = browser.document().find(text)
    assert not found.isNull(), text
    cursor = QTextCursor(found)
    cursor.setPosition(found.selectionStart() + 2)
    browser.setTextCursor(cursor)
    browser.ensureCursorVisible()
    point: QPoint = browser.cursorRect(cursor).center()
    qtbot.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton, pos=point)


def test_clicking_a_guide_link_opens_that_guide_and_back_returns(qtbot, guides_root: Path) -> None:  # type: ignore[no-untyped-def]
    view = make_view(qtbot, guides_root, "en")
    view.show()
    qtbot.waitExposed(view)
    qtbot.mouseClick(view._list.viewport(), Qt.MouseButton.LeftButton,
                     pos=view._list.visualItemRect(view._list.item(0)).center())
    assert view.current_guide().id == "door"
    assert not view.can_go_back()
    with qtbot.waitSignal(view.guide_opened, timeout=2000) as opened:
        _click_link(qtbot, view, "the court guide")
    assert opened.args == ["court"]
    assert view.current_guide().id == "court"
    assert "Going to immigration court" in view._browser.toPlainText()
    assert view.can_go_back()
    view._back.click()
    assert view.current_guide().id == "door"


def test_a_link_to_a_missing_guide_or_a_web_page_only_shows_a_notice(qtbot, guides_root: Path) -> None:  # type: ignore[no-untyped-def]
    view = make_view(qtbot, guides_root, "en")
    view.open_guide("door")
    view._browser.anchorClicked.emit(QUrl("guide:not-written-yet"))
    assert view.current_guide().id == "door"
    assert "not available" in view.notice_text()
    view.open_guide("court")
    view._browser.anchorClicked.emit(QUrl("https://example.org/x"))
    assert view.current_guide().id == "court"
    assert "https://example.org/x" in view.notice_text()


def test_the_reader_loads_no_resources(qtbot, guides_root: Path) -> None:  # type: ignore[no-untyped-def]
    view = make_view(qtbot, guides_root, "en")
    for url in ("file:///etc/passwd", "https://example.org/track.png", "guide:court"):
        assert view._browser.loadResource(int(QTextDocument.ResourceType.ImageResource), QUrl(url)) is None
    assert not view._browser.openLinks()


@pytest.mark.parametrize(("lang", "date_words", "notice"), [
    ("es", "2 de noviembre de 2026", "no es asesoría legal"),
    ("en", "November 2, 2026", "not legal advice"),
])
def test_each_guide_shows_its_review_date_notice_and_sources(  # type: ignore[no-untyped-def]
    qtbot, guides_root: Path, lang: str, date_words: str, notice: str
) -> None:
    view = make_view(qtbot, guides_root, lang)
    view.open_guide("court")
    assert date_words in view._banner.text()
    assert not view._banner.isHidden()
    shown = view._browser.toPlainText()
    assert notice in shown  # the guide's own notice, in the guide's language
    assert date_words in shown
    assert "Synthetic source 2" in shown


def test_larger_text_raises_the_font_by_button_and_keyboard(qtbot, guides_root: Path) -> None:  # type: ignore[no-untyped-def]
    view = make_view(qtbot, guides_root, "en")
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    qtbot.waitActive(view)
    view.open_guide("door")
    start = view._browser.font().pointSize()
    view._larger.click()
    assert view._browser.font().pointSize() > start
    after_button = view._browser.font().pointSize()
    view._browser.setFocus()
    qtbot.waitUntil(view._browser.hasFocus, timeout=2000)
    qtbot.keyClick(view._browser, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert view._browser.font().pointSize() > after_button
    qtbot.keyClick(view._browser, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view._browser, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert view._browser.font().pointSize() == start
    for _ in range(40):
        view.smaller_text()
    assert not view._smaller.isEnabled()


def test_switching_language_keeps_the_same_guide_open(qtbot, guides_root: Path) -> None:  # type: ignore[no-untyped-def]
    view = make_view(qtbot, guides_root, "es")
    view.open_guide("door")
    view.open_guide("court")
    assert "Ir a la corte" in view._browser.toPlainText()
    set_language("en")
    view.retranslate()
    assert view.current_guide().id == "court"
    assert view.current_guide().lang == "en"
    assert "Going to immigration court" in view._browser.toPlainText()
    assert view._search.placeholderText() == "Search the guides"
    assert view.listed_ids() == ["door", "court"]
    view.back()
    assert view.current_guide().id == "door"


def test_print_this_guide_opens_a_preview_of_that_guide(qtbot, guides_root: Path) -> None:  # type: ignore[no-untyped-def]
    view = make_view(qtbot, guides_root, "es")
    assert not view._print.isEnabled()
    view.open_guide("court")
    dialog = view.print_guide()
    assert isinstance(dialog, PdfPreviewDialog)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(dialog.preview.is_ready, timeout=5000)
    assert dialog.preview.page_count() >= 1
    text = "".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(dialog.preview.pdf_bytes())).pages)
    assert "Ir a la corte de inmigración" in text
    assert dialog.windowTitle() == "Amparo"
    dialog.close()


def test_a_broken_guides_folder_shows_a_message(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    guides_mod.clear_cache()
    (tmp_path / "en").mkdir()
    (tmp_path / "en" / "bad.md").write_text("no front matter here\n", encoding="utf-8")
    view = make_view(qtbot, tmp_path, "en")
    assert view.listed_ids() == []
    assert "could not be loaded" in view._no_match.text()
    guides_mod.clear_cache()
