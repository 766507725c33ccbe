"""The deadline engine gives the same reminders as the recorded golden run (see `rules_golden`).

The record was taken from the Python rule table before the table moved to `content/`; it holds dates,
rule ids and the words of every reminder in English and Spanish, so a change of wording, of a step or
of a date anywhere in the table shows up here as a named difference.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from tests.domain import rules_golden


@pytest.fixture(scope="module")
def recorded() -> dict[str, Any]:
    return json.loads(rules_golden.FIXTURE.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def now() -> dict[str, Any]:
    return rules_golden.snapshot()


def _words(data: dict[str, Any], row: list[Any]) -> list[Any]:
    """A row with its text numbers replaced by the texts themselves (numbering is an accident of order)."""
    texts = data["texts"]
    return [*row[:7], texts[row[7]], texts[row[8]], texts[row[9]], *row[10:]]


@pytest.mark.parametrize("run", [name for name, _, _ in rules_golden.runs()])
def test_reminders_equal_the_record(recorded: dict[str, Any], now: dict[str, Any], run: str) -> None:
    expected = [_words(recorded, row) for row in recorded["runs"][run]]
    actual = [_words(now, row) for row in now["runs"][run]]
    assert len(actual) == len(expected)
    for got, want in zip(actual, expected, strict=True):
        assert got == want


def test_the_deadline_list_equals_the_record(recorded: dict[str, Any], now: dict[str, Any]) -> None:
    expected = [_words(recorded, row) for row in recorded["deadline_items"]]
    actual = [_words(now, row) for row in now["deadline_items"]]
    assert any(row[-1] == "appointment" for row in expected)
    assert actual == expected


def test_the_record_covers_every_kind_and_both_languages(recorded: dict[str, Any]) -> None:
    kinds = {row[2] for rows in recorded["runs"].values() for row in rows}
    assert kinds == set(recorded["max_lead_days"])
    # The one empty text is a plain appointment's source: it comes from the person's notice, not a rule.
    assert [t for t in recorded["texts"] if not t["en"] or not t["es"]] == [{"en": "", "es": ""}]
    assert all(t["en"] != t["es"] for t in recorded["texts"] if t["en"])


@pytest.mark.parametrize("key", ["max_lead_days", "rules_for", "birth_date_ranges"])
def test_engine_bounds_equal_the_record(recorded: dict[str, Any], now: dict[str, Any], key: str) -> None:
    assert now[key] == recorded[key]
