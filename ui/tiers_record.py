"""The "Fiche tiers": identity, postal address, contact, the LRE frame and the consent history.

Read-only for now; editing with validation arrives with the consent issue.
"""
from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import selectinload

from app.context import AppContext
from app.store.models import ConsentOrigin, Tiers
from ui.widgets import form, frame, read_only_field

CHANGE_LABELS = {
    "consent_given": "Accord de consentement donné",
    "consent_withdrawn": "Accord de consentement retiré",
    "consent_refused": "Consentement refusé",
    "consent_requested": "Consentement demandé",
    "paper_requested": "Demande d'envoi papier",
    "paper_withdrawn": "Demande d'envoi papier levée",
}
ORIGIN_LABELS = {ConsentOrigin.MANUEL: "Manuel", ConsentOrigin.AR24: "AR24",
                 ConsentOrigin.COPROPRIETAIRE: "Demande du copropriétaire"}


class TiersRecordDialog(QDialog):
    def __init__(self, context: AppContext, tiers_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        with context.store.session() as session:
            tiers = session.get(Tiers, tiers_id, options=[selectinload(Tiers.consent_history),
                                                          selectinload(Tiers.correspondants),
                                                          selectinload(Tiers.entity)])
            assert tiers is not None, f"tiers {tiers_id} not found"
            self.setWindowTitle(f"Fiche tiers - {tiers.code} {tiers.display_name}")
            self._build(tiers)
        self.resize(820, 620)

    def _build(self, tiers: Tiers) -> None:
        identity = frame("Identité")
        identity.setLayout(form([
            ("Code", read_only_field(tiers.code)),
            ("Civilité", read_only_field(tiers.civility)),
            ("Nom", read_only_field(tiers.lastname)),
            ("Prénom", read_only_field(tiers.firstname)),
            ("Société", read_only_field(tiers.company)),
            ("Statut", read_only_field(tiers.status.value)),
            ("Relation", read_only_field(tiers.relation)),
            ("Entité", read_only_field(f"{tiers.entity.code} - {tiers.entity.name}" if tiers.entity else "")),
        ]))
        address = frame("Adresse postale")
        address.setLayout(form([
            ("Adresse", read_only_field(tiers.address1)),
            ("Complément", read_only_field(tiers.address2)),
            ("Complément 2", read_only_field(tiers.address3)),
            ("Code postal", read_only_field(tiers.postal_code)),
            ("Ville", read_only_field(tiers.city)),
            ("Pays", read_only_field(tiers.country)),
        ]))
        contact = frame("Contact")
        contact.setLayout(form([("Email", read_only_field(tiers.email)),
                                ("Téléphone", read_only_field(tiers.phone))]))

        lre = frame("LRE")
        consent = QCheckBox("Accord de consentement")
        consent.setChecked(tiers.lre_consent)
        consent.setEnabled(False)
        paper = QCheckBox("Demande d'envoi papier")
        paper.setChecked(tiers.paper_requested)
        paper.setEnabled(False)
        lre_layout = form([("", consent), ("Email", read_only_field(tiers.consent_email)), ("", paper)])
        lre.setLayout(lre_layout)

        history = frame("Historique du consentement", self._history_table(tiers))

        grid = QGridLayout()
        grid.addWidget(identity, 0, 0, 2, 1)
        grid.addWidget(address, 0, 1)
        right = QVBoxLayout()
        right.addWidget(contact)
        right.addWidget(lre)
        grid.addLayout(right, 1, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText("Fermer")
        buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(buttons)

        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(history, 1)
        layout.addLayout(bottom)

    @staticmethod
    def _history_table(tiers: Tiers) -> QTableWidget:
        table = QTableWidget(len(tiers.consent_history), 4)
        table.setHorizontalHeaderLabels(["Date", "Changement", "Origine", "Par"])
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, change in enumerate(reversed(tiers.consent_history)):
            values = [change.at.strftime("%d/%m/%Y %H:%M"), CHANGE_LABELS.get(change.change, change.change),
                      ORIGIN_LABELS.get(change.origin, change.origin.value), change.by_login]
            for column, value in enumerate(values):
                table.setItem(row, column, QTableWidgetItem(value))
        table.resizeColumnsToContents()
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        table.setMinimumHeight(110)
        return table
