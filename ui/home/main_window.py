"""The "Organiseur": the main window, its LSC menus and a home page with the agency's figures,
kept current by the change events of whatever window or batch moved them."""
from __future__ import annotations

from typing import TYPE_CHECKING

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

from app import APP_NAME, __version__
from app.changes import Change
from app.context import AppContext
from app.demo.seed import AGENCY_NAME
from app.services import home
from ui.change_bridge import changes
from ui.help import help_header, show_help
from ui.i18n import render, translate
from ui.letters.sync_scheduler import SyncScheduler
from ui.widgets import ACCENT, frame

if TYPE_CHECKING:   # the windows opened later are imported when opened: the Organiseur opens fast
    from ui.admin.database_dialog import DatabaseDialog
    from ui.admin.users_list import UsersListWindow
    from ui.letters.letters_list import LettersListWindow
    from ui.sending.events_list import EventsListWindow
    from ui.tiers.tiers_list import TiersListWindow

TILE_STYLE = (
    "QPushButton { border: 1px solid #cfcfcf; border-left: 5px solid %s; border-radius: 3px;"
    " background: #fafafa; }"
    "QPushButton:hover { background: #fff3e3; }" % ACCENT
)
# Everything the tiles and the checklist count.
SHOWN = {Change.LINK, Change.SENDERS, Change.PAYMENT_LINKS, Change.TIERS, Change.ENTITIES, Change.EVENTS,
         Change.LETTERS, Change.BATCH_ENDED}


def _check(done: bool, text: str) -> str:
    mark = "<span style='color:#2e7d32'>&#10004;</span>" if done else "<span style='color:#c62828'>&#10008;</span>"
    return f"<tr><td>{mark}</td><td>&nbsp;{text}</td></tr>"


RESUME_DELAY_MS = 300


class MainWindow(QMainWindow):
    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.windows: dict[str, QWidget] = {}   # one window per list, raised when asked again
        self.sync = SyncScheduler(context, self, periodic=True)   # letter statuses, every N minutes
        self.setWindowTitle(f"{APP_NAME} - " + translate("MainWindow", "Organiseur"))
        self._build_menus()
        self._build_home()
        self.statusBar().showMessage(translate("MainWindow", "Utilisateur : {login}    Base : {url}").format(
            login=context.login, url=context.store.url))
        self.resize(980, 500)
        # Letters a crash left unfinished are taken up at start, once the window is on screen (the
        # sending machinery is imported then, not before the first paint).
        QTimer.singleShot(RESUME_DELAY_MS, self.resume_sending)
        QTimer.singleShot(RESUME_DELAY_MS, self.detect_features)

    # -- menus ---------------------------------------------------------------------------
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(translate("MainWindow", "&Fichier"))
        self._action(file_menu, translate("MainWindow", "Liste des &tiers"), self.open_tiers, "Ctrl+T")
        self._action(file_menu, translate("MainWindow", "E&ntités"), self.open_entities)
        self._action(file_menu, translate("MainWindow", "&Importer des tiers…"), self.open_tiers_import)
        self._action(file_menu, translate("MainWindow", "Liste des &événements"), self.open_events, "Ctrl+E")
        self._action(file_menu, translate("MainWindow", "&Lettre recommandée…"), self.open_letters, "Ctrl+L")
        file_menu.addSeparator()
        self._action(file_menu, translate("MainWindow", "&Nouveau courrier…"), self.open_new_letter, "Ctrl+N")
        self._action(file_menu, translate("MainWindow", "Importer des &courriers PDF…"), self.open_import_letters)
        file_menu.addSeparator()
        self._action(file_menu, translate("MainWindow", "&Quitter"), self.close, QKeySequence.StandardKey.Quit)

        settings = self.menuBar().addMenu(translate("MainWindow", "&Paramètres"))
        admin = settings.addMenu(translate("MainWindow", "Préférences et &administration"))
        self._action(admin, translate("MainWindow", "&Utilisateurs"), self.open_users)
        self._action(admin, translate("MainWindow", "&Expéditeurs de lettres recommandées"), self.open_senders)
        self._action(admin, translate("MainWindow", "&Moyens de paiement AR24"), self.open_payment_methods)
        self._action(admin, translate("MainWindow", "&Tarifs et fiscalité…"), self.open_pricing)
        self._action(admin, translate("MainWindow", "&Base de données…"), self.open_database)

        help_menu = self.menuBar().addMenu(translate("MainWindow", "&Aide"))
        self._action(help_menu, translate("MainWindow", "&Aide sur l'Organiseur"), lambda: show_help("organiseur"),
                     QKeySequence.StandardKey.HelpContents)
        self._action(help_menu, translate("MainWindow", "&Sommaire de l'aide"), lambda: show_help("index"))
        help_menu.addSeparator()
        self._action(help_menu, translate("MainWindow", "À &propos"), self._about)

    def _action(self, menu, text: str, slot, shortcut=None) -> QAction:
        action = menu.addAction(text, slot)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        return action

    # -- home ----------------------------------------------------------------------------
    def _build_home(self) -> None:
        title = QLabel(f"<h2>{AGENCY_NAME}</h2><p>" + translate(
            "MainWindow", "Organiseur - lettres recommandées AR24 (LRE qualifiée eIDAS, avis électronique, "
            "LR papier, lettre suivie électronique)") + "</p>")
        tiles = QGridLayout()
        self.tile_titles = {"tiers": translate("MainWindow", "Liste des tiers"),
                            "events": translate("MainWindow", "Liste des événements"),
                            "letters": translate("MainWindow", "Lettres recommandées"),
                            "users": translate("MainWindow", "Utilisateurs et compte AR24")}
        self.tile_labels: dict[str, QLabel] = {}
        slots = {"tiers": self.open_tiers, "events": self.open_events, "letters": self.open_letters,
                 "users": self.open_users}
        self.tiles = {key: self._tile(key, slot) for key, slot in slots.items()}
        for position, tile in enumerate(self.tiles.values()):
            tiles.addWidget(tile, position // 2, position % 2)
        self.setup_label = QLabel()
        self.setup_label.setTextFormat(Qt.TextFormat.RichText)
        self.refresh()
        changes().follow(self, SHOWN, self.refresh)
        layout = QVBoxLayout()
        layout.addWidget(help_header(translate("MainWindow", "ORGANISEUR"), "organiseur"))
        layout.addWidget(title)
        layout.addLayout(tiles)
        layout.addWidget(frame(translate("MainWindow", "Paramétrage AR24"), self.setup_label))
        layout.addStretch(1)
        central = QWidget()
        central.setLayout(layout)
        self.setCentralWidget(central)

    def _tile(self, key: str, slot) -> QPushButton:
        button = QPushButton()
        button.setStyleSheet(TILE_STYLE)
        button.setMinimumHeight(74)
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        text = self.tile_labels[key] = QLabel()
        text.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        inner = QVBoxLayout(button)
        inner.setContentsMargins(16, 10, 16, 10)
        inner.addWidget(text)
        button.clicked.connect(slot)
        return button

    def _set_tile(self, key: str, detail: str) -> None:
        self.tile_labels[key].setText(f"<span style='font-size:12pt; font-weight:bold'>{self.tile_titles[key]}"
                                      f"</span><br>{detail}")

    def refresh(self) -> None:
        """The figures of the tiles and the checklist of LSC's "Paramétrage" chapter, read again."""
        organiser = home.organiser(self.context)
        figures = organiser.figures
        self._set_tile("tiers", translate("MainWindow", "{tiers} tiers, dont {consents} avec accord de consentement "
                                          "LRE").format(tiers=figures.tiers, consents=figures.consents))
        self._set_tile("events", translate("MainWindow", "{events} événements, dont {ready} chronotés prêts à "
                                           "l'envoi").format(events=figures.events, ready=figures.events_ready))
        self._set_tile("letters", translate("MainWindow", "{letters} lettres, dont {to_valid} en attente de "
                                            "validation OTP").format(letters=figures.letters,
                                                                     to_valid=figures.letters_to_valid))
        self._set_tile("users", translate("MainWindow", "Préférences, lien avec le compte AR24, expéditeurs eIDAS"))
        rows = "".join(_check(line.done, render(line.text)) for line in organiser.checklist)
        self.setup_label.setText("<table cellspacing='3'>" + rows + "</table>")

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
        from ui.tiers.tiers_list import TiersListWindow

        return self._show("tiers", lambda: TiersListWindow(self.context))

    def open_events(self) -> EventsListWindow:
        from ui.sending.events_list import EventsListWindow

        return self._show("events", lambda: EventsListWindow(self.context))

    def open_letters(self) -> LettersListWindow:
        from ui.letters.letters_list import LettersListWindow

        return self._show("letters", lambda: LettersListWindow(self.context, scheduler=self.sync))

    def open_entities(self) -> QWidget:
        from ui.entities.entities_list import open_entities

        return open_entities(self)

    def open_tiers_import(self) -> QWidget:
        from ui.imports.tiers_import_wizard import open_tiers_import

        return open_tiers_import(self)

    def open_new_letter(self) -> QWidget:
        from ui.compose.new_letter import NewLetterWindow

        return self._show("new-letter", lambda: NewLetterWindow(self.context))

    def open_import_letters(self) -> QWidget:
        from ui.compose.import_letters import ImportLettersWindow

        return self._show("import-letters", lambda: ImportLettersWindow(self.context))

    def open_users(self) -> UsersListWindow:
        from ui.admin.users_list import UsersListWindow

        return self._show("users", lambda: UsersListWindow(self.context))

    def open_senders(self) -> QWidget:
        from ui.accounts.senders_window import SendersWindow

        return self._show("senders", lambda: SendersWindow(self.context, self.context.login))

    def open_payment_methods(self) -> QWidget:
        from ui.accounts.payment_methods import PaymentMethodsWindow

        return self._show("payments", lambda: PaymentMethodsWindow(self.context, self.context.login))

    def open_pricing(self) -> QDialog:
        from ui.admin.pricing_dialog import PricingDialog

        dialog = PricingDialog(self.context, self)
        dialog.open()
        return dialog

    def open_database(self) -> DatabaseDialog:
        from ui.admin.database_dialog import DatabaseDialog

        dialog = DatabaseDialog(self.context.settings, self.context.secrets, self.context.store.url, parent=self)
        dialog.open()
        return dialog

    def detect_features(self) -> None:
        """Linked to a real AR24: which provisional features it offers (in the background)."""
        from app.services.ar24_features import detect_at_start

        detect_at_start(self.context)

    def resume_sending(self) -> None:
        from ui.sending.sending_progress import resume_unfinished

        window = resume_unfinished(self.context, self)
        if window is not None:
            self.windows["resume"] = window

    def _about(self) -> None:
        QMessageBox.about(self, translate("MainWindow", "À propos de {name}").format(name=APP_NAME),
                          f"<b>{APP_NAME}</b> {__version__}<br>" + translate(
                              "MainWindow", "Envoi de lettres recommandées par AR24 (prestataire qualifié eIDAS) "
                              "pour les syndics et la gérance."))

    def closeEvent(self, event) -> None:
        self.sync.stop()
        for window in self.windows.values():
            window.close()
        super().closeEvent(event)
