"""Read-only record of an event: who, for whom, the body as written, the attachments."""
from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.context import AppContext
from app.services import sending as service
from app.services.sending import EventRecord
from ui.help import add_help_shortcut
from ui.i18n import translate
from ui.widgets import form, frame, read_only_field


def human_size(size: int) -> str:
    """File sizes as LSC shows them: "61 Ko", "1,2 Mo" (in English "61 KB", "1.2 MB")."""
    if size < 1024 * 1024:
        return translate("EventRecordDialog", "{size} Ko").format(size=max(1, round(size / 1024)))
    megabytes = f"{size / (1024 * 1024):.1f}"
    return translate("EventRecordDialog", "{size} Mo").format(
        size=megabytes if QLocale().decimalPoint() == "." else megabytes.replace(".", ","))


class EventRecordDialog(QDialog):
    def __init__(self, context: AppContext, event_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        event = service.event_record(context, event_id)
        self.setWindowTitle(translate("EventRecordDialog", "Evénement - {tiers} : {subject}").format(
            tiers=event.tiers_name, subject=event.subject))
        self._build(event)
        add_help_shortcut(self, "evenements")
        self.resize(900, 640)

    def _build(self, event: EventRecord) -> None:
        treatment = (translate("EventRecordDialog", "{number} du {date}").format(
            number=event.treatment_number, date=f"{event.treatment_date:%d/%m/%Y}")
            if event.treatment_number and event.treatment_date else translate("EventRecordDialog", "Non chronoté"))
        left = frame(translate("EventRecordDialog", "Evénement"))
        left.setLayout(form([
            (translate("EventRecordDialog", "De"), read_only_field(event.author)),
            (translate("EventRecordDialog", "A qui"), read_only_field(event.assignee)),
            (translate("EventRecordDialog", "Date / Heure"), read_only_field(f"{event.created_at:%d/%m/%Y %H:%M:%S}")),
            (translate("EventRecordDialog", "Modèle"), read_only_field(event.model)),
            (translate("EventRecordDialog", "Sujet"), read_only_field(event.subject)),
            (translate("EventRecordDialog", "Traitement"), read_only_field(treatment)),
        ]))
        right = frame(translate("EventRecordDialog", "Destinataire"))
        right.setLayout(form([
            (translate("EventRecordDialog", "Tiers"), read_only_field(event.tiers_label)),
            (translate("EventRecordDialog", "Correspondant"), read_only_field(event.correspondant)),
            (translate("EventRecordDialog", "Dossier"), read_only_field(event.dossier)),
            (translate("EventRecordDialog", "Entité"), read_only_field(event.entity_code)),
            (translate("EventRecordDialog", "AG du"), read_only_field(f"{event.ag_date:%d/%m/%Y}" if event.ag_date else "")),
        ]))
        body = QTextBrowser()
        body.setHtml(event.body_html)
        body.setProperty("i18n_data", True)      # the letter itself, written for its French recipient
        table = QTableWidget(len(event.attachments), 2)
        table.setTabKeyNavigation(False)
        table.setHorizontalHeaderLabels([translate("EventRecordDialog", "Nom"),
                                         translate("EventRecordDialog", "Taille")])
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for row, attachment in enumerate(event.attachments):
            table.setItem(row, 0, QTableWidgetItem(attachment.name))
            table.setItem(row, 1, QTableWidgetItem(human_size(attachment.size)))
        table.setMaximumHeight(130)

        grid = QGridLayout()
        grid.addWidget(left, 0, 0)
        grid.addWidget(right, 0, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(translate("EventRecordDialog", "Fermer"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(frame(translate("EventRecordDialog", "Contenu"), body), 1)
        layout.addWidget(frame(translate("EventRecordDialog", "Pièces jointes"), table))
        layout.addWidget(buttons)
