"""The wallet card dialog: options, the A-number warning, live preview from memory, errors."""

from __future__ import annotations

import io
from collections.abc import Iterator

import pypdf
import pytest
from PySide6.QtCore import Qt

from content.i18n import language, set_language
from reports.card import A_NUMBER_WARNING, CARD_TOO_FULL, CardTooFullError
from ui.guides.card_dialog import CardDialog


@pytest.fixture(autouse=True)
def restore_language() -> Iterator[None]:
    before = language()
    yield
    set_language(before)


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(data)).pages)


def first_page_points(data: bytes) -> tuple[int, int]:
    box = pypdf.PdfReader(io.BytesIO(data)).pages[0].mediabox
    return round(float(box.width)), round(float(box.height))


def make_dialog(qtbot, lang: str = "en") -> CardDialog:  # type: ignore[no-untyped-def]
    set_language(lang)
    dialog = CardDialog()
    qtbot.addWidget(dialog)
    qtbot.waitUntil(dialog.preview.is_ready, timeout=5000)
    return dialog


@pytest.mark.parametrize("lang", ["es", "en"])
def test_opens_with_a_card_in_the_interface_language(qtbot, lang: str) -> None:  # type: ignore[no-untyped-def]
    dialog = make_dialog(qtbot, lang)
    assert dialog.options() == {"lang": lang, "size": "business", "layout": "foldover", "paper": "letter"}
    assert dialog.preview.page_count() >= 1
    assert dialog.windowTitle() == "Amparo"
    assert dialog.warning_text() == ""
    assert dialog._print.isEnabled()


def test_ticking_the_a_number_box_shows_the_warning(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = make_dialog(qtbot, "es")
    assert not dialog._a_number.isEnabled()
    qtbot.mouseClick(dialog._a_check, Qt.MouseButton.LeftButton)
    assert dialog._a_check.isChecked()
    assert dialog.warning_text() == A_NUMBER_WARNING.get("es")
    assert not dialog._warning.isHidden()
    assert dialog._a_number.isEnabled()
    dialog._a_check.setChecked(False)
    assert dialog.warning_text() == ""


def test_the_a_number_is_printed_only_when_asked(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = make_dialog(qtbot, "en")
    dialog._a_check.setChecked(True)
    with qtbot.waitSignal(dialog.preview_updated, timeout=5000):
        qtbot.keyClicks(dialog._a_number, "123456789")
    assert "A-123-456-789" in pdf_text(dialog.pdf_bytes())
    with qtbot.waitSignal(dialog.preview_updated, timeout=5000):
        dialog._a_check.setChecked(False)
    assert "123-456-789" not in pdf_text(dialog.pdf_bytes())
    assert dialog.personal() is None


def test_a_mistyped_a_number_is_explained_and_left_off(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = make_dialog(qtbot, "en")
    dialog._a_check.setChecked(True)
    dialog._a_number.setText("12345")
    dialog.rebuild()
    assert "8 or 9 digits" in dialog._a_problem.text() and not dialog._a_problem.isHidden()
    assert "12345" not in pdf_text(dialog.pdf_bytes())


def test_personal_lines_reach_the_card(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = make_dialog(qtbot, "en")
    dialog._attorney_name.setText("Lic. Synthetic Lawyer")
    dialog._attorney_phone.setText("202-555-0143")
    dialog._emergency_name.setText("Tía Invented")
    dialog.rebuild()
    text = pdf_text(dialog.pdf_bytes())
    assert "Synthetic Lawyer" in text and "202-555-0143" in text and "Invented" in text


def test_changing_the_size_changes_the_previewed_sheet(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = make_dialog(qtbot, "en")
    business = dialog.pdf_bytes()
    with qtbot.waitSignal(dialog.preview_updated, timeout=5000):
        dialog.set_options(size="id1")
    assert dialog.options()["size"] == "id1"
    assert dialog.pdf_bytes() != business
    assert dialog.preview.pdf_bytes() == dialog.pdf_bytes()
    assert dialog.preview.is_ready()


def test_changing_the_paper_changes_the_page_size(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = make_dialog(qtbot, "en")
    assert first_page_points(dialog.pdf_bytes()) == (612, 792)
    with qtbot.waitSignal(dialog.preview_updated, timeout=5000):
        dialog.set_options(paper="a4", layout="duplex", lang="es")
    assert first_page_points(dialog.pdf_bytes()) == (595, 842)
    points = dialog.preview.document().pagePointSize(0)
    assert (round(points.width()), round(points.height())) == (595, 842)


def test_a_card_too_full_shows_the_message_and_disables_printing(qtbot) -> None:  # type: ignore[no-untyped-def]
    def too_full(*args: object, **kwargs: object) -> bytes:
        raise CardTooFullError("front", "business")

    set_language("es")
    dialog = CardDialog(build=too_full)
    qtbot.addWidget(dialog)
    assert dialog.error_text() == CARD_TOO_FULL.get("es")
    assert not dialog._print.isEnabled() and not dialog._save.isEnabled()
    assert dialog.print_() is False


def test_retranslate_changes_the_labels(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = make_dialog(qtbot, "en")
    dialog._a_check.setChecked(True)
    assert dialog._paper.itemText(0) == "Letter (US)"
    set_language("es")
    dialog.retranslate()
    assert dialog.warning_text() == A_NUMBER_WARNING.get("es")
    assert dialog.options()["lang"] == "en"  # the card's own language stays as chosen


def test_overlong_lines_on_the_small_card_give_a_message_then_recover(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = make_dialog(qtbot, "es")
    dialog.set_options(size="id1")
    edits = (dialog._attorney_name, dialog._attorney_phone, dialog._emergency_name, dialog._emergency_phone)
    for edit in edits:
        edit.setText("Invented Longname " * 4)
    dialog.rebuild()
    assert dialog.error_text() == CARD_TOO_FULL.get("es")
    assert not dialog._print.isEnabled()
    for edit in (dialog._attorney_phone, dialog._emergency_name, dialog._emergency_phone):
        edit.clear()
    dialog._attorney_name.setText("Invented Lawyer")
    with qtbot.waitSignal(dialog.preview_updated, timeout=5000):
        dialog.rebuild()
    assert dialog.error_text() == ""
    assert dialog._print.isEnabled()


def test_every_field_has_a_label_with_a_distinct_mnemonic(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = make_dialog(qtbot, "en")
    mnemonics: list[str] = []
    for field, label in dialog._labels.items():
        assert label.buddy() is field
        assert label.text().count("&") == 1
        assert field.accessibleName() == label.text().replace("&", "").rstrip(":")
        mnemonics.append(label.text()[label.text().index("&") + 1].lower())
    for button in (dialog._a_check, dialog._print, dialog._save, dialog._close):
        mnemonics.append(button.text()[button.text().index("&") + 1].lower())
    assert len(mnemonics) == len(set(mnemonics))
