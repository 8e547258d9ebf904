"""The one pattern for "run this in the background, report progress, succeed or fail".

``run_job(fn)`` runs ``fn(job_control)`` on a worker thread of the global pool; the
widgets get results only through Qt signals, delivered on the UI thread. The
function is plain ``app/`` code: it reports progress with ``control.report(...)``
and checks ``control.cancelled`` to stop cleanly. A long job (a batch of letters)
asks for ``dedicated=True``: its own ``QThread``, so that it never holds one of the
pool's few threads (one per core) for minutes; ``job.wait()`` joins it.
"""
from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThread, QThreadPool, QTimer, Signal

from app.ar24.errors import AR24Error
from app.outbox.control import Control
from app.services.failures import failure_sentence
from ui.i18n import render, translate

log = logging.getLogger(__name__)


class JobControl(Control):
    """Handed to the background function: cancellation, and progress sent to the job's signal."""

    def __init__(self, job: Job) -> None:
        super().__init__(job.progress.emit)


class Job(QObject):
    progress = Signal(object)
    succeeded = Signal(object)
    failed = Signal(str)        # a sentence for the user, in the interface's language
    finished = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.control = JobControl(self)
        self.running = True

        self.worker_thread: QThread | None = None   # only for dedicated jobs

    def cancel(self) -> None:
        self.control.cancel()

    def wait(self) -> None:
        """Block until a dedicated job's thread has ended (closing a window, tests)."""
        if self.worker_thread is not None:
            self.worker_thread.wait()


def _execute(job: Job, fn: Callable[[JobControl], Any]) -> None:
    try:
        result = fn(job.control)
    except Exception as error:  # noqa: BLE001 — the UI must always hear back from a job
        if not isinstance(error, AR24Error):      # AR24's refusals are expected; anything else is kept
            log.exception("background job failed")
        said = failure_sentence(error)
        if said is not None:     # its own sentence, or a database fault said as what to do
            _tell(job.failed, render(said))
        else:
            _tell(job.failed, translate("Job", "Erreur inattendue : {error}").format(error=error))
    else:
        _tell(job.succeeded, result)
    finally:
        job.running = False
        _tell(job.finished)


def _tell(signal: Any, *args: Any) -> None:
    try:
        signal.emit(*args)
    except RuntimeError:   # the window that started the job was closed meanwhile: nobody listens
        log.info("background job ended after its window was closed")


class _Runnable(QRunnable):
    def __init__(self, job: Job, fn: Callable[[JobControl], Any]) -> None:
        super().__init__()
        self.job, self.fn = job, fn

    def run(self) -> None:
        _execute(self.job, self.fn)


class _JobThread(QThread):
    def __init__(self, job: Job, fn: Callable[[JobControl], Any]) -> None:
        super().__init__()
        self.job, self.fn = job, fn

    def run(self) -> None:
        _execute(self.job, self.fn)


_jobs: set[Job] = set()   # keeps Python wrappers alive until the job has finished


def run_job(
    fn: Callable[[JobControl], Any],
    parent: QObject | None = None,
    *,
    on_success: Callable[[Any], None] | None = None,
    on_failure: Callable[[str], None] | None = None,
    on_finished: Callable[[], None] | None = None,
    on_progress: Callable[[Any], None] | None = None,
    dedicated: bool = False,
) -> Job:
    """Start ``fn`` on the pool. Pass the slots here: they are connected before the job starts,
    so even a job that ends at once is heard (connecting to the returned job can be too late)."""
    job = Job(parent)
    _jobs.add(job)
    if on_success is not None:
        job.succeeded.connect(on_success)
    if on_failure is not None:
        job.failed.connect(on_failure)
    if on_finished is not None:
        job.finished.connect(on_finished)
    if on_progress is not None:
        job.progress.connect(on_progress)
    job.finished.connect(lambda: _jobs.discard(job))
    if dedicated:   # a batch: started now, so that ``job.wait()`` always has a thread to join
        job.worker_thread = _JobThread(job, fn)
        job.worker_thread.start()
    else:
        # Started from the event loop, not here: the caller's connections to the job's signals
        # (made right after this returns) are then in place before a fast job can emit them.
        QTimer.singleShot(0, lambda: QThreadPool.globalInstance().start(_Runnable(job, fn)))
    return job
