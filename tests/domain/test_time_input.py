"""Typed times mean what was typed, in both languages; anything unclear is refused with a message."""

from __future__ import annotations

from datetime import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from domain.time_input import TIME_RANGE, TIME_TWELVE_HOUR, TIME_UNREADABLE, parse_time
from domain.validation import Invalid, Valid


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("13:00", time(13, 0)), ("1:00 pm", time(13, 0)), ("1 pm", time(13, 0)), ("8:30", time(8, 30)),
        ("0830", time(8, 30)), ("830", time(8, 30)), ("1 p. m.", time(13, 0)), ("1 p.m.", time(13, 0)),
        ("1 P.M.", time(13, 0)), ("13 h", time(13, 0)), ("13h", time(13, 0)), ("13:00 h", time(13, 0)),
        ("13h30", time(13, 30)), ("13.30", time(13, 30)), ("12 am", time(0, 0)), ("12 pm", time(12, 0)),
        ("12:30 a. m.", time(0, 30)), ("9 a m", time(9, 0)), ("8", time(8, 0)), ("0:15", time(0, 15)),
        ("23:59", time(23, 59)), ("3 de la tarde", time(15, 0)), ("10 de la mañana", time(10, 0)),
        ("8 de la noche", time(20, 0)), ("12 de la noche", time(0, 0)), ("mediodía", time(12, 0)),
        ("Noon", time(12, 0)), ("a las 13:00", time(13, 0)), ("at 9:15 am", time(9, 15)),
        ("２０：１５", time(20, 15)), ("  7 PM. ", time(19, 0)),
    ],
)
def test_accepted_times(typed: str, expected: time) -> None:
    assert parse_time(typed) == Valid(expected)


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("25:00", TIME_RANGE), ("8:75", TIME_RANGE), ("2400", TIME_RANGE), ("13 pm", TIME_TWELVE_HOUR),
        ("0 am", TIME_TWELVE_HOUR), ("abc", TIME_UNREADABLE), ("8:3", TIME_UNREADABLE),
        ("13 h pm", TIME_UNREADABLE), ("1:00:00", TIME_UNREADABLE), ("12345", TIME_UNREADABLE),
    ],
)
def test_refused_times_say_why_in_both_languages(typed: str, message: object) -> None:
    result = parse_time(typed, field="time")
    assert isinstance(result, Invalid) and result.field == "time"
    assert result.message.text is message
    assert result.render("es") != result.render("en") and result.render("es")


def test_empty_is_not_a_time() -> None:
    assert isinstance(parse_time("  "), Invalid)


@given(st.integers(0, 23), st.integers(0, 59))
def test_every_24_hour_time_round_trips(hour: int, minute: int) -> None:
    assert parse_time(f"{hour}:{minute:02d}") == Valid(time(hour, minute))
    assert parse_time(f"{hour:02d}{minute:02d}") == Valid(time(hour, minute))


@given(st.integers(1, 12), st.integers(0, 59), st.sampled_from(["am", "pm", "a. m.", "p. m.", "AM", "P.M."]))
def test_every_12_hour_time_round_trips(hour: int, minute: int, marker: str) -> None:
    afternoon = marker.lower().startswith("p")
    expected = time((hour % 12) + (12 if afternoon else 0), minute)
    assert parse_time(f"{hour}:{minute:02d} {marker}") == Valid(expected)
