"""Status sync in the background: every ``sync_interval_minutes`` while the app runs (0: never)
and on demand; one sync at a time. It is the agency's sync (app/sync/agency.py): skipped when
another seat is doing it, and the periodic one when another seat did it within the interval.
A sync that changed letters publishes ``Change.LETTERS``: the open lists reload on it."""
from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from app.context import AppContext
from ui.background import Job, run_job

if TYPE_CHECKING:
    from app.sync.statuses import SyncReport


class SyncScheduler(QObject):
    synced = Signal(object)     # SyncReport
    failed = Signal(str)        # French reason (AR24 unreachable...)
    running_changed = Signal(bool)

    def __init__(self, context: AppContext, parent: QObject | None = None, *, periodic: bool = False) -> None:
        super().__init__(parent)
        self.context = context
        self.job: Job | None = None
        self.timer = QTimer(self)
        self.timer.timeout.connect(lambda: self.sync_now(periodic=True))
        minutes = context.settings.sync_interval_minutes
        if periodic and minutes > 0:
            self.timer.start(minutes * 60_000)

    @property
    def running(self) -> bool:
        return self.job is not None and self.job.running

    def sync_now(self, *, periodic: bool = False) -> Job | None:
        if self.running:
            return None
        # the AR24 client and the sync are imported at the first sync, not at start-up
        from app.services.letters import sync_statuses

        context = self.context
        # 90 %: a seat's own next tick still runs, another seat's tick a little earlier does not.
        fresh = dt.timedelta(minutes=context.settings.sync_interval_minutes) * 0.9 if periodic else None

        def work(control) -> SyncReport:
            return sync_statuses(context, control, fresh_within=fresh)

        self.job = run_job(work)   # no parent: a closing window must not delete a running job
        self.job.succeeded.connect(self.synced.emit)
        self.job.failed.connect(self.failed.emit)
        self.job.finished.connect(lambda: self.running_changed.emit(False))
        self.running_changed.emit(True)
        return self.job

    def stop(self) -> None:
        self.timer.stop()
        if self.running:
            self.job.cancel()
