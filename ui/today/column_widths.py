"""How wide Today's columns are: "when" and "person" take what they need up to a share of the width,
and "what to do" takes the rest; measured once per language, never row by row (100,000 rows)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QFont, QFontMetrics

from content.i18n import _, language
from ui.today.model import GROUP_SYMBOLS, Group, TodayModel
from ui.wording.formatting import date_in_words

WHEN_SHARE, PERSON_SHARE = 0.4, 0.22  # a translation 40 % longer than English still fits at 1366 px
# Wide enough for the longest "when" text in either language, so the column need not measure rows.
LONGEST_WHEN = "⚠ Vencido: miércoles, 30 de septiembre de 2026 · hace 100 días"


class ColumnWidths:
    """The column sizing of `TodayView`, which mixes this class in and provides the table."""

    view: Any
    _when_width: int
    _person_width: int

    def _measure_when(self) -> None:
        """The "when" column's width: the longest of the built-in sample and this language's own."""
        font = QFont(self.view.font())
        font.setBold(True)  # overdue rows are bold
        metrics = QFontMetrics(font)
        lang = language()
        # A Wednesday in September, 100 days overdue: the longest such text in English and Spanish,
        # written in the current language (a language added as files may be longer still).
        words = date_in_words(date(2026, 9, 30), date(2027, 1, 8), lang)
        sample = f"{GROUP_SYMBOLS[Group.OVERDUE]} {_('Overdue')}: {words}"
        self._when_width = max(metrics.horizontalAdvance(LONGEST_WHEN), metrics.horizontalAdvance(sample)) + 24
        self._fit_columns()

    def _fit_columns(self) -> None:
        """"When" and "person" take what they need up to a share of the width; "what" stretches.

        With large text the longest "when" alone is half a small screen wide; cut short, it is
        elided and the whole text is in its tooltip and in the details below.
        """
        width = self.view.viewport().width()
        header = self.view.horizontalHeader()
        person = min(self._person_width, int(width * PERSON_SHARE))
        # "What" always keeps at least as much room as "when".
        header.resizeSection(TodayModel.DATE, min(self._when_width, int(width * WHEN_SHARE), (width - person) // 2))
        header.resizeSection(TodayModel.PERSON, person)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return super().eventFilter(watched, event)
