"""The bridge from app.changes to Qt: a change published from a worker thread reaches the window
on the UI thread, and one that arrives after its window was deleted is dropped, not an error."""
from __future__ import annotations

import threading

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QWidget

from app.changes import Change, publish
from ui.change_bridge import changes


class Counting(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.seen = 0
        changes().connect_to(self, {Change.LETTERS}, self.refresh)

    def refresh(self) -> None:
        self.seen += 1 if self.isEnabled() else 0   # touches the C++ object, as every window does


def publish_from_a_worker_thread() -> None:
    worker = threading.Thread(target=publish, args=(Change.LETTERS,))
    worker.start()
    worker.join()


def test_a_change_from_a_worker_thread_reaches_the_window(qtbot) -> None:
    window = Counting()
    qtbot.addWidget(window)
    publish_from_a_worker_thread()
    qtbot.waitUntil(lambda: window.seen == 1, timeout=2000)
    publish(Change.SENDERS)
    qtbot.wait(50)
    assert window.seen == 1                          # only the kinds it shows


def test_a_change_queued_for_a_deleted_window_is_dropped(qtbot) -> None:
    window = Counting()
    publish_from_a_worker_thread()                   # queued to the UI thread, not delivered yet
    window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()                     # the queued change arrives now: nothing raises
