"""Walk Qt's accessibility tree of a window (what a screen reader is given) and find unnamed controls.

Used by the accessibility tests offscreen, without an AT-SPI bus; `scripts/atspi_walk.py` checks the
same from outside the process, through AT-SPI, as a real screen reader sees it.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QWidget

Role = QAccessible.Role

CONTROL_ROLES = frozenset({
    Role.PushButton, Role.CheckBox, Role.RadioButton, Role.ComboBox, Role.EditableText, Role.SpinBox,
    Role.List, Role.Table, Role.Tree, Role.PageTab, Role.Slider, Role.ButtonMenu, Role.ButtonDropDown,
    Role.Link, Role.ProgressBar, Role.Dial, Role.HotkeyField, Role.MenuItem,
})
"""Roles a user operates or reads a value from: each must have a name a screen reader can say."""

_NO_DESCENT = frozenset({Role.List, Role.Table, Role.Tree, Role.ComboBox})
"""Controls whose children are rows or items named by their data, not by the program."""


@dataclass(frozen=True)
class Node:
    """One visible element of the tree: where it is, its role, name and description."""

    path: str
    role: QAccessible.Role
    name: str
    description: str
    widget_class: str

    @property
    def is_control(self) -> bool:
        return self.role in CONTROL_ROLES


def _class_name(iface: QAccessibleInterface) -> str:
    obj = iface.object()
    return type(obj).__name__ if obj is not None else ""


def walk(widget: QWidget) -> list[Node]:
    """Every visible element under `widget`, depth first."""
    root = QAccessible.queryAccessibleInterface(widget)
    nodes: list[Node] = []
    if root is None:
        return nodes

    def visit(iface: QAccessibleInterface, path: str) -> None:
        if not iface.isValid() or iface.state().invisible:
            return
        role = iface.role()
        node = Node(path, role, iface.text(QAccessible.Text.Name).strip(),
                    iface.text(QAccessible.Text.Description).strip(), _class_name(iface))
        nodes.append(node)
        if role in _NO_DESCENT:
            return
        for index in range(iface.childCount()):
            child = iface.child(index)
            if child is not None:
                visit(child, f"{path}/{child.role().name}[{index}]")

    visit(root, root.role().name)
    return nodes


def unnamed_controls(widget: QWidget) -> list[Node]:
    """Controls under `widget` that a screen reader would announce without a name."""
    return [node for node in walk(widget) if node.is_control and not node.name]


def dump(widget: QWidget) -> str:
    """The tree as text, one element a line (for test failures and by hand)."""
    lines = []
    for node in walk(widget):
        depth = node.path.count("/")
        extra = f" — {node.description}" if node.description else ""
        lines.append(f"{'  ' * depth}{node.role.name} {node.name!r}{extra} ({node.widget_class})")
    return "\n".join(lines)
