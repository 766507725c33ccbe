"""Keyboard shortcuts that belong to one view, so views stacked in one window do not collide."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget


def add_shortcut(widget: QWidget, keys: QKeySequence | QKeySequence.StandardKey | str,
                 slot: Callable[[], None]) -> QShortcut:
    """A shortcut active while focus is inside `widget` (so views in a stack do not collide)."""
    shortcut = QShortcut(QKeySequence(keys), widget)
    shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    shortcut.activated.connect(slot)
    return shortcut
