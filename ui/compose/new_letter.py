""""Nouveau courrier": recipients, subject, model, AG date, dossier, a rich-text body with the
letter variables, attachments (chooser or drag and drop), a merged preview per recipient, saved
models; "Créer les courriers" makes one chronoted event per recipient, in the background."""
from __future__ import annotations

import datetime as dt
import functools
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtGui import QAction, QFont, QTextCharFormat, QTextListFormat
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QPushButton,
    QTableWidget,
    QTextEdit,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.context import AppContext
from app.services import compose
from ui.compose.job_bar import CANCELLED, JobBar
from ui.compose.letter_preview import LetterPreviewDialog
from ui.compose.tiers_picker import TiersPickerDialog, fill, recipients_table
from ui.i18n import render, translate
from ui.widgets import ERROR_STYLE, frame

DONE_STYLE = "color: #1b5e20;"


class AttachmentList(QListWidget):
    """The attachments; files dropped from the file manager are added."""

    def __init__(self, on_files) -> None:
        super().__init__()
        self.on_files = on_files
        self.setAcceptDrops(True)
        self.setDragDropMode(QListWidget.DragDropMode.DropOnly)

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dragMoveEvent(self, event) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        self.on_files([path for path in paths if path.is_file()])
        event.acceptProposedAction()


class NewLetterWindow(QDialog):
    def __init__(self, context: AppContext, tiers_ids: list[int] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(translate("NewLetterWindow", "Nouveau courrier"))
        self.recipients: list[compose.Recipient] = []
        self.attachments: list[Path] = []
        self.created: list[tuple[int, int]] = []
        self.last_preview: LetterPreviewDialog | None = None
        self.jobs = JobBar()
        self.message = QLabel()
        self.message.setWordWrap(True)
        columns = QHBoxLayout()
        columns.addWidget(self._recipients_frame(), 2)
        columns.addLayout(self._letter_column(), 3)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.jobs)
        layout.addLayout(self._buttons())
        self.add_recipients(compose.recipients(context, tiers_ids or []))
        self._reload_models()
        self.resize(1180, 700)

    # -- recipients ----------------------------------------------------------------------
    def _recipients_frame(self) -> QWidget:
        self.recipient_table: QTableWidget = recipients_table()
        self.recipient_count = QLabel()
        add = QPushButton(translate("NewLetterWindow", "Ajouter des tiers…"))
        add.clicked.connect(self.pick_tiers)
        remove = QPushButton(translate("NewLetterWindow", "Retirer"))
        remove.clicked.connect(self.remove_recipients)
        self.entity_combo = QComboBox()
        self.entity_combo.setProperty("i18n_data", True)        # the agency's entities
        for entity in compose.entities(self.context):
            self.entity_combo.addItem(f"{entity.code} {entity.name}", entity.entity_id)
        self.relation_combo = QComboBox()
        for label, relation in compose.RELATIONS:
            self.relation_combo.addItem(render(label), relation)
        add_entity = QPushButton(translate("NewLetterWindow", "Ajouter"))
        add_entity.clicked.connect(self.add_entity_recipients)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        buttons.addWidget(self.recipient_count)
        entity_row = QHBoxLayout()
        entity_row.addWidget(QLabel(translate("NewLetterWindow", "Entité :")))
        entity_row.addWidget(self.entity_combo, 1)
        entity_row.addWidget(self.relation_combo)
        entity_row.addWidget(add_entity)
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.recipient_table, 1)
        column.addLayout(buttons)
        column.addLayout(entity_row)
        return frame(translate("NewLetterWindow", "Destinataires"), box)

    def add_recipients(self, rows: list[compose.Recipient]) -> None:
        known = {recipient.tiers_id for recipient in self.recipients}
        for row in rows:
            if row.tiers_id not in known:
                known.add(row.tiers_id)
                self.recipients.append(row)
        self._show_recipients()

    def add_entity_recipients(self) -> None:
        if self.entity_combo.currentData() is not None:
            self.add_recipients(compose.entity_recipients(self.context, self.entity_combo.currentData(),
                                                          self.relation_combo.currentData()))

    def pick_tiers(self) -> TiersPickerDialog:
        dialog = TiersPickerDialog(self.context, self)
        dialog.accepted.connect(lambda: self.add_recipients(dialog.chosen()))
        dialog.open()
        return dialog

    def remove_recipients(self) -> None:
        rows = {index.row() for index in self.recipient_table.selectionModel().selectedRows()}
        self.recipients = [r for row, r in enumerate(self.recipients) if row not in rows]
        self._show_recipients()

    def _show_recipients(self) -> None:
        fill(self.recipient_table, self.recipients)
        self.recipient_count.setText(translate("NewLetterWindow", "{count} destinataire(s)").format(
            count=len(self.recipients)))
        current = self.preview_combo.currentData()
        self.preview_combo.clear()
        for recipient in self.recipients:
            self.preview_combo.addItem(f"{recipient.code} {recipient.name}", recipient.tiers_id)
        if current is not None and (index := self.preview_combo.findData(current)) >= 0:
            self.preview_combo.setCurrentIndex(index)

    # -- the letter ----------------------------------------------------------------------
    def _letter_column(self) -> QVBoxLayout:
        self.model_combo = QComboBox()
        self.model_combo.setEditable(True)
        self.model_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.model_combo.activated.connect(self._model_chosen)
        save_model = QPushButton(translate("NewLetterWindow", "Enregistrer le modèle"))
        save_model.clicked.connect(self.save_model)
        delete_model = QPushButton(translate("NewLetterWindow", "Supprimer"))
        delete_model.clicked.connect(self.delete_model)
        model_row = QHBoxLayout()
        model_row.addWidget(self.model_combo, 1)
        model_row.addWidget(save_model)
        model_row.addWidget(delete_model)
        self.subject = QLineEdit()
        self.subject.setMaxLength(200)          # the event's "Sujet"
        self.is_convocation = QCheckBox(translate("NewLetterWindow", "Convocation à l'AG du"))
        self.ag_date = QDateEdit(QDate.currentDate().addDays(30))
        self.ag_date.setCalendarPopup(True)
        self.ag_date.setDisplayFormat("dd/MM/yyyy")
        self.ag_date.setEnabled(False)
        self.is_convocation.toggled.connect(self.ag_date.setEnabled)
        ag_row = QHBoxLayout()
        ag_row.addWidget(self.is_convocation)
        ag_row.addWidget(self.ag_date)
        ag_row.addStretch(1)
        self.dossier = QLineEdit(placeholderText=translate("NewLetterWindow", "par défaut : l'entité du tiers"))
        form = QFormLayout()
        form.addRow(translate("NewLetterWindow", "Modèle :"), model_row)
        form.addRow(translate("NewLetterWindow", "Sujet :"), self.subject)
        form.addRow(translate("NewLetterWindow", "AG :"), ag_row)
        form.addRow(translate("NewLetterWindow", "Dossier :"), self.dossier)
        self.body = QTextEdit()
        self.body.setAcceptRichText(True)
        self.body.setProperty("i18n_data", True)   # the letter itself, written for its French recipient
        column = QVBoxLayout()
        column.addLayout(form)
        column.addWidget(self._toolbar())
        column.addWidget(self.body, 1)
        column.addWidget(self._attachments_frame())
        return column

    def _toolbar(self) -> QToolBar:
        bar = QToolBar()
        for text, slot in ((translate("NewLetterWindow", "Gras"), self._bold),
                           (translate("NewLetterWindow", "Italique"), self._italic),
                           (translate("NewLetterWindow", "Souligné"), self._underline),
                           (translate("NewLetterWindow", "Liste à puces"), self._bullets)):
            action = QAction(text, self)
            action.triggered.connect(slot)
            bar.addAction(action)
        bar.addSeparator()
        self.variables_menu = QMenu(self)
        for label, name in compose.VARIABLES:
            self.variables_menu.addAction(render(label), functools.partial(self.insert_variable, name))
        button = QToolButton()
        button.setText(translate("NewLetterWindow", "Insérer une variable"))
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        button.setMenu(self.variables_menu)
        bar.addWidget(button)
        return bar

    def insert_variable(self, name: str) -> None:
        self.body.textCursor().insertText(f"«{name}»")
        self.body.setFocus()

    def _merge_format(self, fmt: QTextCharFormat) -> None:
        self.body.mergeCurrentCharFormat(fmt)

    def _bold(self) -> None:
        fmt = QTextCharFormat()
        fmt.setFontWeight(QFont.Weight.Normal if self.body.fontWeight() > QFont.Weight.Normal else QFont.Weight.Bold)
        self._merge_format(fmt)

    def _italic(self) -> None:
        fmt = QTextCharFormat()
        fmt.setFontItalic(not self.body.fontItalic())
        self._merge_format(fmt)

    def _underline(self) -> None:
        fmt = QTextCharFormat()
        fmt.setFontUnderline(not self.body.fontUnderline())
        self._merge_format(fmt)

    def _bullets(self) -> None:
        self.body.textCursor().createList(QTextListFormat.Style.ListDisc)

    # -- attachments ---------------------------------------------------------------------
    def _attachments_frame(self) -> QWidget:
        self.attachment_list = AttachmentList(self.add_attachments)
        self.attachment_list.setMaximumHeight(80)
        self.attachment_list.setProperty("i18n_data", True)     # file names
        self.attachment_list.setToolTip(translate("NewLetterWindow", "Glissez ici les fichiers à joindre"))
        join = QPushButton(translate("NewLetterWindow", "Joindre…"))
        join.clicked.connect(self.choose_attachments)
        remove = QPushButton(translate("NewLetterWindow", "Retirer"))
        remove.clicked.connect(self.remove_attachment)
        buttons = QVBoxLayout()
        buttons.addWidget(join)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.attachment_list, 1)
        row.addLayout(buttons)
        return frame(translate("NewLetterWindow", "Pièces jointes (PDF, ou images converties en PDF)"), box)

    def choose_attachments(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, translate("NewLetterWindow", "Joindre des fichiers"), "",
                                                translate("NewLetterWindow", "Documents PDF ou images (*.pdf *.png *.jpg *.jpeg)"))
        self.add_attachments([Path(name) for name in names])

    def add_attachments(self, paths: list[Path]) -> None:
        for path in paths:
            if path not in self.attachments:
                self.attachments.append(path)
                self.attachment_list.addItem(path.name)

    def remove_attachment(self) -> None:
        row = self.attachment_list.currentRow()
        if row >= 0:
            self.attachment_list.takeItem(row)
            del self.attachments[row]

    # -- models --------------------------------------------------------------------------
    def _reload_models(self) -> None:
        text = self.model_combo.currentText()
        self.models = {model.name: model for model in compose.list_models(self.context)}
        self.model_combo.clear()
        self.model_combo.addItems(list(self.models))
        self.model_combo.setEditText(text)

    def _model_chosen(self, index: int) -> None:
        model = self.models.get(self.model_combo.itemText(index))
        if model is not None:
            self.subject.setText(model.subject)
            self.body.setHtml(model.body_html)

    def save_model(self) -> None:
        name = self.model_combo.currentText().strip()
        if not name:
            self._say(translate("NewLetterWindow", "Donnez un nom au modèle (zone « Modèle »)."), ERROR_STYLE)
            return
        if problems := compose.save_model(self.context, compose.SavedModel(name, self.subject.text().strip(),
                                                                            self.body_html())):
            self._say("\n".join(render(problem) for problem in problems), ERROR_STYLE)
            return
        self._reload_models()
        self._say(translate("NewLetterWindow", "Modèle « {name} » enregistré.").format(name=name), DONE_STYLE)

    def delete_model(self) -> None:
        name = self.model_combo.currentText().strip()
        if name not in self.models:
            self._say(translate("NewLetterWindow", "Aucun modèle enregistré sous ce nom."), ERROR_STYLE)
            return
        compose.delete_model(self.context, name)
        self._reload_models()
        self._say(translate("NewLetterWindow", "Modèle « {name} » supprimé.").format(name=name), DONE_STYLE)

    # -- preview and creation ------------------------------------------------------------
    def body_html(self) -> str:
        return compose.simple_html(self.body.toHtml())

    def draft(self) -> compose.LetterDraft:
        ag_date = self.ag_date.date().toPython() if self.is_convocation.isChecked() else None
        return compose.LetterDraft(self.subject.text(), self.body_html(), self.model_combo.currentText(),
                                   ag_date if isinstance(ag_date, dt.date) else None, self.dossier.text(),
                                   tuple(self.attachments))

    def _buttons(self) -> QHBoxLayout:
        self.preview_combo = QComboBox()
        self.preview_combo.setProperty("i18n_data", True)       # the recipients
        self.preview_combo.setMinimumWidth(260)
        preview = QPushButton(translate("NewLetterWindow", "Aperçu"))
        preview.clicked.connect(self.preview)
        self.create_button = QPushButton(translate("NewLetterWindow", "Créer les courriers"))
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self.create_letters)
        close = QPushButton(translate("NewLetterWindow", "Fermer"))
        close.clicked.connect(self.close)
        row = QHBoxLayout()
        row.addWidget(QLabel(translate("NewLetterWindow", "Aperçu pour :")))
        row.addWidget(self.preview_combo)
        row.addWidget(preview)
        row.addStretch(1)
        row.addWidget(self.create_button)
        row.addWidget(close)
        return row

    def preview(self) -> LetterPreviewDialog | None:
        tiers_id = self.preview_combo.currentData()
        if tiers_id is None:
            self._say(translate("NewLetterWindow", "Ajoutez d'abord un destinataire."), ERROR_STYLE)
            return None
        try:
            images = compose.preview_pages(self.context, self.draft(), tiers_id)
        except compose.PreviewError as error:
            self._say(render(error.message), ERROR_STYLE)
            return None
        self.last_preview = LetterPreviewDialog(self.preview_combo.currentText(), images, self)
        self.last_preview.open()
        return self.last_preview

    def create_letters(self) -> None:
        draft = self.draft()
        if problems := compose.problems(draft, len(self.recipients)):
            self._say("\n".join(render(problem) for problem in problems), ERROR_STYLE)
            return
        ids = [recipient.tiers_id for recipient in self.recipients]
        self.create_button.setEnabled(False)
        self._say("")
        self.jobs.start(translate("NewLetterWindow", "Création des courriers…"),
                        lambda control: compose.create(self.context, draft, ids, control),
                        self._created, self._failed)

    def _created(self, result) -> None:
        self.create_button.setEnabled(True)
        if result is CANCELLED:
            self._say(translate("NewLetterWindow", "Création annulée : aucun courrier n'a été créé."), ERROR_STYLE)
            return
        self.created = result
        self.recipients = []            # their letters are made: a second click must not make them twice
        self._show_recipients()
        numbers = [number for _id, number in result]
        self._say(translate("NewLetterWindow", "{count} courrier(s) créé(s), chronotés n° {first} à {last} : "
                            "retrouvez-les dans la liste des événements.").format(
            count=len(numbers), first=numbers[0], last=numbers[-1]), DONE_STYLE)

    def _failed(self, text: str) -> None:
        self.create_button.setEnabled(True)
        self._say(text, ERROR_STYLE)

    def _say(self, text: str, style: str = "") -> None:
        self.message.setStyleSheet(style)
        self.message.setText(text)

    def closeEvent(self, event) -> None:
        self.jobs.stop()
        super().closeEvent(event)
