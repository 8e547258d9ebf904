"""The "Fiche tiers": identity, postal address, contact, the LRE frame and the consent history.

Editable; the rules (normalization, validation, locking, consent history) are in app/tiers/edit.py,
reached through app/services/tiers.py.
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
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.context import AppContext
from app.services import tiers as service
from app.services.tiers import (
    CIVILITIES,
    FIELD_MAX,
    RELATIONS,
    STATUS_LABELS,
    TiersForm,
    TiersRecord,
)
from ui.help import add_help_shortcut
from ui.tiers.suggestions import stored_value, suggestion_box
from ui.i18n import render, translate
from ui.widgets import ERROR_STYLE, form, frame, read_only_field, scrolling

HISTORY_COLUMNS = [QT_TRANSLATE_NOOP("TiersRecordDialog", "Date"), QT_TRANSLATE_NOOP("TiersRecordDialog", "Changement"),
                   QT_TRANSLATE_NOOP("TiersRecordDialog", "Origine"), QT_TRANSLATE_NOOP("TiersRecordDialog", "Par"),
                   QT_TRANSLATE_NOOP("TiersRecordDialog", "Email")]


def _line(form: TiersForm, name: str) -> QLineEdit:
    """A field of the form, holding no more than its column in the store."""
    field = QLineEdit(getattr(form, name))
    field.setMaxLength(FIELD_MAX[name])
    return field


class TiersRecordDialog(QDialog):
    saved = Signal(int)   # tiers id, after a successful save

    def __init__(self, context: AppContext, tiers_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.tiers_id = tiers_id
        record = service.tiers_record(context, tiers_id)
        self.setWindowTitle(translate("TiersRecordDialog", "Fiche tiers - {code} {name}").format(
            code=record.code, name=record.display_name))
        self.version = record.form.version
        self._build(record)
        self.leave_box: QMessageBox | None = None
        self._unchanged = self.current_form()     # what "modified" is measured against
        add_help_shortcut(self, "fiche-tiers")
        self.resize(860, 660)

    # -- layout --------------------------------------------------------------------------
    def _build(self, record: TiersRecord) -> None:
        tiers = record.form
        self.civility = suggestion_box(CIVILITIES, tiers.civility)
        self.lastname, self.firstname = _line(tiers, "lastname"), _line(tiers, "firstname")
        self.company = _line(tiers, "company")
        self.status = QComboBox()
        for status, label in STATUS_LABELS.items():
            self.status.addItem(render(label), status)
        self.status.setCurrentIndex(list(STATUS_LABELS).index(tiers.status))
        self.relation = suggestion_box(RELATIONS, tiers.relation)
        identity = frame(translate("TiersRecordDialog", "Identité"))
        identity.setLayout(form([
            (translate("TiersRecordDialog", "Code"), read_only_field(record.code)),
            (translate("TiersRecordDialog", "Civilité"), self.civility),
            (translate("TiersRecordDialog", "Nom"), self.lastname),
            (translate("TiersRecordDialog", "Prénom"), self.firstname),
            (translate("TiersRecordDialog", "Société"), self.company),
            (translate("TiersRecordDialog", "Statut"), self.status),
            (translate("TiersRecordDialog", "Relation"), self.relation),
            (translate("TiersRecordDialog", "Entité"), read_only_field(record.entity_label)),
        ]))

        self.address1, self.address2, self.address3 = (_line(tiers, name) for name in
                                                       ("address1", "address2", "address3"))
        self.postal_code, self.city = _line(tiers, "postal_code"), _line(tiers, "city")
        self.country = _line(tiers, "country")
        address = frame(translate("TiersRecordDialog", "Adresse postale"))
        address.setLayout(form([(translate("TiersRecordDialog", "Adresse"), self.address1),
                                (translate("TiersRecordDialog", "Complément"), self.address2),
                                (translate("TiersRecordDialog", "Complément 2"), self.address3),
                                (translate("TiersRecordDialog", "Code postal"), self.postal_code),
                                (translate("TiersRecordDialog", "Ville"), self.city),
                                (translate("TiersRecordDialog", "Pays"), self.country)]))

        self.email, self.phone = _line(tiers, "email"), _line(tiers, "phone")
        contact = frame(translate("TiersRecordDialog", "Contact"))
        contact.setLayout(form([(translate("TiersRecordDialog", "Email"), self.email),
                                (translate("TiersRecordDialog", "Téléphone"), self.phone)]))

        self.consent = QCheckBox(translate("TiersRecordDialog", "Accord de consentement"))
        self.consent.setChecked(tiers.lre_consent)
        self.consent_email = _line(tiers, "consent_email")
        self.paper = QCheckBox(translate("TiersRecordDialog", "Demande d'envoi papier (copropriétaire)"))
        self.paper.setChecked(tiers.paper_requested)
        regime = QLabel(translate("TiersRecordDialog", "Régime : {regime}").format(
            regime=render(record.consent_regime)))
        regime.setWordWrap(True)
        regime.setStyleSheet("color: #555;")
        rows = [("", self.consent), (translate("TiersRecordDialog", "Email"), self.consent_email), ("", self.paper),
                ("", regime)]
        if record.request_pending:
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
        self.errors.setStyleSheet(ERROR_STYLE)
        self.errors.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(translate("TiersRecordDialog", "Enregistrer"))
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(translate("TiersRecordDialog", "Fermer"))
        buttons.button(QDialogButtonBox.StandardButton.Save).setDefault(True)    # Enter saves
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons

        fields = QWidget()
        fields.setLayout(grid)
        grid.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.addWidget(scrolling(fields), 3)     # the error lines below take room from it, never overlap it
        layout.addWidget(frame(translate("TiersRecordDialog", "Historique du consentement"),
                               self._history_table(record)), 1)
        layout.addWidget(self.errors)
        layout.addWidget(buttons)

    @staticmethod
    def _history_table(record: TiersRecord) -> QTableWidget:
        table = QTableWidget(len(record.history), 5)
        table.setTabKeyNavigation(False)     # Tab goes on to the buttons
        table.setHorizontalHeaderLabels([translate("TiersRecordDialog", title) for title in HISTORY_COLUMNS])
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, line in enumerate(record.history):
            values = [line.at.strftime("%d/%m/%Y %H:%M"), render(line.change), render(line.origin), line.by_login,
                      line.email]
            for column, value in enumerate(values):
                table.setItem(row, column, QTableWidgetItem(value))
        table.resizeColumnsToContents()
        table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        table.setMinimumHeight(90)
        table.setMaximumHeight(130)     # the fields above need the height more
        return table

    # -- saving --------------------------------------------------------------------------
    def current_form(self) -> TiersForm:
        """What the fields hold; app/ normalizes it (city in capitals, country) when saving."""
        return TiersForm(
            version=self.version, civility=stored_value(self.civility), lastname=self.lastname.text(),
            firstname=self.firstname.text(), company=self.company.text(), status=self.status.currentData(),
            relation=stored_value(self.relation), email=self.email.text(), phone=self.phone.text(),
            address1=self.address1.text(), address2=self.address2.text(), address3=self.address3.text(),
            postal_code=self.postal_code.text(), city=self.city.text(), country=self.country.text(),
            lre_consent=self.consent.isChecked(), consent_email=self.consent_email.text(),
            paper_requested=self.paper.isChecked())

    def reject(self) -> None:
        """Escape, "Fermer" or the window's close: a modified record asks to save or discard first."""
        if self.current_form() == self._unchanged or self.result() == QDialog.DialogCode.Accepted:
            super().reject()
            return
        if self.leave_box is not None and self.leave_box.isVisible():
            return
        buttons = QMessageBox.StandardButton
        self.leave_box = QMessageBox(QMessageBox.Icon.Question, translate("TiersRecordDialog", "Fiche tiers modifiée"),
                                     translate("TiersRecordDialog", "Enregistrer les modifications de cette fiche ?"),
                                     buttons.Save | buttons.Discard | buttons.Cancel, self)
        self.leave_box.button(buttons.Save).setText(translate("TiersRecordDialog", "Enregistrer"))
        self.leave_box.button(buttons.Discard).setText(translate("TiersRecordDialog", "Ne pas enregistrer"))
        self.leave_box.button(buttons.Cancel).setText(translate("TiersRecordDialog", "Annuler"))
        self.leave_box.setDefaultButton(buttons.Save)
        self.leave_box.setEscapeButton(buttons.Cancel)
        self.leave_box.finished.connect(self._leave)
        self.leave_box.open()

    def _leave(self, _result: int) -> None:
        answer = self.leave_box.standardButton(self.leave_box.clickedButton())
        if answer == QMessageBox.StandardButton.Save:
            self.save()                            # closes on success; the errors stay on screen if not
        elif answer == QMessageBox.StandardButton.Discard:
            super().reject()

    def save(self) -> bool:
        errors = service.save_tiers_record(self.context, self.tiers_id, self.current_form())
        if errors:
            self.errors.setText("\n".join(render(error) for error in errors))
            self.errors.show()
            return False
        self.saved.emit(self.tiers_id)
        self.accept()
        return True
