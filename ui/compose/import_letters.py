""""Importer des courriers PDF": a folder, a manifest or one PDF split per recipient; the
letters found and their tiers shown before anything is created (refused ones in red), then
their chronoted events created in the background."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.context import AppContext
from app.services import letter_imports as imports
from ui.compose.job_bar import CANCELLED, JobBar
from ui.i18n import render, translate
from ui.widgets import ERROR_STYLE

REFUSED = QColor("#b71c1c")
DONE_STYLE = "color: #1b5e20;"


class ImportLettersWindow(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.plan: imports.ImportPlan | None = None
        self.imported: imports.ImportResult | None = None
        self.setWindowTitle(translate("ImportLettersWindow", "Importer des courriers PDF"))
        self.jobs = JobBar()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels([
            translate("ImportLettersWindow", "Fichier"), translate("ImportLettersWindow", "Pages du PDF"),
            translate("ImportLettersWindow", "Code tiers"), translate("ImportLettersWindow", "Tiers"),
            translate("ImportLettersWindow", "Sujet"), translate("ImportLettersWindow", "Motif du refus")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((190, 100, 125, 185, 185)):
            self.table.setColumnWidth(column, width)
        layout = QVBoxLayout(self)
        layout.addLayout(self._source_form())
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.jobs)
        layout.addLayout(self._buttons())
        self.resize(1120, 640)

    def _source_form(self) -> QFormLayout:
        self.source = QLineEdit(placeholderText=translate("ImportLettersWindow", "un PDF, un dossier de PDF ou un manifeste CSV"))
        source_row = QHBoxLayout()
        source_row.addWidget(self.source, 1)
        for text, slot in ((translate("ImportLettersWindow", "Fichier PDF…"), self._choose_pdf),
                           (translate("ImportLettersWindow", "Dossier…"), self._choose_folder),
                           (translate("ImportLettersWindow", "Manifeste CSV…"), self._choose_manifest)):
            button = QPushButton(text)
            button.clicked.connect(slot)
            source_row.addWidget(button)
        self.by_marker = QRadioButton(translate("ImportLettersWindow", "Repère sur la première page :"))
        self.by_pages = QRadioButton(translate("ImportLettersWindow", "Nombre fixe de pages :"))
        self.by_marker.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.by_marker)
        group.addButton(self.by_pages)
        self.marker = QLineEdit(placeholderText=translate(
            "ImportLettersWindow", "code tiers (par défaut), ou expression régulière, ex. Réf\\. tiers : (\\S+)"))
        self.pages = QSpinBox()
        self.pages.setRange(1, 500)
        self.pages.setValue(2)
        split_row = QHBoxLayout()
        split_row.addWidget(self.by_marker)
        split_row.addWidget(self.marker, 1)
        split_row.addWidget(self.by_pages)
        split_row.addWidget(self.pages)
        self.subject = QLineEdit(placeholderText=translate("ImportLettersWindow", "par défaut : le nom du fichier"))
        self.is_convocation = QCheckBox(translate("ImportLettersWindow", "Convocation à l'AG du"))
        self.ag_date = QDateEdit(QDate.currentDate().addDays(30))
        self.ag_date.setCalendarPopup(True)
        self.ag_date.setDisplayFormat("dd/MM/yyyy")
        self.ag_date.setEnabled(False)
        self.is_convocation.toggled.connect(self.ag_date.setEnabled)
        subject_row = QHBoxLayout()
        subject_row.addWidget(self.subject, 1)
        subject_row.addWidget(self.is_convocation)
        subject_row.addWidget(self.ag_date)
        form = QFormLayout()
        form.addRow(translate("ImportLettersWindow", "Source :"), source_row)
        form.addRow(translate("ImportLettersWindow", "Découpage :"), split_row)
        form.addRow(translate("ImportLettersWindow", "Sujet :"), subject_row)
        return form

    def _buttons(self) -> QHBoxLayout:
        self.analyse_button = QPushButton(translate("ImportLettersWindow", "Analyser"))
        self.analyse_button.clicked.connect(self.analyse)
        self.create_button = QPushButton(translate("ImportLettersWindow", "Créer les événements"))
        self.create_button.setEnabled(False)
        self.create_button.clicked.connect(self.create_events)
        close = QPushButton(translate("ImportLettersWindow", "Fermer"))
        close.clicked.connect(self.close)
        row = QHBoxLayout()
        row.addWidget(self.analyse_button)
        row.addStretch(1)
        row.addWidget(self.create_button)
        row.addWidget(close)
        return row

    def _choose_pdf(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, translate("ImportLettersWindow", "PDF des courriers"), "",
                                              translate("ImportLettersWindow", "Fichiers PDF (*.pdf)"))
        self._set_source(name)

    def _choose_folder(self) -> None:
        self._set_source(QFileDialog.getExistingDirectory(self, translate("ImportLettersWindow", "Dossier des PDF")))

    def _choose_manifest(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, translate("ImportLettersWindow", "Manifeste"), "",
                                              translate("ImportLettersWindow", "Fichiers CSV (*.csv)"))
        self._set_source(name)

    def _set_source(self, name: str) -> None:
        if name:
            self.source.setText(name)
            self.analyse()

    def options(self) -> imports.ImportOptions:
        day = self.ag_date.date().toPython()
        ag_date = day if self.is_convocation.isChecked() and isinstance(day, dt.date) else None
        return imports.ImportOptions(
            marker=(self.marker.text().strip() or None) if self.by_marker.isChecked() else None,
            pages=self.pages.value() if self.by_pages.isChecked() else None,
            subject=self.subject.text().strip() or None, ag_date=ag_date)

    # -- preview -------------------------------------------------------------------------
    def analyse(self) -> None:
        source, options = Path(self.source.text().strip()), self.options()
        if not self.source.text().strip() or not source.exists():
            self._say(translate("ImportLettersWindow", "Choisissez un PDF, un dossier ou un manifeste existant."),
                      ERROR_STYLE)
            return
        self._busy(True)

        def work(control):
            try:
                return imports.preview(self.context, source, options, control)
            except (imports.BadFile, imports.BadMarker) as bad:
                return bad.message

        self.jobs.start(translate("ImportLettersWindow", "Analyse…"), work, self._analysed, self._failed)

    def _analysed(self, result) -> None:
        self._busy(False)
        if result is CANCELLED:
            self._say(translate("ImportLettersWindow", "Analyse annulée."), ERROR_STYLE)
            return
        if not isinstance(result, imports.ImportPlan):
            self.show_plan(None)
            self._say(render(result), ERROR_STYLE)
            return
        self.show_plan(result)

    def show_plan(self, plan: imports.ImportPlan | None) -> None:
        self.plan = plan
        letters = plan.letters if plan else ()
        self.table.setRowCount(len(letters))
        for row, letter in enumerate(letters):
            values = (letter.source.name, letter.pages, letter.code, letter.recipient, letter.subject,
                      render(letter.refusal) if letter.refusal else "")
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                if not letter.accepted:
                    item.setForeground(REFUSED)
                self.table.setItem(row, column, item)
        # One PDF split: its name is the source above, not a column repeated on every line.
        self.table.setColumnHidden(0, not any(letter.whole_file for letter in letters))
        self.create_button.setEnabled(bool(plan and plan.accepted))
        if plan:
            self._say(translate("ImportLettersWindow", "{accepted} courrier(s) prêt(s) à créer, {refused} refusé(s) "
                                "(en rouge) : rien n'est créé avant « Créer les événements ».").format(
                accepted=len(plan.accepted), refused=len(plan.refused)), ERROR_STYLE if plan.refused else "")

    # -- creation ------------------------------------------------------------------------
    def create_events(self) -> None:
        if not self.plan or not self.plan.accepted:
            return
        plan = self.plan
        self._busy(True)
        self.jobs.start(translate("ImportLettersWindow", "Création…"),
                        lambda control: imports.create(self.context, plan, control), self._created, self._failed)

    def _created(self, result) -> None:
        self._busy(False)
        if result is CANCELLED:
            self._say(translate("ImportLettersWindow", "Import annulé : aucun événement n'a été créé."), ERROR_STYLE)
            return
        self.imported = result
        numbers = [number for _id, number in result.events]
        self.create_button.setEnabled(False)      # created once: a second click would import twice
        self._say(translate("ImportLettersWindow", "{count} événement(s) créé(s), chronotés n° {first} à {last}.")
                  .format(count=len(numbers), first=numbers[0], last=numbers[-1]), DONE_STYLE)

    def _failed(self, text: str) -> None:
        self._busy(False)
        self._say(text, ERROR_STYLE)

    def _busy(self, busy: bool) -> None:
        self.analyse_button.setEnabled(not busy)
        self.create_button.setEnabled(not busy and bool(self.plan and self.plan.accepted))

    def _say(self, text: str, style: str = "") -> None:
        self.summary.setStyleSheet(style)
        self.summary.setText(text)

    def closeEvent(self, event) -> None:
        self.jobs.stop()
        super().closeEvent(event)
