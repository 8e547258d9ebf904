"""User record › tab « Préférences »: the « Compte AR24 » frame (authorise, link state polled in
the background, « Tester la connexion »), this workstation's AR24 connection, and the doors to
the senders and payment-method screens. Rules live in app/accounts/."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.context import AppContext
from app.services import accounts
from app.services.accounts import (
    ENVIRONMENT_LABELS,
    AR24Error,
    ConnectionForm,
    LinkState,
    LinkStatus,
)
from ui.background import Job, run_job
from ui.busy import TaskRunner
from ui.change_bridge import Change, changes
from ui.i18n import LANGUAGE_CHOICES, render, translate
from ui.widgets import ERROR_STYLE, frame, set_read_only

POLL_INTERVAL_MS = 5000      # while the authorisation is pending
STATE_TEXT = {
    LinkState.NOT_LINKED: (QT_TRANSLATE_NOOP("PreferencesTab", "Non lié"), "#b71c1c"),
    LinkState.PENDING: (QT_TRANSLATE_NOOP("PreferencesTab", "Autorisation en attente (cliquez sur le lien reçu par "
                                          "e-mail d'AR24)"), "#e07b00"),
    LinkState.LINKED: (QT_TRANSLATE_NOOP("PreferencesTab", "Lié"), "#1b5e20"),
}
SECRET_PLACEHOLDER = QT_TRANSLATE_NOOP("PreferencesTab", "•••••• enregistré dans le trousseau (laisser vide pour "
                                       "le conserver)")


def _secret_field(placeholder: str = "") -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setPlaceholderText(placeholder)
    return field


class PreferencesTab(QWidget):
    senders_requested = Signal()
    payments_requested = Signal()

    def __init__(self, context: AppContext, login: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.login = context, login
        self.poll_job: Job | None = None
        self.poll_timer = QTimer(self)
        self.poll_timer.setInterval(POLL_INTERVAL_MS)
        self.poll_timer.timeout.connect(self.poll)
        self.keyring_note = QLabel()
        self.keyring_note.setWordWrap(True)
        self.keyring_note.setStyleSheet(ERROR_STYLE)
        layout = QVBoxLayout(self)
        layout.addWidget(self.keyring_note)
        layout.addWidget(self._account_frame())
        layout.addWidget(self._connection_frame())
        layout.addWidget(self._senders_frame())
        layout.addWidget(self._language_frame())
        layout.addStretch(1)
        status = accounts.link_status(context, login)
        self.email.setText(status.email)
        self.show_status(status)
        self._show_connection(accounts.connection_view(context).environment)
        changes().connect_to(self, {Change.LINK}, self.refresh)

    def refresh(self) -> None:
        """The link as stored, after a change made here, in another window or by the polling."""
        self.show_status(accounts.link_status(self.context, self.login))

    # -- « Compte AR24 » ---------------------------------------------------------------------
    def _account_frame(self) -> QWidget:
        self.email = QLineEdit()
        self.email.setPlaceholderText(translate("PreferencesTab", "adresse e-mail du compte AR24"))
        self.password = _secret_field()
        if accounts.has_saved_password(self.context, self.login):
            self.password.setPlaceholderText(translate("PreferencesTab", SECRET_PLACEHOLDER))
        self.authorize_button = QPushButton(translate("PreferencesTab", "Autoriser le compte"))
        self.authorize_button.clicked.connect(self.authorize)
        self.test_button = QPushButton(translate("PreferencesTab", "Tester la connexion"))
        self.test_button.clicked.connect(self.test_connection)
        self.simulate_button = QPushButton(translate("PreferencesTab", "Simuler le clic sur le lien d'AR24 (démo)"))
        self.simulate_button.clicked.connect(self.simulate_confirmation)
        self.reset_button = QPushButton(translate("PreferencesTab", "Réinitialiser la démo AR24"))
        self.reset_button.setToolTip(translate("PreferencesTab", "Démo locale : défait le lien du compte, les "
                                               "expéditeurs et les moyens de paiement, pour refaire chaque étape."))
        self.reset_button.clicked.connect(lambda: self.reset_demo())
        self.state_label, self.account_label = QLabel(), QLabel()
        self.identity_label, self.payment_label = QLabel(), QLabel()
        self.runner = TaskRunner([self.authorize_button, self.test_button, self.simulate_button, self.reset_button,
                                  self.email])
        self.runner.settled.connect(self._apply_rules)
        buttons = QHBoxLayout()
        for button in (self.authorize_button, self.test_button, self.simulate_button, self.reset_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        grid = QGridLayout()
        rows = [(translate("PreferencesTab", "E-mail :"), self.email),
                (translate("PreferencesTab", "Mot de passe :"), self.password), ("", buttons),
                (translate("PreferencesTab", "État du lien :"), self.state_label),
                (translate("PreferencesTab", "Compte :"), self.account_label),
                (translate("PreferencesTab", "Identité vérifiée (eIDAS) :"), self.identity_label),
                (translate("PreferencesTab", "Paiement AR24 :"), self.payment_label),
                ("", self.runner)]
        for row, (label, item) in enumerate(rows):
            grid.addWidget(QLabel(label), row, 0)
            (grid.addLayout if isinstance(item, QHBoxLayout) else grid.addWidget)(item, row, 1)
        grid.setColumnStretch(1, 1)
        self.account_label.setProperty("i18n_data", True)      # the account holder's name
        box = frame(translate("PreferencesTab", "Compte AR24"))
        box.setLayout(grid)
        return box

    def show_status(self, status: LinkStatus) -> None:
        self.status = status
        text, colour = STATE_TEXT[status.state]
        self.state_label.setText(f"<b style='color:{colour}'>{translate('PreferencesTab', text)}</b>")
        linked = status.state is LinkState.LINKED
        self.account_label.setText(status.account_name if linked else "—")
        self.identity_label.setText((translate("PreferencesTab", "Oui") if status.identity_verified else translate(
            "PreferencesTab", "Non : commandez les identifiants eIDAS dans « Gérer les expéditeurs »"))
            if linked else "—")
        self.payment_label.setText((translate("PreferencesTab", "Prêt") if status.payment_ready else translate(
            "PreferencesTab", "Aucun moyen de paiement : ajoutez-en un sur le site d'AR24")) if linked else "—")
        self._apply_rules()
        if status.state is LinkState.PENDING:
            self.poll_timer.start()
        else:
            self.poll_timer.stop()

    def _apply_rules(self) -> None:
        self.simulate_button.setVisible(accounts.is_demo(self.context) and self.status.state is LinkState.PENDING)
        self.reset_button.setVisible(accounts.is_demo(self.context))
        warning = accounts.keyring_warning(self.context)
        self.keyring_note.setText(render(warning) if warning else "")
        self.keyring_note.setVisible(warning is not None)

    def authorize(self) -> Job | None:
        context, login = self.context, self.login
        email, password = self.email.text(), self.password.text()

        def done(requested: accounts.LinkRequested) -> None:
            self.password.clear()
            if password:
                self.password.setPlaceholderText(translate("PreferencesTab", SECRET_PLACEHOLDER))
            self.email.setText(requested.status.email)
            self.show_status(requested.status)
            self.runner.show_info(render(requested.message))

        return self.runner.run(translate("PreferencesTab", "Demande d'autorisation envoyée à AR24…"),
                               lambda: accounts.request_link(context, login, email, password), done)

    def test_connection(self) -> Job | None:
        context, login = self.context, self.login

        def done(status: LinkStatus) -> None:
            self.show_status(status)
            self.runner.show_info(translate("PreferencesTab", "{environment} : {report}").format(
                environment=render(accounts.environment_label(context)),
                report=" ".join(render(line) for line in status.lines)))

        return self.runner.run(translate("PreferencesTab", "Test de la connexion à AR24…"),
                               lambda: accounts.refresh_link(context, login), done)

    def simulate_confirmation(self) -> Job | None:
        context, login = self.context, self.login

        def done(status: LinkStatus) -> None:
            self.show_status(status)
            self.runner.show_info(translate("PreferencesTab", "Le titulaire du compte a cliqué sur le lien d'AR24 : le "
                                            "compte est lié.") if status.state is LinkState.LINKED else
                                  " ".join(render(line) for line in status.lines))

        return self.runner.run(translate("PreferencesTab", "Confirmation de l'autorisation…"),
                               lambda: accounts.simulate_link_confirmation(context, login), done)

    def reset_demo(self, confirmed: bool = False) -> Job | None:
        if not confirmed and QMessageBox.question(
                self, translate("PreferencesTab", "Réinitialiser la démo AR24"),
                translate("PreferencesTab", "Défaire le lien du compte AR24 de démonstration, supprimer les expéditeurs "
                          "et les moyens de paiement des entités ? Chaque étape pourra être refaite.")
        ) != QMessageBox.StandardButton.Yes:
            return None
        context, login = self.context, self.login

        def done(status: LinkStatus) -> None:
            self.show_status(status)
            self.runner.show_info(translate("PreferencesTab", "Démo AR24 réinitialisée : cliquez sur « Autoriser le "
                                            "compte » pour refaire le paramétrage."))

        return self.runner.run(translate("PreferencesTab", "Réinitialisation de la démo AR24…"),
                               lambda: accounts.reset_demo(context, login), done)

    def poll(self) -> Job | None:
        """Background check while AR24 has not confirmed the link; quiet unless something changes."""
        if self.runner.busy or (self.poll_job is not None and self.poll_job.running):
            return None
        context, login, before = self.context, self.login, self.status.state
        self.poll_job = run_job(lambda _c: accounts.refresh_link(context, login), self,
                                on_success=lambda status: self._polled(before, status),
                                on_failure=self.runner.show_error)
        return self.poll_job

    def _polled(self, before: LinkState, status: LinkStatus) -> None:
        """``before``: the state when the poll started (the change event may have shown the new
        one already)."""
        if status.state is not before:
            self.show_status(status)
            if status.state is LinkState.LINKED:
                self.runner.show_info(translate("PreferencesTab", "AR24 a confirmé l'autorisation : le compte {email} "
                                                "est lié.").format(email=status.email))

    # -- connection of this workstation ------------------------------------------------------
    def _connection_frame(self) -> QWidget:
        self.environment = QComboBox()
        for key, label in ENVIRONMENT_LABELS.items():
            self.environment.addItem(translate("Environments", label), key)
        self.environment.currentIndexChanged.connect(lambda _i: self._show_connection(self.environment.currentData()))
        self.url = QLineEdit()
        self.token, self.private_key = _secret_field(), _secret_field()
        self.save_button = QPushButton(translate("PreferencesTab", "Enregistrer la connexion"))
        self.save_button.clicked.connect(self.save_connection)
        self.connection_note = QLabel()
        self.connection_note.setWordWrap(True)
        grid = QGridLayout()
        save_row = QHBoxLayout()
        save_row.addWidget(self.save_button)
        save_row.addStretch(1)
        rows = [(translate("PreferencesTab", "Environnement :"), self.environment),
                (translate("PreferencesTab", "Adresse de l'API :"), self.url),
                (translate("PreferencesTab", "Jeton partenaire :"), self.token),
                (translate("PreferencesTab", "Clé privée d'API :"), self.private_key),
                ("", save_row), ("", self.connection_note)]
        for row, (label, item) in enumerate(rows):
            grid.addWidget(QLabel(label), row, 0)
            (grid.addLayout if isinstance(item, QHBoxLayout) else grid.addWidget)(item, row, 1)
        grid.setColumnStretch(1, 1)
        box = frame(translate("PreferencesTab", "Connexion à AR24 de ce poste (administration)"))
        box.setLayout(grid)
        return box

    def _show_connection(self, environment: str) -> None:
        view = accounts.connection_view(self.context, environment)
        self.environment.blockSignals(True)
        self.environment.setCurrentIndex(self.environment.findData(environment))
        self.environment.blockSignals(False)
        self.url.setText(view.url if not view.local_demo else
                         translate("PreferencesTab", "service AR24 local, démarré par l'application"))
        set_read_only(self.url, not view.url_editable)
        for field, stored in ((self.token, view.has_token), (self.private_key, view.has_private_key)):
            field.clear()
            field.setEnabled(view.needs_credentials)
            field.setPlaceholderText(translate("PreferencesTab", SECRET_PLACEHOLDER) if stored else
                                     (translate("PreferencesTab", "fourni par AR24 (api@ar24.fr)")
                                      if view.needs_credentials else translate("PreferencesTab", "inutile en démo")))
        self.connection_note.setText(
            translate("PreferencesTab", "Démo locale : un service AR24 de démonstration tourne dans l'application ; "
                      "tout peut être essayé sans compte ni frais.") if view.local_demo else
            translate("PreferencesTab", "Le jeton et la clé privée sont rangés dans le trousseau sécurisé du système, "
                      "jamais dans la base ni dans les fichiers de l'application."))

    def save_connection(self) -> None:
        form = ConnectionForm(self.environment.currentData(), self.url.text(), self.token.text(),
                              self.private_key.text())
        try:
            changed = accounts.save_connection(self.context, form)
        except AR24Error as error:
            self.runner.show_error(render(error))
            return
        self._show_connection(form.environment)
        self.runner.show_info(translate("PreferencesTab", "Connexion enregistrée : {environment}.").format(
            environment=translate("Environments", ENVIRONMENT_LABELS[form.environment])))
        if changed and self.status.email:
            self.test_connection()    # another AR24: the link must be checked there

    # -- senders and payment -----------------------------------------------------------------
    def _senders_frame(self) -> QWidget:
        senders = QPushButton(translate("PreferencesTab", "Gérer les expéditeurs de lettres recommandées"))
        senders.clicked.connect(self.senders_requested)
        payments = QPushButton(translate("PreferencesTab", "Liste des moyens de paiement AR24"))
        payments.clicked.connect(self.payments_requested)
        note = QLabel(translate("PreferencesTab", "Deux expéditeurs au plus, identifiés eIDAS par la clé OTP du "
                                "courrier d'AR24 ; un moyen de paiement AR24 par entité."))
        note.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(senders)
        row.addWidget(payments)
        row.addStretch(1)
        box = frame(translate("PreferencesTab", "Expéditeurs et paiement"))
        layout = QVBoxLayout(box)
        layout.addWidget(note)
        layout.addLayout(row)
        return box

    # -- language of this workstation --------------------------------------------------------
    def _language_frame(self) -> QWidget:
        self.language = QComboBox()
        for key, label in LANGUAGE_CHOICES.items():
            self.language.addItem(translate("Languages", label), key)
        self.language.setCurrentIndex(max(0, self.language.findData(self.context.settings.language)))
        self.language.currentIndexChanged.connect(lambda _i: self.save_language(self.language.currentData()))
        note = QLabel(translate("PreferencesTab", "La nouvelle langue s'applique au prochain démarrage de "
                                "l'application, sur ce poste."))
        note.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(QLabel(translate("PreferencesTab", "Langue de l'interface :")))
        row.addWidget(self.language)
        row.addWidget(note, 1)
        box = frame(translate("PreferencesTab", "Langue"))
        box.setLayout(row)
        return box

    def save_language(self, language: str) -> None:
        accounts.save_language(self.context, language)

    def stop(self) -> None:
        self.poll_timer.stop()
