"""Fixtures of the views tests (imported explicitly by `test_views_*.py`).

The language fixtures are the shell's: `spanish` switches the interface to Spanish with the real
project catalog in `locale/`, so the views are tested with the translations users get.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from domain.clock import FakeClock
from domain.models import Person
from storage import Vault
from tests.ui import conftest_shell
from ui.shell.session import Session

english = conftest_shell.english
spanish = conftest_shell.spanish


@pytest.fixture
def session(vault: Vault, fake_clock: FakeClock) -> Iterator[Session]:
    s = Session(vault, fake_clock)
    yield s


def add_person(vault: Vault, given: str, family: str, **kw: object) -> int:
    return vault.people.add(Person(given, family, **kw))  # type: ignore[arg-type]
