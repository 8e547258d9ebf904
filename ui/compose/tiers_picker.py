"""Choose tiers to add to a letter's recipients: search by code, name, company or e-mail."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.context import AppContext
from app.services import compose
from ui.i18n import translate


def recipients_table() -> QTableWidget:
    table = QTableWidget(0, 4)
    table.setTabKeyNavigation(False)
    table.setHorizontalHeaderLabels([translate("Compose", "Code"), translate("Compose", "Nom"),
                                     translate("Compose", "Entité"), translate("Compose", "Relation")])
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(24)
    table.horizontalHeader().setStretchLastSection(True)
    for column, width in enumerate((60, 170, 50)):
        table.setColumnWidth(column, width)
    return table


def fill(table: QTableWidget, rows: list[compose.Recipient]) -> None:
    table.setRowCount(len(rows))
    for row, recipient in enumerate(rows):
        for column, value in enumerate((recipient.code, recipient.name, recipient.entity_code, recipient.relation)):
            table.setItem(row, column, QTableWidgetItem(value))


class TiersPickerDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(translate("TiersPickerDialog", "Ajouter des destinataires"))
        self.search = QLineEdit(placeholderText=translate("TiersPickerDialog", "Rechercher (code, nom, société, e-mail)"))
        self.search.textChanged.connect(self._search)
        self.table = recipients_table()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.doubleClicked.connect(self.accept)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("TiersPickerDialog", "Ajouter"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(translate("TiersPickerDialog", "Annuler"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.rows: list[compose.Recipient] = []
        self._search("")
        self.resize(560, 480)

    def _search(self, text: str) -> None:
        self.rows = compose.search_tiers(self.context, text)
        fill(self.table, self.rows)

    def chosen(self) -> list[compose.Recipient]:
        return [self.rows[index.row()] for index in self.table.selectionModel().selectedRows()]
