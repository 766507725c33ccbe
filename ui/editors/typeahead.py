"""A modal run of an editor that keeps the keys typed while the window manager is still opening it.

With QDialog.exec the dialog is modal from the first instant, but the window manager makes it the
active window a moment later; keys typed in between go to the window behind it, which Qt drops
because a modal dialog blocks that window. A fast typist pressing Ctrl+N and typing a name lost its
first letters. `run_modal` shows the dialog without Qt's modality and provides it itself with an
application event filter: mouse and wheel input to other windows is swallowed (as modality would),
and keys meant for other windows go to the dialog's focused field instead of being lost.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QWidget

_KEYS = (QEvent.Type.KeyPress, QEvent.Type.KeyRelease)
_POINTER = (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease, QEvent.Type.MouseButtonDblClick,
            QEvent.Type.Wheel, QEvent.Type.ContextMenu)


class _Guard(QObject):
    """While the dialog runs: other windows get no pointer input; their keys go to the dialog."""

    def __init__(self, dialog: QDialog, loop: QEventLoop) -> None:
        super().__init__()  # not the dialog's child: it must outlive a dialog deleted mid-run
        self._dialog = dialog
        self._loop = loop

    def _inside(self, widget: QWidget) -> bool:
        # The dialog's own widgets, and windows it opened (a confirmation box, a picker).
        window: QWidget | None = widget.window()
        while window is not None:
            if window is self._dialog:
                return True
            parent = window.parentWidget()
            window = parent.window() if parent is not None else None
        return False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self._dialog and kind == QEvent.Type.Hide:
            self._loop.quit()  # hidden without done() ends the run too, as with QDialog.exec
            return False
        if not isinstance(watched, QWidget) or (kind not in _KEYS and kind not in _POINTER
                                                and kind != QEvent.Type.ShortcutOverride):
            return False
        if self._inside(watched):
            return False
        if kind == QEvent.Type.ShortcutOverride:
            event.accept()  # no shortcut of the window behind fires while the dialog is open
            return True
        if kind in _KEYS and isinstance(event, QKeyEvent):
            target = self._dialog.focusWidget()
            if target is not None:
                QCoreApplication.sendEvent(target, QKeyEvent(kind, event.key(), event.modifiers(), event.text(),
                                                             event.isAutoRepeat(), event.count()))
        return True


def run_modal(dialog: QDialog) -> int:
    """Show `dialog`, wait until it is finished, and return its result (like QDialog.exec)."""
    app = QApplication.instance()
    if app is None:
        return int(QDialog.exec(dialog))
    dialog.setWindowModality(Qt.WindowModality.NonModal)
    loop = QEventLoop()
    guard = _Guard(dialog, loop)
    gone: list[bool] = []
    dialog.finished.connect(loop.quit)
    # A lock while the editor is open deletes the page and the dialog with it: end the run then.
    dialog.destroyed.connect(lambda *_a: (gone.append(True), loop.quit()))
    app.installEventFilter(guard)
    try:
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        if dialog.isVisible():
            loop.exec()
    finally:
        app.removeEventFilter(guard)
        guard.deleteLater()
    return 0 if gone else int(dialog.result())
