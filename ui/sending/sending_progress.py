"""The "thermomètre": the progress window of a batch sent to AR24 (screens.md §6).

It shows the total, the letters sent, in error and cancelled, the remaining time and the current
letter while the outbox works in the sending process (ui.sending.outbox_process, app.outbox.worker).
"Annuler", closing the window and Esc ask first, then stop cleanly (letters already at AR24 stay
sent, the others are cancelled and can be sent again); at the end, one line per letter names its
recipient and says what happened — posted with its AR24 number, not sent and why, or cancelled
before AR24 had it (the same lines go to the audit log).
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt, QThread, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.context import AppContext
from app.services import sending as service
from app.i18n import message
from app.services.sending import (
    CANCELLED_BEFORE,
    CONSENT_REFUSED,
    LABELS,
    NO_CONSENT,
    POSTED,
    SENDING,
    BatchReport,
    EventResult,
    Outcome,
    PrintOptions,
    Progress,
    SendType,
)
from ui.background import JobControl, run_job
from ui.i18n import render, translate
from ui.sending.outbox_process import OutboxProcessJob
from ui.table_model import Column, RowTableModel
from ui.widgets import frame, header_bar

OUTCOME_COLORS = {Outcome.OK: "#2e7d32", Outcome.ERROR: "#c62828", Outcome.CANCELLED: "#6d6d6d",
                  Outcome.PENDING: "#e07b00"}


def remaining_text(seconds: float | None) -> str:
    if seconds is None:
        return translate("SendingProgressWindow", "calcul en cours…")
    seconds = int(round(seconds))
    if seconds < 60:
        return f"{seconds} s"
    minutes, seconds = divmod(seconds, 60)
    return f"{minutes} min {seconds:02d} s" if minutes < 60 else f"{minutes // 60} h {minutes % 60:02d} min"


def _subtitle(send_type: SendType, count: int) -> str:
    return translate("SendingProgressWindow", "Type d'envoi : {type} — {count} événement(s)").format(
        type=translate("SendType", LABELS[send_type]),
                                                                    count=count)


class SendingProgressWindow(QDialog):
    """Shows where the batch of ``start_job(owner)`` is. The job has ``ui.background.Job``'s
    signals, ``cancel()``, ``wait()`` and ``running`` (an ``OutboxProcessJob`` for real batches)."""

    report_ready = Signal(object)   # the BatchReport, once the batch has ended

    def __init__(self, title: str, subtitle: str, total: int, start_job: Callable[[QObject], Any],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"{title} - AR24")
        self.report: BatchReport | None = None
        self.stop_question: QMessageBox | None = None   # open while the user decides to stop or not
        self.asks_before_stopping = True                # False for the screenshots' sample (no real batch)
        self._build(title, subtitle, total)
        self.resize(780, 330)
        # An OutboxProcessJob reports through the event loop: connecting here is in time.
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
        self.cancelled_label = QLabel("0")
        self.remaining_label = QLabel(remaining_text(None))
        self.remaining_label.setProperty("i18n_data", True)   # then a duration: "1 min 35 s"
        self.current_label = QLabel(translate("SendingProgressWindow", "Préparation des lettres…"))
        self.current_label.setProperty("i18n_data", True)   # then the letter being sent
        self.current_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        figures = QGridLayout()
        captions = (translate("SendingProgressWindow", "Lettres à envoyer :"),
                    translate("SendingProgressWindow", "Traitées avec succès :"),
                    translate("SendingProgressWindow", "En erreur :"),
                    translate("SendingProgressWindow", "Annulées :"),
                    translate("SendingProgressWindow", "Temps restant :"))
        values = (self.total_label, self.done_label, self.failed_label, self.cancelled_label, self.remaining_label)
        for column, (caption, label) in enumerate(zip(captions, values)):
            figures.addWidget(QLabel(caption), 0, column * 2)
            label.setStyleSheet("font-weight: bold")
            figures.addWidget(label, 0, column * 2 + 1)
        figures.addWidget(QLabel(translate("SendingProgressWindow", "Lettre en cours :")), 1, 0)
        figures.addWidget(self.current_label, 1, 1, 1, 9)
        progress = QWidget()
        inner = QVBoxLayout(progress)
        inner.addWidget(QLabel(subtitle))
        inner.addWidget(self.bar)
        inner.addLayout(figures)
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.summary_label.hide()
        # A model, not a QTableWidget: 1,000 report lines appear without stalling the window.
        self.model = RowTableModel([Column(1, QT_TRANSLATE_NOOP("Columns", "Événement")),
                                    Column(2, QT_TRANSLATE_NOOP("Columns", "Résultat")),
                                    Column(3, QT_TRANSLATE_NOOP("Columns", "Détail"), tooltip=lambda row: row[3])],
                                   search_fields=[1, 2, 3])
        self.model.foreground = lambda row: QColor(OUTCOME_COLORS[row[4]])
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSortingEnabled(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)   # no ResizeToContents: it reads every row
        header.resizeSection(0, 280)
        header.resizeSection(1, 90)
        self.table.hide()
        self.cancel_button = QPushButton(translate("SendingProgressWindow", "Annuler"))
        self.cancel_button.clicked.connect(self.ask_to_stop)
        self.close_button = QPushButton(translate("SendingProgressWindow", "Fermer"))
        self.close_button.clicked.connect(self.accept)
        self.close_button.hide()
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        header = header_bar(translate("SendingProgressWindow", "LETTRES RECOMMANDEES AR24 > {title}").format(
            title=title))
        header.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        advancement = frame(translate("SendingProgressWindow", "AVANCEMENT"), progress)
        advancement.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        layout.addWidget(header)
        layout.addWidget(advancement)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    # -- signals from the batch ----------------------------------------------------------

    def _on_progress(self, progress: Progress) -> None:
        self.bar.setMaximum(max(1, progress.total))
        self.bar.setValue(progress.done + progress.failed + progress.cancelled)
        self.total_label.setText(str(progress.total))
        self.done_label.setText(str(progress.done))
        self.failed_label.setText(str(progress.failed))
        self.cancelled_label.setText(str(progress.cancelled))
        self.remaining_label.setText(remaining_text(progress.remaining_seconds))
        if progress.current:
            self.current_label.setText(render(progress.current))

    def _on_report(self, report: BatchReport) -> None:
        self.report = report
        self.bar.setValue(self.bar.maximum())
        self.remaining_label.setText(translate("SendingProgressWindow", "terminé"))
        self.current_label.setText("—")
        self.done_label.setText(str(report.count(Outcome.OK)))
        self.failed_label.setText(str(report.count(Outcome.ERROR) + report.count(Outcome.PENDING)))
        self.cancelled_label.setText(str(report.count(Outcome.CANCELLED)))
        kept = translate("SendingProgressWindow", "Le détail ci-dessous est conservé dans le journal d'audit.")
        stopped = translate("SendingProgressWindow", "Les lettres « OK » sont chez AR24 et restent envoyées ; les "
                            "lettres « Annulé » n'y ont jamais été déposées.") if report.cancelled else ""
        notes = "".join(f"<br>{render(note)}" for note in report.notes)   # e.g. consents checked on the local record
        self.summary_label.setText(f"<b>{render(report.summary())}</b> {stopped} {kept}{notes}")
        self.model.set_rows([(index, render(r.label), render(r.outcome.value), render(r.message), r.outcome)
                             for index, r in enumerate(report.results)])
        self._finish()
        self.report_ready.emit(report)

    def _on_failure(self, message: str) -> None:
        cause = translate("SendingProgressWindow", "L'envoi n'a pas pu commencer :")
        self.summary_label.setText(f"<b style='color:#c62828'>{cause}</b> {message}")
        self._finish()

    def _finish(self) -> None:
        if self.stop_question is not None:   # the batch ended while the user was deciding
            self.stop_question.close()
        self.summary_label.show()
        self.table.setVisible(self.model.rowCount() > 0)
        self.cancel_button.hide()
        self.close_button.show()
        self.close_button.setDefault(True)   # the batch is over: Enter closes the report
        self.resize(max(self.width(), 900), max(self.height(), 520 if self.model.rowCount() else 320))

    def ask_to_stop(self) -> QMessageBox | None:
        """"Annuler", the close box and Esc: nothing stops before the user says so."""
        if not self.job.running or self.stop_question is not None:
            return self.stop_question
        box = self.stop_question = QMessageBox(
            QMessageBox.Icon.Question, translate("SendingProgressWindow", "Arrêter l'envoi ?"),
            translate("SendingProgressWindow", "Les lettres déjà déposées chez AR24 restent envoyées ; les autres "
                      "ne partiront pas et pourront être envoyées plus tard. La fenêtre affichera ensuite le "
                      "compte rendu, lettre par lettre."), parent=self)
        self.stop_button = box.addButton(translate("SendingProgressWindow", "Arrêter l'envoi"),
                                         QMessageBox.ButtonRole.AcceptRole)
        self.continue_button = box.addButton(translate("SendingProgressWindow", "Continuer l'envoi"),
                                             QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(self.continue_button)
        box.setEscapeButton(self.continue_button)
        box.finished.connect(self._answered)
        box.open()
        return box

    def _answered(self, _result: int) -> None:
        box, self.stop_question = self.stop_question, None
        if box is not None and box.clickedButton() is self.stop_button and self.job.running:
            self._cancel()

    def _cancel(self) -> None:
        self.job.cancel()
        self.cancel_button.setEnabled(False)
        self.cancel_button.setText(translate("SendingProgressWindow", "Annulation en cours…"))
        self.current_label.setText(translate("SendingProgressWindow", "Annulation : les lettres en cours de dépôt "
                                             "se terminent, les autres ne partiront pas."))

    def closeEvent(self, event) -> None:
        if self.job.running and self.asks_before_stopping:   # ask, then stop cleanly and report
            event.ignore()
            self.ask_to_stop()
            return
        if self.job.running:   # never leave a thread running behind a closed window
            self._cancel()
            self.job.wait()
        super().closeEvent(event)

    def reject(self) -> None:   # Esc behaves like the close box
        self.close()


def start_sending(context: AppContext, send_type: SendType, event_ids: Sequence[int],
                  print_options: PrintOptions | Any = None, parent: QWidget | None = None) -> SendingProgressWindow:
    """Open the thermomètre and send ``event_ids`` (what "Valider" of the send choice does)."""
    options = print_options if isinstance(print_options, PrintOptions) else PrintOptions(
        **({} if print_options is None else dict(print_options)))
    ids = list(event_ids)
    window = SendingProgressWindow(
        translate("SendingProgressWindow", "Envoi en AR"), _subtitle(send_type, len(ids)), len(ids),
        lambda owner: OutboxProcessJob(lambda: service.batch_request(context, send_type, ids, options),
                                       owner),
        parent)
    window.show()
    return window


def resume_unfinished(context: AppContext, parent: QWidget | None = None) -> SendingProgressWindow | None:
    """At start: take up the letters a previous run left unfinished, showing what is resumed."""
    pending = service.unfinished_count(context)
    if not pending:
        return None
    window = SendingProgressWindow(
        translate("SendingProgressWindow", "Reprise des envois interrompus"),
        translate("SendingProgressWindow", "{count} lettre(s) n'avaient pas fini leur envoi lors de la "
                  "dernière utilisation : elles sont reprises, après vérification chez AR24 de celles dont le "
                  "dépôt était en cours.").format(count=pending),
        pending,
        lambda owner: OutboxProcessJob(lambda: service.resume_request(context), owner), parent)
    window.show()
    return window


def sample_window(cancelled: bool = False) -> SendingProgressWindow:
    """The thermomètre in the middle of a batch, or (``cancelled``) its report after the user
    stopped it, for ``main.py screenshots`` (no AR24 call)."""
    from PySide6.QtWidgets import QApplication

    def work(control: JobControl) -> BatchReport:
        while not control.cancelled:   # again and again: the window may connect after the first one
            control.report(Progress(200, 87, 3, "n° 2931 - MEURSAULT Jeannine", 95.0, 0))
            QThread.msleep(20)
        return BatchReport(SENDING, SAMPLE_RESULTS, cancelled=True)

    window = SendingProgressWindow(translate("SendingProgressWindow", "Envoi en AR"),
                                   _subtitle(SendType.LRE_EIDAS, 200), 200,
                                   lambda owner: run_job(work, owner, dedicated=True))
    window.asks_before_stopping = False
    window.show()
    while window.done_label.text() != "87":
        QApplication.processEvents()
    if cancelled:
        window._cancel()
        while window.report is None:
            QApplication.processEvents()
    return window


# The report of the cancelled sample, as the sending process writes it.
SAMPLE_RESULTS = [
    EventResult("n° 2901 - MEURSAULT Jeannine", Outcome.OK, message(POSTED, number=100231), 1, 1),
    EventResult("n° 2902 - LATOUR Étienne", Outcome.OK, message(POSTED, number=100232), 2, 2),
    EventResult("n° 2903 - VOLNAY Jeannine", Outcome.ERROR,
                message(CONSENT_REFUSED, refusal=NO_CONSENT), 3),
    EventResult("n° 2904 - FLEURIE Étienne", Outcome.CANCELLED, CANCELLED_BEFORE, 4),
    EventResult("n° 2905 - CHABLIS Élodie", Outcome.CANCELLED, CANCELLED_BEFORE, 5),
]
