"""The one bridge from ``app.changes`` to Qt: every change becomes a signal on the UI thread.

A window connects ``changes().changed`` and refreshes itself when a change it shows arrives.
Changes published from a worker thread are queued to the UI thread by Qt's signal machinery.
"""
from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject, Signal

from app import changes as app_changes
from app.changes import Change


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
