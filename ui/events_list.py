""""Liste Evénement": the letters prepared in the agency, with LSC's columns."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QWidget

from app.context import AppContext
from app.store.queries import EVENT_FIELDS, event_rows
from ui.event_record import EventRecordDialog
from ui.i18n import translate
from ui.list_window import ListWindow
from ui.table_model import Column, fmt_date, fmt_datetime, fmt_text

F = {name: index for index, name in enumerate(EVENT_FIELDS)}


def _treatment(row: tuple) -> str:
    number, date = row[F["treatment_number"]], row[F["treatment_date"]]
    return f"{number} {fmt_date(date)}" if number else ""


def _ag(value: object) -> str:
    return translate("EventsListWindow", "AG du {date}").format(date=fmt_date(value)) if value else ""


def _one_line(value: object) -> str:
    return fmt_text(value).replace("\n", " - ")


COLUMNS = [
    Column(F["author"], QT_TRANSLATE_NOOP("Columns", "De")),
    Column(F["assignee"], QT_TRANSLATE_NOOP("Columns", "A qui")),
    Column(F["created_at"], QT_TRANSLATE_NOOP("Columns", "Date / Heure"), fmt_datetime),
    Column(F["dossier"], QT_TRANSLATE_NOOP("Columns", "Service / Imm / Dossier")),
    Column(F["identity"], QT_TRANSLATE_NOOP("Columns", "Identité")),
    Column(F["model_subject"], QT_TRANSLATE_NOOP("Columns", "Modèle / Sujet"), _one_line),
    Column(F["treatment_number"], QT_TRANSLATE_NOOP("Columns", "Traitement"), row_display=_treatment),
    Column(F["attachment_count"], QT_TRANSLATE_NOOP("Columns", "Nb PJ"), align_right=True),
    Column(F["expedition"], QT_TRANSLATE_NOOP("Columns", "Exp")),
    Column(F["via"], QT_TRANSLATE_NOOP("Columns", "Via")),
    Column(F["ag_date"], QT_TRANSLATE_NOOP("Columns", "AG du"), _ag),
]
SEARCH_FIELDS = [F[name] for name in ("author", "assignee", "dossier", "identity", "model_subject",
                                      "treatment_number")]


class EventsListWindow(ListWindow):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(translate("EventsListWindow", "Liste Evénement"), COLUMNS, SEARCH_FIELDS, parent,
                         sort_column=2, sort_order=Qt.SortOrder.DescendingOrder, help_topic="evenements")
        self.context = context
        self.record_requested.connect(self.open_record)
        self.reload()
        self.set_column_widths([40, 45, 150, 220, 170, 300, 120, 50, 65, 55, 115])
        self.resize(1400, 640)

    def reload(self) -> None:
        with self.context.store.session() as session:
            self.set_rows(event_rows(session))

    def open_record(self, event_id: int) -> EventRecordDialog:
        dialog = EventRecordDialog(self.context, event_id, self)
        dialog.open()
        return dialog
