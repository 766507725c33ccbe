"""`deadlines --format json` writer: the exact text of DESIGN §8, whatever stdout is and however it is batched."""

from __future__ import annotations

import io
import json
import sys
from datetime import date, time

import pytest

from domain.appointments import deadline_items
from domain.models import Event, EventKind, Item, Reminder
from domain.rules import PersonFacts
from ui.cli.deadlines import _Renderer, _write_json

TODAY = date(2026, 11, 22)


def _found() -> list[Reminder]:
    people = {1: PersonFacts(1, "Begoña Núñez", has_court_case=True), 2: PersonFacts(2, 'Zoë "Z" Ruiz')}
    events = [
        Event(1, EventKind.COURT_HEARING, date(2027, 1, 20), time=time(13, 0), place="Sala 4 — piso 2", id=10),
        Event(2, EventKind.EAD_EXPIRY, date(2027, 3, 1), id=11),
        Event(1, EventKind.PASSPORT_EXPIRY, date(2026, 12, 1), id=12),
        Event(2, EventKind.ADDRESS_CHANGE, date(2026, 11, 20), id=13),
        Event(1, EventKind.DACA_EXPIRY, date(2027, 4, 1), id=14),
    ]
    found = deadline_items(events, people, TODAY, 365)
    # Both kinds of line, with and without a time, go through the writer's fast path.
    assert {r.item for r in found} == set(Item) and {r.event_time for r in found} == {None, time(13, 0)}
    return found


def _expected(found: list[Reminder], lang: str) -> str:
    renderer = _Renderer(lang)
    if not found:
        return "[]\n"
    return "[\n" + ",\n".join(json.dumps(renderer.record(r), ensure_ascii=False) for r in found) + "\n]\n"


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("batch", [1, 2, 1000])
def test_utf8_stdout_gets_the_exact_text(monkeypatch: pytest.MonkeyPatch, lang: str, batch: int) -> None:
    found = _found()
    assert len(found) >= 5  # several batches, with messages first met in later ones
    raw = io.BytesIO()
    out = io.TextIOWrapper(raw, encoding="utf-8", newline="\n")
    monkeypatch.setattr(sys, "stdout", out)
    _write_json(found, _Renderer(lang), batch=batch)
    out.flush()
    assert raw.getvalue().decode("utf-8") == _expected(found, lang)


def test_text_only_and_non_utf8_stdout_get_the_same_text(monkeypatch: pytest.MonkeyPatch) -> None:
    found = _found()
    text = io.StringIO()
    monkeypatch.setattr(sys, "stdout", text)
    _write_json(found, _Renderer("es"), batch=2)
    assert text.getvalue() == _expected(found, "es")

    raw = io.BytesIO()
    other = io.TextIOWrapper(raw, encoding="utf-16", newline="\n")
    monkeypatch.setattr(sys, "stdout", other)
    _write_json(found, _Renderer("es"), batch=2)
    other.flush()
    assert raw.getvalue().decode("utf-16") == _expected(found, "es")


def test_nothing_due_is_an_empty_list(monkeypatch: pytest.MonkeyPatch) -> None:
    text = io.StringIO()
    monkeypatch.setattr(sys, "stdout", text)
    _write_json([], _Renderer("en"))
    assert text.getvalue() == "[]\n"
