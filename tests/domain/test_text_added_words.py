"""A language added as files gives its words to the texts still written in Python, by their English."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from domain import text
from domain.models import EVENT_KIND_LABELS, EventKind
from domain.text import Message, Text, use_added_words


@pytest.fixture(autouse=True)
def _clean() -> Iterator[None]:
    yield
    text.forget_added_words()


def test_added_words_are_found_by_the_english() -> None:
    use_added_words("xx", {"ICE check-in": "Xita ICE", "Hello {name}": "Xalo {name}"})
    assert EVENT_KIND_LABELS[EventKind.ICE_CHECKIN].get("xx") == "Xita ICE"
    assert Message.of(Text("Hello {name}", "Hola {name}"), name="Ana").render("xx") == "Xalo Ana"
    # what the language lacks is English; English and Spanish are the texts' own
    assert EVENT_KIND_LABELS[EventKind.INTERVIEW].get("xx") == "Interview"
    assert EVENT_KIND_LABELS[EventKind.ICE_CHECKIN].get("es") == "Cita de control con ICE"


def test_words_from_a_text_itself_come_first() -> None:
    use_added_words("xx", {"Hi": "from the list"})
    assert Text.of({"en": "Hi", "es": "Hola", "xx": "its own"}).get("xx") == "its own"


def test_placeholders_must_match_and_english_and_spanish_are_refused() -> None:
    with pytest.raises(ValueError, match="placeholders"):
        use_added_words("xx", {"Hello {name}": "Xalo {nombre}"})
    with pytest.raises(ValueError, match="English and Spanish"):
        use_added_words("es", {"Interview": "Entrevista"})
    assert EVENT_KIND_LABELS[EventKind.INTERVIEW].get("xx") == "Interview"
