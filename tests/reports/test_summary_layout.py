"""The case summary is a document for an attorney: tables split across pages instead of leaving a page
blank, and it speaks about the person, not to them."""

from __future__ import annotations

import dataclasses
import re

import pytest

from reports.summary import case_summary_pdf
from tests.reports.pdfcheck import flat, reader
from tests.reports.samples import summary_data

LONG_NOTE = " ".join(f"nota{i:03d}" for i in range(400))


def page_texts(pdf: bytes) -> list[str]:
    return [" ".join((page.extract_text() or "").split()) for page in reader(pdf).pages]


@pytest.mark.parametrize("lang", ["en", "es"])
def test_a_long_cases_table_starts_on_page_one(lang: str) -> None:
    data = summary_data(events=30)
    data.cases[0] = dataclasses.replace(data.cases[0], status=" ".join(["esperando"] * 300))
    pages = page_texts(case_summary_pdf(data, lang))
    heading = {"en": "Cases", "es": "Casos"}[lang]
    assert f" {heading} " in pages[0]
    assert "esperando" in pages[0], "the table must start under its heading, not on the next page"
    # The history table splits too: its rows continue with the header repeated on the next page.
    assert len(pages) >= 2


@pytest.mark.parametrize("lang", ["en", "es"])
def test_case_notes_print_at_full_width_under_the_cases(lang: str) -> None:
    data = summary_data()
    data.cases[0] = dataclasses.replace(data.cases[0], notes=LONG_NOTE)
    pdf = case_summary_pdf(data, lang, include_notes=True)
    text = flat(pdf)
    title = {"en": "Notes on the case: Asylum", "es": "Notas del caso: Asilo"}[lang]
    assert title in text
    # At full width a 400-word note takes a fraction of a page, not pages of one-word lines.
    assert len(reader(pdf).pages) <= 3


def test_spanish_summary_speaks_about_the_person_not_to_them() -> None:
    text = flat(case_summary_pdf(summary_data(), "es", include_notes=True))
    for second_person in ("tenemos", "Se le puede", "usted"):
        assert second_person not in text
    # The app's reminders to the family are quoted as such.
    actions = re.findall(r"(\S+ \S+ \S+ \S+:) Hable con su abogado", text)
    assert actions and set(actions) == {"Recordatorio para el cliente:"}
    assert "Es seguro contactar a esta persona" in text


def test_english_summary_labels_are_for_the_attorney() -> None:
    text = flat(case_summary_pdf(summary_data(), "en"))
    assert "we have a copy" not in text
    assert "copy on file" in text and "Client reminder: Talk to your lawyer" in text
