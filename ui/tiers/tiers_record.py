"""The "Fiche tiers": identity, postal address, contact, the LRE frame and the consent history.

Editable; the rules (validation, locking, consent history) are in app/tiers_edit.py.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import selectinload

from app.consent.changes import is_request_pending
from app.consent.rules import consent_model_for
from app.context import AppContext
from app.store.models import ConsentOrigin, Tiers, TiersStatus
from app.tiers_edit import ADDRESS_LINE_MAX, StaleRecordError, TiersForm, save_tiers
from ui.help import add_help_shortcut
from ui.i18n import translate
from ui.widgets import form, frame, read_only_field

CHANGE_LABELS = {
    "consent_given": QT_TRANSLATE_NOOP("TiersRecordDialog", "Accord de consentement donné"),
    "consent_withdrawn": QT_TRANSLATE_NOOP("TiersRecordDialog", "Accord de consentement retiré"),
    "consent_refused": QT_TRANSLATE_NOOP("TiersRecordDialog", "Consentement refusé"),
    "consent_requested": QT_TRANSLATE_NOOP("TiersRecordDialog", "Consentement demandé à AR24"),
    "paper_requested": QT_TRANSLATE_NOOP("TiersRecordDialog", "Demande d'envoi papier"),
    "paper_withdrawn": QT_TRANSLATE_NOOP("TiersRecordDialog", "Demande d'envoi papier levée"),
}
ORIGIN_LABELS = {ConsentOrigin.MANUEL: QT_TRANSLATE_NOOP("TiersRecordDialog", "Manuel"),
                 ConsentOrigin.AR24: "AR24",
                 ConsentOrigin.COPROPRIETAIRE: QT_TRANSLATE_NOOP("TiersRecordDialog", "Demande du copropriétaire"),
                 ConsentOrigin.IMPORT: QT_TRANSLATE_NOOP("TiersRecordDialog", "Import de fichier")}
HISTORY_COLUMNS = [QT_TRANSLATE_NOOP("TiersRecordDialog", "Date"), QT_TRANSLATE_NOOP("TiersRecordDialog", "Changement"),
                   QT_TRANSLATE_NOOP("TiersRecordDialog", "Origine"), QT_TRANSLATE_NOOP("TiersRecordDialog", "Par"),
                   QT_TRANSLATE_NOOP("TiersRecordDialog", "Email")]
RELATIONS = ["copropriétaire", "locataire", "bailleur", "fournisseur", "autre"]
STATUS_LABELS = {TiersStatus.PARTICULIER: QT_TRANSLATE_NOOP("TiersRecordDialog", "particulier"),
                 TiersStatus.PROFESSIONNEL: QT_TRANSLATE_NOOP("TiersRecordDialog", "professionnel")}


def _line(value: str, max_length: int | None = None) -> QLineEdit:
    field = QLineEdit(value)
    if max_length:
        field.setMaxLength(max_length)
    return field


class TiersRecordDialog(QDialog):
    saved = Signal(int)   # tiers id, after a successful save

    def __init__(self, context: AppContext, tiers_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.tiers_id = tiers_id
        with context.store.session() as session:
            tiers = session.get(Tiers, tiers_id, options=[selectinload(Tiers.consent_history),
                                                          selectinload(Tiers.entity)])
            assert tiers is not None, f"tiers {tiers_id} not found"
            self.setWindowTitle(translate("TiersRecordDialog", "Fiche tiers - {code} {name}").format(
                code=tiers.code, name=tiers.display_name))
            self.version = tiers.version
            self._build(tiers)
        add_help_shortcut(self, "fiche-tiers")
        self.resize(860, 700)

    # -- layout --------------------------------------------------------------------------
    def _build(self, tiers: Tiers) -> None:
        self.civility = QComboBox(editable=True)
        self.civility.addItems(["Madame", "Monsieur", "Société", "Indivision", "Maître"])
        self.civility.setCurrentText(tiers.civility)
        self.lastname, self.firstname = _line(tiers.lastname, 80), _line(tiers.firstname, 80)
        self.company = _line(tiers.company, 120)
        self.status = QComboBox()
        for status, label in STATUS_LABELS.items():
            self.status.addItem(translate("TiersRecordDialog", label), status)
        self.status.setCurrentIndex(list(STATUS_LABELS).index(tiers.status))
        self.relation = QComboBox(editable=True)
        self.relation.addItems(RELATIONS)
        self.relation.setCurrentText(tiers.relation)
        identity = frame(translate("TiersRecordDialog", "Identité"))
        identity.setLayout(form([
            (translate("TiersRecordDialog", "Code"), read_only_field(tiers.code)),
            (translate("TiersRecordDialog", "Civilité"), self.civility),
            (translate("TiersRecordDialog", "Nom"), self.lastname),
            (translate("TiersRecordDialog", "Prénom"), self.firstname),
            (translate("TiersRecordDialog", "Société"), self.company),
            (translate("TiersRecordDialog", "Statut"), self.status),
            (translate("TiersRecordDialog", "Relation"), self.relation),
            (translate("TiersRecordDialog", "Entité"),
             read_only_field(f"{tiers.entity.code} - {tiers.entity.name}" if tiers.entity else "")),
        ]))

        self.address1, self.address2, self.address3 = (_line(v, ADDRESS_LINE_MAX) for v in
                                                       (tiers.address1, tiers.address2, tiers.address3))
        self.postal_code, self.city = _line(tiers.postal_code, 10), _line(tiers.city, ADDRESS_LINE_MAX)
        self.country = _line(tiers.country, 2)
        address = frame(translate("TiersRecordDialog", "Adresse postale"))
        address.setLayout(form([(translate("TiersRecordDialog", "Adresse"), self.address1),
                                (translate("TiersRecordDialog", "Complément"), self.address2),
                                (translate("TiersRecordDialog", "Complément 2"), self.address3),
                                (translate("TiersRecordDialog", "Code postal"), self.postal_code),
                                (translate("TiersRecordDialog", "Ville"), self.city),
                                (translate("TiersRecordDialog", "Pays"), self.country)]))

        self.email, self.phone = _line(tiers.email, 254), _line(tiers.phone, 32)
        contact = frame(translate("TiersRecordDialog", "Contact"))
        contact.setLayout(form([(translate("TiersRecordDialog", "Email"), self.email),
                                (translate("TiersRecordDialog", "Téléphone"), self.phone)]))

        self.consent = QCheckBox(translate("TiersRecordDialog", "Accord de consentement"))
        self.consent.setChecked(tiers.lre_consent)
        self.consent_email = _line(tiers.consent_email, 254)
        self.paper = QCheckBox(translate("TiersRecordDialog", "Demande d'envoi papier (copropriétaire)"))
        self.paper.setChecked(tiers.paper_requested)
        model = consent_model_for(tiers.entity.kind if tiers.entity else None)
        regime = QLabel(translate("TiersRecordDialog", "Régime : {regime}").format(
            regime=translate("ConsentModel", model.label)))
        regime.setWordWrap(True)
        regime.setStyleSheet("color: #555;")
        rows = [("", self.consent), (translate("TiersRecordDialog", "Email"), self.consent_email), ("", self.paper),
                ("", regime)]
        if is_request_pending(tiers):
            pending = QLabel(translate("TiersRecordDialog", "Demande de consentement envoyée à AR24 : en attente de réponse"))
            pending.setStyleSheet("color: #a86400;")
            rows.append(("", pending))
        lre = frame(translate("TiersRecordDialog", "LRE"))
        lre.setLayout(form(rows))

        grid = QGridLayout()
        grid.addWidget(identity, 0, 0, 2, 1)
        grid.addWidget(address, 0, 1)
        right = QVBoxLayout()
        right.addWidget(contact)
        right.addWidget(lre)
        grid.addLayout(right, 1, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)

        self.errors = QLabel()
        self.errors.setWordWrap(True)
        self.errors.setStyleSheet("color: #b00020;")
        self.errors.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(translate("TiersRecordDialog", "Enregistrer"))
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(translate("TiersRecordDialog", "Fermer"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons

        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(frame(translate("TiersRecordDialog", "Historique du consentement"),
                               self._history_table(tiers)), 1)
        layout.addWidget(self.errors)
        layout.addWidget(buttons)

    @staticmethod
    def _history_table(tiers: Tiers) -> QTableWidget:
        table = QTableWidget(len(tiers.consent_history), 5)
        table.setHorizontalHeaderLabels([translate("TiersRecordDialog", title) for title in HISTORY_COLUMNS])
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, change in enumerate(reversed(tiers.consent_history)):
            values = [change.at.strftime("%d/%m/%Y %H:%M"),
                      translate("TiersRecordDialog", CHANGE_LABELS.get(change.change, change.change)),
                      translate("TiersRecordDialog", ORIGIN_LABELS.get(change.origin, change.origin.value)),
                      change.by_login, change.email]
            for column, value in enumerate(values):
                table.setItem(row, column, QTableWidgetItem(value))
        table.resizeColumnsToContents()
        table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        table.setMinimumHeight(110)
        return table

    # -- saving --------------------------------------------------------------------------
    def current_form(self) -> TiersForm:
        return TiersForm(
            version=self.version, civility=self.civility.currentText().strip(),
            lastname=self.lastname.text().strip(), firstname=self.firstname.text().strip(),
            company=self.company.text().strip(), status=self.status.currentData(),
            relation=self.relation.currentText().strip(), email=self.email.text().strip(),
            phone=self.phone.text().strip(), address1=self.address1.text().strip(),
            address2=self.address2.text().strip(), address3=self.address3.text().strip(),
            postal_code=self.postal_code.text().strip(), city=self.city.text().strip().upper(),
            country=self.country.text().strip().upper() or "FR", lre_consent=self.consent.isChecked(),
            consent_email=self.consent_email.text().strip(), paper_requested=self.paper.isChecked())

    def save(self) -> bool:
        try:
            with self.context.store.session() as session:
                errors = save_tiers(session, self.tiers_id, self.current_form(), self.context.login)
        except StaleRecordError as error:
            errors = [str(error)]
        if errors:
            self.errors.setText("\n".join(errors))
            self.errors.show()
            return False
        self.saved.emit(self.tiers_id)
        self.accept()
        return True
