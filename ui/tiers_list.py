""""Liste des tiers": every third party of the agency, searchable, with the LRE consent column."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from app.context import AppContext
from app.store.queries import TIERS_FIELDS, tiers_rows
from ui.list_window import ListWindow
from ui.table_model import Column, fmt_yes_no
from ui.tiers_record import TiersRecordDialog

F = {name: index for index, name in enumerate(TIERS_FIELDS)}
COLUMNS = [
    Column(F["code"], "Code"),
    Column(F["civility"], "Civilité"),
    Column(F["name"], "Nom"),
    Column(F["company"], "Société"),
    Column(F["status"], "Statut"),
    Column(F["relation"], "Relation"),
    Column(F["email"], "Email"),
    Column(F["postal_code"], "CP"),
    Column(F["city"], "Ville"),
    Column(F["entity_code"], "Entité"),
    Column(F["lre_consent"], "Consentement LRE", fmt_yes_no),
    Column(F["paper_requested"], "Papier demandé", fmt_yes_no),
]
SEARCH_FIELDS = [F[name] for name in ("code", "name", "company", "email", "postal_code", "city",
                                      "entity_code", "relation")]
NO_CONSENT = QColor("#8a1c1c")


class TiersListWindow(ListWindow):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__("Liste des tiers", COLUMNS, SEARCH_FIELDS, parent)
        self.context = context
        self.model.foreground = lambda row: None if row[F["lre_consent"]] else NO_CONSENT
        self.record_requested.connect(self.open_record)
        self.reload()
        self.set_column_widths([55, 75, 185, 150, 95, 105, 215, 50, 140, 50, 125, 110])
        self.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)
        self.resize(1400, 640)

    def reload(self) -> None:
        with self.context.store.session() as session:
            self.set_rows(tiers_rows(session))

    def open_record(self, tiers_id: int) -> TiersRecordDialog:
        dialog = TiersRecordDialog(self.context, tiers_id, self)
        dialog.open()
        return dialog
