"""Paramètres › Préférences et administration › Base de données: where this seat keeps its data."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.machine_settings import MachineSettings
from app.secrets import NO_KEYRING_MESSAGE, SecretStore
from app.services import admin
from app.services.admin import DatabaseChoice
from ui.background import Job, run_job
from ui.i18n import render, translate
from ui.widgets import ERROR_STYLE, form, frame, header_bar, read_only_field

OK_STYLE = "color: #2e7d32;"


def _note(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class DatabaseDialog(QDialog):
    """Local SQLite file, or the agency's PostgreSQL server shared by every seat.

    ``problem`` (a sentence in the interface's language) is shown on top when the application could not open the
    configured database at start-up: the user fixes the address here."""

    def __init__(self, settings: MachineSettings, secrets: SecretStore, current: str = "",
                 problem: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings, self.secrets = settings, secrets
        self.job: Job | None = None
        self.setWindowTitle(translate("DatabaseDialog", "Base de données"))
        self.local = QRadioButton(translate("DatabaseDialog", "Base locale de ce poste (SQLite) — un seul poste"))
        self.server = QRadioButton(translate("DatabaseDialog", "Serveur PostgreSQL de l'agence — plusieurs postes "
                                             "sur les mêmes données"))
        group = QButtonGroup(self)
        group.addButton(self.local)
        group.addButton(self.server)
        self.host, self.database, self.user = QLineEdit(), QLineEdit(), QLineEdit()
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.host.setPlaceholderText(translate("DatabaseDialog", "serveur ou adresse IP"))
        self.database.setPlaceholderText("recommandes")
        self.database.setProperty("i18n_data", True)   # its hint is the usual database name, not a sentence
        server_form = QWidget()
        server_form.setLayout(form([(translate("DatabaseDialog", "Serveur"), self.host),
                                    (translate("DatabaseDialog", "Port"), self.port),
                                    (translate("DatabaseDialog", "Base"), self.database),
                                    (translate("DatabaseDialog", "Utilisateur"), self.user),
                                    (translate("DatabaseDialog", "Mot de passe"), self.password)]))
        self.server_box = frame(translate("DatabaseDialog", "Serveur PostgreSQL"), server_form)
        self.test_button = QPushButton(translate("DatabaseDialog", "Tester la connexion"))
        self.test_button.clicked.connect(self.test_connection)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self._load()
        self.local.toggled.connect(self._enable)
        self._enable()

        in_use = translate("DatabaseDialog", "Base utilisée actuellement : {url}").format(url=current)
        notes = [in_use if current else "",
                 translate("DatabaseDialog", "Le changement prend effet au prochain démarrage de l'application, "
                           "sur ce poste seulement : faites le même réglage sur chaque poste de l'agence."),
                 translate("DatabaseDialog", "Pour transférer la base locale de ce poste sur le serveur (dans une "
                           "base vide), lancez une fois, sur ce poste :")]
        if admin.database_overridden():
            notes.insert(0, translate("DatabaseDialog", "Ce poste est lancé avec la variable RECO_DB_URL : elle "
                                      "l'emporte sur ce réglage."))
        copy_command = read_only_field(f"python main.py copy-store --from {admin.local_database_url()} --to " + translate(
            "DatabaseDialog", "postgresql://utilisateur@serveur/base"))
        copy_command.setProperty("i18n_data", True)      # a command line: its options are the program's
        info: list[QWidget] = [_note(note) for note in notes if note] + [copy_command]
        if not secrets.persistent:
            info.append(_note(render(NO_KEYRING_MESSAGE)))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(translate("DatabaseDialog", "Enregistrer"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(translate("DatabaseDialog", "Annuler"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(header_bar(translate("DatabaseDialog", "PRÉFÉRENCES > Base de données")))
        self.problem = QLabel(problem)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(ERROR_STYLE)
        self.problem.setVisible(bool(problem))
        layout.addWidget(self.problem)
        layout.addWidget(self.local)
        layout.addWidget(self.server)
        layout.addWidget(self.server_box)
        layout.addWidget(self.test_button, alignment=Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.result)
        for widget in info:
            layout.addWidget(widget)
        layout.addWidget(buttons)
        self.setMinimumWidth(680)

    def _load(self) -> None:
        choice = admin.database_choice(self.settings, self.secrets)
        (self.server if choice.server else self.local).setChecked(True)
        self.host.setText(choice.host)
        self.port.setValue(choice.port)
        self.database.setText(choice.database)
        self.user.setText(choice.user)
        self.password.setText(choice.password)

    def _enable(self) -> None:
        self.server_box.setEnabled(self.server.isChecked())
        self.test_button.setEnabled(self.server.isChecked())

    def choice(self) -> DatabaseChoice:
        return DatabaseChoice(self.server.isChecked(), self.host.text(), self.port.value(), self.database.text(),
                              self.user.text(), self.password.text())

    def _show(self, ok: bool, message: str) -> None:
        self.result.setStyleSheet(OK_STYLE if ok else ERROR_STYLE)
        self.result.setText(message)

    def test_connection(self) -> Job:
        choice = self.choice()
        self.test_button.setEnabled(False)
        self._show(True, translate("DatabaseDialog", "Connexion en cours…"))
        self.job = run_job(lambda _control: admin.check_database(choice), self)
        self.job.succeeded.connect(lambda check: self._show(check.ok, render(check.message)))
        self.job.failed.connect(lambda message: self._show(False, message))
        self.job.finished.connect(self._enable)
        return self.job

    def save(self) -> bool:
        try:
            admin.save_database(self.settings, self.secrets, self.choice())
        except ValueError as error:
            self._show(False, render(error))
            return False
        self.accept()
        return True
