"""What every list in Amparo does alike: whole rows, one at a time, read-only, named for screen readers."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QTableView


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
