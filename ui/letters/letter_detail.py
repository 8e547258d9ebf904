"""One registered letter: recipient, type, references, the status timeline, the 15-day
acceptance deadline with AR24's reminders, and the archived proofs (open, export)."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.context import AppContext
from app.letters.deadlines import DeadlineState, deadline_state, deadlines
from app.letters.proof_zip import ZipReport
from app.letters.queries import LetterDetail
from app.letters.rules import allows_paper_resend
from app.sending.documents import format_size
from app.sending.pricing import money
from app.sending.send_types import SendType, is_electronic
from app.services import letters as service
from app.services.letters import PROOF_LABELS, status_label, status_tooltip, type_label
from app.sync.archive import ProofArchive
from ui.background import Job, run_job
from ui.help import help_header
from ui.i18n import current_language, render, translate
from ui.widgets import ERROR_STYLE, form, frame, read_only_field

SOURCES = {"outbox": QT_TRANSLATE_NOOP("LetterDetailDialog", "envoi"),
           "sync": QT_TRANSLATE_NOOP("LetterDetailDialog", "AR24"),
           "reconcile": QT_TRANSLATE_NOOP("LetterDetailDialog", "vérification AR24"),
           "manual": QT_TRANSLATE_NOOP("LetterDetailDialog", "manuel")}
DEADLINE_TEXT = {DeadlineState.CLOSED: QT_TRANSLATE_NOOP("LetterDetailDialog", "clos"),
                 DeadlineState.PASSED: QT_TRANSLATE_NOOP("LetterDetailDialog", "dépassé"),
                 DeadlineState.RUNNING: QT_TRANSLATE_NOOP("LetterDetailDialog", "en cours")}


def _when(value: dt.datetime | None) -> str:
    return value.strftime("%d/%m/%Y %H:%M") if value else ""


def open_in_viewer(path: Path) -> bool:
    """The system's PDF viewer (the user's own choice of application)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)   # compact: more lines in 768 px
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: list[list[str]], tooltips: list[str] | None = None) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            if tooltips and c == 1:
                item.setToolTip(tooltips[r])
            table.setItem(r, c, item)


class LetterDetailDialog(QDialog):
    def __init__(self, context: AppContext, letter_id: int, archive: ProofArchive,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.archive, self.letter_id = context, archive, letter_id
        self.last_message: QMessageBox | None = None
        self.send_choice: QDialog | None = None
        self.zip_job: Job | None = None
        self.sending: QWidget | None = None       # the thermomètre of a paper re-send
        detail = service.letter_detail(context, letter_id)
        assert detail is not None, letter_id   # the list shows only existing letters, and none is deleted
        self.detail: LetterDetail = detail
        number = str(detail.number) if detail.number else translate("LetterDetailDialog", "non encore attribué")
        self.setWindowTitle(translate("LetterDetailDialog", "Lettre recommandée n° {number}").format(number=number))

        status = QLabel(f"<b>{translate('Letters', status_label(detail.status, detail.send_type))}</b>")
        status.setToolTip(render(status_tooltip(detail.status)))
        self.incident = QLabel(render(detail.incident))     # why the last attempt failed, what to do
        self.incident.setWordWrap(True)
        self.incident.setStyleSheet(ERROR_STYLE)
        letter = form([
            (translate("LetterDetailDialog", "Numéro AR24"), read_only_field(number)),
            (translate("LetterDetailDialog", "Référence"), read_only_field(detail.reference or detail.local_ref)),
            (translate("LetterDetailDialog", "Type"),
             read_only_field(translate("Letters", type_label(detail.send_type)))),
            (translate("LetterDetailDialog", "Statut"), status),
            *([(translate("LetterDetailDialog", "Dernier incident"), self.incident)] if detail.incident else []),
            (translate("LetterDetailDialog", "Objet"), read_only_field(detail.subject)),
            (translate("LetterDetailDialog", "Chrono"), read_only_field(str(detail.treatment_number or ""))),
            (translate("LetterDetailDialog", "Entité"), read_only_field(detail.entity)),
            (translate("LetterDetailDialog", "Moyen de paiement"), read_only_field(detail.payment_slug)),
            # AR24 bills in euros, whatever the agency's own currency.
            (translate("LetterDetailDialog", "Prix HT"),
             read_only_field(money(Decimal(str(detail.price_ht)), language=current_language()) if detail.price_ht is not None else "")),
            (translate("LetterDetailDialog", "Utilisateur"), read_only_field(detail.login)),
        ])
        recipient = form([
            (translate("LetterDetailDialog", "Destinataire"), read_only_field(detail.recipient_name)),
            (translate("LetterDetailDialog", "Email"), read_only_field(detail.recipient_email)),
            (translate("LetterDetailDialog", "Statut"),     # particulier / professionnel
             read_only_field(translate("TiersRecordDialog", detail.recipient_status))),
            (translate("LetterDetailDialog", "Adresse"),
             read_only_field(detail.recipient_address.replace("\n", ", "))),
            (translate("LetterDetailDialog", "Expéditeur"),
             read_only_field(f"{detail.sender_name} <{detail.sender_email}>")),
        ])
        dates = form([
            (translate("LetterDetailDialog", "Créée le"), read_only_field(_when(detail.created_at))),
            (translate("LetterDetailDialog", "Date dépôt"), read_only_field(_when(detail.deposit_date))),
            (translate("LetterDetailDialog", "Date d'envoi"), read_only_field(_when(detail.sent_date))),
            (translate("LetterDetailDialog", "Date d'AR"), read_only_field(_when(detail.ar_date))),
        ])
        self.deadline = QLabel(self._deadline_text())
        self.deadline.setTextFormat(Qt.TextFormat.RichText)
        self.deadline.setWordWrap(True)

        self.history = _table([translate("LetterDetailDialog", "Date"), translate("LetterDetailDialog", "Statut"),
                               translate("LetterDetailDialog", "Origine")])
        _fill(self.history, [[_when(at), translate("Letters", status_label(raw, detail.send_type)),
                              translate("LetterDetailDialog", SOURCES.get(source, source))]
                             for at, raw, source in detail.history],
              [render(status_tooltip(raw)) for _at, raw, _source in detail.history])
        self.history.setColumnWidth(0, 132)
        self.history.setColumnWidth(1, 150)
        self.proofs = _table([translate("LetterDetailDialog", "Preuve"), translate("LetterDetailDialog", "Taille"),
                              translate("LetterDetailDialog", "Archivée le"),
                              translate("LetterDetailDialog", "SHA-256")])
        _fill(self.proofs, [[translate("Letters", PROOF_LABELS.get(p.kind, p.kind)), render(format_size(p.size or 0)),
                             _when(p.downloaded_at) if p.downloaded_at else render(p.note), p.sha256 or ""]
                            for p in detail.proofs])
        self.proofs.setColumnWidth(0, 200)
        self.proofs.setColumnWidth(2, 135)
        self.proofs.doubleClicked.connect(lambda index: self.open_proof(index.row()))
        if not detail.proofs:
            self.proofs.setToolTip(translate("LetterDetailDialog", "Les preuves sont téléchargées d'AR24 à chaque "
                                             "actualisation, dès qu'elles existent."))

        self.open_button = QPushButton(translate("LetterDetailDialog", "Ouvrir la preuve"))
        self.open_button.clicked.connect(lambda: self.open_proof(self.proofs.currentRow()))
        self.zip_button = QPushButton(translate("LetterDetailDialog", "Exporter les preuves (ZIP)…"))
        self.zip_button.clicked.connect(lambda: self.export_zip())
        for button in (self.open_button, self.zip_button):
            button.setEnabled(bool(detail.proofs))
        self.paper_button = QPushButton(translate("LetterDetailDialog", "Renvoyer en LR papier"))
        self.paper_button.setVisible(allows_paper_resend(detail.outbox_state, detail.ar24_status, detail.event_id))
        self.paper_button.clicked.connect(self.resend_on_paper)
        close = QPushButton(translate("LetterDetailDialog", "Fermer"))
        close.clicked.connect(self.accept)
        close.setDefault(True)

        top = QGridLayout()
        top.addWidget(frame(translate("LetterDetailDialog", "Lettre"), self._wrap(letter)), 0, 0, 2, 1)
        top.addWidget(frame(translate("LetterDetailDialog", "Destinataire"), self._wrap(recipient)), 0, 1)
        top.addWidget(frame(translate("LetterDetailDialog", "Dates"), self._wrap(dates)), 1, 1)
        top.setColumnStretch(0, 1)
        top.setColumnStretch(1, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(frame(translate("LetterDetailDialog", "Historique des statuts"), self.history), 2)
        bottom.addWidget(frame(translate("LetterDetailDialog", "Preuves archivées"), self.proofs), 3)
        buttons = QHBoxLayout()
        buttons.addWidget(self.paper_button)
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.zip_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(help_header(translate("LetterDetailDialog", "LETTRES RECOMMANDEES AR24 > Lettre n° {number}")
                                     .format(number=number), "lettres"))
        layout.addLayout(top)
        layout.addWidget(frame(translate("LetterDetailDialog", "Délai d'acceptation et relances AR24"), self.deadline))
        layout.addLayout(bottom, 1)
        layout.addLayout(buttons)
        self.resize(1180, 690)   # fits a 1366×768 screen with its title bar and the taskbar

    @staticmethod
    def _wrap(layout) -> QWidget:
        widget = QWidget()
        widget.setLayout(layout)
        return widget

    def _deadline_text(self) -> str:
        detail = self.detail
        if not is_electronic(SendType(detail.send_type)):
            return translate("LetterDetailDialog", "Lettre papier : le délai court à partir de la première "
                             "présentation par La Poste.")
        limits = deadlines(detail.sent_date, detail.send_type)
        if limits is None:
            return translate("LetterDetailDialog", "Le délai de {days} jours commencera le lendemain de l'envoi de la "
                             "notification par AR24.").format(days=deadlines(dt.datetime.now(), detail.send_type).days)
        today = dt.date.today()
        reminders = " &nbsp; ".join(
            translate("LetterDetailDialog", "J+{days} : {day}").format(days=n, day=day.strftime('%d/%m/%Y'))
            + (" ✓" if day <= today else "") for n, day in limits.reminders)
        end = translate("LetterDetailDialog", "{day} inclus").format(day=limits.last_day.strftime('%d/%m/%Y'))
        state = translate("LetterDetailDialog", DEADLINE_TEXT[deadline_state(detail.status, limits, today)])
        if limits.kept_until is not None:   # the avis électronique: no reminders, kept one year by AR24
            return translate("LetterDetailDialog", "Envoyé le {sent} : le destinataire peut en prendre connaissance "
                             "jusqu'au <b>{end}</b> ({days} jours à compter du lendemain de l'envoi, puis négligence) "
                             "— délai {state}.<br>AR24 conserve l'avis et ses preuves un an, jusqu'au {kept} : "
                             "l'archive locale les garde au-delà.").format(
                                 sent=limits.sent_on.strftime('%d/%m/%Y'), end=end, days=limits.days, state=state,
                                 kept=limits.kept_until.strftime('%d/%m/%Y'))
        return translate("LetterDetailDialog", "Envoyée le {sent} : le destinataire peut accepter jusqu'au "
                         "<b>{end}</b> (15 jours à compter du lendemain de l'envoi) — délai {state}.<br>"
                         "Relances envoyées par AR24 : {reminders}").format(
                             sent=limits.sent_on.strftime('%d/%m/%Y'), end=end, state=state, reminders=reminders)

    # -- proofs --------------------------------------------------------------------------
    def open_proof(self, row: int) -> bool:
        if not 0 <= row < len(self.detail.proofs):
            return False
        path = service.proof_file(self.archive, self.detail.proofs[row].sha256)
        if path is None:
            self._message(QMessageBox.Icon.Warning, translate(
                "LetterDetailDialog", "Cette preuve est absente de l'archive locale ou a été modifiée depuis son "
                "téléchargement : actualisez depuis AR24, ou restaurez le dossier des preuves ({folder}) depuis la "
                "sauvegarde.").format(folder=self.archive.root))
            return False
        return open_in_viewer(path)

    def export_zip(self, path: Path | None = None) -> Job | None:
        """The proofs as a ZIP, written in the background."""
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self, translate("LetterDetailDialog", "Exporter les preuves"),
                str(Path.home() / f"preuves-{self.detail.number or self.letter_id}.zip"),
                translate("LetterDetailDialog", "Archive ZIP (*.zip)"))
            if not chosen:
                return None
            path = Path(chosen)
        context, archive, ids, destination = self.context, self.archive, [self.letter_id], path
        self.zip_button.setEnabled(False)
        self.zip_job = run_job(lambda control: service.export_proofs(context, archive, ids, destination, control),
                               self, on_success=lambda report: self._zipped(report, destination),
                               on_failure=lambda text: self._message(QMessageBox.Icon.Warning, text),
                               on_finished=lambda: self.zip_button.setEnabled(True))
        return self.zip_job

    def _zipped(self, report: ZipReport, path: Path) -> None:
        self._message(QMessageBox.Icon.Information, translate(
                      "LetterDetailDialog", "{count} preuve(s) exportée(s) dans {path}.").format(
                          count=report.files, path=path)
                      + ("\n" + "\n".join(render(line) for line in report.missing) if report.missing else ""))

    def resend_on_paper(self) -> QDialog:
        """"Choix de l'envoi" on this letter's event, "LR Papier" chosen; "Valider" starts the batch."""
        from ui.sending.send_choice import SendChoiceDialog

        dialog = SendChoiceDialog(self.context, [self.detail.event_id], self, send_type=SendType.LR_PAPIER)
        dialog.send_requested.connect(self._send)
        self.send_choice = dialog
        dialog.show()
        return dialog

    def _send(self, send_type: SendType, event_ids: list[int], options: object) -> None:
        from ui.sending.sending_progress import start_sending

        self.sending = start_sending(self.context, send_type, event_ids, options, parent=self)

    def _message(self, icon, text: str) -> None:
        self.last_message = QMessageBox(icon, translate("LetterDetailDialog", "Lettre recommandée"), text, parent=self)
        self.last_message.open()
