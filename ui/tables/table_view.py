"""What every list in Amparo does alike: whole rows, one at a time, read-only, named for screen readers."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView


def setup_table(view: QTableView, name: str) -> None:
    """Common behaviour of every list: whole rows, one at a time, readable by screen readers."""
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setTabKeyNavigation(False)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setHighlightSections(False)
    view.setAccessibleName(name)


def share_columns(view: QTableView, *, stretch: Iterable[int], fit: Iterable[int]) -> None:
    """One line per row: the `fit` columns (phones, categories: short) take what they need and are never
    cut or wrapped; the `stretch` ones share what is left, elided, with the whole text in a tooltip."""
    view.setWordWrap(False)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    header = view.horizontalHeader()
    header.setStretchLastSection(False)
    for column in fit:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    for column in stretch:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
