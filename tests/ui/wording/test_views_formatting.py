"""Dates and distances in words, in both languages."""


from __future__ import annotations

from datetime import date, time

import pytest

from domain.date_input import parse_date
from domain.validation import Valid
from tests.ui.conftest_views import spanish  # noqa: F401
from ui.wording.formatting import (
    a_number_display,
    date_hint,
    date_in_words,
    date_input_text,
    days_left_words,
    time_words,
)

TODAY = date(2027, 2, 19)


def test_date_in_words_english() -> None:
    assert date_in_words(date(2027, 3, 3), TODAY, "en") == "Wednesday, March 3, 2027 · in 12 days"


@pytest.mark.usefixtures("spanish")
def test_date_in_words_spanish() -> None:
    assert date_in_words(date(2027, 3, 3), TODAY, "es") == "miércoles, 3 de marzo de 2027 · en 12 días"


@pytest.mark.parametrize(
    ("n", "en"),
    [(0, "today"), (1, "tomorrow"), (-1, "yesterday"), (2, "in 2 days"), (-3, "3 days ago"), (40, "in 40 days")],
)
def test_days_left_words_english(n: int, en: str) -> None:
    assert days_left_words(n, "en") == en


@pytest.mark.usefixtures("spanish")
@pytest.mark.parametrize(
    ("n", "es"),
    [(0, "hoy"), (1, "mañana"), (-1, "ayer"), (2, "en 2 días"), (-3, "hace 3 días"), (-40, "hace 40 días")],
)
def test_days_left_words_spanish(n: int, es: str) -> None:
    assert days_left_words(n, "es") == es


def test_never_numeric_dates() -> None:
    for lang in ("es", "en"):
        text = date_in_words(date(2027, 4, 3), TODAY, lang)
        assert "/" not in text and "2027" in text


def test_times_and_a_numbers() -> None:
    assert time_words(time(9, 5), "en").replace("\u202f", " ") == "9:05 AM"
    assert time_words(time(14, 30), "es").startswith("2:30")
    assert time_words(None, "es") == ""
    assert a_number_display("012345678") == "A-012-345-678"


@pytest.mark.parametrize("lang", ["es", "en"])
def test_date_input_text_reads_back_with_the_validator(lang: str) -> None:
    d = date(2027, 3, 4)  # day and month both valid either way: the order must be right
    assert parse_date(date_input_text(d, lang), lang) == Valid(d)
    assert date_hint(lang) in ("MM/DD/YYYY", "DD/MM/YYYY", "DD/MM/AAAA")


def test_counts_use_the_digit_grouping_of_the_language() -> None:
    from ui.wording.formatting import count_words

    assert count_words(6567, "en") == "6,567"
    assert count_words(169999, "es") == "169,999"  # Spanish as written in the United States (es_US)
    assert count_words(42, "es") == "42"
