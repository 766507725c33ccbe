"""Shared report plumbing: escaping, A-numbers, dates and days in words, the translations list."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from reports.common import ReportError, esc, format_a_number, page_size
from reports.i18n import days_left_words, long_date, ntr, tr
from reports.spanish import SPANISH, SPANISH_PLURALS
from tests.reports.msgids import collect

TRANSLATIONS_MD = Path(__file__).resolve().parents[2] / "reports" / "TRANSLATIONS.md"


def test_escape_turns_markup_into_text() -> None:
    assert esc('<img src="/etc/hostname"/> & Sons') == '&lt;img src="/etc/hostname"/&gt; &amp; Sons'


@pytest.mark.parametrize(
    ("raw", "formatted"),
    [
        ("123456789", "A-123-456-789"),
        ("A 123-456-789", "A-123-456-789"),
        ("12345678", "A-012-345-678"),
        ("12345", "12345"),
    ],
)
def test_a_number_format(raw: str, formatted: str) -> None:
    assert format_a_number(raw) == formatted


def test_paper_sizes_and_unknown_paper() -> None:
    assert page_size("letter") == pytest.approx((612, 792))
    assert page_size("a4") == pytest.approx((595.2756, 841.8898), abs=0.01)
    with pytest.raises(ReportError):
        page_size("legal")


def test_dates_in_words() -> None:
    assert long_date(date(2027, 3, 3), "es") == "3 de marzo de 2027"
    assert long_date(date(2027, 3, 3), "en") == "March 3, 2027"


@pytest.mark.parametrize(
    ("days", "es", "en"),
    [
        (12, "en 12 días", "in 12 days"),
        (-3, "hace 3 días", "3 days ago"),
        (0, "hoy", "today"),
        (1, "mañana", "tomorrow"),
        (-1, "ayer", "yesterday"),
        (2, "en 2 días", "in 2 days"),
    ],
)
def test_days_left_in_words(days: int, es: str, en: str) -> None:
    assert days_left_words(days, "es") == es
    assert days_left_words(days, "en") == en


def test_plural_singular_forms() -> None:
    assert ntr("es", "in {n} day", "in {n} days", 1) == "en {n} día"
    assert ntr("en", "in {n} day", "in {n} days", 1) == "in {n} day"


def test_every_msgid_has_spanish_and_is_listed_for_the_lead() -> None:
    singles, plurals, _dynamic = collect()
    assert singles == set(SPANISH)
    assert {one for one, _ in plurals} == set(SPANISH_PLURALS)
    listed = TRANSLATIONS_MD.read_text(encoding="utf-8")
    for msgid in singles | {m for pair in plurals for m in pair}:
        assert f"`{msgid}`" in listed, msgid
    for spanish in list(SPANISH.values()) + [form for pair in SPANISH_PLURALS.values() for form in pair]:
        assert f"`{spanish}`" in listed, spanish


def test_spanish_keeps_placeholders() -> None:
    from domain.text import placeholders

    for msgid, spanish in SPANISH.items():
        assert placeholders(msgid) == placeholders(spanish), msgid


def test_unknown_language_prints_english() -> None:
    assert tr("fr", "Confidential") == "Confidential"
    assert tr("es", "Confidential") == "Confidencial"
