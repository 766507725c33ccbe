"""Background tasks report back on the GUI thread."""

from __future__ import annotations

import threading

from PySide6.QtCore import QThread
from pytestqt.qtbot import QtBot

from ui.app.worker import Task, run_task


def test_result_arrives_on_the_gui_thread(qtbot: QtBot) -> None:
    seen: dict[str, object] = {}

    def work() -> int:
        seen["worker_thread"] = threading.get_ident()
        return 42

    def done(value: object) -> None:
        seen["value"] = value
        seen["callback_in_gui"] = QThread.currentThread() is qtbot_thread

    qtbot_thread = QThread.currentThread()
    task = run_task(work, done, lambda _e: None)
    with qtbot.waitSignal(task.succeeded, timeout=5000):
        pass
    assert seen["value"] == 42
    assert seen["callback_in_gui"] is True
    assert seen["worker_thread"] != threading.get_ident()
    assert not task.running


def test_exception_becomes_failed(qtbot: QtBot) -> None:
    def work() -> None:
        raise ValueError("boom")

    task = Task(work)
    with qtbot.waitSignal(task.failed, timeout=5000) as blocker:
        task.start()
    assert isinstance(blocker.args[0], ValueError)
