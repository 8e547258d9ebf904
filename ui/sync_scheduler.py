"""Status sync in the background: every ``sync_interval_minutes`` while the app runs (0: never)
and on demand; one sync at a time. Windows listen to ``synced`` to reload."""
from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from app.context import AppContext
from app.letters.queries import user_id_of
from app.sync.archive import ProofArchive
from app.sync.statuses import SyncReport, sync_letters
from ui.background import Job, run_job


class SyncScheduler(QObject):
    synced = Signal(object)     # SyncReport
    failed = Signal(str)        # French reason (AR24 unreachable...)
    running_changed = Signal(bool)

    def __init__(self, context: AppContext, parent: QObject | None = None, *, periodic: bool = False) -> None:
        super().__init__(parent)
        self.context = context
        self.job: Job | None = None
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.sync_now)
        minutes = context.settings.sync_interval_minutes
        if periodic and minutes > 0:
            self.timer.start(minutes * 60_000)

    @property
    def running(self) -> bool:
        return self.job is not None and self.job.running

    def sync_now(self) -> Job | None:
        if self.running:
            return None
        context = self.context

        def work(control) -> SyncReport:
            with context.store.session() as session:
                user_id = user_id_of(session, context.login)
            return sync_letters(context.store, context.ar24.client, ProofArchive(), user_id=user_id,
                                control=control)

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
