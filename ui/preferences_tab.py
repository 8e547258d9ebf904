"""User record › tab « Préférences »: the « Compte AR24 » frame (authorise, link state polled in
the background, « Tester la connexion »), this workstation's AR24 connection, and the doors to
the senders and payment-method screens. Rules live in app/accounts/."""
from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import APP_NAME
from app.accounts.connection_admin import ConnectionForm, connection_view, save_connection
from app.accounts.link import LinkStatus, link_status, refresh_link, request_link
from app.ar24.errors import AR24Error
from app.ar24_access import ENVIRONMENT_LABELS
from app.context import AppContext
from app.secrets import NO_KEYRING_MESSAGE, ar24_password_key
from app.store.models import LinkState
from ui.background import Job, run_job
from ui.busy import ERROR_STYLE, TaskRunner
from ui.widgets import frame

POLL_INTERVAL_MS = 5000      # while the authorisation is pending
STATE_TEXT = {
    LinkState.NOT_LINKED: ("Non lié", "#b71c1c"),
    LinkState.PENDING: ("Autorisation en attente (cliquez sur le lien reçu par e-mail d'AR24)", "#e07b00"),
    LinkState.LINKED: ("Lié", "#1b5e20"),
}
SENT_MESSAGE = "Un mail vous a été envoyé pour autoriser {app} à utiliser votre compte AR24."
SECRET_PLACEHOLDER = "•••••• enregistré dans le trousseau (laisser vide pour le conserver)"


def _secret_field(placeholder: str = "") -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setPlaceholderText(placeholder)
    return field


class PreferencesTab(QWidget):
    link_changed = Signal(object)       # LinkStatus, after each answer of AR24
    senders_requested = Signal()
    payments_requested = Signal()

    def __init__(self, context: AppContext, login: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.login = context, login
        self.poll_job: Job | None = None
        self.poll_timer = QTimer(self)
        self.poll_timer.setInterval(POLL_INTERVAL_MS)
        self.poll_timer.timeout.connect(self.poll)
        self.keyring_note = QLabel(NO_KEYRING_MESSAGE)
        self.keyring_note.setWordWrap(True)
        self.keyring_note.setStyleSheet(ERROR_STYLE)
        self.keyring_note.setVisible(not context.secrets.persistent)
        layout = QVBoxLayout(self)
        layout.addWidget(self.keyring_note)
        layout.addWidget(self._account_frame())
        layout.addWidget(self._connection_frame())
        layout.addWidget(self._senders_frame())
        layout.addStretch(1)
        with context.store.session() as session:
            status = link_status(session, login)
        self.email.setText(status.email)
        self.show_status(status)
        self._show_connection(context.settings.ar24_environment)

    # -- « Compte AR24 » ---------------------------------------------------------------------
    def _account_frame(self) -> QWidget:
        self.email = QLineEdit()
        self.email.setPlaceholderText("adresse e-mail du compte AR24")
        self.password = _secret_field()
        if self.context.secrets.get(ar24_password_key(self.login)):
            self.password.setPlaceholderText(SECRET_PLACEHOLDER)
        self.authorize_button = QPushButton("Autoriser le compte")
        self.authorize_button.clicked.connect(self.authorize)
        self.test_button = QPushButton("Tester la connexion")
        self.test_button.clicked.connect(self.test_connection)
        self.simulate_button = QPushButton("Simuler le clic sur le lien d'AR24 (démo)")
        self.simulate_button.clicked.connect(self.simulate_confirmation)
        self.state_label, self.account_label = QLabel(), QLabel()
        self.identity_label, self.payment_label = QLabel(), QLabel()
        self.runner = TaskRunner([self.authorize_button, self.test_button, self.simulate_button, self.email])
        self.runner.settled.connect(self._apply_rules)
        buttons = QHBoxLayout()
        for button in (self.authorize_button, self.test_button, self.simulate_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        grid = QGridLayout()
        rows = [("E-mail :", self.email), ("Mot de passe :", self.password), ("", buttons),
                ("État du lien :", self.state_label), ("Compte :", self.account_label),
                ("Identité vérifiée (eIDAS) :", self.identity_label), ("Paiement AR24 :", self.payment_label),
                ("", self.runner)]
        for row, (label, item) in enumerate(rows):
            grid.addWidget(QLabel(label), row, 0)
            (grid.addLayout if isinstance(item, QHBoxLayout) else grid.addWidget)(item, row, 1)
        grid.setColumnStretch(1, 1)
        box = frame("Compte AR24")
        box.setLayout(grid)
        return box

    def show_status(self, status: LinkStatus) -> None:
        self.status = status
        text, colour = STATE_TEXT[status.state]
        self.state_label.setText(f"<b style='color:{colour}'>{text}</b>")
        linked = status.state is LinkState.LINKED
        self.account_label.setText(status.account_name if linked else "—")
        self.identity_label.setText(("Oui" if status.identity_verified else "Non : commandez les identifiants eIDAS "
                                     "dans « Gérer les expéditeurs »") if linked else "—")
        self.payment_label.setText(("Prêt" if status.payment_ready else "Aucun moyen de paiement : ajoutez-en un sur "
                                    "le site d'AR24") if linked else "—")
        self._apply_rules()
        if status.state is LinkState.PENDING:
            self.poll_timer.start()
        else:
            self.poll_timer.stop()
        self.link_changed.emit(status)

    def _apply_rules(self) -> None:
        demo = self.context.settings.ar24_environment == "demo"
        self.simulate_button.setVisible(demo and self.status.state is LinkState.PENDING)
        self.keyring_note.setVisible(not self.context.secrets.persistent)

    def authorize(self) -> Job | None:
        context, login = self.context, self.login
        email, password = self.email.text(), self.password.text()

        def done(status: LinkStatus) -> None:
            self.password.clear()
            if password:
                self.password.setPlaceholderText(SECRET_PLACEHOLDER)
            self.email.setText(status.email)
            self.show_status(status)
            message = SENT_MESSAGE.format(app=APP_NAME)
            if context.settings.ar24_environment == "demo":
                message += " (Démo locale : aucun e-mail n'est envoyé, utilisez « Simuler le clic sur le lien d'AR24 ».)"
            self.runner.show_info(message)

        return self.runner.run(
            "Demande d'autorisation envoyée à AR24…",
            lambda: request_link(context.ar24.client(), context.store, context.secrets, login, email, password), done)

    def test_connection(self) -> Job | None:
        context, login = self.context, self.login

        def done(status: LinkStatus) -> None:
            self.show_status(status)
            self.runner.show_info(f"{context.ar24.environment_label} : " + " ".join(status.lines))

        return self.runner.run("Test de la connexion à AR24…",
                               lambda: refresh_link(context.ar24.client(), context.store, login), done)

    def simulate_confirmation(self) -> Job | None:
        from app.accounts.demo import simulate_link_confirmation

        context, login, email = self.context, self.login, self.status.email

        def work() -> LinkStatus:
            simulate_link_confirmation(context.ar24.local_service(), email)
            return refresh_link(context.ar24.client(), context.store, login)

        def done(status: LinkStatus) -> None:
            self.show_status(status)
            self.runner.show_info("Le titulaire du compte a cliqué sur le lien d'AR24 : le compte est lié."
                                  if status.state is LinkState.LINKED else " ".join(status.lines))

        return self.runner.run("Confirmation de l'autorisation…", work, done)

    def poll(self) -> Job | None:
        """Background check while AR24 has not confirmed the link; quiet unless something changes."""
        if self.runner.busy or (self.poll_job is not None and self.poll_job.running):
            return None
        context, login = self.context, self.login
        self.poll_job = run_job(lambda _c: refresh_link(context.ar24.client(), context.store, login), self,
                                on_success=self._polled, on_failure=self.runner.show_error)
        return self.poll_job

    def _polled(self, status: LinkStatus) -> None:
        if status.state is not self.status.state:
            self.show_status(status)
            if status.state is LinkState.LINKED:
                self.runner.show_info(f"AR24 a confirmé l'autorisation : le compte {status.email} est lié.")

    # -- connection of this workstation ------------------------------------------------------
    def _connection_frame(self) -> QWidget:
        self.environment = QComboBox()
        for key, label in ENVIRONMENT_LABELS.items():
            self.environment.addItem(label, key)
        self.environment.currentIndexChanged.connect(lambda _i: self._show_connection(self.environment.currentData()))
        self.url = QLineEdit()
        self.token, self.private_key = _secret_field(), _secret_field()
        self.save_button = QPushButton("Enregistrer la connexion")
        self.save_button.clicked.connect(self.save_connection)
        self.connection_note = QLabel()
        self.connection_note.setWordWrap(True)
        grid = QGridLayout()
        save_row = QHBoxLayout()
        save_row.addWidget(self.save_button)
        save_row.addStretch(1)
        rows = [("Environnement :", self.environment), ("Adresse de l'API :", self.url),
                ("Jeton partenaire :", self.token), ("Clé privée d'API :", self.private_key),
                ("", save_row), ("", self.connection_note)]
        for row, (label, item) in enumerate(rows):
            grid.addWidget(QLabel(label), row, 0)
            (grid.addLayout if isinstance(item, QHBoxLayout) else grid.addWidget)(item, row, 1)
        grid.setColumnStretch(1, 1)
        box = frame("Connexion à AR24 de ce poste (administration)")
        box.setLayout(grid)
        return box

    def _show_connection(self, environment: str) -> None:
        view = connection_view(self.context.settings, self.context.secrets, environment)
        self.environment.blockSignals(True)
        self.environment.setCurrentIndex(self.environment.findData(environment))
        self.environment.blockSignals(False)
        self.url.setText(view.url if environment != "demo" else "service AR24 local, démarré par l'application")
        self.url.setReadOnly(environment != "custom")
        for field, stored in ((self.token, view.has_token), (self.private_key, view.has_private_key)):
            field.clear()
            field.setEnabled(view.needs_credentials)
            field.setPlaceholderText(SECRET_PLACEHOLDER if stored else
                                     ("fourni par AR24 (api@ar24.fr)" if view.needs_credentials else "inutile en démo"))
        self.connection_note.setText(
            "Démo locale : un service AR24 de démonstration tourne dans l'application ; tout peut être essayé sans "
            "compte ni frais." if environment == "demo" else
            "Le jeton et la clé privée sont rangés dans le trousseau sécurisé du système, jamais dans la base ni "
            "dans les fichiers de l'application.")

    def save_connection(self) -> None:
        form = ConnectionForm(self.environment.currentData(), self.url.text(), self.token.text(),
                              self.private_key.text())
        try:
            changed = save_connection(self.context.settings, self.context.secrets, form)
        except AR24Error as error:
            self.runner.show_error(str(error))
            return
        self._show_connection(form.environment)
        self.runner.show_info(f"Connexion enregistrée : {ENVIRONMENT_LABELS[form.environment]}.")
        if changed and self.status.email:
            self.test_connection()    # another AR24: the link must be checked there

    # -- senders and payment -----------------------------------------------------------------
    def _senders_frame(self) -> QWidget:
        senders = QPushButton("Gérer les expéditeurs de lettres recommandées")
        senders.clicked.connect(self.senders_requested)
        payments = QPushButton("Liste des moyens de paiement AR24")
        payments.clicked.connect(self.payments_requested)
        note = QLabel("Deux expéditeurs au plus, identifiés eIDAS par la clé OTP du courrier d'AR24 ; un moyen de "
                      "paiement AR24 par entité.")
        note.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(senders)
        row.addWidget(payments)
        row.addStretch(1)
        box = frame("Expéditeurs et paiement")
        layout = QVBoxLayout(box)
        layout.addWidget(note)
        layout.addLayout(row)
        return box

    def stop(self) -> None:
        self.poll_timer.stop()
