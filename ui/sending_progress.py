"""The "thermomètre": the progress window of a batch sent to AR24 (screens.md §6).

It shows the total, the letters done and in error, the remaining time and the current
letter while the outbox works in the sending process (ui.outbox_process, app.outbox.worker); "Annuler" stops cleanly (letters
already at AR24 stay sent, the others are cancelled and can be sent again); at the end,
one line per event says OK or why not, in French (the same lines go to the audit log).
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.context import AppContext
from app.sending.send_types import LABELS, PrintOptions
from app.outbox.pipeline import BatchReport, Outcome, Progress
from app.outbox.states import unfinished_letters
from app.outbox.worker import worker_request
from app.store.models import SendType
from ui.background import JobControl, run_job
from ui.outbox_process import OutboxProcessJob
from ui.table_model import Column, RowTableModel
from ui.widgets import frame, header_bar

OUTCOME_COLORS = {Outcome.OK: "#2e7d32", Outcome.ERROR: "#c62828", Outcome.CANCELLED: "#6d6d6d",
                  Outcome.PENDING: "#e07b00"}


def remaining_text(seconds: float | None) -> str:
    if seconds is None:
        return "calcul en cours…"
    seconds = int(round(seconds))
    if seconds < 60:
        return f"{seconds} s"
    minutes, seconds = divmod(seconds, 60)
    return f"{minutes} min {seconds:02d} s" if minutes < 60 else f"{minutes // 60} h {minutes % 60:02d} min"


class SendingProgressWindow(QDialog):
    """Shows where the batch of ``start_job(owner)`` is. The job has ``ui.background.Job``'s
    signals, ``cancel()``, ``wait()`` and ``running`` (an ``OutboxProcessJob`` for real batches)."""

    report_ready = Signal(object)   # the BatchReport, once the batch has ended

    def __init__(self, title: str, subtitle: str, total: int, start_job: Callable[[QObject], Any],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"{title} - AR24")
        self.report: BatchReport | None = None
        self._build(title, subtitle, total)
        self.resize(780, 330)
        self.job = start_job(self)
        self.job.progress.connect(self._on_progress)
        self.job.succeeded.connect(self._on_report)
        self.job.failed.connect(self._on_failure)

    def _build(self, title: str, subtitle: str, total: int) -> None:
        self.bar = QProgressBar()
        self.bar.setRange(0, max(1, total))
        self.bar.setValue(0)
        self.bar.setFormat("%p %")
        self.bar.setMinimumHeight(24)
        self.total_label, self.done_label, self.failed_label = QLabel(str(total)), QLabel("0"), QLabel("0")
        self.remaining_label = QLabel("calcul en cours…")
        self.current_label = QLabel("Préparation des lettres…")
        self.current_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        figures = QGridLayout()
        for column, (caption, label) in enumerate((("Lettres à envoyer :", self.total_label),
                                                   ("Traitées avec succès :", self.done_label),
                                                   ("En erreur :", self.failed_label),
                                                   ("Temps restant :", self.remaining_label))):
            figures.addWidget(QLabel(caption), 0, column * 2)
            label.setStyleSheet("font-weight: bold")
            figures.addWidget(label, 0, column * 2 + 1)
        figures.addWidget(QLabel("Lettre en cours :"), 1, 0)
        figures.addWidget(self.current_label, 1, 1, 1, 7)
        progress = QWidget()
        inner = QVBoxLayout(progress)
        inner.addWidget(QLabel(subtitle))
        inner.addWidget(self.bar)
        inner.addLayout(figures)
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.summary_label.hide()
        # A model, not a QTableWidget: 1,000 report lines appear without stalling the window.
        self.model = RowTableModel([Column(1, "Événement"), Column(2, "Résultat"),
                                    Column(3, "Détail", tooltip=lambda row: row[3])], search_fields=[1, 2, 3])
        self.model.foreground = lambda row: QColor(OUTCOME_COLORS[row[4]])
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSortingEnabled(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)   # no ResizeToContents: it reads every row
        header.resizeSection(0, 280)
        header.resizeSection(1, 90)
        self.table.hide()
        self.cancel_button = QPushButton("Annuler")
        self.cancel_button.clicked.connect(self._cancel)
        self.close_button = QPushButton("Fermer")
        self.close_button.clicked.connect(self.accept)
        self.close_button.hide()
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        header = header_bar(f"LETTRES RECOMMANDEES AR24 > {title}")
        header.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        advancement = frame("AVANCEMENT", progress)
        advancement.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        layout.addWidget(header)
        layout.addWidget(advancement)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    # -- signals from the batch ----------------------------------------------------------

    def _on_progress(self, progress: Progress) -> None:
        self.bar.setMaximum(max(1, progress.total))
        self.bar.setValue(progress.done + progress.failed)
        self.total_label.setText(str(progress.total))
        self.done_label.setText(str(progress.done))
        self.failed_label.setText(str(progress.failed))
        self.remaining_label.setText(remaining_text(progress.remaining_seconds))
        if progress.current:
            self.current_label.setText(progress.current)

    def _on_report(self, report: BatchReport) -> None:
        self.report = report
        self.bar.setValue(self.bar.maximum())
        self.remaining_label.setText("terminé")
        self.current_label.setText("—")
        self.summary_label.setText(f"<b>{report.summary()}.</b> Le détail ci-dessous est conservé dans le "
                                   "journal d'audit.")
        self.model.set_rows([(index, r.label, r.outcome.value, r.message, r.outcome)
                             for index, r in enumerate(report.results)])
        self._finish()
        self.report_ready.emit(report)

    def _on_failure(self, message: str) -> None:
        self.summary_label.setText(f"<b style='color:#c62828'>L'envoi n'a pas pu commencer :</b> {message}")
        self._finish()

    def _finish(self) -> None:
        self.summary_label.show()
        self.table.setVisible(self.model.rowCount() > 0)
        self.cancel_button.hide()
        self.close_button.show()
        self.resize(max(self.width(), 900), max(self.height(), 520 if self.model.rowCount() else 320))

    def _cancel(self) -> None:
        self.job.cancel()
        self.cancel_button.setEnabled(False)
        self.cancel_button.setText("Annulation en cours…")
        self.current_label.setText("Annulation : les lettres en cours de dépôt se terminent, les autres "
                                   "ne partiront pas.")

    def closeEvent(self, event) -> None:
        if self.job.running:   # stop cleanly: never leave a thread running behind a closed window
            self._cancel()
            self.job.wait()
        super().closeEvent(event)

    def reject(self) -> None:   # Esc behaves like the close box
        self.close()


def start_sending(context: AppContext, send_type: SendType, event_ids: Sequence[int],
                  print_options: PrintOptions | Any = None, parent: QWidget | None = None,
                  preparer=None) -> SendingProgressWindow:
    """Open the thermomètre and send ``event_ids`` (what "Valider" of the send choice does)."""
    options = print_options if isinstance(print_options, PrintOptions) else PrintOptions(
        **({} if print_options is None else dict(print_options)))
    ids = list(event_ids)
    window = SendingProgressWindow(
        "Envoi en AR", f"Type d'envoi : {LABELS[send_type]} — {len(ids)} événement(s)", len(ids),
        lambda owner: OutboxProcessJob(lambda: worker_request(context, "send", send_type=send_type, event_ids=ids,
                                                              print_options=options, preparer=preparer), owner),
        parent)
    window.show()
    return window


def resume_unfinished(context: AppContext, parent: QWidget | None = None) -> SendingProgressWindow | None:
    """At start: take up the letters a previous run left unfinished, showing what is resumed."""
    pending = unfinished_letters(context.store)
    if not pending:
        return None
    window = SendingProgressWindow(
        "Reprise des envois interrompus",
        f"{len(pending)} lettre(s) n'avaient pas fini leur envoi lors de la dernière utilisation : elles sont "
        "reprises, après vérification chez AR24 de celles dont le dépôt était en cours.", len(pending),
        lambda owner: OutboxProcessJob(lambda: worker_request(context, "resume"), owner), parent)
    window.show()
    return window


def sample_window() -> SendingProgressWindow:
    """The thermomètre in the middle of a batch, for ``main.py screenshots`` (no AR24 call)."""
    from PySide6.QtWidgets import QApplication

    def work(control: JobControl) -> BatchReport:
        while not control.cancelled:   # again and again: the window may connect after the first one
            control.report(Progress(200, 87, 3, "n° 2931 - MEURSAULT Jeannine", 95.0))
            QThread.msleep(20)
        return BatchReport("Envoi en AR", cancelled=True)

    window = SendingProgressWindow("Envoi en AR", f"Type d'envoi : {LABELS[SendType.LRE_EIDAS]} — "
                                   "200 événement(s)", 200, lambda owner: run_job(work, owner, dedicated=True))
    window.show()
    while window.done_label.text() != "87":
        QApplication.processEvents()
    return window
