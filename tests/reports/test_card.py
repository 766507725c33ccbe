"""The wallet rights card: geometry, crop marks in the drawn page, text fit, both languages."""

from __future__ import annotations

import itertools

import pytest

from reports.card import (
    CARD_SIZES,
    MARK_GAP,
    MIN_FONT,
    CardPersonal,
    CardTooFullError,
    Rect,
    card_pdf,
    card_text,
    card_warnings,
    fit_card,
    sheet_geometry,
)
from tests.reports.pdfcheck import flat, page_lines, reader

MM = 72 / 25.4
TOLERANCE = 0.3 * MM  # 0.3 mm in points
PERSONAL = CardPersonal(
    attorney_name="Lcda. María Fernanda Gutiérrez Solís",
    attorney_phone="+1 (213) 555-0147",
    emergency_name="Nguyễn Thị Ánh",
    emergency_phone="+1 (213) 555-0199",
    a_number="012345678",
)
COMBOS = list(itertools.product(("es", "en"), ("business", "id1"), ("foldover", "duplex"), ("letter", "a4")))


def test_card_sizes_are_the_real_sizes() -> None:
    assert CARD_SIZES["business"] == pytest.approx((3.5 * 72, 2 * 72))
    assert CARD_SIZES["id1"] == pytest.approx((85.6 * MM, 54 * MM))


@pytest.mark.parametrize(("size", "layout", "paper"), [c[1:] for c in COMBOS if c[0] == "en"])
def test_geometry_cards_on_page_without_overlap(size: str, layout: str, paper: str) -> None:
    geometry = sheet_geometry(size, layout, paper)
    card_w, card_h = CARD_SIZES[size]
    for page in geometry.pages:
        assert len(page.cards) >= 2
        for rect in page.cards:
            expected_w = card_w * 2 if layout == "foldover" else card_w
            assert rect.width == pytest.approx(expected_w) and rect.height == pytest.approx(card_h)
            assert rect.x > 0 and rect.y > 0
            assert rect.x + rect.width < geometry.page_width and rect.y + rect.height < geometry.page_height
        for a, b in itertools.combinations(page.cards, 2):
            apart_x = a.x + a.width <= b.x or b.x + b.width <= a.x
            apart_y = a.y + a.height <= b.y or b.y + b.height <= a.y
            assert apart_x or apart_y


def _inside(x: float, y: float, rect: Rect) -> bool:
    return rect.x < x < rect.x + rect.width and rect.y < y < rect.y + rect.height


@pytest.mark.parametrize(("size", "layout", "paper"), [c[1:] for c in COMBOS if c[0] == "es"])
def test_crop_marks_at_every_corner_outside_cards(size: str, layout: str, paper: str) -> None:
    geometry = sheet_geometry(size, layout, paper)
    for page in geometry.pages:
        for rect in page.cards:
            for cx, cy in rect.corners():
                horizontal = [
                    m
                    for m in page.crop_marks
                    if abs(m[1] - cy) <= TOLERANCE
                    and m[1] == m[3]
                    and min(abs(m[0] - cx), abs(m[2] - cx)) <= MARK_GAP + TOLERANCE
                ]
                vertical = [
                    m
                    for m in page.crop_marks
                    if abs(m[0] - cx) <= TOLERANCE
                    and m[0] == m[2]
                    and min(abs(m[1] - cy), abs(m[3] - cy)) <= MARK_GAP + TOLERANCE
                ]
                assert horizontal and vertical, (cx, cy)
        for x1, y1, x2, y2 in page.crop_marks:
            for t in (0.0, 0.5, 1.0):
                point = (x1 + (x2 - x1) * t, y1 + (y2 - y1) * t)
                assert not any(_inside(*point, rect) for rect in page.cards)


@pytest.mark.parametrize(
    ("size", "layout", "paper"), [("business", "foldover", "letter"), ("id1", "duplex", "a4")]
)
def test_crop_marks_drawn_where_the_geometry_says(size: str, layout: str, paper: str) -> None:
    pdf = card_pdf("es", size=size, layout=layout, paper=paper)
    geometry = sheet_geometry(size, layout, paper)
    assert len(reader(pdf).pages) == len(geometry.pages)
    for index, page in enumerate(geometry.pages):
        drawn = page_lines(pdf, index)
        for mark in page.crop_marks:
            close = [
                line
                for line in drawn
                if all(abs(a - b) <= TOLERANCE for a, b in zip(mark, line, strict=True))
            ]
            assert close, mark


def test_duplex_backs_are_mirrored_fronts() -> None:
    geometry = sheet_geometry("business", "duplex", "letter")
    fronts, backs = geometry.pages
    assert len(fronts.cards) == len(backs.cards)
    for front, back in zip(fronts.cards, backs.cards, strict=True):
        assert back.x == pytest.approx(geometry.page_width - front.x - front.width)
        assert back.y == pytest.approx(front.y)
    assert {side for _, side in fronts.sides} == {"front"} and {side for _, side in backs.sides} == {"back"}


def test_foldover_has_a_fold_line_between_front_and_back() -> None:
    geometry = sheet_geometry("business", "foldover", "letter")
    (page,) = geometry.pages
    for unit, fold in zip(page.cards, page.fold_lines, strict=True):
        assert fold[0] == pytest.approx(unit.x + unit.width / 2) == pytest.approx(fold[2])
        assert (fold[1], fold[3]) == pytest.approx((unit.y, unit.y + unit.height))


@pytest.mark.parametrize(("lang", "size"), list(itertools.product(("es", "en"), ("business", "id1"))))
@pytest.mark.parametrize("personal", [None, PERSONAL])
def test_text_fits_at_seven_points_or_more(lang: str, size: str, personal: CardPersonal | None) -> None:
    front, back = fit_card(lang, size, personal)
    _, card_h = CARD_SIZES[size]
    for fit in (front, back):
        assert fit.font_size >= MIN_FONT
        assert 0 < fit.height <= card_h


def test_personal_lines_shrink_the_text_and_too_much_is_a_clear_error() -> None:
    plain, _ = fit_card("es", "business")
    personal, _ = fit_card("es", "business", PERSONAL)
    assert personal.font_size < plain.font_size
    huge = CardPersonal(attorney_name="Nombre muy largo " * 40, attorney_phone="+1 213 555 0147")
    with pytest.raises(CardTooFullError) as error:
        fit_card("es", "business", huge)
    assert "no cabe" in error.value.message.get("es")
    assert "does not fit" in error.value.message.get("en")


def test_a_number_is_off_by_default_and_warned_about() -> None:
    assert CardPersonal().a_number is None
    assert card_warnings(None) == []
    assert card_warnings(CardPersonal(attorney_name="Ana")) == []
    (warning,) = card_warnings(PERSONAL)
    assert "A-number" in warning.get("en") and "número A" in warning.get("es")
    assert "A-012-345-678" not in flat(card_pdf("en", personal=CardPersonal(attorney_name="Ana")))
    assert "A-012-345-678" in flat(card_pdf("en", personal=PERSONAL))


@pytest.mark.parametrize("lang", ["es", "en"])
def test_front_in_lang_back_in_english(lang: str) -> None:
    text = flat(card_pdf(lang, personal=PERSONAL))
    front_title = card_text(lang)["front_title"]
    assert front_title in text
    assert "To the officer" in text
    assert "I do not consent to a search" in text
    assert "warrant signed by a judge" in text
    assert "Nguyễn Thị Ánh" in text
    if lang == "es":
        assert "Conozca sus derechos" in text and "Recorte siguiendo las marcas" in text
        assert "No firme nada" in text
    else:
        assert "Know your rights" in text and "Cut along the corner marks" in text


def test_es_card_back_stays_english() -> None:
    assert card_text("es")["back_lines"] == card_text("en")["back_lines"]
    assert card_text("es")["front_lines"] != card_text("en")["front_lines"]


# Issue #10: what the 2026 card must say, on the printed sheet, in both languages.
REQUIRED_BACK = (
    "Am I free to go?",
    "warrant signed by a judge with my name and address",
    "If you come in anyway, I will not resist, and I do not consent.",
)
REQUIRED_FRONT = {
    "en": ("Am I free to go?", "If you have valid papers, carry them", "Never show false ones", "do not resist"),
    "es": ("Am I free to go?", "Si tiene papeles válidos, cárguelos", "No muestre papeles falsos", "no se resista"),
}


@pytest.mark.parametrize("lang", ["es", "en"])
@pytest.mark.parametrize("size", ["business", "id1"])
def test_card_says_the_2026_points_at_seven_points_or_more(lang: str, size: str) -> None:
    text = " ".join(flat(card_pdf(lang, size=size, personal=PERSONAL)).split())
    for phrase in REQUIRED_BACK + REQUIRED_FRONT[lang]:
        assert phrase in text, phrase
    front, back = fit_card(lang, size, PERSONAL)
    assert min(front.font_size, back.font_size) >= MIN_FONT
    assert str(card_text(lang)["reviewed"]) == "2026-11-30"


@pytest.mark.parametrize(("lang", "words"), [("es", "Revisada por última vez: 30 de noviembre de 2026"),
                                              ("en", "Last reviewed: November 30, 2026")])
@pytest.mark.parametrize("layout", ["foldover", "duplex"])
def test_every_sheet_page_says_when_the_card_text_was_last_reviewed(lang: str, words: str, layout: str) -> None:
    from datetime import date

    from reports.card import card_reviewed

    assert card_reviewed(lang) == date(2026, 11, 30)
    pdf = card_pdf(lang, layout=layout)
    pages = reader(pdf).pages
    assert all(words in " ".join((page.extract_text() or "").split()) for page in pages)
