"""A window for a screen that is specified but not built yet: it says what will be there."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMainWindow, QVBoxLayout, QWidget

from ui.widgets import header_bar


class PlaceholderWindow(QMainWindow):
    def __init__(self, title: str, header: str, what: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        intro = QLabel("<b>Cet écran arrive dans une prochaine version.</b> Il contiendra :")
        items = QLabel("<ul>" + "".join(f"<li>{line}</li>" for line in what) + "</ul>")
        items.setWordWrap(True)
        items.setTextFormat(Qt.TextFormat.RichText)
        layout = QVBoxLayout()
        layout.addWidget(header_bar(header))
        layout.addSpacing(8)
        layout.addWidget(intro)
        layout.addWidget(items)
        layout.addStretch(1)
        central = QWidget()
        central.setLayout(layout)
        self.setCentralWidget(central)
        self.resize(760, 420)


def letters_placeholder(parent: QWidget | None = None) -> PlaceholderWindow:
    return PlaceholderWindow("Liste des Lettres recommandées", "LETTRES RECOMMANDEES AR24", [
        "les lettres envoyées à AR24 avec les colonnes Date, Numéro, Type, Statut, Emetteur, "
        "Emetteur email, Destinataire, Destinataire email, Date dépôt, Date d'envoi, Date d'AR ;",
        "<i>Rechercher</i> (lettres des autres utilisateurs, plage de dates, filtres) ;",
        "<i>Consulter mes AR en attente de validation OTP</i> : validation par lot avec un seul code ;",
        "<i>Gérer les moyens de paiement pour mon compte</i> : un moyen de paiement AR24 par entité ;",
        "<i>Mise à jour des consentements</i> ;",
        "les preuves (dépôt, réception, refus, non-réclamation, non-distribution) archivées localement.",
    ], parent)

