"""Every printout: page size, text in both languages, embedded fonts, invariant metadata, escaping,
and nothing written to disk while it is built."""

from __future__ import annotations

import builtins
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from reports.card import CardPersonal, card_pdf
from reports.deadline_list import deadline_list_pdf, group_reminders
from reports.family_plan import family_plan_pdf
from reports.guide_print import guide_pdf
from reports.summary import case_summary_pdf
from tests.reports.pdfcheck import flat, fonts_not_embedded, reader, text
from tests.reports.samples import (
    GUIDE_MD,
    SPANISH,
    TODAY,
    VIETNAMESE,
    family_data,
    make_person,
    make_reminder,
    summary_data,
)

EVIL = '<img src="/etc/hostname"/> & Sons <Church>'
SIZES = {"letter": (612.0, 792.0), "a4": (595.28, 841.89)}


def deadlines(lang: str, paper: str = "letter", name: str = SPANISH) -> bytes:
    reminders = [make_reminder(name, days, i) for i, days in enumerate((-3, 2, 12, 45, 120))]
    reminders.append(make_reminder(VIETNAMESE, 5, 99, place="Room 5"))
    return deadline_list_pdf(reminders, TODAY, lang, paper=paper, title_hint="Familia Ñúñez")


def guide(lang: str, paper: str = "letter", name: str = "") -> bytes:
    return guide_pdf(
        "Si llegan agentes" if lang == "es" else "If officers come",
        "Qué hacer." + name,
        TODAY,
        ["ACLU of Virginia", "ILRC"],
        GUIDE_MD + "\n" + name,
        lang,
        paper=paper,
    )


BUILDERS: dict[str, Callable[..., bytes]] = {
    "card": lambda lang, paper="letter": card_pdf(
        lang,
        paper=paper,
        personal=CardPersonal(
            attorney_name="José Ñúñez Peña", attorney_phone="+1 213 555 0100", emergency_name=VIETNAMESE
        ),
    ),
    "summary": lambda lang, paper="letter": case_summary_pdf(summary_data(), lang, paper=paper),
    "deadlines": deadlines,
    "family": lambda lang, paper="letter": family_plan_pdf(family_data(), lang, paper=paper),
    "guide": guide,
}
EXPECTED: dict[str, dict[str, list[str]]] = {
    "card": {
        "es": ["Conozca sus derechos", "Mi abogado/a", "To the officer"],
        "en": ["Know your rights", "My lawyer", "To the officer"],
    },
    "summary": {
        "es": [
            "Resumen del caso",
            "Número A",
            "A-012-345-678",
            "3 de marzo de 1988",
            "Asilo",
            "hace 3 días",
            "en 12 días",
            "Lista de documentos",
            "☑",
            "☐",
            "Confidencial",
            "Página 1 de 2",
            "No — no contactar",
        ],
        "en": [
            "Case summary",
            "A-number",
            "A-012-345-678",
            "March 3, 1988",
            "Asylum",
            "3 days ago",
            "in 12 days",
            "Documents checklist",
            "☑",
            "☐",
            "Confidential",
            "Page 1 of 2",
        ],
    },
    "deadlines": {
        "es": [
            "Fechas y plazos",
            "Vencido",
            "Esta semana",
            "Este mes",
            "Más adelante",
            "hace 3 días",
            "en 12 días",
            "Hable con su abogado antes de ir.",
            "☐",
            "Familia Ñúñez",
        ],
        "en": [
            "Dates and deadlines",
            "Overdue",
            "This week",
            "This month",
            "Later",
            "3 days ago",
            "in 12 days",
            "Talk to your lawyer before you go.",
            "☐",
        ],
    },
    "family": {
        "es": [
            "Plan familiar",
            "Lo primero que hay que hacer",
            "Los niños",
            "Persona que cuida, primera opción",
            "Rosa Elena Martínez (tía) · (213) 555-0143",
            "Luis Ortega (neighbor) · (323) 555-0199",
            "Asthma inhaler",
            "Red box under the bed",
            "A quién llamar",
            "Abogado u organización legal",
        ],
        "en": [
            "Family plan",
            "What to do first",
            "The children",
            "Caregiver, second choice",
            "Rosa Elena Martínez (tía) · (213) 555-0143",
            "Asthma inhaler",
            "Red box under the bed",
            "Whom to call",
            "Attorney or legal organization",
        ],
    },
    "guide": {
        "es": [
            "Revisada por última vez: 22 de noviembre de 2026",
            "Información general, no es asesoría legal.",
            "Fuentes",
            "ACLU of Virginia",
            "This is changing.",
        ],
        "en": [
            "Last reviewed: November 22, 2026",
            "General information, not legal advice.",
            "Sources",
            "ACLU of Virginia",
            "This is changing.",
        ],
    },
}
NAMES: dict[str, list[str]] = {
    "card": ["José Ñúñez Peña", VIETNAMESE],
    "summary": [SPANISH, VIETNAMESE],
    "deadlines": [SPANISH, VIETNAMESE],
    "family": [SPANISH, "Ánh Nguyễn Thị"],
    "guide": [],
}
NEUTRAL_TITLES = {
    "Rights card",
    "Tarjeta de derechos",
    "Case summary",
    "Resumen del caso",
    "Dates and deadlines",
    "Fechas y plazos",
    "Family plan",
    "Plan familiar",
    "Guide",
    "Guía",
}
CASES = [(doc, lang) for doc in BUILDERS for lang in ("es", "en")]


@pytest.mark.parametrize(("doc", "paper"), [(d, p) for d in BUILDERS for p in SIZES])
def test_page_size_from_the_pdf(doc: str, paper: str) -> None:
    for page in reader(BUILDERS[doc]("es", paper=paper)).pages:
        size = (float(page.mediabox.width), float(page.mediabox.height))
        assert size == pytest.approx(SIZES[paper], abs=0.01)


@pytest.mark.parametrize(("doc", "lang"), CASES)
def test_expected_text_and_names_with_correct_glyphs(doc: str, lang: str) -> None:
    content = flat(BUILDERS[doc](lang))
    for expected in EXPECTED[doc][lang] + NAMES[doc]:
        assert expected in content, expected


@pytest.mark.parametrize(("doc", "lang"), CASES)
def test_every_font_is_embedded(doc: str, lang: str) -> None:
    assert fonts_not_embedded(BUILDERS[doc](lang)) == []


@pytest.mark.parametrize(("doc", "lang"), CASES)
def test_metadata_is_neutral_and_builds_are_identical(doc: str, lang: str) -> None:
    first, second = BUILDERS[doc](lang), BUILDERS[doc](lang)
    assert first == second
    info = reader(first).metadata or {}
    values = " ".join(str(value) for value in info.values())
    for name in NAMES[doc] + ["José", "Ñúñez", "Nguyễn", "Marta Ruiz"]:
        assert name not in values
    assert str(info.get("/Title")) in NEUTRAL_TITLES


def test_page_x_of_y_footer_on_every_page() -> None:
    pdf = case_summary_pdf(summary_data(events=40, documents=20), "en")
    pages = reader(pdf).pages
    assert len(pages) >= 2
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in (page.extract_text() or "")


def test_notes_only_when_asked() -> None:
    without = flat(case_summary_pdf(summary_data(), "en"))
    with_notes = flat(case_summary_pdf(summary_data(), "en", include_notes=True))
    for note in ("Private note: prefers mornings.", "Case note: hearing moved.", "Event note 0"):
        assert note not in without
        assert note in with_notes


def test_deadline_groups_and_horizon() -> None:
    reminders = [make_reminder("A", days, i) for i, days in enumerate((-3, 0, 6, 7, 30, 31, 90, 91))]
    groups = dict(group_reminders(reminders, TODAY))
    assert [(r.due - TODAY).days for r in groups["Overdue"]] == [-3]
    assert [(r.due - TODAY).days for r in groups["This week"]] == [0, 6]
    assert [(r.due - TODAY).days for r in groups["This month"]] == [7, 30]
    assert [(r.due - TODAY).days for r in groups["Later"]] == [31, 90]


def test_guide_renders_markdown_structure_not_html() -> None:
    content = text(guide("en", name="<b>raw</b>"))
    assert "1.\nIt names a court." in content and "2.\nA judge signed it." in content
    assert "•\nStay calm." in content
    assert "(https://acis.eoir.justice.gov)" in content
    assert "<b>raw</b>" in content


def _evil_builders() -> dict[str, Callable[[], bytes]]:
    person = make_person(given=EVIL, family="Ñúñez")
    data = summary_data(person=person)
    data.contacts[0][0].name = EVIL
    data.documents[0].kind = EVIL
    family = family_data()
    family.parent = person
    family.plan.documents_location = EVIL
    return {
        "card": lambda: card_pdf("en", personal=CardPersonal(attorney_name=EVIL, emergency_name=EVIL)),
        "summary": lambda: case_summary_pdf(data, "es", include_notes=True),
        "deadlines": lambda: deadline_list_pdf(
            [make_reminder(EVIL, 3, 1, place=EVIL)], TODAY, "en", title_hint=EVIL
        ),
        "family": lambda: family_plan_pdf(family, "es"),
        "guide": lambda: guide_pdf(EVIL, EVIL, TODAY, [EVIL], f"# {EVIL}\n\n{EVIL}\n\n> {EVIL}", "en"),
    }


@pytest.mark.parametrize("doc", list(BUILDERS))
def test_markup_in_user_strings_prints_literally_and_opens_no_file(
    doc: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import reportlab.platypus.paraparser as paraparser

    build = _evil_builders()[doc]
    build()  # warm up: fonts and card text are read once, before the watch starts

    def no_image(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("an image was loaded from user text")

    opened: list[str] = []
    real_open = builtins.open

    def watching_open(file: Any, *args: Any, **kwargs: Any) -> Any:
        opened.append(str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(paraparser, "ImageReader", no_image)
    monkeypatch.setattr(builtins, "open", watching_open)
    pdf = build()
    monkeypatch.undo()
    assert opened == []
    assert EVIL in flat(pdf)


def _snapshot(folder: Path) -> set[str]:
    return {entry.name for entry in os.scandir(folder)}


def test_nothing_is_written_to_disk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A private temp dir: anything using tempfile would land here, and other processes cannot disturb it.
    temp_dir = tmp_path / "tmp"
    work_dir = tmp_path / "cwd"
    temp_dir.mkdir()
    work_dir.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp_dir))
    monkeypatch.chdir(work_dir)
    assert Path(tempfile.gettempdir()) == temp_dir
    before_temp, before_cwd = _snapshot(temp_dir), _snapshot(work_dir)
    writes: list[str] = []
    real_open = builtins.open

    def guarded_open(file: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        if any(flag in mode for flag in "wax+"):
            writes.append(str(file))
        return real_open(file, mode, *args, **kwargs)

    def no_temp(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("a temporary file was created")

    monkeypatch.setattr(builtins, "open", guarded_open)
    for name in ("NamedTemporaryFile", "TemporaryFile", "mkstemp", "mkdtemp", "SpooledTemporaryFile"):
        monkeypatch.setattr(tempfile, name, no_temp)
    for lang in ("es", "en"):
        for build in BUILDERS.values():
            assert build(lang).startswith(b"%PDF-")
        card_pdf(lang, size="id1", layout="duplex", paper="a4")
    after_temp, after_cwd = _snapshot(temp_dir), _snapshot(work_dir)
    monkeypatch.undo()
    assert writes == []
    assert after_cwd == before_cwd == set()
    assert after_temp == before_temp == set()


def test_printed_guide_shows_web_addresses_but_not_links_between_guides() -> None:
    body = ("See [the DACA guide](guide:daca) and [USCIS](https://www.uscis.gov/tps) for your country.\n\n"
            "Vea [la guía de DACA](guide:daca).")
    printed = flat(guide_pdf("Guía", "", TODAY, ["USCIS"], body, "es"))
    assert "the DACA guide" in printed and "la guía de DACA" in printed
    assert "guide:" not in printed
    assert "(https://www.uscis.gov/tps)" in printed
