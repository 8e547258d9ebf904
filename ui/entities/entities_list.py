""""Entités": the syndicats de copropriété, mandats de gérance and the agency, with their records."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QMessageBox, QWidget

from app.changes import Change
from app.context import AppContext
from app.services.entities import KIND_LABELS, archive_entities, list_entities
from ui.change_bridge import changes
from ui.entities.entity_record import EntityRecordDialog
from ui.i18n import translate
from ui.list_window import ListWindow
from ui.table_model import Column, fmt_yes_no

COLUMNS = [
    Column(1, QT_TRANSLATE_NOOP("Columns", "Code")),
    Column(2, QT_TRANSLATE_NOOP("Columns", "Nom")),
    Column(3, QT_TRANSLATE_NOOP("Columns", "Nature"), lambda kind: translate("Entities", KIND_LABELS[kind])),
    Column(4, QT_TRANSLATE_NOOP("Columns", "Adresse")),
    Column(5, QT_TRANSLATE_NOOP("Columns", "Tiers"), align_right=True),
    Column(6, QT_TRANSLATE_NOOP("Columns", "Archivée"), fmt_yes_no),
]
ARCHIVED = QColor("#8a8a8a")


class EntitiesListWindow(ListWindow):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(translate("EntitiesListWindow", "Entités"), COLUMNS, [1, 2, 4], parent, sort_column=0,
                         help_topic="index")
        self.context = context
        self.model.foreground = lambda row: ARCHIVED if row[6] else None
        self.record_requested.connect(self.open_record)
        menu = self.actions_menu
        menu.addSeparator()
        menu.addAction(translate("EntitiesListWindow", "Nouvelle entité…"), self.new_entity)
        menu.addAction(translate("EntitiesListWindow", "Archiver"), lambda: self.archive(True))
        menu.addAction(translate("EntitiesListWindow", "Restaurer"), lambda: self.archive(False))
        self.show_archived = menu.addAction(translate("EntitiesListWindow", "Afficher les entités archivées"))
        self.show_archived.setCheckable(True)
        self.show_archived.toggled.connect(self.reload)
        changes().connect_to(self, {Change.ENTITIES, Change.TIERS}, self.reload)
        self.reload()
        self.set_column_widths([70, 260, 170, 330, 60, 80], context, "entities")
        self.resize(1040, 520)

    def reload(self) -> None:
        selected = set(self.selected_ids())
        self.set_rows([(row.id, row.code, row.name, row.kind, row.address, row.tiers, row.archived)
                       for row in list_entities(self.context, archived=self.show_archived.isChecked())])
        self.select_ids(selected)

    def open_record(self, entity_id: int | None) -> EntityRecordDialog:
        dialog = EntityRecordDialog(self.context, entity_id, self)
        dialog.open()
        return dialog

    def new_entity(self) -> EntityRecordDialog:
        return self.open_record(None)

    def archive(self, archived: bool) -> int:
        ids = self.selected_ids()
        if not ids:
            QMessageBox.information(self, translate("EntitiesListWindow", "Entités"),
                                    translate("EntitiesListWindow", "Sélectionnez d'abord une ou plusieurs entités."))
            return 0
        changed = archive_entities(self.context, ids, archived)
        message = (translate("EntitiesListWindow", "{count} entité(s) archivée(s)") if archived
                   else translate("EntitiesListWindow", "{count} entité(s) restaurée(s)"))
        self.statusBar().showMessage(message.format(count=changed), 8000)
        return changed


def open_entities(main) -> EntitiesListWindow:
    """Fichier › Entités in the Organiseur: one window, raised when asked again."""
    return main._show("entities", lambda: EntitiesListWindow(main.context))
