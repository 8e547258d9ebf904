"""OTP validation of a batch (LSC "Consulter mes AR en attente de validation OTP"): the to_valid
letters with checkboxes (the header box ticks them all), then the 6-digit code, then the posts
by the sending process, like a batch, with progress and cancel. One code validates the whole
batch; when AR24's one-hour session ends during a long batch, a new code is asked and the batch
continues."""
from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QRect,
    QRegularExpression,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QStyle,
    QStyleOptionButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.changes import Change
from app.context import AppContext
from app.letters.queries import LETTER_FIELDS
from app.letters.validation import AR24_OTP_PAGE, summary
from app.outbox.pipeline import Progress
from app.outbox.post import ValidationReport
from app.services import letters as service
from app.services.letters import type_label
from ui.change_bridge import changes
from ui.help import help_header
from ui.i18n import render, translate
from ui.sending.outbox_process import OutboxProcessJob

F = {name: index for index, name in enumerate(LETTER_FIELDS)}
COLUMNS = [("", None), (QT_TRANSLATE_NOOP("Columns", "Date"), "created_at"),
           (QT_TRANSLATE_NOOP("Columns", "Type"), "send_type"),
           (QT_TRANSLATE_NOOP("Columns", "Emetteur"), "sender_name"),
           (QT_TRANSLATE_NOOP("Columns", "Destinataire"), "recipient_name"),
           (QT_TRANSLATE_NOOP("Columns", "Destinataire email"), "recipient_email"),
           (QT_TRANSLATE_NOOP("Columns", "Entité"), "entity_code")]


class CheckedLettersModel(QAbstractTableModel):
    """The to_valid letters, each with a check box in column 0."""

    changed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[tuple] = []
        self.checked: set[int] = set()

    def set_rows(self, rows: list[tuple]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.checked &= {row[0] for row in rows}
        self.endResetModel()
        self.changed.emit()

    def set_all(self, checked: bool) -> None:
        self.checked = {row[0] for row in self.rows} if checked else set()
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, 0))
        self.changed.emit()

    def all_checked(self) -> bool:
        return bool(self.rows) and len(self.checked) == len(self.rows)

    def checked_ids(self) -> list[int]:
        return [row[0] for row in self.rows if row[0] in self.checked]

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        row = self.rows[index.row()]
        if index.column() == 0:
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if row[0] in self.checked else Qt.CheckState.Unchecked
            return None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        field = COLUMNS[index.column()][1]
        value = row[F[field]]
        if field == "created_at":
            text = str(value)   # ISO from the database
            return f"{text[8:10]}/{text[5:7]}/{text[:4]} {text[11:16]}"
        return translate("Letters", type_label(str(value))) if field == "send_type" else str(value or "")

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if index.column() != 0 or role != Qt.ItemDataRole.CheckStateRole:
            return False
        letter_id = self.rows[index.row()][0]
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self.checked.add(letter_id)
        else:
            self.checked.discard(letter_id)
        self.dataChanged.emit(index, index)
        self.changed.emit()
        return True

    def flags(self, index):
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags | Qt.ItemFlag.ItemIsUserCheckable if index.column() == 0 else flags

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            title = COLUMNS[section][0]
            return translate("Columns", title) if title else title
        return None


class CheckAllHeader(QHeaderView):
    """The header whose first section is a check box ticking every row (LSC: "la 1ère case à
    cocher sélectionne tous les éléments")."""

    def __init__(self, model: CheckedLettersModel, parent=None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.letters = model
        self.setSectionsClickable(True)
        self.sectionClicked.connect(self._clicked)
        model.changed.connect(lambda: self.viewport().update())

    def paintSection(self, painter, rect: QRect, index: int) -> None:
        painter.save()
        super().paintSection(painter, rect, index)
        painter.restore()
        if index == 0:
            option = QStyleOptionButton()
            size = self.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth)
            option.rect = QRect(rect.x() + (rect.width() - size) // 2, rect.y() + (rect.height() - size) // 2,
                                size, size)
            option.state = QStyle.StateFlag.State_Enabled | (
                QStyle.StateFlag.State_On if self.letters.all_checked() else QStyle.StateFlag.State_Off)
            self.style().drawControl(QStyle.ControlElement.CE_CheckBox, option, painter)

    def _clicked(self, index: int) -> None:
        if index == 0:
            self.letters.set_all(not self.letters.all_checked())


class OtpEntryDialog(QDialog):
    """The 6-digit code: typed (authenticator app, AR24's OTP page) or generated from the
    selected sender's stored key."""

    def __init__(self, context: AppContext, count: int, parent: QWidget | None = None, *, notice: str = "") -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(translate("OtpEntryDialog", "Code OTP"))
        senders = service.otp_senders(context)
        intro = QLabel(translate("OtpEntryDialog", "Validation de <b>{count} lettre(s) recommandée(s)</b> pour "
                                 "l'envoi AR24.<br>Saisissez le code OTP à 6 chiffres de l'expéditeur (application "
                                 "d'authentification ou page OTP d'AR24), ou générez-le depuis la clé OTP "
                                 "enregistrée.").format(count=count))
        intro.setWordWrap(True)
        self.notice = QLabel(notice)
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("color: #a33; font-weight: bold;")
        self.notice.setVisible(bool(notice))
        self.sender = QComboBox()
        self.key_stored = {sender.email: sender.key_stored for sender in senders}
        for sender in senders:
            stored = translate("OtpEntryDialog", "clé OTP enregistrée") if sender.key_stored \
                else translate("OtpEntryDialog", "pas de clé enregistrée")
            name, email = sender.name, sender.email
            self.sender.addItem(f"{name} <{email}> - {stored}" if name else f"{email} - {stored}", email)
        if not senders:
            self.sender.addItem(translate("OtpEntryDialog", "Aucun expéditeur enregistré"), None)
        self.code = QLineEdit(placeholderText="000000")
        # [0-9], not \d: Qt's \d also takes Arabic-Indic and full-width digits, which AR24 refuses.
        self.code.setValidator(QRegularExpressionValidator(QRegularExpression(r"[0-9]{0,6}"), self))
        self.code.setMaxLength(6)
        font = QFont("monospace", 18)
        font.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, 6)
        self.code.setFont(font)
        self.code.setFixedWidth(170)
        self.generate = QPushButton(translate("OtpEntryDialog", "Générer"))
        self.generate.setToolTip(translate("OtpEntryDialog", "Calcule le code à partir de la clé OTP de "
                                           "l'expéditeur, rangée dans le trousseau sécurisé de ce poste"))
        self.generate.clicked.connect(self.generate_code)
        self.generate.setAutoDefault(False)   # Enter after "Générer" validates, it does not generate again
        self.sender.currentIndexChanged.connect(self._sender_changed)
        link = QLabel(f"<a href='{AR24_OTP_PAGE}'>" + translate("OtpEntryDialog", "Obtenir un code sur la page OTP "
                                                                 "d'AR24") + "</a>")
        link.setOpenExternalLinks(True)
        self.error = QLabel()
        self.error.setStyleSheet("color: #a33;")
        self.error.setWordWrap(True)
        code_row = QHBoxLayout()
        code_row.addWidget(self.code)
        code_row.addWidget(self.generate)
        code_row.addStretch(1)
        form = QFormLayout()
        form.addRow(translate("OtpEntryDialog", "Expéditeur"), self.sender)
        form.addRow(translate("OtpEntryDialog", "Code OTP"), code_row)
        form.addRow("", link)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(translate("OtpEntryDialog", "Valider"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(translate("OtpEntryDialog", "Annuler"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.code.textChanged.connect(lambda text: self.ok.setEnabled(len(text) == 6))
        self.ok.setEnabled(False)
        self.ok.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(help_header(translate("OtpEntryDialog", "LETTRES RECOMMANDEES AR24 > Validation OTP > Code"),
                                     "validation-otp"))
        layout.addWidget(intro)
        layout.addWidget(self.notice)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self._sender_changed()
        self.resize(600, 320)

    def _sender_changed(self) -> None:
        email = self.sender.currentData()
        self.generate.setEnabled(self.key_stored.get(email, False))

    def generate_code(self) -> None:
        try:
            self.code.setText(service.generated_code(self.context, self.sender.currentData() or ""))
            self.error.clear()
        except LookupError as error:
            self.error.setText(render(error))

    def value(self) -> str:
        return self.code.text()


class OtpSelectionWindow(QDialog):
    """The to_valid letters, ticked, then validated with one code."""

    validated = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.job: OutboxProcessJob | None = None
        self.entry: OtpEntryDialog | None = None
        self.last_message: QMessageBox | None = None
        self.expired_prompts = 0
        self.setWindowTitle(translate("OtpSelectionWindow", "Lettres en attente de validation OTP"))
        self.model = CheckedLettersModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setHorizontalHeader(CheckAllHeader(self.model, self.table))
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        for column, width in enumerate([34, 140, 130, 150, 200, 260]):
            self.table.setColumnWidth(column, width)
        self.counter = QLabel()
        self.progress = QProgressBar()
        self.progress.setFormat(translate("OtpSelectionWindow", "Validation : %v / %m lettre(s)"))
        self.progress.hide()
        self.validate_button = QPushButton(translate("OtpSelectionWindow", "Valider les lettres cochées…"))
        self.validate_button.clicked.connect(self.validate_checked)
        self.validate_button.setDefault(True)
        self.cancel_button = QPushButton(translate("OtpSelectionWindow", "Arrêter la validation"))
        self.cancel_button.setToolTip(translate("OtpSelectionWindow", "Les lettres pas encore transmises restent en "
                                                "attente de validation OTP"))
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.hide()
        self.close_button = QPushButton(translate("OtpSelectionWindow", "Fermer"))
        self.close_button.clicked.connect(self.close)
        self.model.changed.connect(self._update)
        changes().connect_to(self, {Change.LETTERS, Change.BATCH_ENDED}, self._letters_changed)
        intro = QLabel(translate("OtpSelectionWindow", "Cochez les lettres à valider (la case de l'en-tête les coche "
                                 "toutes) : un seul code OTP valide tout le lot, qui part ensuite chez AR24."))
        intro.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.counter, 1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.validate_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(help_header(translate("OtpSelectionWindow", "LETTRES RECOMMANDEES AR24 > Consulter mes AR en "
                                               "attente de validation OTP"), "validation-otp"))
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addWidget(self.progress)
        layout.addLayout(buttons)
        self.resize(1180, 560)

    def reload(self) -> None:
        self.model.set_rows(service.letters_to_validate(self.context))

    def _update(self) -> None:
        checked, total = len(self.model.checked), len(self.model.rows)
        self.counter.setText(translate("OtpSelectionWindow", "{checked} lettre(s) cochée(s) sur {total} en attente "
                                       "de validation OTP").format(checked=checked, total=total))
        busy = self.job is not None and self.job.running
        self.validate_button.setEnabled(checked > 0 and not busy)
        self.cancel_button.setVisible(busy)

    # -- the batch ----------------------------------------------------------------------
    def validate_checked(self) -> OtpEntryDialog | None:
        ids = self.model.checked_ids()
        if not ids:
            return None
        return self._ask_code(ids)

    def _ask_code(self, ids: list[int], notice: str = "") -> OtpEntryDialog:
        self.entry = OtpEntryDialog(self.context, len(ids), self, notice=notice)
        self.entry.accepted.connect(lambda: self._start(ids, self.entry.value()))
        self.entry.open()
        return self.entry

    def _start(self, ids: list[int], code: str) -> None:
        context = self.context
        self.progress.setRange(0, len(ids))
        self.progress.setValue(0)
        self.progress.show()
        # No parent: closing the window must not stop a batch that is posting.
        self.job = OutboxProcessJob(lambda: service.validation_request(context, ids, code))
        self.job.progress.connect(self._progressed)
        self.job.succeeded.connect(lambda report: self._finished(ids, report))
        self.job.failed.connect(lambda message: self._failed(ids, message))
        self.job.finished.connect(self._update)
        self.cancel_button.setEnabled(True)
        self._update()

    def _progressed(self, progress: Progress) -> None:
        self.progress.setValue(progress.done)

    def cancel(self) -> None:
        """The letter being posted finishes; the others stay to_valid."""
        if self.job is not None and self.job.running:
            self.cancel_button.setEnabled(False)
            self.job.cancel()

    def _letters_changed(self) -> None:
        if self.isVisible() and not (self.job is not None and self.job.running):   # a batch's end reloads it
            self.reload()

    def _names(self) -> dict[int, str]:
        return {row[0]: f"{row[F['recipient_name']]} ({row[F['recipient_email']]})" for row in self.model.rows}

    def _finished(self, ids: list[int], report: ValidationReport) -> None:
        names = self._names()
        self.progress.hide()
        self.reload()
        self.validated.emit()
        if report.otp_expired and report.remaining:
            # The one-hour session ran out mid-batch: the rest is still to_valid; a new code continues.
            self.expired_prompts += 1
            self._ask_code(report.remaining, notice=translate(
                "OtpSelectionWindow", "La session OTP d'AR24 a expiré pendant l'envoi : {posted} lettre(s) "
                "validée(s), {remaining} restent à valider. Saisissez un nouveau code pour continuer.").format(
                    posted=len(report.posted), remaining=len(report.remaining)))
            return
        self._show(QMessageBox.Icon.Information if report.posted and not report.failed else QMessageBox.Icon.Warning,
                   "\n".join(render(line) for line in summary(report, names)))

    def _failed(self, ids: list[int], message: str) -> None:
        # A wrong code or AR24 unreachable stops before any post; a store failure or a stopped
        # process may come after some: what is still to validate is read again, not assumed.
        self.progress.hide()
        self.reload()
        waiting = len(set(ids) & {row[0] for row in self.model.rows})
        after = translate("OtpSelectionWindow", "Aucune lettre n'a été envoyée : elles restent en attente de "
                          "validation OTP.") if waiting == len(ids) else translate(
            "OtpSelectionWindow", "{waiting} lettre(s) sur {total} restent en attente de validation OTP ; les autres "
            "ont été transmises à AR24 ou le seront après vérification.").format(waiting=waiting, total=len(ids))
        self._show(QMessageBox.Icon.Warning, f"{message}\n\n{after}")

    def _show(self, icon, text: str) -> None:
        self.last_message = QMessageBox(icon, translate("OtpSelectionWindow", "Alerte"), text, parent=self)
        self.last_message.open()
