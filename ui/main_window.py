"""The "Organiseur": the main window, its LSC menus and a home page with the agency's figures."""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import APP_NAME
from app.context import AppContext
from app.demo.seed import AGENCY_NAME
from app.store.models import LinkState
from app.store.queries import ar24_setup_status, dashboard_counts
from ui.database_dialog import DatabaseDialog
from ui.events_list import EventsListWindow
from ui.sending_progress import resume_unfinished
from ui.letters_list import LettersListWindow
from ui.sync_scheduler import SyncScheduler
from ui.tiers_list import TiersListWindow
from ui.users_list import UsersListWindow
from ui.widgets import ACCENT, frame, header_bar

TILE_STYLE = (
    "QPushButton { border: 1px solid #cfcfcf; border-left: 5px solid %s; border-radius: 3px;"
    " background: #fafafa; }"
    "QPushButton:hover { background: #fff3e3; }" % ACCENT
)
LINK_TEXT = {LinkState.NOT_LINKED: "non lié", LinkState.PENDING: "autorisation en attente",
             LinkState.LINKED: "lié"}


def _check(done: bool, text: str) -> str:
    mark = "<span style='color:#2e7d32'>&#10004;</span>" if done else "<span style='color:#c62828'>&#10008;</span>"
    return f"<tr><td>{mark}</td><td>&nbsp;{text}</td></tr>"


class MainWindow(QMainWindow):
    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.windows: dict[str, QWidget] = {}   # one window per list, raised when asked again
        self.sync = SyncScheduler(context, self, periodic=True)   # letter statuses, every N minutes
        self.setWindowTitle(f"{APP_NAME} - Organiseur")
        self._build_menus()
        self._build_home()
        self.statusBar().showMessage(f"Utilisateur : {context.login}    Base : {context.store.url}")
        self.resize(980, 500)
        QTimer.singleShot(0, self.resume_sending)   # letters a crash left unfinished are taken up at start

    # -- menus ---------------------------------------------------------------------------
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&Fichier")
        self._action(file_menu, "Liste des &tiers", self.open_tiers, "Ctrl+T")
        self._action(file_menu, "Liste des &événements", self.open_events, "Ctrl+E")
        self._action(file_menu, "&Lettre recommandée…", self.open_letters, "Ctrl+L")
        file_menu.addSeparator()
        self._action(file_menu, "&Quitter", self.close, QKeySequence.StandardKey.Quit)

        settings = self.menuBar().addMenu("&Paramètres")
        admin = settings.addMenu("Préférences et &administration")
        self._action(admin, "&Utilisateurs", self.open_users)
        self._action(admin, "&Expéditeurs de lettres recommandées", self.open_senders)
        self._action(admin, "&Moyens de paiement AR24", self.open_payment_methods)
        self._action(admin, "&Tarifs et fiscalité…", self.open_pricing)
        self._action(admin, "&Base de données…", self.open_database)

        help_menu = self.menuBar().addMenu("&Aide")
        self._action(help_menu, "À &propos", self._about)

    def _action(self, menu, text: str, slot, shortcut=None) -> QAction:
        action = menu.addAction(text, slot)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        return action

    # -- home ----------------------------------------------------------------------------
    def _build_home(self) -> None:
        with self.context.store.session() as session:
            counts = dashboard_counts(session)
        title = QLabel(f"<h2>{AGENCY_NAME}</h2><p>Organiseur - lettres recommandées AR24 "
                       "(LRE qualifiée eIDAS, avis électronique, LR papier)</p>")
        tiles = QGridLayout()
        self.tiles = {
            "tiers": self._tile("Liste des tiers", f"{counts['tiers']} tiers, dont {counts['consents']} "
                                "avec accord de consentement LRE", self.open_tiers),
            "events": self._tile("Liste des événements", f"{counts['events']} événements, dont "
                                 f"{counts['events_chronotes']} chronotés prêts à l'envoi", self.open_events),
            "letters": self._tile("Lettres recommandées", f"{counts['letters']} lettres, dont "
                                  f"{counts['letters_to_valid']} en attente de validation OTP",
                                  self.open_letters),
            "users": self._tile("Utilisateurs et compte AR24", "Préférences, lien avec le compte AR24, "
                                "expéditeurs eIDAS", self.open_users),
        }
        for position, tile in enumerate(self.tiles.values()):
            tiles.addWidget(tile, position // 2, position % 2)
        self.setup_label = QLabel()
        self.setup_label.setTextFormat(Qt.TextFormat.RichText)
        self.refresh_setup()
        layout = QVBoxLayout()
        layout.addWidget(header_bar("ORGANISEUR"))
        layout.addWidget(title)
        layout.addLayout(tiles)
        layout.addWidget(frame("Paramétrage AR24", self.setup_label))
        layout.addStretch(1)
        central = QWidget()
        central.setLayout(layout)
        self.setCentralWidget(central)

    def _tile(self, title: str, detail: str, slot) -> QPushButton:
        button = QPushButton()
        button.setStyleSheet(TILE_STYLE)
        button.setMinimumHeight(74)
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        text = QLabel(f"<span style='font-size:12pt; font-weight:bold'>{title}</span><br>{detail}")
        text.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        inner = QVBoxLayout(button)
        inner.setContentsMargins(16, 10, 16, 10)
        inner.addWidget(text)
        button.clicked.connect(slot)
        return button

    def refresh_setup(self) -> None:
        """The checklist of LSC's "Paramétrage" chapter, for the current user."""
        with self.context.store.session() as session:
            status = ar24_setup_status(session, self.context.login)
        link = status["link_state"]
        account = status.get("account_email") or "aucun compte saisi"
        rows = [
            _check(link is LinkState.LINKED,
                   f"Compte AR24 de {self.context.login} ({account}) : {LINK_TEXT.get(link, 'non lié')}"),
            _check(bool(status["identified_senders"]),
                   f"Expéditeurs eIDAS identifiés : {status['identified_senders']} / 2 au plus"),
            _check(status["entities_with_payment"] == status["entities"] and status["entities"] > 0,
                   f"Moyens de paiement AR24 liés : {status['entities_with_payment']} entités sur "
                   f"{status['entities']}"),
        ]
        self.setup_label.setText("<table cellspacing='3'>" + "".join(rows) + "</table>")

    # -- windows -------------------------------------------------------------------------
    def _show(self, key: str, factory) -> QWidget:
        window = self.windows.get(key)
        if window is None:
            window = factory()
            self.windows[key] = window
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def open_tiers(self) -> TiersListWindow:
        return self._show("tiers", lambda: TiersListWindow(self.context))

    def open_events(self) -> EventsListWindow:
        return self._show("events", lambda: EventsListWindow(self.context))

    def open_letters(self) -> LettersListWindow:
        return self._show("letters", lambda: LettersListWindow(self.context, scheduler=self.sync))

    def open_users(self) -> UsersListWindow:
        return self._show("users", lambda: UsersListWindow(self.context))

    def open_senders(self) -> QWidget:
        from ui.senders_window import SendersWindow

        return self._show("senders", lambda: SendersWindow(self.context, self.context.login))

    def open_payment_methods(self) -> QWidget:
        from ui.payment_methods import PaymentMethodsWindow

        return self._show("payments", lambda: PaymentMethodsWindow(self.context, self.context.login))

    def open_pricing(self) -> QDialog:
        from ui.pricing_dialog import PricingDialog

        dialog = PricingDialog(self.context, self)
        dialog.open()
        return dialog

    def open_database(self) -> DatabaseDialog:
        dialog = DatabaseDialog(self.context.settings, self.context.secrets, self.context.store.url, parent=self)
        dialog.open()
        return dialog

    def resume_sending(self) -> None:
        window = resume_unfinished(self.context, self)
        if window is not None:
            self.windows["resume"] = window

    def _about(self) -> None:
        QMessageBox.about(self, f"À propos de {APP_NAME}",
                          f"<b>{APP_NAME}</b><br>Envoi de lettres recommandées par AR24 "
                          "(prestataire qualifié eIDAS) pour les syndics et la gérance.")

    def closeEvent(self, event) -> None:
        self.sync.stop()
        for window in self.windows.values():
            window.close()
        super().closeEvent(event)
