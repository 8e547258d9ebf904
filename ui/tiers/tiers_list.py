""""Liste des tiers": every third party of the agency, searchable, with the consent actions."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QMessageBox, QWidget

from app.changes import Change
from app.context import AppContext
from app.services import tiers as service
from app.services.ar24_features import CONSENTS_OFFLINE_SHORT, consent_manual_path
from app.services.tiers import (
    TIERS_FIELDS,
    ConsentDiff,
    ConsentRequestReport,
    status_label,
)
from ui.background import Job, run_job
from ui.change_bridge import changes
from ui.i18n import render, translate
from ui.tiers.consent_dialogs import CONSENT_FIELD, AssignDialog, ChangedTiersDialog
from ui.tiers.new_tiers import add_record_actions
from ui.list_window import ListWindow
from ui.table_model import Column, fmt_yes_no
from ui.tiers.tiers_record import TiersRecordDialog

F = {name: index for index, name in enumerate(TIERS_FIELDS)}


def _status(value: object) -> str:
    return render(status_label(value))


COLUMNS = [
    Column(F["code"], QT_TRANSLATE_NOOP("Columns", "Code")),
    Column(F["civility"], QT_TRANSLATE_NOOP("Columns", "Civilité")),
    Column(F["name"], QT_TRANSLATE_NOOP("Columns", "Nom")),
    Column(F["company"], QT_TRANSLATE_NOOP("Columns", "Société")),
    Column(F["status"], QT_TRANSLATE_NOOP("Columns", "Statut"), _status),
    Column(F["relation"], QT_TRANSLATE_NOOP("Columns", "Relation")),
    Column(F["email"], QT_TRANSLATE_NOOP("Columns", "Email")),
    Column(F["postal_code"], QT_TRANSLATE_NOOP("Columns", "CP")),
    Column(F["city"], QT_TRANSLATE_NOOP("Columns", "Ville")),
    Column(F["entity_code"], QT_TRANSLATE_NOOP("Columns", "Entité")),
    Column(F["lre_consent"], QT_TRANSLATE_NOOP("Columns", "Consentement LRE"), fmt_yes_no),
    Column(F["paper_requested"], QT_TRANSLATE_NOOP("Columns", "Papier demandé"), fmt_yes_no),
]
SEARCH_FIELDS = [F[name] for name in ("code", "name", "company", "email", "postal_code", "city",
                                      "entity_code", "relation")]
SEARCH_SHOWN = [4, 10, 11]     # Statut, Consentement LRE, Papier demandé: found by the words shown
NO_CONSENT = QColor("#8a1c1c")


class TiersListWindow(ListWindow):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(translate("TiersListWindow", "Liste des tiers"), COLUMNS, SEARCH_FIELDS, parent, sort_column=2,
                         help_topic="tiers", search_shown=SEARCH_SHOWN)
        self.context = context
        self.job: Job | None = None
        self.last_dialog: QWidget | None = None   # the latest result dialog, for tests and screenshots
        self.model.foreground = lambda row: None if row[F["lre_consent"]] else NO_CONSENT
        self.record_requested.connect(self.open_record)
        self._build_actions()
        self.reload()
        changes().connect_to(self, {Change.TIERS, Change.ENTITIES}, self.reload)   # "MAJ", a record saved, an import
        self.set_column_widths([55, 75, 170, 120, 95, 100, 200, 55, 145, 50, 110, 110], context, "tiers")
        self.resize(1360, 640)

    def _build_actions(self) -> None:
        menu = self.actions_menu
        menu.addSeparator()
        consent = menu.addMenu(translate("TiersListWindow", "Consentement LRE"))
        consent.addAction(translate("TiersListWindow", "Ajouter accord de consentement LRE"),
                          lambda: self.set_consent(True))
        consent.addAction(translate("TiersListWindow", "Retirer accord de consentement LRE"),
                          lambda: self.set_consent(False))
        self.update_action = consent.addAction(translate("TiersListWindow", "MAJ accord de consentement LRE"),
                                               self.update_from_ar24)
        consent.addSeparator()
        self.request_action = consent.addAction(translate("TiersListWindow", "Demander le consentement"),
                                                self.request_from_ar24)
        self.consents_offline = None
        consent.setToolTipsVisible(True)
        self.offline_entry = consent.addAction(render(CONSENTS_OFFLINE_SHORT))   # why, in the menu itself
        self._apply_consent_features()
        paper = menu.addMenu(translate("TiersListWindow", "Demande d'envoi papier"))
        paper.addAction(translate("TiersListWindow", "Enregistrer la demande d'envoi papier"),
                        lambda: self.set_paper(True))
        paper.addAction(translate("TiersListWindow", "Lever la demande d'envoi papier"),
                        lambda: self.set_paper(False))
        menu.addAction(translate("TiersListWindow", "Attribuer…"), self.assign)
        menu.addSeparator()
        menu.addAction(translate("TiersListWindow", "Nouveau courrier…"), self.new_letter)
        add_record_actions(self)   # Nouveau tiers…, Archiver…

    def new_letter(self) -> QWidget:
        """"Nouveau courrier" to the selected tiers (empty selection: an empty letter)."""
        from ui.compose.new_letter import NewLetterWindow

        self.last_dialog = NewLetterWindow(self.context, self.selected_ids(), self)
        self.last_dialog.show()
        return self.last_dialog

    def _apply_consent_features(self) -> None:
        """AR24's consent actions are off, with the sentence, when the account lacks them."""
        self.consents_offline = consent_manual_path(self.context)   # None when AR24 offers consents
        note = render(self.consents_offline) if self.consents_offline is not None else ""
        self.offline_entry.setVisible(bool(note))
        self.offline_entry.setEnabled(False)
        self.offline_entry.setToolTip(note)
        for action in (self.update_action, self.request_action):
            action.setEnabled(not note)
            action.setToolTip(note)
            action.setStatusTip(note)

    def reload(self) -> None:
        selected = set(self.selected_ids())
        self.set_rows(service.tiers_rows(self.context))
        self.select_ids(selected)

    def open_record(self, tiers_id: int) -> TiersRecordDialog:
        dialog = TiersRecordDialog(self.context, tiers_id, self)
        dialog.open()
        return dialog

    # -- local consent actions -----------------------------------------------------------
    def _selection_or_warn(self) -> list[int]:
        ids = self.selected_ids()
        if not ids:
            QMessageBox.information(self, translate("TiersListWindow", "Liste des tiers"),
                                    translate("TiersListWindow", "Sélectionnez d'abord un ou plusieurs tiers."))
        return ids

    def set_consent(self, given: bool) -> int:
        ids = self._selection_or_warn()
        changed = service.set_consent(self.context, ids, given)
        message = (translate("TiersListWindow", "Accord de consentement ajouté : {count} tiers modifié(s)") if given
                   else translate("TiersListWindow", "Accord de consentement retiré : {count} tiers modifié(s)"))
        self.statusBar().showMessage(message.format(count=changed), 8000)
        return changed

    def set_paper(self, requested: bool) -> int:
        ids = self._selection_or_warn()
        changed = service.set_paper_request(self.context, ids, requested)
        message = (translate("TiersListWindow", "Demande d'envoi papier enregistrée : {count} tiers modifié(s)")
                   if requested else
                   translate("TiersListWindow", "Demande d'envoi papier levée : {count} tiers modifié(s)"))
        self.statusBar().showMessage(message.format(count=changed), 8000)
        return changed

    def assign(self, choice: tuple[str, bool] | None = None) -> None:
        """Actions › Attribuer; ``choice`` skips the dialog (tests)."""
        ids = self._selection_or_warn()
        if not ids:
            return
        if choice is None:
            dialog = AssignDialog(len(ids), self)
            if dialog.exec() != AssignDialog.DialogCode.Accepted:
                return
            choice = dialog.choice()
        field, value = choice
        if field == CONSENT_FIELD:
            self.set_consent(value)
        else:
            self.set_paper(value)

    # -- with AR24, in the background ----------------------------------------------------
    def _start(self, title: str, fn, on_success) -> Job | None:
        if self.job is not None and self.job.running:
            return None
        self.update_action.setEnabled(False)
        self.request_action.setEnabled(False)
        self.statusBar().showMessage(translate("TiersListWindow", "{title} en cours…").format(title=title))
        self.job = run_job(fn, self)
        self.job.succeeded.connect(on_success)
        self.job.failed.connect(lambda message: self._show_error(title, message))
        self.job.finished.connect(self._job_done)
        return self.job

    def _job_done(self) -> None:
        self._apply_consent_features()

    def _show_error(self, title: str, message: str) -> None:
        self.statusBar().showMessage(translate("TiersListWindow", "{title} : échec").format(title=title), 8000)
        box = QMessageBox(QMessageBox.Icon.Warning, title, message, parent=self)
        self.last_dialog = box
        box.open()

    def update_from_ar24(self) -> Job | None:
        context = self.context
        return self._start(translate("TiersListWindow", "Mise à jour des consentements"),
                           lambda _control: service.update_consents_from_ar24(context), self._show_changes)

    def _show_changes(self, diffs: tuple[ConsentDiff, ...]) -> None:
        message = translate("TiersListWindow", "Mise à jour des consentements : {count} tiers modifié(s)")
        self.statusBar().showMessage(message.format(count=len(diffs)), 8000)
        dialog = ChangedTiersDialog(diffs, self)
        self.last_dialog = dialog
        dialog.open()

    def request_from_ar24(self) -> Job | None:
        ids = self._selection_or_warn()
        if not ids:
            return None
        context = self.context
        return self._start(translate("TiersListWindow", "Demande de consentement"),
                           lambda control: service.request_consents(context, ids, lambda: control.cancelled),
                           self._show_request_report)

    def _show_request_report(self, report: ConsentRequestReport) -> None:
        lines = [translate("TiersListWindow", "{count} demande(s) de consentement envoyée(s) à AR24.").format(
            count=len(report.requested))]
        lines += [f"• {name} : {render(reason)}" for name, reason in report.refused]
        box = QMessageBox(QMessageBox.Icon.Information, translate("TiersListWindow", "Demande de consentement"),
                          "\n".join(lines), parent=self)
        self.last_dialog = box
        box.open()
