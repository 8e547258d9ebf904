"""« Gérer les expéditeurs de lettres recommandées » (seed 001): the senders of the account, their
eIDAS identification and, once the OTP key is stored, the current 6-digit code with its
countdown (like AR24's OTP page). Rules in app/accounts/senders.py."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.context import AppContext
from app.services import accounts
from app.services.accounts import (
    FIELD_MAX_LENGTHS,
    PERIOD,
    SENDER_LIMIT_MESSAGE,
    EidasState,
    SenderAddress,
    SenderDraft,
    SenderRow,
    otp_letters_dir,
)
from ui.busy import TaskRunner
from ui.change_bridge import Change, changes
from ui.help import help_header
from ui.i18n import render, translate
from ui.widgets import ERROR_STYLE, form, frame, header_bar, single_choice_table

INTRO = QT_TRANSLATE_NOOP("SendersWindow", "Ajouter un expéditeur permet de vérifier son identité lors d'une "
                          "première utilisation de la LRE : AR24 lui adresse ses identifiants eIDAS par lettre "
                          "recommandée papier (4 jours ouvrés). Le nombre d'expéditeur est limité à 2 maximum ; il est "
                          "conseillé de ne retenir qu'un seul et unique expéditeur qualifié pour toute l'agence.")
COLUMNS = [QT_TRANSLATE_NOOP("SendersWindow", "E-mail"), QT_TRANSLATE_NOOP("SendersWindow", "Nom"),
           QT_TRANSLATE_NOOP("SendersWindow", "Adresse"), QT_TRANSLATE_NOOP("SendersWindow", "Identification eIDAS")]
ADDRESS_LABELS = {"firstname": QT_TRANSLATE_NOOP("AddSenderDialog", "Prénom :"),
                  "lastname": QT_TRANSLATE_NOOP("AddSenderDialog", "Nom :"),
                  "company": QT_TRANSLATE_NOOP("AddSenderDialog", "Société :"),
                  "address1": QT_TRANSLATE_NOOP("AddSenderDialog", "Adresse :"),
                  "address2": QT_TRANSLATE_NOOP("AddSenderDialog", "Complément :"),
                  "zipcode": QT_TRANSLATE_NOOP("AddSenderDialog", "Code postal :"),
                  "city": QT_TRANSLATE_NOOP("AddSenderDialog", "Ville :"),
                  "country": QT_TRANSLATE_NOOP("AddSenderDialog", "Pays :")}


class SendersWindow(QDialog):
    def __init__(self, context: AppContext, login: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.login = context, login
        self.rows: tuple[SenderRow, ...] = ()
        self.code: accounts.SenderCode | None = None
        self.last_dialog: QDialog | None = None
        self.setWindowTitle(translate("SendersWindow", "Gérer les expéditeurs de lettres recommandées"))
        intro = QLabel(translate("SendersWindow", INTRO))
        intro.setWordWrap(True)
        self.table = single_choice_table([translate("SendersWindow", title) for title in COLUMNS], stretch_column=2)
        self.table.setMaximumHeight(96)     # two senders at most
        self.table.itemSelectionChanged.connect(self._show_selected)
        self.add_button = QPushButton(translate("SendersWindow", "Ajouter un expéditeur"))
        self.add_button.clicked.connect(self.add_sender)
        self.remove_button = QPushButton(translate("SendersWindow", "Supprimer l'expéditeur"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.order_button = QPushButton(translate("SendersWindow", "Enregistrer et recevoir mes identifiants eIDAS"))
        self.order_button.clicked.connect(self.order_selected)
        self.key_button = QPushButton(translate("SendersWindow", "Saisir ou modifier vos identifiants"))
        self.key_button.clicked.connect(self.open_key_dialog)
        self.letter_button = QPushButton(translate("SendersWindow", "Ouvrir le courrier d'AR24 (démo)"))
        self.letter_button.setToolTip(translate("SendersWindow", "Démo locale : le courrier simulé d'AR24 avec la clé "
                                                "OTP de l'expéditeur, en clair et en QR code."))
        self.letter_button.clicked.connect(self.open_letter)
        self.letter_button.setVisible(accounts.is_demo(context))
        self.runner = TaskRunner([self.add_button, self.remove_button, self.order_button, self.key_button,
                                  self.letter_button])
        self.runner.settled.connect(self._show_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(help_header(translate("SendersWindow", "PREFERENCES > Gérer les expéditeurs de lettres "
                                               "recommandées"), "preferences"))
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(self._detail_frame())
        layout.addWidget(self.runner)
        layout.addStretch(1)
        self.code_timer = QTimer(self)
        self.code_timer.setInterval(1000)
        self.code_timer.timeout.connect(self._tick)
        self.reload()
        self.resize(900, 500)
        changes().connect_to(self, {Change.SENDERS}, self.reload)

    def _detail_frame(self) -> QWidget:
        self.detail_label = QLabel()
        self.detail_label.setWordWrap(True)
        self.code_label = QLabel()
        self.code_label.setStyleSheet("font-size: 26pt; font-weight: bold; letter-spacing: 4px; color: #3c3f46;")
        self.countdown = QProgressBar()
        self.countdown.setRange(0, PERIOD)
        self.countdown.setFixedWidth(240)
        self.code_hint = QLabel(translate("SendersWindow", "Code OTP à 6 chiffres de cet expéditeur, généré par "
                                          "l'application à partir de sa clé (le même que sur la page OTP d'AR24). Il "
                                          "est repris automatiquement à chaque LRE."))
        self.code_hint.setWordWrap(True)
        actions = QHBoxLayout()
        actions.addWidget(self.order_button)
        actions.addWidget(self.key_button)
        actions.addWidget(self.letter_button)
        actions.addStretch(1)
        code_row = QHBoxLayout()
        code_row.addWidget(self.code_label)
        code_row.addSpacing(16)
        code_row.addWidget(self.countdown)
        code_row.addStretch(1)
        box = frame(translate("SendersWindow", "Expéditeur sélectionné"))
        inner = QVBoxLayout(box)
        inner.addWidget(self.detail_label)
        inner.addLayout(actions)
        inner.addLayout(code_row)
        inner.addWidget(self.code_hint)
        return box

    # -- list --------------------------------------------------------------------------------
    def reload(self, select_id: int | None = None) -> None:
        selected = select_id or (self.selected().id if self.selected() else None)
        self.rows = accounts.list_senders(self.context, self.login)
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            for c, text in enumerate((row.email, row.name, row.address, translate("Senders", row.state_label))):
                self.table.setItem(r, c, QTableWidgetItem(text))
        for column in (0, 1, 3):
            self.table.resizeColumnToContents(column)
        index = next((i for i, row in enumerate(self.rows) if row.id == selected), 0 if self.rows else -1)
        if index >= 0:
            self.table.selectRow(index)
        self._show_selected()

    def selected(self) -> SenderRow | None:
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) and self.table.selectedItems() else None

    def _show_selected(self) -> None:
        sender = self.selected()
        idle = not self.runner.busy
        self.remove_button.setEnabled(idle and sender is not None)
        self.order_button.setEnabled(idle and sender is not None and sender.state is EidasState.NONE)
        self.key_button.setEnabled(idle and sender is not None)
        self.letter_button.setEnabled(idle and sender is not None and sender.state is not EidasState.NONE)
        if sender is None:
            self.detail_label.setText(translate("SendersWindow", "Aucun expéditeur : cliquez sur « Ajouter un "
                                                "expéditeur » et saisissez son adresse e-mail."))
        else:
            state = translate("SendersWindow", "Identification eIDAS : {state}").format(
                state=translate("Senders", sender.state_label))
            self.detail_label.setText(f"<b>{sender.email}</b> — {sender.name}<br>{sender.address}<br>{state}")
        self.code = accounts.sender_code(self.context, sender) if sender else None
        for widget in (self.code_label, self.countdown, self.code_hint):
            widget.setVisible(self.code is not None)
        if self.code:
            self._tick()
            self.code_timer.start()
        else:
            self.code_timer.stop()

    def _tick(self) -> None:
        if not self.code:
            return
        code = self.code.now()
        self.code_label.setText(f"{code.code[:3]} {code.code[3:]}")
        self.countdown.setValue(code.seconds_left)
        self.countdown.setFormat(translate("SendersWindow", "Nouveau code dans {seconds} s").format(
            seconds=code.seconds_left))

    # -- actions -----------------------------------------------------------------------------
    def add_sender(self) -> QDialog | None:
        if accounts.sender_slots(self.context, self.login).full:
            self.runner.show_error(render(SENDER_LIMIT_MESSAGE))       # seed 001's sentence
            return None
        dialog = AddSenderDialog(self.context, self.login, self)
        dialog.added.connect(self._saved)
        self.last_dialog = dialog
        dialog.open()
        return dialog

    def _added(self, sender_id: int, message: str) -> None:
        self.reload(sender_id)
        self.runner.show_info(message)

    def _saved(self, saved: accounts.SenderSaved) -> None:
        self._added(saved.sender_id, render(saved.message))

    def remove_selected(self, confirmed: bool = False) -> None:
        sender = self.selected()
        if sender is None:
            return
        if not confirmed and QMessageBox.question(
                self, translate("SendersWindow", "Supprimer l'expéditeur"),
                translate("SendersWindow", "Supprimer l'expéditeur {email} et sa clé OTP enregistrée ?").format(
                    email=sender.email)
        ) != QMessageBox.StandardButton.Yes:
            return
        accounts.remove_sender(self.context, sender.id)     # the list reloads on the change it publishes
        self.runner.show_info(translate("SendersWindow", "Expéditeur {email} supprimé.").format(email=sender.email))

    def order_selected(self):
        sender = self.selected()
        if sender is None:
            return None
        context = self.context
        return self.runner.run(translate("SendersWindow", "Commande des identifiants eIDAS auprès d'AR24…"),
                               lambda: accounts.order_identity(context, sender.id), self._saved)

    def open_letter(self):
        """« Démo locale »: AR24's letter with the OTP key, opened in the PDF viewer."""
        sender = self.selected()
        if sender is None:
            return None
        context = self.context

        def done(path: Path) -> None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
            self.runner.show_info(translate("SendersWindow", "Courrier d'AR24 : {path}. Lisez-en la clé OTP avec « Saisir "
                                            "ou modifier vos identifiants », ou scannez son QR code.").format(path=path))

        return self.runner.run(translate("SendersWindow", "Courrier d'AR24…"),
                               lambda: accounts.otp_letter(context, sender.id), done)

    def open_key_dialog(self) -> QDialog | None:
        sender = self.selected()
        if sender is None:
            return None
        dialog = OtpKeyDialog(self.context, sender, self)
        registered = translate("SendersWindow", "Clé OTP de {email} vérifiée par AR24 et enregistrée : le code de "
                               "chaque LRE sera généré automatiquement.").format(email=sender.email)
        dialog.registered.connect(lambda: self._added(sender.id, registered))
        self.last_dialog = dialog
        dialog.open()
        return dialog

    def done(self, result: int) -> None:
        self.code_timer.stop()
        super().done(result)


class AddSenderDialog(QDialog):
    """Step 1 the e-mail, step 2 the postal address (seed 001)."""

    added = Signal(object)     # accounts.SenderSaved

    def __init__(self, context: AppContext, login: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.login = context, login
        self.draft: SenderDraft | None = None
        self.setWindowTitle(translate("AddSenderDialog", "Ajouter un expéditeur"))
        self.email = QLineEdit()
        self.email.setPlaceholderText(translate("AddSenderDialog", "adresse e-mail du compte AR24 de l'expéditeur"))
        self.next_button = QPushButton(translate("AddSenderDialog", "Suivant"))
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self.next_step)
        step1 = QWidget()
        s1 = QVBoxLayout(step1)
        s1.addWidget(QLabel(translate("AddSenderDialog", "Étape 1 : renseignez l'adresse e-mail de l'expéditeur.")))
        s1.addLayout(form([(translate("AddSenderDialog", "E-mail :"), self.email)]))
        s1.addWidget(self.next_button, alignment=Qt.AlignmentFlag.AlignRight)
        s1.addStretch(1)
        self.fields = {name: QLineEdit() for name in ADDRESS_LABELS}
        for name, length in FIELD_MAX_LENGTHS.items():
            self.fields[name].setMaxLength(length)
        self.save_button = QPushButton(translate("AddSenderDialog", "Enregistrer et recevoir mes identifiants eIDAS"))
        self.save_button.clicked.connect(self.save)
        step2 = QWidget()
        s2 = QVBoxLayout(step2)
        self.step2_label = QLabel()
        self.step2_label.setWordWrap(True)
        s2.addWidget(self.step2_label)
        s2.addLayout(form([(translate("AddSenderDialog", ADDRESS_LABELS[name]), field)
                           for name, field in self.fields.items()]))
        s2.addWidget(self.save_button, alignment=Qt.AlignmentFlag.AlignRight)
        self.stack = QStackedWidget()
        self.stack.addWidget(step1)
        self.stack.addWidget(step2)
        self.runner = TaskRunner([self.next_button, self.save_button, self.email])
        layout = QVBoxLayout(self)
        layout.addWidget(header_bar(translate("AddSenderDialog", "Ajouter un expéditeur")))
        layout.addWidget(self.stack)
        layout.addWidget(self.runner)
        self.resize(560, 420)

    def next_step(self):
        context, login, email = self.context, self.login, self.email.text()
        return self.runner.run(translate("AddSenderDialog", "Recherche du compte AR24 de l'expéditeur…"),
                               lambda: accounts.find_sender_account(context, login, email),
                               self._show_step2)

    def _show_step2(self, draft: SenderDraft) -> None:
        self.draft = draft
        for name, field in self.fields.items():
            field.setText(getattr(draft.address, name))
        if draft.identity_verified:
            self.step2_label.setText(translate("AddSenderDialog", "Étape 2 : l'identité de {email} est déjà vérifiée "
                                               "par AR24 : vérifiez son adresse puis enregistrez ; vous saisirez "
                                               "ensuite la clé OTP de son courrier.").format(email=draft.email))
            self.save_button.setText(translate("AddSenderDialog", "Enregistrer l'expéditeur"))
        else:
            self.step2_label.setText(translate("AddSenderDialog", "Étape 2 : vérifiez l'adresse postale de {email} : "
                                               "AR24 y adressera par lettre recommandée papier le courrier contenant "
                                               "ses identifiants eIDAS.").format(email=draft.email))
        self.stack.setCurrentIndex(1)

    def save(self):
        if self.draft is None:
            return None
        context, login, draft = self.context, self.login, self.draft
        address = SenderAddress(**{name: field.text() for name, field in self.fields.items()})
        if problems := address.problems():
            self.runner.show_error("\n".join(render(problem) for problem in problems))
            return None
        return self.runner.run(translate("AddSenderDialog", "Enregistrement de l'expéditeur…"),
                               lambda: accounts.add_sender(context, login, draft, address), self._saved)

    def _saved(self, saved: accounts.SenderSaved) -> None:
        self.added.emit(saved)
        self.accept()


class OtpKeyDialog(QDialog):
    """« Saisir ou modifier vos identifiants »: the scanned letter (QR code) or the typed key."""

    registered = Signal()

    def __init__(self, context: AppContext, sender: SenderRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.sender = context, sender
        self.setWindowTitle(translate("OtpKeyDialog", "Identifiants eIDAS - {email}").format(email=sender.email))
        self.file_button = QPushButton(translate("OtpKeyDialog", "Sélectionner un fichier"))
        self.file_button.clicked.connect(self.pick_file)
        self.key = QLineEdit()
        self.key.setEchoMode(QLineEdit.EchoMode.Password)
        self.key.setPlaceholderText(translate("OtpKeyDialog", "clé OTP du courrier d'AR24 (lettres majuscules et "
                                              "chiffres)"))
        self.show_key = QPushButton(translate("OtpKeyDialog", "Afficher"))
        self.show_key.setCheckable(True)
        self.show_key.toggled.connect(lambda on: self.key.setEchoMode(
            QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password))
        self.save_button = QPushButton(translate("OtpKeyDialog", "Enregistrer"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.register)
        self.runner = TaskRunner([self.file_button, self.key, self.save_button])
        explain = QLabel(translate("OtpKeyDialog", "Ajoutez le courrier d'AR24 scanné (image .PNG, .JPG, .JPEG ou "
                                   "PDF) : la clé est lue dans son QR code. Ou saisissez la clé OTP indiquée sur le "
                                   "courrier. AR24 vérifie la clé avant qu'elle soit rangée dans le trousseau sécurisé "
                                   "du système."))
        explain.setWordWrap(True)
        key_row = QHBoxLayout()
        key_row.addWidget(self.key, 1)
        key_row.addWidget(self.show_key)
        layout = QVBoxLayout(self)
        layout.addWidget(header_bar(translate("OtpKeyDialog", "Identifiants eIDAS de {email}").format(
            email=sender.email)))
        layout.addWidget(explain)
        if keyring_warning := accounts.keyring_warning(context):
            warning = QLabel(render(keyring_warning))
            warning.setWordWrap(True)
            warning.setStyleSheet(ERROR_STYLE)
            layout.addWidget(warning)
        layout.addWidget(self.file_button, alignment=Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(QLabel(translate("OtpKeyDialog", "Clé OTP :")))
        layout.addLayout(key_row)
        layout.addWidget(self.runner)
        layout.addWidget(self.save_button, alignment=Qt.AlignmentFlag.AlignRight)
        self.resize(600, 320)

    def pick_file(self) -> None:
        start = otp_letters_dir() if otp_letters_dir().exists() else Path.home()
        path, _ = QFileDialog.getOpenFileName(self, translate("OtpKeyDialog", "Courrier d'AR24 scanné"), str(start),
                                              translate("OtpKeyDialog", "Courrier scanné (*.png *.jpg *.jpeg *.pdf)"))
        if path:
            self.read_file(Path(path))

    def read_file(self, path: Path):
        """Decode the QR code in the background (a PDF page is rendered first)."""
        def done(key: str) -> None:
            self.key.setText(key)
            self.runner.show_info(translate("OtpKeyDialog", "QR code lu dans « {file} » : cliquez sur « Enregistrer » "
                                            "pour faire vérifier la clé par AR24.").format(file=path.name))

        return self.runner.run(translate("OtpKeyDialog", "Lecture du QR code de « {file} »…").format(file=path.name),
                               lambda: accounts.read_otp_key_file(path), done)

    def register(self):
        context, sender_id, text = self.context, self.sender.id, self.key.text()

        return self.runner.run(translate("OtpKeyDialog", "Vérification de la clé OTP auprès d'AR24…"),
                               lambda: accounts.register_otp_key(context, sender_id, text), self._registered)

    def _registered(self, _result: object) -> None:
        self.registered.emit()
        self.accept()
