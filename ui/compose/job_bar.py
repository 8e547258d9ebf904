"""A progress bar with "Annuler" for the long work of a window (a 2,000-page PDF, 500 letters).

The work runs on its own thread (``run_job(dedicated=True)``); it reports ``(done, total)`` or an
object with ``done`` and ``total``; a cancel asks the work to stop and roll back.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from app.services.compose import Cancelled
from ui.background import Job, JobControl, run_job
from ui.i18n import render, translate

CANCELLED = object()   # what a cancelled job returns


class JobBar(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.job: Job | None = None
        self.label = QLabel()
        self.bar = QProgressBar()
        self.bar.setMinimumWidth(220)
        self.cancel_button = QPushButton(translate("JobBar", "Annuler"))
        self.cancel_button.clicked.connect(self.cancel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.cancel_button)
        self.hide()

    @property
    def busy(self) -> bool:
        return self.job is not None and self.job.running

    def start(self, text: str, work: Callable[[JobControl], Any], on_done: Callable[[Any], None],
              on_failure: Callable[[str], None]) -> Job:
        """``on_done(result)``, or ``on_done(CANCELLED)`` when the user cancelled."""
        def guarded(control: JobControl) -> Any:
            try:
                return work(control)
            except Cancelled:
                return CANCELLED

        self.label.setText(text)
        self.bar.setRange(0, 0)
        self.cancel_button.setEnabled(True)
        self.show()
        self.job = run_job(guarded, self, on_success=on_done, on_failure=on_failure, on_progress=self._progress,
                           on_finished=self.hide, dedicated=True)
        return self.job

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.cancel_button.setEnabled(False)
            self.label.setText(translate("JobBar", "Annulation…"))

    def stop(self) -> None:
        """The window closes: a job still running is cancelled and waited for (its thread must
        not outlive the window it reports to)."""
        if self.busy and self.job is not None:
            self.cancel()
            self.job.wait()

    def _progress(self, progress: Any) -> None:
        done, total = progress if isinstance(progress, tuple) else (progress.done, progress.total)
        if getattr(progress, "step", None):
            self.label.setText(render(progress.step))
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)
