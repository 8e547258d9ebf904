"""A batch of letters, or an OTP validation, run by the sending process (``app.outbox.worker``),
seen by the window as a job with the signals of ``ui.background.Job``: progress, succeeded,
failed, finished.

The window's process only reads a few progress lines a second: the work, and the interpreter
lock it holds, stay in the other process, so the window never stutters during a batch.
"""
from __future__ import annotations

import json
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QByteArray,
    QCoreApplication,
    QObject,
    QProcess,
    QThread,
    Signal,
)

from app.outbox.worker import CANCEL, parse_message, worker_command
from app.services.sending import batch_ended
from ui.background import run_job
from ui.i18n import render, translate

log = logging.getLogger(__name__)

STOPPED = QT_TRANSLATE_NOOP("OutboxProcessJob", "Le processus d'envoi s'est arrêté avant la fin : les lettres en "
                            "cours seront vérifiées chez AR24 et reprises automatiquement au prochain démarrage de "
                            "l'application.")


class OutboxProcessJob(QObject):
    progress = Signal(object)    # Progress
    succeeded = Signal(object)   # BatchReport
    failed = Signal(str)         # a sentence for the user, in the interface's language
    finished = Signal()

    def __init__(self, make_request: Callable[[], dict[str, Any]], parent: QObject | None = None) -> None:
        """``make_request`` runs on the pool (it may start the demo's local AR24 service)."""
        super().__init__(parent)
        self.running = True
        self.process: QProcess | None = None
        self._cancelled = self._answered = False
        # Quitting the application stops the batch cleanly rather than killing its process.
        QCoreApplication.instance().aboutToQuit.connect(self._stop_with_application)
        run_job(lambda control: make_request(), self, on_success=self._launch, on_failure=self._end_with)

    def _launch(self, request: dict[str, Any]) -> None:
        process = self.process = QProcess(self)
        program, *arguments = worker_command()
        process.setProgram(program)
        process.setArguments(arguments)
        process.readyReadStandardOutput.connect(self._read_output)
        process.readyReadStandardError.connect(self._read_errors)
        process.finished.connect(self._on_exit)
        process.errorOccurred.connect(self._on_error)
        process.start()
        # The credentials go through the pipe, never on the command line or in the environment.
        process.write(QByteArray((json.dumps(request) + "\n").encode()))
        if self._cancelled:
            self._write_cancel()

    def cancel(self) -> None:
        self._cancelled = True
        if self.process is not None:
            self._write_cancel()

    def wait(self) -> None:
        """Block until the batch has ended (closing the window, tests)."""
        while self.running and self.process is None:   # the request is still being built
            QCoreApplication.processEvents()
            QThread.msleep(10)
        if self.process is not None:
            self.process.waitForFinished(-1)

    def _stop_with_application(self) -> None:
        if self.running:
            self.cancel()
            self.wait()

    def _write_cancel(self) -> None:
        if self.process.state() != QProcess.ProcessState.NotRunning:
            self.process.write(QByteArray(f"{CANCEL}\n".encode()))

    def _read_output(self) -> None:
        while self.process.canReadLine():
            kind, payload = parse_message(bytes(self.process.readLine()).decode())
            if kind == "progress":
                self.progress.emit(payload)
            elif kind == "report":
                self._answered = True
                self.succeeded.emit(payload)
            else:
                self._answered = True
                self.failed.emit(render(payload))   # the sending process's sentence, translated here

    def _read_errors(self) -> None:
        for line in bytes(self.process.readAllStandardError()).decode(errors="replace").splitlines():
            log.warning("processus d'envoi : %s", line)

    def _on_exit(self, *_: Any) -> None:
        self._read_output()
        self._read_errors()
        self._end_with(None if self._answered else translate("OutboxProcessJob", STOPPED))

    def _on_error(self, error: QProcess.ProcessError) -> None:
        if error is QProcess.ProcessError.FailedToStart:
            self._end_with(translate("OutboxProcessJob", "Le processus d'envoi n'a pas pu démarrer ({error}) : "
                                     "rien n'a été envoyé.").format(error=self.process.errorString()))

    def _end_with(self, failure: str | None) -> None:
        if not self.running:
            return
        if failure is not None:
            self.failed.emit(failure)
        self.running = False
        batch_ended()        # letters may have been written whatever the end: every list refreshes
        self.finished.emit()
