"""How the guides are drawn: each item of the list a bold title over its summary, and a reading pane
that loads nothing (no files, no images, no network)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, QUrl
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QTextBrowser

ID_ROLE = Qt.ItemDataRole.UserRole  # a list item's guide id
DETAIL_ROLE = Qt.ItemDataRole.UserRole + 1  # the summary, or the search snippet, under its title


class GuideBrowser(QTextBrowser):
    """A QTextBrowser that loads no resource of any kind: no files, no images, no network."""

    def loadResource(self, type: int, name: QUrl | str) -> Any:
        return None


class GuideItemDelegate(QStyledItemDelegate):
    """Draws a guide as its bold title over its summary (or the search snippet), wrapped."""

    def _texts(self, index: QModelIndex | QPersistentModelIndex) -> tuple[str, str]:
        return str(index.data(Qt.ItemDataRole.DisplayRole) or ""), str(index.data(DETAIL_ROLE) or "")

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        title = QFont(option.font)  # type: ignore[attr-defined]
        title.setBold(True)
        return title, QFont(option.font)  # type: ignore[attr-defined]

    def _width(self, option: QStyleOptionViewItem) -> int:
        widget = option.widget  # type: ignore[attr-defined]
        width = widget.viewport().width() if widget is not None else option.rect.width()  # type: ignore[attr-defined]
        return max(120, width - 16)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        self.initStyleOption(option, index)
        title, detail = self._texts(index)
        title_font, detail_font = self._fonts(option)
        width = self._width(option)
        flags = int(Qt.TextFlag.TextWordWrap)
        h1 = QFontMetrics(title_font).boundingRect(QRect(0, 0, width, 10_000), flags, title).height()
        h2 = QFontMetrics(detail_font).boundingRect(QRect(0, 0, width, 10_000), flags, detail).height()
        return QSize(width, h1 + h2 + 16)

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        self.initStyleOption(option, index)
        title, detail = self._texts(index)
        opt = QStyleOptionViewItem(option)
        opt.text = ""  # type: ignore[attr-defined]
        widget = option.widget  # type: ignore[attr-defined]
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        palette = option.palette  # type: ignore[attr-defined]
        colour = palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        title_font, detail_font = self._fonts(option)
        rect = option.rect.adjusted(8, 6, -8, -6)  # type: ignore[attr-defined]
        flags = int(Qt.TextFlag.TextWordWrap)
        painter.save()
        painter.setPen(colour)
        painter.setFont(title_font)
        used = painter.boundingRect(rect, flags, title)
        painter.drawText(rect, flags, title)
        painter.setFont(detail_font)
        painter.drawText(rect.adjusted(0, used.height() + 2, 0, 0), flags, detail)
        painter.restore()
