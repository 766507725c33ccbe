"""Names in other scripts print: Chinese and Japanese from the fallback font, Arabic joined and right to
left, and what no embedded font has as a visible placeholder (never an empty box or nothing)."""

from __future__ import annotations

import dataclasses
import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reports.card import CardPersonal, card_pdf
from reports.deadline_list import deadline_list_pdf
from reports.family_plan import family_plan_pdf
from reports.script_text import PLACEHOLDER, printable_markup, unprintable
from reports.summary import case_summary_pdf
from tests.reports.pdfcheck import fonts_not_embedded, reader, text
from tests.reports.samples import TODAY, family_data, make_person, make_reminder, summary_data

CHINESE = "王小明"
ARABIC = "محمد عبد الله"
PERSIAN = "پدر گرامی"
HEBREW = "שלום"
HINDI = "नमस्ते"


def nfkc(pdf: bytes) -> str:
    """The text layer with Arabic presentation forms folded back to letters."""
    return unicodedata.normalize("NFKC", text(pdf))


def font_names(pdf: bytes) -> set[str]:
    names: set[str] = set()
    for page in reader(pdf).pages:
        fonts = page["/Resources"].get_object().get("/Font")
        names |= {str(font.get_object()["/BaseFont"]) for font in (fonts or {}).values()}
    return names


def all_printouts(given: str, family: str, lang: str) -> dict[str, bytes]:
    person = make_person(given=given, family=family)
    name = person.display_name
    plan = family_data()
    return {
        "summary": case_summary_pdf(summary_data(person=person), lang),
        "family plan": family_plan_pdf(dataclasses.replace(plan, parent=person), lang),
        "deadline list": deadline_list_pdf([make_reminder(name, 3, 1, place=name)], TODAY, lang, title_hint=name),
        "card": card_pdf(lang, personal=CardPersonal(attorney_name=name, emergency_name=name)),
    }


@pytest.mark.parametrize("lang", ["en", "es"])
def test_a_chinese_name_prints_with_the_embedded_fallback_font(lang: str) -> None:
    for doc, pdf in all_printouts(CHINESE, "Ruiz", lang).items():
        assert CHINESE in text(pdf), doc
        assert any(name.endswith("+DroidSansFallback") for name in font_names(pdf)), doc
        assert fonts_not_embedded(pdf) == [], doc


def test_the_fallback_font_is_left_out_when_no_text_needs_it() -> None:
    pdf = case_summary_pdf(summary_data(), "es")
    assert not any(name.endswith("+DroidSansFallback") for name in font_names(pdf))


@pytest.mark.parametrize("lang", ["en", "es"])
def test_an_arabic_name_is_joined_and_reads_right_to_left(lang: str) -> None:
    for doc, pdf in all_printouts("Layla", ARABIC, lang).items():
        raw = text(pdf)
        # Joined: contextual letter forms (presentation forms) are drawn, not isolated letters.
        assert any("\ufe70" <= ch <= "\ufeff" for ch in raw), doc
        # The text layer reads in logical order: copying the name gives the name, not its mirror.
        assert ARABIC in nfkc(pdf), doc
        assert ARABIC[::-1] not in nfkc(pdf), doc


def test_right_to_left_markup_is_in_visual_order() -> None:
    # Drawn left to right, a right-to-left word must start with its last letter.
    assert printable_markup(HEBREW) == HEBREW[::-1]
    # A number after right-to-left words belongs to their run (Unicode bidi rules).
    assert printable_markup(f"Ana {HEBREW} 12") == f"Ana 12 {HEBREW[::-1]}"


def test_a_long_right_to_left_line_is_cut_so_its_lines_read_in_order() -> None:
    words = [letter * 3 for letter in "אבגדהוזחטיכל"]  # logical order: א first
    lines = printable_markup(" ".join(words)).split("<br/>")
    assert len(lines) > 1
    # Each line is drawn left to right in visual order: its words read right to left.
    assert [word for line in lines for word in reversed(line.split())] == words


def test_persian_letters_print() -> None:
    pdf = case_summary_pdf(summary_data(person=make_person(given="Sara", family=PERSIAN)), "en")
    assert PERSIAN in nfkc(pdf)
    assert PLACEHOLDER not in text(pdf)


def test_a_script_no_font_has_prints_a_visible_placeholder() -> None:
    person = make_person(given="Ravi", family=HINDI)
    pdf = case_summary_pdf(summary_data(person=person), "en")
    assert f"Ravi {PLACEHOLDER * len(HINDI)}" in text(pdf)
    assert unprintable(f"Ravi {HINDI} {CHINESE} {ARABIC}") == HINDI


def test_markup_stays_escaped_in_every_script() -> None:
    for value in (f"<b>{CHINESE}</b>", f"{ARABIC} <img src='/etc/hostname'/>", f"&{HEBREW};"):
        markup = printable_markup(value)
        assert "<b>" not in markup and "<img" not in markup
        assert "&lt;" in markup or "&amp;" in markup


MIXED = st.lists(
    st.sampled_from([CHINESE, ARABIC, PERSIAN, HEBREW, HINDI, "José", "Nguyễn", " ", "\n", "<", "&", "12", "😀"]),
    min_size=1, max_size=30,
).map(" ".join)


@given(value=MIXED)
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_any_mix_of_scripts_builds_every_printout(value: str) -> None:
    person = dataclasses.replace(make_person(), notes=value, address=value)
    data = summary_data(person=person)
    data.cases[0] = dataclasses.replace(data.cases[0], status=value, notes=value)
    pdf = case_summary_pdf(data, "es", include_notes=True)
    if CHINESE in value:
        assert CHINESE in text(pdf)
    plan = family_data()
    family_plan_pdf(dataclasses.replace(plan, plan=dataclasses.replace(plan.plan, notes=value)), "en")


def test_a_spanish_line_with_an_arabic_name_is_not_cut() -> None:
    line = f"Tía Rosa Elena Martínez (hermana de la madre); si ella no puede, el vecino {ARABIC}"
    assert "<br/>" not in printable_markup(line)
