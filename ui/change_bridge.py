"""The one bridge from ``app.changes`` to Qt: every change becomes a signal on the UI thread.

A window connects ``changes().changed`` and refreshes itself when a change it shows arrives.
Changes published from a worker thread are queued to the UI thread by Qt's signal machinery.
"""
from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, QTimer, Signal

from app import changes as app_changes
from app.changes import Change


REFRESH_DELAY_MS = 200   # changes published together (letters, batch ended…) make one refresh


class ChangeSignals(QObject):
    changed = Signal(object)   # an app.changes.Change

    def __init__(self) -> None:
        super().__init__()
        self._unsubscribe = app_changes.subscribe(self.changed.emit)

    def connect_to(self, receiver: QObject, kinds: set[Change], slot) -> None:
        """Call ``slot()`` when one of ``kinds`` changes, for as long as ``receiver`` lives."""
        def on_change(change: Change) -> None:
            # A change queued from a worker thread may arrive after the receiver was deleted.
            if change in kinds and shiboken6.isValid(receiver):
                slot()

        self.changed.connect(on_change)
        receiver.destroyed.connect(lambda *_: _safe_disconnect(self.changed, on_change))

    def follow(self, window: QObject, kinds: set[Change], refresh, delay_ms: int = REFRESH_DELAY_MS) -> None:
        """A window that shows figures or a list: ``refresh()`` after the changes of ``kinds``,
        once per burst, and only when it is seen (a hidden window catches up when shown)."""
        self.connect_to(window, kinds, _Follower(window, refresh, delay_ms).changed)


class _Follower(QObject):
    """Refreshes a window after changes: once for a burst of them (``delay_ms`` after the last),
    at once when the window is shown again if they came while it was hidden or closed."""

    def __init__(self, window: QObject, refresh, delay_ms: int) -> None:
        super().__init__(window)
        self.window, self.stale = window, False
        self.timer = QTimer(self, singleShot=True, interval=delay_ms, timeout=refresh)
        self.refresh = refresh
        window.installEventFilter(self)

    def changed(self) -> None:
        if self.window.isVisible():
            self.timer.start()
        else:
            self.stale = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and self.stale:
            self.stale = False
            self.refresh()
        return False


def _safe_disconnect(signal, slot) -> None:
    try:
        signal.disconnect(slot)
    except (RuntimeError, TypeError):
        pass


_signals: ChangeSignals | None = None


def changes() -> ChangeSignals:
    """The process's bridge, created on first use from the UI thread."""
    global _signals
    if _signals is None:
        _signals = ChangeSignals()
    return _signals
