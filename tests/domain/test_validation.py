"""Tests for domain.validation: corpora of typed inputs, bilingual messages, and robustness."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from domain import date_input as dates
from domain import validation as v
from domain.models import Person
from domain.text import Text
from tests.domain.validation_corpus import A_NUMBERS, DATES, NAMES, PHONES, RECEIPTS, Expected

# Texts whose Spanish may equal the English because they are only proper nouns or codes: none yet.
SAME_IN_BOTH_LANGUAGES: frozenset[str] = frozenset()


def _assert_outcome(result: v.Valid[object] | v.Invalid, expected: object, field: str) -> None:
    if isinstance(expected, Text):
        assert isinstance(result, v.Invalid), f"expected a rejection, got {result!r}"
        assert result.field == field
        assert result.message.text == expected
    else:
        assert result == v.Valid(expected)


def _assert_bilingual(invalid: v.Invalid) -> None:
    en, es = invalid.render("en"), invalid.render("es")
    assert en.strip() and es.strip()
    assert en != es


# --- corpora ------------------------------------------------------------------------------------


def test_corpora_are_large_enough() -> None:
    for corpus in (A_NUMBERS, RECEIPTS, DATES, PHONES):
        assert len(corpus) >= 50
        accepted = [row for row in corpus if not isinstance(row[-1], Text)]
        assert 0 < len(accepted) < len(corpus)


@pytest.mark.parametrize(("text", "expected"), A_NUMBERS)
def test_a_number_corpus(text: str, expected: Expected) -> None:
    _assert_outcome(v.parse_a_number(text), expected, "a_number")


@pytest.mark.parametrize(("text", "expected"), RECEIPTS)
def test_receipt_corpus(text: str, expected: Expected) -> None:
    _assert_outcome(v.parse_receipt_number(text), expected, "receipt_number")


@pytest.mark.parametrize(("text", "lang", "expected"), DATES)
def test_date_corpus(text: str, lang: str, expected: date | Text) -> None:
    _assert_outcome(dates.parse_date(text, lang), expected, "date")


@pytest.mark.parametrize(("text", "expected"), PHONES)
def test_phone_corpus(text: str, expected: Expected) -> None:
    _assert_outcome(v.parse_phone(text), expected, "phone")


@pytest.mark.parametrize(("text", "field", "expected"), NAMES)
def test_name_corpus(text: str, field: str, expected: Expected) -> None:
    _assert_outcome(v.parse_name(text, field), expected, field)


def _corpus_invalids() -> list[v.Invalid]:
    results: list[v.Valid[object] | v.Invalid] = []
    results += [v.parse_a_number(text) for text, _ in A_NUMBERS]
    results += [v.parse_receipt_number(text) for text, _ in RECEIPTS]
    results += [dates.parse_date(text, lang) for text, lang, _ in DATES]
    results += [v.parse_phone(text) for text, _ in PHONES]
    results += [v.parse_name(text, field) for text, field, _ in NAMES]
    return [r for r in results if isinstance(r, v.Invalid)]


# --- specific behaviour --------------------------------------------------------------------------


def test_field_name_can_be_chosen() -> None:
    empty = dates.parse_date("", "en", field="hearing_date")
    assert isinstance(empty, v.Invalid) and empty.field == "hearing_date"
    assert empty.message.text == dates.DATE_EMPTY["mdy"]
    result = v.parse_a_number("12", field="spouse_a_number")
    assert isinstance(result, v.Invalid) and result.field == "spouse_a_number"


def test_a_number_length_message_counts_digits() -> None:
    result = v.parse_a_number("A-123-45")
    assert isinstance(result, v.Invalid)
    assert "5" in result.render("en") and "5" in result.render("es")


def test_rejected_symbols_are_named_and_invisible_ones_spelled_out() -> None:
    result = v.parse_name("Ana<\x07", "given_names")
    assert isinstance(result, v.Invalid)
    assert "<" in result.render("es") and "U+0007" in result.render("en")


def test_two_digit_year_message_suggests_both_centuries() -> None:
    result = dates.parse_date("3/4/85", "en")
    assert isinstance(result, v.Invalid)
    assert "1985" in result.render("en") and "2085" in result.render("es")


def test_february_day_range_depends_on_leap_year() -> None:
    common = dates.parse_date("2027-02-30", "en")
    leap = dates.parse_date("2028-02-30", "en")
    assert isinstance(common, v.Invalid) and isinstance(leap, v.Invalid)
    assert "28" in common.render("es") and "29" in leap.render("es")


def test_month_range_message_explains_the_order_of_the_language() -> None:
    english = dates.parse_date("25/03/2027", "en")
    spanish = dates.parse_date("03/25/2027", "es")
    assert isinstance(english, v.Invalid) and isinstance(spanish, v.Invalid)
    assert "MM/DD" in english.render("es")
    assert "DD/MM" in spanish.render("es")


def test_unknown_language_falls_back_to_english_order() -> None:
    assert dates.parse_date("03/04/2027", "fr") == v.Valid(date(2027, 3, 4))


@pytest.mark.parametrize(
    ("stored", "shown"),
    [
        ("+12025550143", "(202) 555-0143"),
        ("+12025550143;ext=45", "(202) 555-0143 ext. 45"),
        ("+14165550123", "(416) 555-0123"),
        ("+525512345678", "+52 55 1234 5678"),
        ("+50223456789", "+502 2345 6789"),
        ("", ""),
        ("call me", "call me"),
        ("+999", "+999"),
    ],
)
def test_format_phone(stored: str, shown: str) -> None:
    assert v.format_phone(stored) == shown


@pytest.mark.parametrize("text", [text for text, expected in PHONES if not isinstance(expected, Text)])
def test_formatted_phone_parses_back_to_the_same_number(text: str) -> None:
    stored = v.parse_phone(text)
    assert isinstance(stored, v.Valid)
    assert v.parse_phone(v.format_phone(stored.value)) == stored


def test_phone_default_region_applies_to_numbers_without_plus() -> None:
    assert v.parse_phone("55 1234 5678", default_region="MX") == v.Valid("+525512345678")
    assert v.parse_phone("55 1234 5678") == v.Valid("+15512345678")  # a New Jersey number
    assert v.parse_phone("00 52 55 1234 5678", default_region="MX") == v.Valid("+525512345678")


@pytest.mark.parametrize(
    ("digits", "shown"),
    [("123456789", "A-123-456-789"), ("012345678", "A-012-345-678"), ("", ""), ("12AB", "12AB")],
)
def test_format_a_number(digits: str, shown: str) -> None:
    assert v.format_a_number(digits) == shown


# --- whole person --------------------------------------------------------------------------------


def _person(**changes: object) -> Person:
    person = Person(given_names="Rosa Elena", family_names="Quintero Solís")
    for name, value in changes.items():
        setattr(person, name, value)
    return person


def test_valid_person_has_no_problems() -> None:
    person = _person(
        a_number="A 12 345 678", phone="202.555.0143", date_of_birth=date(1985, 6, 1), preferred_name="Rosi"
    )
    assert v.validate_person(person, today=date(2026, 11, 22)) == []


def test_person_without_names_reports_both_fields() -> None:
    problems = v.validate_person(_person(given_names=" ", family_names=""))
    assert [p.field for p in problems] == ["given_names", "family_names"]
    assert [p.message.text for p in problems] == [
        v.NAME_REQUIRED["given_names"],
        v.NAME_REQUIRED["family_names"],
    ]


def test_person_optional_fields_are_checked_only_when_present() -> None:
    problems = v.validate_person(
        _person(preferred_name="R0si", a_number="A-12", phone="555-0143", date_of_birth=date(1850, 1, 1))
    )
    assert [p.field for p in problems] == ["preferred_name", "a_number", "phone", "date_of_birth"]
    assert v.validate_person(_person(preferred_name=" ", a_number="", phone="  ")) == []


def test_birth_date_in_the_future_needs_today() -> None:
    person = _person(date_of_birth=date(2026, 11, 23))
    assert v.validate_person(person) == []
    problems = v.validate_person(person, today=date(2026, 11, 22))
    assert [p.message.text for p in problems] == [v.DOB_FUTURE]
    assert v.validate_person(_person(date_of_birth=date(2026, 11, 22)), today=date(2026, 11, 22)) == []


def test_clean_person_normalises_and_keeps_other_fields() -> None:
    person = _person(
        given_names="  Rosa   Elena ",
        preferred_name="   ",
        a_number="Ａ１２３４５６７８",
        phone="(202) 555-0143 x9",
        notes="keep me",
        id=7,
    )
    cleaned = v.clean_person(person)
    assert cleaned.given_names == "Rosa Elena"
    assert cleaned.preferred_name == ""
    assert cleaned.a_number == "012345678"
    assert cleaned.phone == "+12025550143;ext=9"
    assert (cleaned.notes, cleaned.id, cleaned.family_names) == ("keep me", 7, "Quintero Solís")
    assert person.a_number == "Ａ１２３４５６７８"  # the original is not changed


def test_clean_person_raises_validation_error_without_values_in_its_text() -> None:
    with pytest.raises(v.ValidationError) as caught:
        v.clean_person(_person(family_names="Quintero<", a_number="A-98765"))
    error = caught.value
    assert [p.field for p in error.problems] == ["family_names", "a_number"]
    assert str(error) == "invalid fields: family_names, a_number"
    assert "98765" not in str(error) and "Quintero" not in str(error)


# --- messages ------------------------------------------------------------------------------------


def _module_texts() -> list[Text]:
    texts: list[Text] = []
    for value in [*vars(v).values(), *vars(dates).values()]:
        if isinstance(value, Text) and value not in texts:
            texts.append(value)
        elif isinstance(value, dict):
            texts += [item for item in value.values() if isinstance(item, Text)]
    return texts


def test_module_has_messages_to_check() -> None:
    assert len(_module_texts()) >= 40


@pytest.mark.parametrize("text", _module_texts(), ids=lambda t: t.en[:40])
def test_every_message_text_is_bilingual(text: Text) -> None:
    assert text.en.strip() and text.es.strip()
    if text.en not in SAME_IN_BOTH_LANGUAGES:
        assert text.es != text.en


def test_every_corpus_rejection_renders_in_both_languages() -> None:
    invalids = _corpus_invalids()
    assert len(invalids) > 100
    for invalid in invalids:
        _assert_bilingual(invalid)


# --- robustness ----------------------------------------------------------------------------------

# Characters that reach the deeper branches: digits in many scripts, dashes, separators, letters.
_TRICKY = st.text(
    alphabet=st.sampled_from(
        list("0123456789Aa#-/.,: +()xX") + list("０１２３４５６７８９Ａ－‐–—−﹣٠٣۵०") + ["\u00a0", "\u200b"]
        + list("marzoMarchdeoftuesdaylunes")
    ),
    max_size=40,
)
# Every code point, lone surrogates included (they arrive from broken clipboards and files).
_ANY_TEXT = st.text(
    alphabet=st.one_of(st.characters(codec=None, exclude_categories=()), st.characters(categories=["Cs"])),
    max_size=300,
)
_PARSERS: list[Callable[[str], object]] = [
    v.parse_a_number,
    v.parse_receipt_number,
    lambda s: dates.parse_date(s, "en"),
    lambda s: dates.parse_date(s, "es"),
    v.parse_phone,
    lambda s: v.parse_phone(s, "MX"),
    lambda s: v.parse_name(s, "given_names"),
]


def _check_never_raises(text: str) -> None:
    for parse in _PARSERS:
        result = parse(text)
        assert isinstance(result, v.Valid | v.Invalid)
        if isinstance(result, v.Invalid):
            _assert_bilingual(result)
    v.format_phone(text)
    v.format_a_number(text)


@given(_ANY_TEXT)
def test_no_parser_raises_on_arbitrary_text(text: str) -> None:
    _check_never_raises(text)


@given(_TRICKY)
def test_no_parser_raises_on_number_like_text(text: str) -> None:
    _check_never_raises(text)


@st.composite
def _typed_a_numbers(draw: st.DrawFn) -> str:
    """An A-number as people type it: optional prefix, 8 or 9 digits in any script, separators."""
    prefix = draw(st.sampled_from(["", "A", "a", "A#", "A-", "A ", "Ａ", "A# "]))
    count = draw(st.sampled_from([8, 9]))
    digits = draw(st.lists(st.characters(categories=["Nd"]), min_size=count, max_size=count))
    separators = st.sampled_from(["", "", " ", "-", ".", "–", "—", "－", "\u00a0"])
    return prefix + "".join(d + draw(separators) for d in digits)


@given(_typed_a_numbers())
def test_typed_a_numbers_are_accepted_unless_all_zeros(text: str) -> None:
    result = v.parse_a_number(text)
    all_zeros = all(unicodedata.decimal(ch) == 0 for ch in text if ch.isdecimal())
    assert isinstance(result, v.Invalid) == all_zeros


@given(st.one_of(_typed_a_numbers(), _TRICKY))
def test_a_number_round_trips_through_its_display_form(text: str) -> None:
    result = v.parse_a_number(text)
    if isinstance(result, v.Valid):
        shown = v.format_a_number(result.value)
        assert len(result.value) == 9 and result.value.isascii() and result.value.isdigit()
        assert v.parse_a_number(shown) == result


@given(st.integers(min_value=1, max_value=999_999_999))
def test_every_nine_digit_a_number_round_trips(number: int) -> None:
    digits = f"{number:09d}"
    assert v.parse_a_number(v.format_a_number(digits)) == v.Valid(digits)


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)))
def test_every_date_in_range_parses_in_each_typed_form(day: date) -> None:
    month_en = dates.MONTHS_EN[day.month - 1]
    month_es = dates.MONTHS_ES[day.month - 1]
    forms = [
        (day.isoformat(), "en"),
        (day.isoformat(), "es"),
        (f"{day.month}/{day.day}/{day.year}", "en"),
        (f"{day.day:02d}/{day.month:02d}/{day.year}", "es"),
        (f"{month_en} {day.day}, {day.year}", "en"),
        (f"{day.day} de {month_es} de {day.year}", "es"),
        (f"{day.day} {month_en[:3]} {day.year}", "es"),
    ]
    for text, lang in forms:
        assert dates.parse_date(text, lang) == v.Valid(day), text


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=120))
def test_accepted_names_are_stable(text: str) -> None:
    result = v.parse_name(text, "family_names")
    if isinstance(result, v.Valid):
        assert 1 <= len(result.value) <= v.NAME_MAX_LENGTH
        assert result.value == result.value.strip() and "  " not in result.value
        assert v.parse_name(result.value, "family_names") == result
