"""The record of an entity (syndicat de copropriété, mandat de gérance, the agency): code, name,
kind, address. New or edited; the rules are in app/services/entities.py."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.context import AppContext
from app.services.entities import (
    ADDRESS_MAX,
    DEFAULT_KIND,
    CODE_MAX,
    KIND_LABELS,
    NAME_MAX,
    EntityForm,
    get_entity,
    save_entity,
)
from ui.i18n import render, translate
from ui.widgets import ERROR_STYLE, form, frame


class EntityRecordDialog(QDialog):
    saved = Signal(int)   # entity id

    def __init__(self, context: AppContext, entity_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.entity_id = context, entity_id
        entity = get_entity(context, entity_id) if entity_id is not None else None
        self.setWindowTitle(translate("EntityRecordDialog", "Fiche entité - {code} {name}").format(
            code=entity.code, name=entity.name) if entity else translate("EntityRecordDialog", "Nouvelle entité"))
        self.code = QLineEdit(entity.code if entity else "", maxLength=CODE_MAX)
        self.code.setPlaceholderText(translate("EntityRecordDialog", "par exemple S001 ou G001"))
        self.name = QLineEdit(entity.name if entity else "", maxLength=NAME_MAX)
        self.kind = QComboBox()
        for kind, label in KIND_LABELS.items():
            self.kind.addItem(translate("Entities", label), kind)
        self.kind.setCurrentIndex(list(KIND_LABELS).index(entity.kind if entity else DEFAULT_KIND))
        self.address = QLineEdit(entity.address if entity else "", maxLength=ADDRESS_MAX)
        self.address.setMinimumWidth(380)
        identity = frame(translate("EntityRecordDialog", "Entité"))
        identity.setLayout(form([(translate("EntityRecordDialog", "Code"), self.code),
                                 (translate("EntityRecordDialog", "Nom"), self.name),
                                 (translate("EntityRecordDialog", "Nature"), self.kind),
                                 (translate("EntityRecordDialog", "Adresse"), self.address)]))
        if entity and entity.archived:
            identity.layout().addRow("", QLabel(translate("EntityRecordDialog", "Entité archivée")))
        self.errors = QLabel(wordWrap=True)
        self.errors.setStyleSheet(ERROR_STYLE)
        self.errors.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(translate("EntityRecordDialog", "Enregistrer"))
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(translate("EntityRecordDialog", "Fermer"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(identity)
        layout.addWidget(self.errors)
        layout.addWidget(buttons)

    def save(self) -> bool:
        saved, errors = save_entity(self.context, self.entity_id, EntityForm(
            self.code.text(), self.name.text(), self.kind.currentData(), self.address.text()))
        if errors:
            self.errors.setText("\n".join(render(error) for error in errors))
            self.errors.show()
            return False
        self.entity_id = saved
        self.saved.emit(saved)
        self.accept()
        return True
