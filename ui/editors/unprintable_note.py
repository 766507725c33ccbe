"""A small warning under name fields: which of the typed characters no printout font can show.

Printouts embed DejaVu Sans and a CJK fallback (reports.script_text); a name in a script neither has
(Devanagari, Gurmukhi, Ethiopic…) prints with "�" in place of those letters. Saying so while the
name is typed is better than a surprise on paper.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from content.i18n import _

# Every character below this (Latin, Latin-1, Latin Extended-A and B) is in DejaVu Sans: no need to
# load the fonts (a quarter of a second) for the names most people type.
_SURELY_PRINTABLE = 0x250
_SHOWN = 4  # parts listed: a long text in another script would make a long message


class UnprintableNote(QLabel):
    """Shown only while the watched fields hold characters that will not print."""

    def __init__(self, edits: Sequence[QLineEdit], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._edits = list(edits)
        self.setWordWrap(True)
        self.setStyleSheet("color: #8a1c1c;")
        for edit in self._edits:
            edit.textChanged.connect(self.refresh)
        self.refresh()

    def missing(self) -> list[str]:
        """The parts of the watched fields, as typed, that no embedded font has (distinct, in order)."""
        typed = " ".join(edit.text() for edit in self._edits)
        if all(ord(ch) < _SURELY_PRINTABLE for ch in typed):
            return []
        from reports.script_text import unprintable

        lacking = set(unprintable(typed))
        runs: dict[str, None] = {}
        run = ""
        for ch in typed + " ":
            # A vowel sign or other combining mark stays with its letter: alone it would draw
            # on whatever comes next in the message.
            if ch in lacking or (run and unicodedata.category(ch).startswith("M")):
                run += ch
            elif run:
                runs[run] = None
                run = ""
        return list(runs)

    def refresh(self) -> None:
        missing = self.missing()
        if missing:
            shown = ", ".join(missing[:_SHOWN]) + (", …" if len(missing) > _SHOWN else "")
            self.setText(_("These letters will not print and show as � on paper: {letters}").format(letters=shown))
        else:
            self.clear()
        self.setVisible(bool(missing))
