"""Which of Today's reminders are shown: how soon, what kind, and a name, place or word typed.

Filtering works on the reminders already computed, in memory: at a clinic that is about 100,000
reminders, and going back to the vault for each change of a filter would take a second each time.
The reminders arrive sorted by due date, so "how soon" is a slice found by bisection; kind and text
are one pass over that slice with keys folded once per load (accents and capitals ignored, as in the
People search).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from enum import Enum
from itertools import compress
from operator import attrgetter

from domain.models import EVENT_KIND_LABELS, EventKind, Reminder
from domain.textfold import fold


class Window(Enum):
    """How soon: everything listed, only what is overdue, or what is due from today to N days."""

    ALL = "all"
    OVERDUE = "overdue"
    WEEK = "7"
    MONTH = "30"
    QUARTER = "90"


# Inclusive range of days left for each window (None: no bound).
_BOUNDS: dict[Window, tuple[int | None, int | None]] = {
    Window.ALL: (None, None),
    Window.OVERDUE: (None, -1),
    Window.WEEK: (0, 7),
    Window.MONTH: (0, 30),
    Window.QUARTER: (0, 90),
}


@dataclass(frozen=True)
class TodayFilter:
    """What the user chose in Today's filter bar."""

    window: Window = Window.ALL
    kind: EventKind | None = None
    text: str = ""

    @property
    def is_empty(self) -> bool:
        return self.window is Window.ALL and self.kind is None and not self.text.strip()


def _accent_table() -> dict[int, str]:
    """Latin letters with accents → without (é → e, Ñ → n after casefold): a C-speed translate()."""
    table = {}
    for code in range(0xC0, 0x250):
        stripped = fold(chr(code))
        if stripped != chr(code):
            table[code] = stripped
    return table


_ACCENTS = _accent_table()


class NameKeys:
    """Folded names ("Ángel Núñez" → "angel nunez"), made once per distinct name and kept.

    The keys sort the way People sorts (Á, Ñ and Ó with A, N and O) and are what the text filter
    compares with; a clinic has tens of thousands of distinct names, so they are cached across loads.
    """

    def __init__(self) -> None:
        self._keys: dict[str, str] = {}

    def __call__(self, name: str) -> str:
        key = self._keys.get(name)
        if key is None:
            key = self._keys[name] = _fold_name(name)
        return key

    def of_all(self, names: list[str]) -> list[str]:
        """The keys of `names`, in order (the loop over 100,000 names runs in C)."""
        keys = self._keys
        for name in set(names).difference(keys):
            keys[name] = _fold_name(name)
        return list(map(keys.__getitem__, names))


def _fold_name(name: str) -> str:
    key = name.casefold().translate(_ACCENTS)
    return key if key.isascii() else fold(name)  # a script or letter the table does not cover


def collated(reminders: list[Reminder], keys: NameKeys) -> list[Reminder]:
    """The reminders by due date, and by name within a day with accents and capitals ignored.

    Stable, so reminders of the same person and day keep the order the rules gave them. Two sorts
    of positions with C-level keys: a key function in Python, called 100,000 times, cost more
    than the sorting itself.
    """
    names = keys.of_all(list(map(attrgetter("person"), reminders)))
    dues = list(map(attrgetter("due"), reminders))
    order = sorted(range(len(reminders)), key=names.__getitem__)
    order.sort(key=dues.__getitem__)
    return list(map(reminders.__getitem__, order))


class ReminderIndex:
    """The loaded reminders (collated) and what it takes to filter them quickly.

    The text each reminder is searched by (name, place, title and kind of date, folded) is made once per language,
    on the first search or ahead of it with `prepare`, then every keystroke is one substring test per
    reminder.
    """

    def __init__(self, reminders: list[Reminder], keys: NameKeys) -> None:
        self.reminders = reminders
        self._keys = keys
        self._days = [r.days_left for r in reminders]  # ascending, as the reminders are by due date
        self._haystacks: dict[str, list[str]] = {}

    def __len__(self) -> int:
        return len(self.reminders)

    def select(self, chosen: TodayFilter, lang: str) -> list[Reminder]:
        """The reminders `chosen` lets through, in the same order."""
        low, high = _BOUNDS[chosen.window]
        start = 0 if low is None else bisect_left(self._days, low)
        stop = len(self._days) if high is None else bisect_right(self._days, high)
        found = self.reminders[start:stop]
        words = fold(chosen.text).split()
        if words:
            haystacks = self.prepare(lang)[start:stop]
            for word in words:
                hits = [word in h for h in haystacks]
                found, haystacks = list(compress(found, hits)), list(compress(haystacks, hits))
        if chosen.kind is not None:
            kind = chosen.kind
            found = [r for r in found if r.kind is kind]
        return found

    def prepare(self, lang: str) -> list[str]:
        """The searchable text of every reminder in `lang` (made on the first call, then kept)."""
        haystacks = self._haystacks.get(lang)
        if haystacks is None:
            names = self._keys
            places: dict[str, str] = {"": ""}
            titles: dict[int, str] = {}
            kinds = {kind: fold(label.get(lang)) for kind, label in EVENT_KIND_LABELS.items()}
            haystacks = []
            for r in self.reminders:
                place = places.get(r.place)
                if place is None:
                    place = places[r.place] = fold(r.place)
                # Titles are shared message objects (a few dozen): each rendered and folded once.
                title = titles.get(id(r.title))
                if title is None:
                    title = titles[id(r.title)] = fold(r.title.render(lang))
                haystacks.append(f"{names(r.person)}\x1f{place}\x1f{title}\x1f{kinds.get(r.kind, '')}")
            self._haystacks[lang] = haystacks
        return haystacks
