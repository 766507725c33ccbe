"""Readability floors of the rights guides (figures from scripts/readability.py)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from content.guides import Guide, get_guide, load_guides, parse_guide
from content.paths import content_dir

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "readability.py"


def _load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("amparo_readability", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


readability = _load_script()

CASES = sorted((lang, p.stem) for lang in ("en", "es") for p in content_dir(lang).glob("*.md"))


@pytest.mark.parametrize(("lang", "guide_id"), CASES)
def test_guide_is_above_the_readability_floor(lang: str, guide_id: str) -> None:
    guide = get_guide(lang, guide_id)
    assert guide is not None
    figures = readability.measure(guide)
    floor = readability.FLOORS[lang]
    assert figures.score >= floor, (
        f"{lang}/{guide_id}: {readability.INDEX_NAMES[lang]} {figures.score} is below {floor}; "
        "use shorter sentences and plainer words"
    )


def test_every_language_has_guides_to_measure() -> None:
    assert load_guides("en") and load_guides("es")


def _synthetic(lang: str, body: str) -> Guide:
    text = (
        "---\nid: sample\ntitle: Sample\nsummary: A sample.\nreviewed: 2026-11-01\norder: 1\n"
        f"sources:\n  - Example\n---\n{body}\n"
    )
    return parse_guide(text, Path("sample.md"), lang)


def test_dense_legal_prose_falls_below_the_floor() -> None:
    dense = (
        "## Considerations\n\n"
        "Notwithstanding the aforementioned administrative determinations, individuals contemplating "
        "international travel should consult qualified immigration practitioners regarding potential "
        "inadmissibility consequences, particularly concerning previously accumulated unauthorized "
        "presence, notwithstanding any discretionary authorization subsequently obtained.\n"
    )
    assert readability.measure(_synthetic("en", dense)).score < readability.FLOORS["en"]
    denso = (
        "## Consideraciones\n\n"
        "Independientemente de las determinaciones administrativas anteriormente mencionadas, las "
        "personas que contemplan desplazamientos internacionales deberían consultar con profesionales "
        "cualificados respecto a las potenciales consecuencias de inadmisibilidad, particularmente "
        "considerando la permanencia no autorizada previamente acumulada.\n"
    )
    assert readability.measure(_synthetic("es", denso)).score < readability.FLOORS["es"]


def test_plain_prose_is_above_the_target() -> None:
    plain = "## What to do\n\nStay calm. Do not open the door. Ask to see the paper. Call your lawyer.\n"
    assert readability.measure(_synthetic("en", plain)).score >= readability.TARGETS["en"]
    sencillo = "## Qué hacer\n\nNo abra la puerta. Pida ver el papel. Llame a su abogado. Quédese callado.\n"
    assert readability.measure(_synthetic("es", sencillo)).score >= readability.TARGETS["es"]


def test_headings_and_list_items_count_as_their_own_sentences() -> None:
    prepared = readability.prepare("Title\n\n• one thing\n• two things.\n1. first step\n")
    assert prepared == "Title.\none thing.\ntwo things.\nfirst step."


def test_english_syllables_do_not_undercount_common_words() -> None:
    assert readability.english_syllables("area") >= 2
    assert readability.english_syllables("about") == 2
    assert readability.english_syllables("temporary") >= 4
    assert readability.english_syllables("the cat sat") == 3
