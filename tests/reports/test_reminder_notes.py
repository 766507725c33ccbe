"""Printouts carry a changing rule's "check with a legal organization" note, and new kinds print in both
languages, as Today shows them."""

from __future__ import annotations

import dataclasses
from datetime import timedelta

import pytest

from domain.models import EVENT_KIND_LABELS, Event, EventKind, Reminder
from domain.rules import PersonFacts, reminders
from reports.deadline_list import deadline_list_pdf
from reports.summary import case_summary_pdf
from tests.reports.pdfcheck import flat
from tests.reports.samples import TODAY, summary_data

NOTES = {
    "en": "This is changing — check with a legal organization before relying on it.",
    "es": "Esto está cambiando: confírmelo con una organización legal antes de actuar.",
}


def _found() -> list[Reminder]:
    facts = {1: PersonFacts(1, "Ana Núñez", has_tps_case=True)}
    events = [
        Event(1, EventKind.TPS_DESIGNATION_END, TODAY + timedelta(days=20), id=1),  # C
        Event(1, EventKind.BIA_DECISION, TODAY - timedelta(days=2), id=2),  # H
    ]
    return reminders(events, facts, TODAY)


@pytest.mark.parametrize("lang", ["en", "es"])
def test_deadline_list_prints_the_note_for_changing_rules_only(lang: str) -> None:
    found = _found()
    assert {r.confidence for r in found} == {"C", "H"}
    text = flat(deadline_list_pdf(found, TODAY, lang))
    assert text.count(NOTES[lang]) == 1
    for r in found:
        assert " ".join(r.title.render(lang).split()) in text


@pytest.mark.parametrize("lang", ["en", "es"])
def test_case_summary_prints_the_note(lang: str) -> None:
    data = dataclasses.replace(summary_data(), reminders=_found())
    text = flat(case_summary_pdf(data, lang))
    assert text.count(NOTES[lang]) == 1


def test_every_kind_has_a_label_in_both_languages() -> None:
    assert set(EVENT_KIND_LABELS) == set(EventKind)
    for label in EVENT_KIND_LABELS.values():
        assert label.en.strip() and label.es.strip() and label.en != label.es
