""""Liste des Lettres recommandées" (Fichier › Lettre recommandée…): the letters as AR24 last
reported them, the LSC links, search, exports, and the status sync in the background."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QFileDialog,
    QInputDialog,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QWidget,
)

from app.changes import Change
from app.context import AppContext
from app.letters.export import EXPORT_FORMATS
from app.letters.proof_zip import ZipReport
from app.letters.queries import LETTER_FIELDS, LetterSearch
from app.services import letters as service
from app.services.letters import status_label, status_tooltip, type_label
from app.sync.archive import ProofArchive
from app.sync.statuses import SyncReport
from ui.background import Job, run_job
from ui.change_bridge import changes
from ui.help import help_header
from ui.i18n import render, translate
from ui.letters.letter_detail import LetterDetailDialog
from ui.letters.letters_search import LetterSearchDialog
from ui.letters.otp_validation import OtpSelectionWindow
from ui.letters.sync_scheduler import SyncScheduler
from ui.list_window import ListWindow
from ui.table_model import Column, search_haystack
from ui.widgets import ACCENT

F = {name: index for index, name in enumerate(LETTER_FIELDS)}


def fmt_day(value: object) -> str:
    """A stored date as dd/mm/yyyy; driver rows give SQLite dates as ISO text."""
    if isinstance(value, str):
        return f"{value[8:10]}/{value[5:7]}/{value[:4]}" if len(value) >= 10 else ""
    return value.strftime("%d/%m/%Y") if isinstance(value, dt.date) else ""


def _full_time(field: int):
    def tooltip(row: tuple) -> str:
        value = row[field]
        return str(value)[:19] if value else ""
    return tooltip


def _status(row: tuple) -> str:
    return translate("Letters", status_label(row[F["status"]], row[F["send_type"]]))


def _cells(row: tuple) -> list[str]:
    """A row as the list shows it (exports)."""
    return [column.text(row) for column in COLUMNS]


def _type(value: object) -> str:
    return translate("Letters", type_label(str(value)))


COLUMNS = [
    Column(F["created_at"], QT_TRANSLATE_NOOP("Columns", "Date"), fmt_day, tooltip=_full_time(F["created_at"])),
    Column(F["number"], QT_TRANSLATE_NOOP("Columns", "Numéro"), lambda v: "" if v is None else str(v),
           align_right=True),
    Column(F["reference"], QT_TRANSLATE_NOOP("Columns", "Référence")),
    Column(F["send_type"], QT_TRANSLATE_NOOP("Columns", "Type"), _type),
    Column(F["status"], QT_TRANSLATE_NOOP("Columns", "Statut"), row_display=_status,
           tooltip=lambda row: render(status_tooltip(row[F["status"]]))),
    Column(F["sender_name"], QT_TRANSLATE_NOOP("Columns", "Emetteur")),
    Column(F["sender_email"], QT_TRANSLATE_NOOP("Columns", "Emetteur email")),
    Column(F["recipient_name"], QT_TRANSLATE_NOOP("Columns", "Destinataire")),
    Column(F["recipient_email"], QT_TRANSLATE_NOOP("Columns", "Destinataire email")),
    Column(F["deposit_date"], QT_TRANSLATE_NOOP("Columns", "Date dépôt"), fmt_day,
           tooltip=_full_time(F["deposit_date"])),
    Column(F["sent_date"], QT_TRANSLATE_NOOP("Columns", "Date d'envoi"), fmt_day, tooltip=_full_time(F["sent_date"])),
    Column(F["ar_date"], QT_TRANSLATE_NOOP("Columns", "Date d'AR"), fmt_day, tooltip=_full_time(F["ar_date"])),
]
# The type and status as the list shows them ("Accusé de réception", "LR papier"), in its language.
SEARCH_SHOWN = [3, 4]
# The sender is the same on most rows: searching it would only slow every keystroke.
SEARCH_FIELDS = [F[name] for name in ("number_text", "reference", "recipient_name", "recipient_email", "entity_code",
                                       "status")]
STATUS_COLOURS = {"to_valid": QColor("#9a5b00"), "refused": QColor("#8a1c1c"), "negligence": QColor("#8a1c1c"),
                  "bounced": QColor("#8a1c1c"), "failed": QColor("#8a1c1c"), "AR": QColor("#1e6b2a")}
FIRST_SCREEN = 200       # letters shown at once; the rest loads in the background
LINKS = [("search", QT_TRANSLATE_NOOP("LettersListWindow", "Rechercher")),
         ("otp", QT_TRANSLATE_NOOP("LettersListWindow", "Consulter mes AR en attente de validation OTP")),
         ("payments", QT_TRANSLATE_NOOP("LettersListWindow", "Gérer les moyens de paiement pour mon compte")),
         ("consents", QT_TRANSLATE_NOOP("LettersListWindow", "Mise à jour des consentements")),
         ("sync", QT_TRANSLATE_NOOP("LettersListWindow", "Actualiser depuis AR24"))]




def _notice(parts: list) -> str:
    """The filter notice: whose letters, then the criteria that narrow them."""
    whose, *criteria = [render(part) for part in parts]
    if not criteria:
        return whose
    return translate("LettersListWindow", "{letters} : {criteria}").format(letters=whose, criteria=", ".join(criteria))


def _all_rows(context: AppContext, criteria: LetterSearch) -> tuple[list[tuple], list[str]]:
    """Off the UI thread: every letter of the search, and the text the search box looks into."""
    rows = service.all_letters(context, criteria)
    return rows, search_haystack(rows, SEARCH_FIELDS, [COLUMNS[index] for index in SEARCH_SHOWN])


class LettersListWindow(ListWindow):
    loaded = Signal()                       # every letter of the search is in the list
    loading = False                         # the background job is still reading the others

    def __init__(self, context: AppContext, parent: QWidget | None = None, *,
                 scheduler: SyncScheduler | None = None) -> None:
        super().__init__(translate("LettersListWindow", "Liste des Lettres recommandées"), COLUMNS, SEARCH_FIELDS,
                         parent, sort_column=0, sort_order=Qt.SortOrder.DescendingOrder, help_topic="lettres",
                         search_shown=SEARCH_SHOWN)
        self.context = context
        self.archive = ProofArchive()
        self.last_dialog: QWidget | None = None      # latest dialog or message, for tests and screenshots
        self.otp_window: OtpSelectionWindow | None = None
        self.my_id = service.current_user_id(context)
        self.criteria = LetterSearch(user_id=self.my_id)
        self._generation = 0
        self.load_job: Job | None = None
        self.export_job: Job | None = None
        self.model.foreground = lambda row: STATUS_COLOURS.get(row[F["status"]])
        self.record_requested.connect(self.open_detail)
        self.scheduler = scheduler or SyncScheduler(context, self)
        self.scheduler.synced.connect(self._synced)
        self.scheduler.failed.connect(self._sync_failed)
        self.scheduler.running_changed.connect(self._sync_running)
        self._build_links()
        self._build_actions()
        self._build_export_progress()
        changes().follow(self, {Change.LETTERS, Change.BATCH_ENDED}, self.reload)
        self.reload()
        self.set_column_widths([82, 72, 150, 128, 150, 130, 185, 185, 205, 92, 92, 92])
        self.resize(1340, 640)   # fits a 1366×768 screen; the columns scroll

    # -- layout --------------------------------------------------------------------------
    def _build_links(self) -> None:
        links = " &nbsp;&nbsp; ".join(
            f"<a href='{key}' style='color:{ACCENT}; text-decoration:none'>&gt; "
            f"{translate('LettersListWindow', text)}</a>" for key, text in LINKS)
        self.links = QLabel(links)
        self.links.setTextFormat(Qt.TextFormat.RichText)
        self.links.linkActivated.connect(self._link)
        layout = self.centralWidget().layout()
        layout.insertWidget(0, help_header(translate("LettersListWindow", "LETTRES RECOMMANDEES AR24"), "lettres"))
        layout.insertWidget(1, self.links)

    def _build_actions(self) -> None:
        menu = self.actions_menu
        menu.addSeparator()
        menu.addAction(translate("LettersListWindow", "Rechercher…"), self.open_search)
        self.sync_action = menu.addAction(translate("LettersListWindow", "Actualiser depuis AR24"), self.sync_now)
        self.sync_action.setShortcut("F5")
        menu.addAction(translate("LettersListWindow", "Consulter mes AR en attente de validation OTP"),
                       self.open_otp_validation)
        menu.addSeparator()
        menu.addAction(translate("LettersListWindow", "Exporter la liste affichée (CSV ou Excel)…"),
                       self.export_rows)
        menu.addAction(translate("LettersListWindow", "Exporter les preuves de la sélection (ZIP)…"),
                       self.export_selection_proofs)
        menu.addAction(translate("LettersListWindow", "Exporter les preuves d'une entité (ZIP)…"),
                       self.export_entity_proofs)

    def _build_export_progress(self) -> None:
        self.export_bar = QProgressBar()
        self.export_bar.setMaximumWidth(220)
        self.export_cancel = QPushButton(translate("LettersListWindow", "Arrêter l'export"))
        self.export_cancel.clicked.connect(lambda: self.export_job.cancel())
        for widget in (self.export_bar, self.export_cancel):
            widget.hide()
            self.statusBar().addPermanentWidget(widget)

    def _link(self, key: str) -> None:
        {"search": self.open_search, "otp": self.open_otp_validation, "payments": self.open_payment_methods,
         "consents": self.update_consents, "sync": self.sync_now}[key]()

    # -- content -------------------------------------------------------------------------
    def reload(self) -> None:
        """The newest letters at once, the others from a background job: an agency's 100,000
        letters take a second to read, and the window must not wait for them."""
        selected = set(self.selected_ids())
        self._generation += 1
        generation, criteria, context = self._generation, self.criteria, self.context
        first = service.newest_letters(context, criteria, FIRST_SCREEN + 1)
        self.loading = len(first) > FIRST_SCREEN
        self.set_rows(first)
        if self.loading:
            self.load_job = run_job(lambda _control: _all_rows(context, criteria), self,
                                    on_success=lambda result: self._all_loaded(generation, *result))
        notice = "" if self.criteria == LetterSearch(user_id=self.my_id) else \
            _notice(service.search_choices(context).describe(self.criteria))
        self.filter_notice.setText(notice)
        self.filter_notice.setVisible(bool(notice))
        self.select_ids(selected)

    def _all_loaded(self, generation: int, rows: list[tuple], haystack: list[str]) -> None:
        if generation != self._generation:
            return                          # the search changed meanwhile: a newer load is coming
        selected = set(self.selected_ids())
        self.loading = False
        self.model.set_rows(rows, haystack)
        self._update_counter()
        self.select_ids(selected)
        self.loaded.emit()

    def _update_counter(self, *_args) -> None:
        super()._update_counter()
        if self.loading:
            self.counter.setText(translate("LettersListWindow", "{counter} (chargement…)").format(
                counter=self.counter.text()))

    def open_search(self) -> LetterSearchDialog:
        choices = service.search_choices(self.context)
        dialog = LetterSearchDialog(self.criteria, choices.users, choices.entities, self)
        dialog.accepted.connect(lambda: self.apply_search(dialog.search()))
        self.last_dialog = dialog
        dialog.open()
        return dialog

    def apply_search(self, criteria: LetterSearch) -> None:
        self.criteria = criteria
        self.reload()

    def open_detail(self, letter_id: int) -> LetterDetailDialog:
        dialog = LetterDetailDialog(self.context, letter_id, self.archive, self)
        self.last_dialog = dialog
        dialog.open()
        return dialog

    # -- links ---------------------------------------------------------------------------
    def open_otp_validation(self) -> OtpSelectionWindow:
        if self.otp_window is None:
            self.otp_window = OtpSelectionWindow(self.context, self)
            self.otp_window.validated.connect(self.sync_now)   # AR24 has news of the letters at once
        self.otp_window.reload()
        self.otp_window.show()
        self.otp_window.raise_()
        return self.otp_window

    def open_payment_methods(self) -> QWidget:
        """"Gérer les moyens de paiement pour mon compte": the same list as in the preferences."""
        from ui.accounts.payment_methods import PaymentMethodsWindow

        self.payment_window = PaymentMethodsWindow(self.context, self.context.login, self)
        self.payment_window.show()
        return self.payment_window

    def update_consents(self) -> None:
        """Same operation as the tiers list's "MAJ accord de consentement LRE"."""
        from ui.tiers.tiers_list import TiersListWindow   # the tiers list owns the consent dialogs

        tiers = TiersListWindow(self.context, self)
        tiers.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        tiers.show()
        tiers.update_from_ar24()

    # -- sync ----------------------------------------------------------------------------
    def sync_now(self):
        job = self.scheduler.sync_now()
        if job is not None:
            self.statusBar().showMessage(translate("LettersListWindow", "Actualisation depuis AR24 en cours…"))
        return job

    def _sync_running(self, running: bool) -> None:
        self.sync_action.setEnabled(not running)

    def _synced(self, report: SyncReport) -> None:
        if report.done_elsewhere:          # another seat syncs for the agency: say so, nothing else
            self.statusBar().showMessage(render(report.done_elsewhere))
            return
        when = dt.datetime.now().strftime("%H:%M")
        errors = translate("LettersListWindow", " {count} erreur(s).").format(count=len(report.errors))
        synced = translate("LettersListWindow", "Actualisé depuis AR24 à {time} : {summary}").format(
            time=when, summary=render(report.lines()[0]))
        self.statusBar().showMessage(synced + (errors if report.errors else ""))

    def _sync_failed(self, message: str) -> None:
        self.statusBar().showMessage(translate("LettersListWindow", "Actualisation impossible : {message}").format(
            message=message))

    # -- exports -------------------------------------------------------------------------
    def _save_path(self, title: str, default: str, filters: str) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(self, title, str(Path.home() / default), filters)
        return Path(path) if path else None

    def export_rows(self, path: Path | None = None) -> Job | None:
        """The shown rows, as shown, to CSV or Excel, written in the background."""
        path = path or self._save_path(translate("LettersListWindow", "Exporter la liste"), "lettres-recommandees.xlsx",
                                       ";;".join(render(name) for name in reversed(list(EXPORT_FORMATS.values()))))
        if path is None:
            return None
        if path.suffix.lower() not in EXPORT_FORMATS:
            path = path.with_suffix(".xlsx")
        headers = [translate("Columns", column.title) for column in COLUMNS]
        rows = [self.model.row(index) for index in range(self.model.rowCount())]
        title = translate("LettersListWindow", "Lettres recommandées")
        return self._export(lambda control: service.export_letters(path, headers, rows, _cells, title, control),
                            lambda result: self._rows_exported(result, path))

    def _rows_exported(self, result: service.TableExport, path: Path) -> None:
        text = translate("LettersListWindow", "Export arrêté : aucun fichier écrit.") if result.cancelled else \
            translate("LettersListWindow", "{count} lettre(s) exportée(s) dans {path}").format(count=result.rows,
                                                                                            path=path)
        self.statusBar().showMessage(text, 10000)

    def export_selection_proofs(self, path: Path | None = None) -> Job | None:
        ids = self.selected_ids()
        if not ids:
            self._message(QMessageBox.Icon.Information, translate("LettersListWindow", "Exporter les preuves"),
                          translate("LettersListWindow", "Sélectionnez d'abord une ou plusieurs lettres."))
            return None
        return self._export_proofs(ids, path, "preuves-selection.zip")

    def export_entity_proofs(self) -> Job | None:
        entities = service.search_choices(self.context).entities
        label, ok = QInputDialog.getItem(self, translate("LettersListWindow", "Exporter les preuves d'une entité"),
                                         translate("LettersListWindow", "Entité :"), list(entities.values()), 0, False)
        if not ok:
            return None
        entity_id = next(eid for eid, text in entities.items() if text == label)
        ids = service.entity_letter_ids(self.context, entity_id)
        return self._export_proofs(ids, None, f"preuves-{label.split(' - ')[0]}.zip")

    def _export_proofs(self, ids: list[int], path: Path | None, default: str) -> Job | None:
        path = path or self._save_path(translate("LettersListWindow", "Exporter les preuves"), default,
                                       translate("LettersListWindow", "Archive ZIP (*.zip)"))
        if path is None:
            return None
        context, archive = self.context, self.archive
        return self._export(lambda control: service.export_proofs(context, archive, ids, path, control),
                            lambda report: self._proofs_exported(report, path))

    def _proofs_exported(self, report: ZipReport, path: Path) -> None:
        if report.cancelled:
            self.statusBar().showMessage(translate("LettersListWindow", "Export arrêté : aucun fichier écrit."),
                                         10000)
            return
        text = translate("LettersListWindow", "{count} preuve(s) exportée(s) dans {path}.").format(
            count=report.files, path=path)
        if report.missing:
            text += "\n\n" + translate("LettersListWindow", "Preuves introuvables ou altérées dans l'archive "
                                       "locale :") + "\n" + "\n".join(render(line) for line in report.missing)
        self._message(QMessageBox.Icon.Warning if report.missing else QMessageBox.Icon.Information,
                      translate("LettersListWindow", "Exporter les preuves"), text)

    def _export(self, work, on_success) -> Job | None:
        """One export at a time, in the background, its progress in the status bar."""
        if self.export_job is not None and self.export_job.running:
            self.statusBar().showMessage(translate("LettersListWindow", "Un export est déjà en cours."), 5000)
            return None
        self.export_bar.setRange(0, 0)
        for widget in (self.export_bar, self.export_cancel):
            widget.show()
        self.export_job = run_job(work, self, on_success=on_success, on_failure=self._export_failed,
                                  on_progress=self._export_progress, on_finished=self._export_finished)
        return self.export_job

    def _export_progress(self, progress: tuple[int, int]) -> None:
        done, total = progress
        self.export_bar.setRange(0, total)
        self.export_bar.setValue(done)

    def _export_failed(self, text: str) -> None:
        self._message(QMessageBox.Icon.Warning, translate("LettersListWindow", "Exporter"), text)

    def _export_finished(self) -> None:
        for widget in (self.export_bar, self.export_cancel):
            widget.hide()

    def _message(self, icon, title: str, text: str) -> QMessageBox:
        box = QMessageBox(icon, title, text, parent=self)
        self.last_dialog = box
        box.open()
        return box

    def closeEvent(self, event) -> None:
        if self.otp_window is not None:
            self.otp_window.close()
        super().closeEvent(event)
