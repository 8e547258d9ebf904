"""Cancellation and progress of a background run, apart from the pipeline so that the windows'
job runner (ui.background) does not import the whole sending machinery at start-up."""
from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Generic, TypeVar

P = TypeVar("P")


class Control(Generic[P]):
    """Cancellation and progress of a run (ui.background's JobControl reports to a job's signal).
    ``P``: what progress is: a batch's ``Progress``, the number of letters an OTP validation has
    handled."""

    def __init__(self, on_progress: Callable[[P], None] | None = None) -> None:
        self._cancel = threading.Event()
        self._on_progress = on_progress

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def report(self, progress: P) -> None:
        if self._on_progress is not None:
            self._on_progress(progress)
