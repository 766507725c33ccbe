"""How large a guide's text is: A− and A+ (Ctrl+− and Ctrl++) from 9 to 32 points, list and notices following."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QFont

FONT_MIN = 9
FONT_MAX = 32
FONT_STEP = 2
FONT_DEFAULT = 13
"""Reading text starts a little larger than the interface: guides are read under stress."""


class ReadingSize:
    """The text size of `GuidesView`, which mixes this class in and provides the reading pane, the list,
    the notices and the two buttons."""

    _font_size: int
    _browser: Any
    _list: Any
    _banner: Any
    _stale: Any
    _larger: Any
    _smaller: Any

    if TYPE_CHECKING:  # provided by QWidget
        def font(self) -> QFont: ...

    def font_size(self) -> int:
        """The point size of the reading text."""
        return self._font_size

    def larger_text(self) -> None:
        """Make the guide text larger."""
        self._set_font_size(self._font_size + FONT_STEP)

    def smaller_text(self) -> None:
        """Make the guide text smaller."""
        self._set_font_size(self._font_size - FONT_STEP)

    def _set_font_size(self, size: int) -> None:
        self._font_size = max(FONT_MIN, min(FONT_MAX, size))
        self._apply_font()

    def _apply_font(self) -> None:
        font = QFont(self.font())
        font.setPointSize(self._font_size)
        self._browser.setFont(font)
        self._browser.document().setDefaultFont(font)
        list_font = QFont(self.font())
        list_font.setPointSize(max(self.font().pointSize(), self._font_size - 2))
        self._list.setFont(list_font)
        self._banner.setFont(list_font)
        self._stale.setFont(list_font)
        self._list.doItemsLayout()
        self._larger.setEnabled(self._font_size < FONT_MAX)
        self._smaller.setEnabled(self._font_size > FONT_MIN)
