"""Shared report plumbing: escaping, A-numbers, dates and days in words, the Spanish of the reports."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po

from domain.text import placeholders
from reports.document import ReportError, esc, page_size
from reports.i18n import days_left_words, long_date, ntr, tr
from tests.reports.msgids import collect

CATALOG_PO = Path(__file__).resolve().parents[2] / "locale" / "es" / "LC_MESSAGES" / "messages.po"


def test_escape_turns_markup_into_text() -> None:
    assert esc('<img src="/etc/hostname"/> & Sons') == '&lt;img src="/etc/hostname"/&gt; &amp; Sons'


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


@pytest.fixture(scope="module")
def spanish_catalog() -> Catalog:
    with CATALOG_PO.open("rb") as handle:
        return read_po(handle, locale="es")


def test_every_report_msgid_is_translated_in_the_catalog(spanish_catalog: Catalog) -> None:
    singles, plurals, _dynamic = collect()
    assert len(singles) > 50  # the collector really read the report modules
    missing = []
    for msgid in singles:
        message = spanish_catalog.get(msgid)
        translated = message is not None and bool(message.string) and not message.fuzzy
        if not translated or placeholders(message.string) != placeholders(msgid):
            missing.append(msgid)
    for one, many in plurals:
        message = spanish_catalog.get(one)
        if message is None or message.id != (one, many) or not all(message.string) or message.fuzzy:
            missing.append(one)
    assert missing == []


def test_spanish_printouts_use_the_catalog() -> None:
    assert tr("es", "Confidential") == "Confidencial"
    assert ntr("es", "in {n} day", "in {n} days", 5) == "en {n} días"


def test_unknown_language_prints_english() -> None:
    assert tr("fr", "Confidential") == "Confidential"
