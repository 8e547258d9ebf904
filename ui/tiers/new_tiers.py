""""Nouveau tiers" and "Archiver" in the tiers list's Actions menu.

The new tiers gets its identity here, then its record opens for the rest (address, consent).
Archived tiers leave the list and keep their letters (app/services/tiers_records.py)."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from app.context import AppContext
from app.services.tiers import CIVILITIES, RELATIONS, STATUS_LABELS
from app.services.entities import list_entities
from app.services.tiers_records import (
    CODE_MAX,
    NewTiers,
    archive_tiers,
    create_tiers,
    next_tiers_code,
)
from ui.i18n import render, translate
from ui.tiers.suggestions import stored_value, suggestion_box
from ui.widgets import ERROR_STYLE, form, frame



class NewTiersDialog(QDialog):
    created = Signal(int)   # tiers id

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(translate("NewTiersDialog", "Nouveau tiers"))
        self.code = QLineEdit(maxLength=CODE_MAX)
        self.code.setPlaceholderText(translate("NewTiersDialog", "{code} (attribué si vide)").format(
            code=next_tiers_code(context)))
        self.civility = suggestion_box(CIVILITIES, empty_first=True)
        self.lastname, self.firstname = QLineEdit(maxLength=80), QLineEdit(maxLength=80)
        self.company, self.email = QLineEdit(maxLength=120), QLineEdit(maxLength=254)
        self.email.setMinimumWidth(300)
        self.status = QComboBox()
        for status, label in STATUS_LABELS.items():
            self.status.addItem(translate("TiersRecordDialog", label), status)
        self.relation = suggestion_box(RELATIONS, str(RELATIONS[0]))
        self.entity = QComboBox()
        self.entity.addItem(translate("NewTiersDialog", "— aucune —"), None)
        for entity in list_entities(context):
            self.entity.addItem(f"{entity.code} - {entity.name}", entity.id)
        identity = frame(translate("NewTiersDialog", "Identité"))
        identity.setLayout(form([
            (translate("NewTiersDialog", "Code"), self.code), (translate("NewTiersDialog", "Civilité"), self.civility),
            (translate("NewTiersDialog", "Nom"), self.lastname), (translate("NewTiersDialog", "Prénom"), self.firstname),
            (translate("NewTiersDialog", "Société"), self.company), (translate("NewTiersDialog", "Statut"), self.status),
            (translate("NewTiersDialog", "Relation"), self.relation), (translate("NewTiersDialog", "Email"), self.email),
            (translate("NewTiersDialog", "Entité"), self.entity)]))
        self.errors = QLabel(wordWrap=True)
        self.errors.setStyleSheet(ERROR_STYLE)
        self.errors.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("NewTiersDialog", "Créer"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(translate("NewTiersDialog", "Annuler"))
        buttons.accepted.connect(self.create)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(identity)
        layout.addWidget(self.errors)
        layout.addWidget(buttons)

    def create(self) -> int | None:
        tiers_id, errors = create_tiers(self.context, NewTiers(
            code=self.code.text(), civility=stored_value(self.civility), lastname=self.lastname.text(),
            firstname=self.firstname.text(), company=self.company.text(), status=self.status.currentData(),
            relation=stored_value(self.relation), email=self.email.text(), entity_id=self.entity.currentData()))
        if tiers_id is None:
            self.errors.setText("\n".join(render(error) for error in errors))
            self.errors.show()
            return None
        self.created.emit(tiers_id)
        self.accept()
        return tiers_id


def add_record_actions(window) -> None:
    """The tiers list's "Nouveau tiers…" and "Archiver…" (the list itself follows every tiers change)."""
    menu = window.actions_menu
    menu.addSeparator()
    menu.addAction(translate("TiersListWindow", "Nouveau tiers…"), lambda: new_tiers(window))
    menu.addAction(translate("TiersListWindow", "Archiver…"), lambda: archive_selection(window))


def new_tiers(window) -> NewTiersDialog:
    dialog = NewTiersDialog(window.context, window)
    dialog.created.connect(lambda tiers_id: (window.reload(), window.open_record(tiers_id)))
    dialog.open()
    return dialog


def archive_selection(window, confirm: bool = True) -> int:
    ids = window.selected_ids()
    title = translate("TiersListWindow", "Archiver")
    if not ids:
        QMessageBox.information(window, title, translate("TiersListWindow", "Sélectionnez d'abord un ou plusieurs tiers."))
        return 0
    question = translate("TiersListWindow", "Archiver {count} tiers ? Ils quittent la liste ; leurs lettres, leurs "
                                             "preuves et l'historique de leur consentement sont conservés.")
    if confirm and QMessageBox.question(window, title, question.format(count=len(ids))) \
            != QMessageBox.StandardButton.Yes:
        return 0
    changed = archive_tiers(window.context, ids)
    window.reload()
    window.statusBar().showMessage(translate("TiersListWindow", "{count} tiers archivé(s)").format(count=changed), 8000)
    return changed
