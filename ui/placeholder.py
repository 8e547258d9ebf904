"""A window for a screen that is specified but not built yet: it says what will be there."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMainWindow, QVBoxLayout, QWidget

from ui.i18n import translate
from ui.help import add_help_shortcut, help_header


class PlaceholderWindow(QMainWindow):
    def __init__(self, title: str, header: str, what: list[str], parent: QWidget | None = None, *,
                 help_topic: str = "index") -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        intro = QLabel(translate("PlaceholderWindow",
                                 "<b>Cet écran arrive dans une prochaine version.</b> Il contiendra :"))
        items = QLabel("<ul>" + "".join(f"<li>{line}</li>" for line in what) + "</ul>")
        items.setWordWrap(True)
        items.setTextFormat(Qt.TextFormat.RichText)
        layout = QVBoxLayout()
        layout.addWidget(help_header(header, help_topic))
        layout.addSpacing(8)
        layout.addWidget(intro)
        layout.addWidget(items)
        layout.addStretch(1)
        central = QWidget()
        central.setLayout(layout)
        self.setCentralWidget(central)
        add_help_shortcut(self, help_topic)
        self.resize(760, 420)


def letters_placeholder(parent: QWidget | None = None) -> PlaceholderWindow:
    return PlaceholderWindow(translate("PlaceholderWindow", "Liste des Lettres recommandées"),
                             translate("PlaceholderWindow", "LETTRES RECOMMANDEES AR24"), [
        translate("PlaceholderWindow", "les lettres envoyées à AR24 avec les colonnes Date, Numéro, Type, Statut, "
                  "Emetteur, Emetteur email, Destinataire, Destinataire email, Date dépôt, Date d'envoi, Date d'AR ;"),
        translate("PlaceholderWindow", "<i>Rechercher</i> (lettres des autres utilisateurs, plage de dates, filtres) ;"),
        translate("PlaceholderWindow", "<i>Consulter mes AR en attente de validation OTP</i> : validation par lot "
                  "avec un seul code ;"),
        translate("PlaceholderWindow", "<i>Gérer les moyens de paiement pour mon compte</i> : un moyen de paiement "
                  "AR24 par entité ;"),
        translate("PlaceholderWindow", "<i>Mise à jour des consentements</i> ;"),
        translate("PlaceholderWindow", "les preuves (dépôt, réception, refus, non-réclamation, non-distribution) "
                  "archivées localement."),
    ], parent, help_topic="lettres")


def user_preferences_placeholder(login: str, parent: QWidget | None = None) -> PlaceholderWindow:
    return PlaceholderWindow(translate("PlaceholderWindow", "Utilisateur {login} - Préférences").format(login=login),
                             translate("PlaceholderWindow", "PREFERENCES > Compte AR24"), [
        translate("PlaceholderWindow", "le cadre <i>Compte AR24</i> : e-mail, mot de passe (rangé dans le trousseau "
                  "du système) et le bouton <i>Autoriser le compte</i> ;"),
        translate("PlaceholderWindow", "l'état du lien avec AR24 : non lié, autorisation en attente, lié ;"),
        translate("PlaceholderWindow", "l'environnement AR24 : Démo locale, Sandbox AR24, Production AR24 ;"),
        translate("PlaceholderWindow", "<i>Gérer les expéditeurs de lettres recommandées</i> (2 au plus) et leur "
                  "clé OTP ;"),
        translate("PlaceholderWindow", "le bouton <i>Tester la connexion</i>."),
    ], parent, help_topic="preferences")
