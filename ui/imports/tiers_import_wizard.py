"""Fichier › Importer des tiers…: the file, its columns and a preview, then the import in the
background (progress, cancel) and the report of refused rows. The rules are in app/imports;
this window only shows them (app/services/imports.py)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.context import AppContext
from app.imports.errors import BadFile, ImportCancelled
from app.imports.mapping import FIELDS
from app.imports.reading import SourceTable
from app.imports.tiers_import import CREATED, REFUSED, UNCHANGED, UPDATED, ImportReport
from app.imports.tiers_rows import text_of
from app.services import imports
from ui.background import Job, run_job
from ui.i18n import render, translate
from ui.widgets import ERROR_STYLE, frame, header_bar

EXAMPLES_WIDTH = 120   # characters of a column's first values shown beside its header

VERDICT_COLORS = {CREATED: "#1b5e20", UPDATED: "#0d47a1", UNCHANGED: "#555555", REFUSED: "#b00020"}
PREVIEW_COLUMNS = [QT_TRANSLATE_NOOP("TiersImportWizard", "Ligne"), QT_TRANSLATE_NOOP("TiersImportWizard", "Verdict"),
                   QT_TRANSLATE_NOOP("TiersImportWizard", "Code"), QT_TRANSLATE_NOOP("TiersImportWizard", "Nom"),
                   QT_TRANSLATE_NOOP("TiersImportWizard", "Remarque")]
REPORT_COLUMNS = [QT_TRANSLATE_NOOP("TiersImportWizard", "Ligne"), QT_TRANSLATE_NOOP("TiersImportWizard", "Verdict"),
                  QT_TRANSLATE_NOOP("TiersImportWizard", "Colonne"), QT_TRANSLATE_NOOP("TiersImportWizard", "Valeur"),
                  QT_TRANSLATE_NOOP("TiersImportWizard", "Motif")]
FILE_PAGE, MAPPING_PAGE, REPORT_PAGE = range(3)


def _table(columns: list[str], stretch: int) -> QTableWidget:
    table = QTableWidget(0, len(columns))
    table.setTabKeyNavigation(False)
    table.setHorizontalHeaderLabels([translate("TiersImportWizard", c) for c in columns])
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().setDefaultSectionSize(22)
    table.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


def _fill(table: QTableWidget, rows: list[tuple[list[str], str | None]]) -> None:
    table.setRowCount(len(rows))
    for number, (values, color) in enumerate(rows):
        for column, value in enumerate(values):
            item = QTableWidgetItem(value)
            item.setToolTip(value)
            if color and column == 1:
                item.setForeground(QColor(color))
            table.setItem(number, column, item)


class TiersImportWizard(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.table: SourceTable | None = None
        self.report: ImportReport | None = None
        self.job: Job | None = None
        self.busy = False       # a job is reading or importing: set by its start, cleared by its outcome
        self.setWindowTitle(translate("TiersImportWizard", "Importer des tiers"))
        self.header = header_bar("")
        self.pages = QStackedWidget()
        self.pages.addWidget(self._file_page())
        self.pages.addWidget(self._mapping_page())
        self.pages.addWidget(self._report_page())
        self.back = QPushButton(translate("TiersImportWizard", "< Précédent"))
        self.next = QPushButton(translate("TiersImportWizard", "Suivant >"))
        self.cancel = QPushButton(translate("TiersImportWizard", "Annuler"))
        self.back.clicked.connect(lambda: self.show_page(self.pages.currentIndex() - 1))
        self.next.clicked.connect(self.go_next)
        self.cancel.clicked.connect(self.cancel_or_close)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.back, self.next, self.cancel):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.pages, 1)
        layout.addLayout(buttons)
        self.show_page(FILE_PAGE)
        self.resize(1100, 680)

    # -- pages ---------------------------------------------------------------------------
    def _file_page(self) -> QWidget:
        self.path = QLineEdit()
        self.path.setPlaceholderText(translate("TiersImportWizard", "Fichier CSV ou Excel (.xlsx) exporté de votre logiciel"))
        self.path.returnPressed.connect(lambda: self.load_file(Path(self.path.text())))
        browse = QPushButton(translate("TiersImportWizard", "Parcourir…"))
        browse.clicked.connect(self.browse)
        self.sheet = QComboBox()
        self.sheet.activated.connect(lambda _i: self.load_file(Path(self.path.text()), self.sheet.currentText()))
        self.sheet_label = QLabel(translate("TiersImportWizard", "Feuille"))
        self.sheet.hide()               # shown for a workbook only
        self.sheet_label.hide()
        self.file_info = QLabel(wordWrap=True)
        self.reading = QProgressBar()
        self.reading.hide()
        self.file_error = QLabel(wordWrap=True)
        self.file_error.setStyleSheet(ERROR_STYLE)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        sheet_row = QHBoxLayout()
        sheet_row.addWidget(self.sheet_label)
        sheet_row.addWidget(self.sheet, 1)
        explanation = QLabel(translate(
            "TiersImportWizard", "CSV (séparateur et encodage reconnus : UTF-8, Windows-1252) ou classeur Excel. "
            "La première ligne porte les noms des colonnes. Un tiers est reconnu par son code ; sans code, par son "
            "e-mail et son nom ensemble. Importer deux fois le même fichier ne change rien."), wordWrap=True)
        box = frame(translate("TiersImportWizard", "Fichier"))
        inner = QVBoxLayout(box)
        for part in (row, sheet_row):
            inner.addLayout(part)
        for widget in (explanation, self.file_info, self.reading, self.file_error):
            inner.addWidget(widget)
        inner.addStretch(1)
        return box

    def _mapping_page(self) -> QWidget:
        self.columns = QTableWidget(0, 3)
        self.columns.setHorizontalHeaderLabels([translate("TiersImportWizard", "Colonne du fichier"),
                                                translate("TiersImportWizard", "Exemples"),
                                                translate("TiersImportWizard", "Champ du tiers")])
        self.columns.verticalHeader().hide()
        self.columns.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.columns.verticalHeader().setDefaultSectionSize(26)
        self.columns.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.columns.setColumnWidth(0, 150)
        self.columns.setColumnWidth(2, 180)
        self.preview = _table(PREVIEW_COLUMNS, 4)
        for column, width in enumerate((45, 75, 65, 150)):
            self.preview.setColumnWidth(column, width)
        self.preview_summary = QLabel(wordWrap=True)
        self.mapping_error = QLabel(wordWrap=True)
        self.mapping_error.setStyleSheet(ERROR_STYLE)
        page = QWidget()
        layout = QHBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(frame(translate("TiersImportWizard", "Colonnes"), self.columns), 4)
        right = frame(translate("TiersImportWizard", "Aperçu des premières lignes"))
        inner = QVBoxLayout(right)
        inner.addWidget(self.preview, 1)
        inner.addWidget(self.preview_summary)
        inner.addWidget(self.mapping_error)
        layout.addWidget(right, 5)
        return page

    def _report_page(self) -> QWidget:
        self.progress = QProgressBar()
        self.phase = QLabel()
        self.summary = QLabel(wordWrap=True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.report_table = _table(REPORT_COLUMNS, 4)
        for column, width in enumerate((50, 90, 130, 170)):
            self.report_table.setColumnWidth(column, width)
        self.save_button = QPushButton(translate("TiersImportWizard", "Enregistrer le rapport…"))
        self.save_button.clicked.connect(self.choose_report_file)
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        save_row.addWidget(self.save_button)
        box = frame(translate("TiersImportWizard", "Import et rapport"))
        inner = QVBoxLayout(box)
        for widget in (self.phase, self.progress, self.summary):
            inner.addWidget(widget)
        inner.addWidget(self.report_table, 1)
        inner.addLayout(save_row)
        return box

    def show_page(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
        titles = [translate("TiersImportWizard", "IMPORTER DES TIERS > 1. Fichier"),
                  translate("TiersImportWizard", "IMPORTER DES TIERS > 2. Colonnes et aperçu"),
                  translate("TiersImportWizard", "IMPORTER DES TIERS > 3. Import et rapport")]
        self.header.setText(titles[index])
        running = self.busy
        self.back.setVisible(index == MAPPING_PAGE)
        self.next.setVisible(index != REPORT_PAGE)
        self.next.setText(translate("TiersImportWizard", "Importer") if index == MAPPING_PAGE
                          else translate("TiersImportWizard", "Suivant >"))
        self.next.setEnabled((index != FILE_PAGE or self.table is not None) and not running)
        self.cancel.setText(translate("TiersImportWizard", "Fermer") if index == REPORT_PAGE and not running
                            else translate("TiersImportWizard", "Annuler"))
        self.next.setDefault(index != REPORT_PAGE)      # Enter goes on; on the report, it closes
        self.cancel.setDefault(index == REPORT_PAGE)

    # -- step 1: the file ----------------------------------------------------------------
    def browse(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(self, translate("TiersImportWizard", "Fichier de tiers"), "",
                                                    translate("TiersImportWizard", "Tiers (*.csv *.txt *.xlsx)"))
        if path:
            self.load_file(Path(path))

    def load_file(self, path: Path, sheet: str | None = None) -> Job:
        """Read the file in the background (an Excel sheet of 50,000 rows takes a while)."""
        self.path.setText(str(path))
        self.table = None
        self.file_error.clear()
        self.file_info.setText(translate("TiersImportWizard", "Lecture de {name}…").format(name=Path(path).name))

        def work(control):
            try:
                sheets = imports.sheet_names(path) if sheet is None else None
                return sheets, imports.read_tiers_file(path, sheet, report_progress=control.report,
                                                       cancelled=lambda: control.cancelled)
            except (BadFile, ImportCancelled) as error:
                return error

        self.reading.setRange(0, 0)
        self.reading.show()
        self.busy = True
        self.job = run_job(work, self, on_success=self._file_read, on_failure=self._file_failed,
                           on_progress=lambda p: (self.reading.setRange(0, p.total), self.reading.setValue(p.done)))
        self.show_page(FILE_PAGE)
        return self.job

    def _file_read(self, outcome) -> None:
        self.busy = False
        self.reading.hide()
        self.file_info.clear()
        if isinstance(outcome, ImportCancelled):
            self.show_page(FILE_PAGE)
            return
        if isinstance(outcome, BadFile):
            self._file_failed(render(outcome.message))
            return
        sheets, table = outcome
        if sheets is not None:
            self.sheet.clear()
            self.sheet.addItems(sheets)
        self.sheet.setVisible(bool(table.sheets))
        self.sheet_label.setVisible(bool(table.sheets))
        self.table = table
        detail = (translate("TiersImportWizard", "encodage {encoding}, séparateur « {separator} »").format(
            encoding=table.encoding, separator=table.separator.replace("\t", "⇥")) if table.kind == "csv"
            else translate("TiersImportWizard", "feuille « {sheet} »").format(sheet=table.sheet))
        self.file_info.setText(translate("TiersImportWizard", "{name} : {rows} ligne(s), {columns} colonne(s) ; {detail}.")
                               .format(name=table.name, rows=len(table.rows), columns=len(table.headers),
                                       detail=detail))
        self._show_columns(imports.remembered_mapping(self.context, table))
        self.show_page(FILE_PAGE)

    def _file_failed(self, sentence: str) -> None:
        self.busy = False
        self.reading.hide()
        if not self.sheet.count():
            self.sheet.hide()
            self.sheet_label.hide()
        self.file_info.clear()
        self.file_error.setText(sentence)
        self.show_page(FILE_PAGE)

    # -- step 2: columns and preview -----------------------------------------------------
    def _show_columns(self, mapping: dict[int, str]) -> None:
        table = self.table
        self.columns.setRowCount(len(table.headers))
        for index, header in enumerate(table.headers):
            examples = [text_of(row[index]) for row in table.rows[:8] if index < len(row)]
            self.columns.setItem(index, 0, QTableWidgetItem(header))
            shown = " | ".join(e for e in examples if e)
            shown = shown if len(shown) <= EXAMPLES_WIDTH else shown[:EXAMPLES_WIDTH - 1] + "…"   # says it goes on
            self.columns.setItem(index, 1, QTableWidgetItem(shown))
            combo = QComboBox()
            combo.addItem(translate("TiersImportWizard", "— ne pas importer —"), None)
            for field in FIELDS:
                combo.addItem(translate("TiersImport", field.label), field.key)
            combo.setCurrentIndex(max(0, combo.findData(mapping.get(index))))
            combo.currentIndexChanged.connect(lambda _i, column=index: self._field_chosen(column))
            self.columns.setCellWidget(index, 2, combo)

    def mapping(self) -> dict[int, str]:
        found = {}
        for index in range(self.columns.rowCount()):
            key = self.columns.cellWidget(index, 2).currentData()
            if key is not None:
                found[index] = key
        return found

    def set_field(self, column: int, key: str | None) -> None:
        combo = self.columns.cellWidget(column, 2)
        combo.setCurrentIndex(max(0, combo.findData(key)))

    def _field_chosen(self, column: int) -> None:
        """A field goes to one column: choosing it here frees it elsewhere."""
        key = self.columns.cellWidget(column, 2).currentData()
        for index in range(self.columns.rowCount()):
            combo = self.columns.cellWidget(index, 2)
            if index != column and key is not None and combo.currentData() == key:
                combo.blockSignals(True)
                combo.setCurrentIndex(0)
                combo.blockSignals(False)
        if self.pages.currentIndex() == MAPPING_PAGE:
            self.refresh_preview()

    def refresh_preview(self) -> bool:
        """The verdict of the first rows (the whole file's checks run at the import)."""
        table = self.table
        first = SourceTable(table.name, table.sha256, table.headers, table.rows[:imports.PREVIEW_ROWS],
                            table.lines[:imports.PREVIEW_ROWS], table.kind)
        self.mapping_error.clear()
        try:
            report = imports.preview_tiers_import(self.context, first, self.mapping())
        except BadFile as error:
            self.preview.setRowCount(0)
            self.preview_summary.clear()
            self.mapping_error.setText(render(error.message))
            return False
        _fill(self.preview, [([str(v.line), translate("TiersImport", v.verdict), v.code, v.name,
                               " ; ".join(render(p.reason) for p in v.problems)], VERDICT_COLORS[v.verdict])
                             for v in report.verdicts])
        self.preview_summary.setText(translate(
            "TiersImportWizard", "{shown} première(s) ligne(s) sur {total} : {created} à créer, {updated} à mettre à "
            "jour, {unchanged} inchangée(s), {refused} refusée(s).").format(
            shown=len(first.rows), total=len(table.rows), created=report.created, updated=report.updated,
            unchanged=report.unchanged, refused=len(report.refused)))
        return True

    def go_next(self) -> None:
        if self.pages.currentIndex() == FILE_PAGE and self.table is not None:
            self.show_page(MAPPING_PAGE)
            self.refresh_preview()
        elif self.pages.currentIndex() == MAPPING_PAGE:
            self.start_import()

    # -- step 3: import and report -------------------------------------------------------
    def start_import(self) -> Job:
        context, table, mapping = self.context, self.table, self.mapping()
        imports.remember_mapping(context, table, mapping)

        def work(control):
            try:
                return imports.import_tiers(context, table, mapping, report_progress=control.report,
                                            cancelled=lambda: control.cancelled)
            except (BadFile, ImportCancelled) as error:
                return error

        self.report = None
        self.summary.clear()
        self.report_table.setRowCount(0)
        self.save_button.setEnabled(False)
        self.progress.setRange(0, max(1, len(table.rows)))
        self.progress.setValue(0)
        self.progress.show()
        self.phase.setText(translate("TiersImportWizard", "Import de {name} en cours…").format(name=table.name))
        self.busy = True
        self.job = run_job(work, self, on_success=self._finished, on_failure=self._failed,
                           on_progress=self._progress)
        self.show_page(REPORT_PAGE)
        return self.job

    def _progress(self, progress) -> None:
        self.progress.setRange(0, max(1, progress.total))
        self.progress.setValue(progress.done)
        self.phase.setText(translate("TiersImport", progress.phase) + "…")

    def _finished(self, outcome) -> None:
        self.busy = False
        self.progress.hide()
        if isinstance(outcome, ImportCancelled):
            self.phase.setText(translate("TiersImportWizard", "Import annulé : aucun tiers n'a été enregistré."))
        elif isinstance(outcome, BadFile):
            self.phase.setText(translate("TiersImportWizard", "Fichier refusé, aucun tiers n'a été enregistré."))
            self.summary.setText(f"<span style='{ERROR_STYLE}'>{render(outcome.message)}</span>")
        else:
            self._show_report(outcome)
        self.show_page(REPORT_PAGE)

    def _failed(self, sentence: str) -> None:
        self.busy = False
        self.progress.hide()
        self.phase.setText(translate("TiersImportWizard", "L'import a échoué, aucun tiers n'a été enregistré."))
        self.summary.setText(f"<span style='{ERROR_STYLE}'>{sentence}</span>")
        self.show_page(REPORT_PAGE)

    def _show_report(self, report: ImportReport) -> None:
        self.report = report
        self.phase.setText(translate("TiersImportWizard", "Import de {name} terminé.").format(name=report.file_name))
        self.summary.setText(translate(
            "TiersImportWizard", "<b>{created}</b> tiers créé(s), <b>{updated}</b> mis à jour, {unchanged} inchangé(s), "
            "<b>{refused}</b> ligne(s) refusée(s), {warnings} avertissement(s) ; {consents} consentement(s) LRE "
            "enregistré(s) avec l'empreinte du fichier.").format(
            created=report.created, updated=report.updated, unchanged=report.unchanged, refused=len(report.refused),
            warnings=len(report.warnings), consents=report.consents))
        _fill(self.report_table, [([str(problem.line), translate("TiersImport", verdict.verdict), problem.column,
                                    problem.value, render(problem.reason)], VERDICT_COLORS[verdict.verdict])
                                  for verdict in report.verdicts for problem in verdict.problems])
        self.save_button.setEnabled(bool(self.report_table.rowCount()))

    def choose_report_file(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(self, translate("TiersImportWizard", "Enregistrer le rapport"),
                                                    "rapport-import-tiers.csv", "CSV (*.csv)")
        if path:
            self.save_report(Path(path))

    def save_report(self, path: Path) -> None:
        imports.save_report(self.report, path, translate)
        self.phase.setText(translate("TiersImportWizard", "Rapport enregistré : {path}").format(path=path))

    def cancel_or_close(self) -> None:
        if self.busy and self.job is not None:
            self.job.cancel()
            self.phase.setText(translate("TiersImportWizard", "Annulation…"))
        else:
            self.reject()

    def closeEvent(self, event) -> None:
        if self.job is not None and self.job.running:
            self.job.cancel()
        super().closeEvent(event)


def open_tiers_import(parent: QWidget) -> TiersImportWizard:
    """Fichier › Importer des tiers… in the Organiseur."""
    wizard = TiersImportWizard(parent.context, parent)
    wizard.open()
    return wizard
