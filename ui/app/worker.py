"""Run slow work (Argon2 key derivation, vault creation) off the GUI thread.

A `Task` wraps a plain callable. It runs in Qt's global thread pool; its outcome comes back through
a private signal queued to the Task, which lives in the GUI thread, and only then are the public
`succeeded`/`failed` signals emitted — so every callback runs on the GUI thread and may touch
widgets. The callable itself must never touch widgets.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot

# Tasks still running are kept here so Python does not free them under the worker's feet.
_running: set[Task] = set()


class _Runnable(QRunnable):
    def __init__(self, task: Task) -> None:
        super().__init__()
        self._task = task
        self.setAutoDelete(True)

    def run(self) -> None:
        self._task._execute()


class Task(QObject):
    """One call to run in the background: `succeeded(result)` or `failed(exception)` follows."""

    succeeded = Signal(object)
    failed = Signal(object)
    _outcome = Signal(bool, object)

    def __init__(self, fn: Callable[[], Any]) -> None:
        super().__init__()
        self._fn = fn
        self.running = False
        self._outcome.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def start(self) -> None:
        self.running = True
        _running.add(self)
        QThreadPool.globalInstance().start(_Runnable(self))

    def _execute(self) -> None:
        try:
            result = self._fn()
        except Exception as exc:  # handed to the GUI thread, which decides what the user sees
            self._outcome.emit(False, exc)
        else:
            self._outcome.emit(True, result)

    @Slot(bool, object)
    def _deliver(self, ok: bool, value: object) -> None:
        self.running = False
        _running.discard(self)
        if ok:
            self.succeeded.emit(value)
        else:
            self.failed.emit(value)


def run_task(fn: Callable[[], Any], on_success: Callable[[Any], None],
             on_failure: Callable[[Any], None]) -> Task:
    """Start `fn` in the background and call one of the two callbacks on the GUI thread."""
    task = Task(fn)
    task.succeeded.connect(on_success)
    task.failed.connect(on_failure)
    task.start()
    return task
