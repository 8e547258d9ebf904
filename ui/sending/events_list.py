""""Liste Evénement": the letters prepared in the agency, with LSC's columns."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QComboBox, QLabel, QMessageBox, QWidget

from app.changes import Change
from app.context import AppContext
from app.services import sending as service
from app.services.sending import EVENT_FIELDS, SendState, status_label, type_label
from ui.change_bridge import changes
from ui.i18n import render, translate
from ui.list_window import ListWindow
from ui.sending.event_record import EventRecordDialog
from ui.sending.send_choice import SendChoiceDialog
from ui.sending.sending_progress import start_sending
from ui.table_model import Column, fmt_date, fmt_datetime, fmt_text

F = {name: index for index, name in enumerate(EVENT_FIELDS)}


def _treatment(row: tuple) -> str:
    number, date = row[F["treatment_number"]], row[F["treatment_date"]]
    return f"{number} {fmt_date(date)}" if number else ""


def _ag(value: object) -> str:
    return translate("EventsListWindow", "AG du {date}").format(date=fmt_date(value)) if value else ""


def _one_line(value: object) -> str:
    return fmt_text(value).replace("\n", " - ")


def _last_letter(row: tuple) -> str:
    """"LRE eIDAS · Accusé de réception · 10/11/2026", or nothing for an event never sent."""
    kind, state = row[F["letter_type"]], row[F["letter_state"]]
    if state is None:
        return ""
    kind = getattr(kind, "value", kind)
    status = row[F["letter_ar24_status"]] or getattr(state, "value", state)   # AR24's, else the outbox state
    return " · ".join((render(type_label(kind)), render(status_label(status, kind)), fmt_date(row[F["letter_date"]])))


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
    Column(F["letter_date"], QT_TRANSLATE_NOOP("Columns", "Dernière lettre"), row_display=_last_letter),
]
SEARCH_FIELDS = [F[name] for name in ("author", "assignee", "dossier", "identity", "model_subject",
                                      "expedition", "via")]
SEARCH_SHOWN = [2, 6, 10, 11]   # the date, "Traitement", "AG du" and "Dernière lettre" as they are shown


class EventsListWindow(ListWindow):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(translate("EventsListWindow", "Liste Evénement"), COLUMNS, SEARCH_FIELDS, parent,
                         sort_column=2, sort_order=Qt.SortOrder.DescendingOrder, help_topic="evenements",
                         search_shown=SEARCH_SHOWN)
        self.context = context
        self.record_requested.connect(self.open_record)
        self.send_dialog: SendChoiceDialog | None = None
        self.sending_windows: list[QWidget] = []
        self.actions_menu.addAction(translate("EventsListWindow", "Afficher tous les événements"),
                                    self.show_all)
        self.actions_menu.addSeparator()
        self.actions_menu.addAction(translate("EventsListWindow", "Envoyer en AR"), self.send_selected)   # LSC: last
        self._build_state_filter()
        self.reload()
        changes().connect_to(self, {Change.EVENTS, Change.TIERS, Change.BATCH_ENDED, Change.LETTERS}, self.reload)
        self.set_column_widths([40, 40, 140, 175, 140, 185, 125, 45, 60, 50, 125, 180], context, "events")
        self.resize(1360, 640)

    def _build_state_filter(self) -> None:
        """"Non envoyés / Envoyés / À renvoyer", from each event's latest letter."""
        self.state_filter = QComboBox()
        self.state_filter.addItem(translate("EventsListWindow", "Tous les événements"), None)
        for state in SendState:
            self.state_filter.addItem(render(state.label), state)
        self.state_filter.currentIndexChanged.connect(self._apply_state_filter)
        bar = self.addToolBar(translate("EventsListWindow", "Filtre"))
        bar.setMovable(False)
        bar.addWidget(QLabel(translate("EventsListWindow", "Afficher : ")))
        bar.addWidget(self.state_filter)

    def _apply_state_filter(self, *_args) -> None:
        state = self.state_filter.currentData()
        self.show_only(None if state is None else service.event_ids_in_state(self.model.all_rows, state))

    def reload(self) -> None:
        selected = set(self.selected_ids())
        self.set_rows(service.event_rows(self.context))
        if self.state_filter.currentData() is not None:
            self._apply_state_filter()
        self.select_ids(selected)

    def show_all(self) -> None:
        self.state_filter.setCurrentIndex(0)
        self.show_only(None)

    def open_record(self, event_id: int) -> EventRecordDialog:
        dialog = EventRecordDialog(self.context, event_id, self)
        dialog.open()
        return dialog

    def send_selected(self) -> SendChoiceDialog | None:
        """Actions › Envoyer en AR: the selected events that are chronotés go to "Choix de l'envoi"."""
        selection = service.selection_for_sending(self.context, self.selected_ids())
        notice = render(selection.notice) if selection.notice else ""
        if not selection.ready:
            text = notice or translate("EventsListWindow", "Sélectionnez les événements à envoyer en AR.")
            self.message_box = QMessageBox(QMessageBox.Icon.Warning, translate("EventsListWindow", "Envoyer en AR"),
                                           text, parent=self)
            self.message_box.open()
            return None
        ready = list(selection.ready)
        self.send_dialog = SendChoiceDialog(self.context, ready, self, notice=notice)
        self.send_dialog.list_errors_requested.connect(self.show_errors)
        self.send_dialog.send_requested.connect(self.start_sending)
        self.send_dialog.show()
        return self.send_dialog

    def start_sending(self, send_type, event_ids: list[int], options) -> None:
        """"Valider" of the send choice: the batch goes to the outbox, shown in its thermomètre."""
        self.sending_windows.append(start_sending(self.context, send_type, event_ids, options, parent=self))

    def show_errors(self, event_ids: list[int]) -> None:
        """"Lister les événements en erreur": this list again, on the events in error only."""
        self.show_only(set(event_ids), translate("EventsListWindow", "Evénements en erreur : {count}").format(
            count=len(event_ids)))
        self.raise_()
        self.activateWindow()
