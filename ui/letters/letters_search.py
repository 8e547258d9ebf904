""""Rechercher" in the registered letters: whose letters, a date range, status, type, entity,
recipient."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.letters.queries import LetterSearch
from app.services.letters import TYPE_LABELS, status_choices
from ui.i18n import translate
from ui.widgets import header_bar

ALL = QT_TRANSLATE_NOOP("LetterSearchDialog", "(tous)")


def _date_field(value) -> tuple[QCheckBox, QDateEdit]:
    enabled = QCheckBox()
    edit = QDateEdit(calendarPopup=True)
    edit.setDisplayFormat("dd/MM/yyyy")
    edit.setDate(QDate(value.year, value.month, value.day) if value else QDate.currentDate())
    enabled.setChecked(value is not None)
    edit.setEnabled(value is not None)
    enabled.toggled.connect(edit.setEnabled)
    return enabled, edit


class LetterSearchDialog(QDialog):
    def __init__(self, search: LetterSearch, users: dict[int, str], entities: dict[int, str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("LetterSearchDialog", "Rechercher des lettres recommandées"))
        self.user = QComboBox()
        self.user.addItem(translate("LetterSearchDialog", "Tous les utilisateurs"), None)
        for user_id, label in users.items():
            self.user.addItem(label, user_id)
        self.user.setCurrentIndex(max(0, self.user.findData(search.user_id)))
        self.from_enabled, self.date_from = _date_field(search.date_from)
        self.to_enabled, self.date_to = _date_field(search.date_to)
        self.status = QComboBox()
        self.status.addItem(translate("LetterSearchDialog", ALL), None)
        for raw, label in status_choices():
            self.status.addItem(f"{translate('Letters', label)} ({raw})", raw)
        self.status.setCurrentIndex(max(0, self.status.findData(search.statuses[0] if search.statuses else None)))
        self.send_type = QComboBox()
        self.send_type.addItem(translate("LetterSearchDialog", ALL), None)
        for raw, label in TYPE_LABELS.items():
            self.send_type.addItem(translate("Letters", label), raw)
        self.send_type.setCurrentIndex(max(0, self.send_type.findData(search.send_type)))
        self.entity = QComboBox()
        self.entity.addItem(translate("LetterSearchDialog", ALL), None)
        for entity_id, label in entities.items():
            self.entity.addItem(label, entity_id)
        self.entity.setCurrentIndex(max(0, self.entity.findData(search.entity_id)))
        self.recipient = QLineEdit(search.recipient, placeholderText=translate("LetterSearchDialog",
                                                                               "nom ou e-mail, même partiel"))

        def dated(enabled: QCheckBox, edit: QDateEdit) -> QHBoxLayout:
            row = QHBoxLayout()
            row.addWidget(enabled)
            row.addWidget(edit, 1)
            return row

        form = QFormLayout()
        form.addRow(translate("LetterSearchDialog", "Lettres de"), self.user)
        form.addRow(translate("LetterSearchDialog", "Créées depuis le"), dated(self.from_enabled, self.date_from))
        form.addRow(translate("LetterSearchDialog", "Jusqu'au (inclus)"), dated(self.to_enabled, self.date_to))
        form.addRow(translate("LetterSearchDialog", "Statut"), self.status)
        form.addRow(translate("LetterSearchDialog", "Type"), self.send_type)
        form.addRow(translate("LetterSearchDialog", "Entité"), self.entity)
        form.addRow(translate("LetterSearchDialog", "Destinataire"), self.recipient)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
                                   | QDialogButtonBox.StandardButton.Reset)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("LetterSearchDialog", "Rechercher"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(translate("LetterSearchDialog", "Annuler"))
        buttons.button(QDialogButtonBox.StandardButton.Reset).setText(translate("LetterSearchDialog",
                                                                                "Effacer les filtres"))
        buttons.button(QDialogButtonBox.StandardButton.Reset).clicked.connect(self._clear)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(header_bar(translate("LetterSearchDialog", "LETTRES RECOMMANDEES AR24 > Rechercher")))
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(480, 0)

    def _clear(self) -> None:
        for combo in (self.status, self.send_type, self.entity):
            combo.setCurrentIndex(0)
        self.from_enabled.setChecked(False)
        self.to_enabled.setChecked(False)
        self.recipient.clear()

    def search(self) -> LetterSearch:
        status = self.status.currentData()
        return LetterSearch(
            user_id=self.user.currentData(),
            date_from=self.date_from.date().toPython() if self.from_enabled.isChecked() else None,
            date_to=self.date_to.date().toPython() if self.to_enabled.isChecked() else None,
            statuses=(status,) if status else (),
            send_type=self.send_type.currentData(),
            entity_id=self.entity.currentData(),
            recipient=self.recipient.text().strip(),
        )
