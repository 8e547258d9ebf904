"""One AR24 job at a time for a window: a busy line while it runs, its controls disabled,
then the outcome in a message line (AR24 errors as their French sentence)."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QWidget

from ui.background import Job, run_job
from ui.widgets import ERROR_STYLE

INFO_STYLE = "color: #1b5e20;"


class TaskRunner(QWidget):
    settled = Signal()   # after each job, once the controls are enabled again: windows re-apply their rules

    def __init__(self, controls: list[QWidget] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controls = list(controls or [])
        self.job: Job | None = None
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)           # indeterminate: AR24 gives no progress
        self.bar.setMaximumWidth(110)
        self.bar.setTextVisible(False)
        self.bar.hide()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar)
        layout.addWidget(self.message, 1)

    @property
    def busy(self) -> bool:
        return self.job is not None and self.job.running

    def run(self, text: str, fn: Callable[[], Any], on_success: Callable[[Any], None]) -> Job | None:
        """Run ``fn`` off the UI thread; ``on_success(result)`` back on it. None if already busy."""
        if self.busy:
            return None
        self._set_busy(True, text)
        self.job = run_job(lambda _control: fn(), self, on_success=on_success, on_failure=self.show_error,
                           on_finished=lambda: self._set_busy(False))
        return self.job

    def show_error(self, text: str) -> None:
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setText(text)

    def show_info(self, text: str) -> None:
        self.message.setStyleSheet(INFO_STYLE)
        self.message.setText(text)

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self.bar.setVisible(busy)
        for control in self.controls:
            control.setEnabled(not busy)
        if busy:
            self.message.setStyleSheet("")
            self.message.setText(text)
        elif self.message.text().endswith("…"):
            self.message.clear()
        window = self.window()
        if busy:
            window.setCursor(Qt.CursorShape.BusyCursor)
        else:
            window.unsetCursor()
            self.settled.emit()
