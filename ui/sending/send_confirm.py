""""Confirmer l'envoi": what "Valider l'envoi…" will pay, recomputed at that moment, before
anything starts — letters per type, each entity's share with its payer, the totals, the sender."""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.sending import LABELS, SendConfirmation, percent, type_label
from ui.i18n import current_language, render, translate
from ui.widgets import frame

COLUMNS = [QT_TRANSLATE_NOOP("SendConfirmDialog", "Type d'envoi"), QT_TRANSLATE_NOOP("SendConfirmDialog", "Entité"),
           QT_TRANSLATE_NOOP("SendConfirmDialog", "Payeur (moyen de paiement AR24)"),
           QT_TRANSLATE_NOOP("SendConfirmDialog", "Nb"), QT_TRANSLATE_NOOP("SendConfirmDialog", "Total HT"),
           None, QT_TRANSLATE_NOOP("SendConfirmDialog", "Total TTC")]   # None: the tax, from the settings
ORANGE = "#a86400"


class SendConfirmDialog(QDialog):
    """Accepted by "Confirmer l'envoi" only; "Annuler" (the default button) and Esc start nothing."""

    def __init__(self, confirmation: SendConfirmation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.confirmation = confirmation
        self.setWindowTitle(translate("SendConfirmDialog", "Confirmer l'envoi"))
        first = confirmation.orders[0].price
        language = current_language()
        tax = f"{translate('Pricing', first.tax_label)} {percent(first.tax_rate, language)}"

        def money(amount: Decimal) -> str:
            return confirmation.money(amount, language)

        heading = QLabel("<b>" + translate("SendConfirmDialog", "Vous allez envoyer {count} lettre(s) "
                                           "recommandée(s) à AR24 :").format(count=confirmation.letters) + "</b>")
        self.per_type = QLabel("<br>".join(
            translate("SendConfirmDialog", "• {type} : {count} lettre(s)").format(
                type=translate("SendType", LABELS[order.send_type]), count=len(order.event_ids))
            for order in confirmation.orders))
        self.table = QTableWidget(len(confirmation.charges), len(COLUMNS))
        self.table.setTabKeyNavigation(False)     # Tab goes on to the buttons
        self.table.setHorizontalHeaderLabels([translate("SendConfirmDialog", title) if title else tax
                                              for title in COLUMNS])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        none = translate("SendConfirmDialog", "aucun")
        for row, charge in enumerate(confirmation.charges):
            values = (render(type_label(charge.send_type.value)), render(charge.entity_code), charge.payer or none,
                      str(charge.count), money(charge.ht), money(charge.tax), money(charge.ttc))
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                if column >= 3:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        rows_height = sum(self.table.rowHeight(row) for row in range(self.table.rowCount()))
        self.table.setFixedHeight(min(320, self.table.horizontalHeader().height() + rows_height + 6))

        total = confirmation.total
        self.totals = QLabel(
            "<table cellspacing='0' cellpadding='2'>"
            + "".join(f"<tr><td>{label}</td><td align='right'><b>{value}</b></td></tr>" for label, value in (
                (translate("SendConfirmDialog", "Montant hors taxes :"), money(total.ht)),
                (translate("SendConfirmDialog", "Montant {tax} :").format(tax=tax), money(total.tax)),
                (translate("SendConfirmDialog", "Montant TTC total :"), money(total.ttc))))
            + "</table>")
        sender = confirmation.sender_name + (f" &lt;{confirmation.sender_email}&gt;" if confirmation.sender_email
                                             else "")
        self.sender = QLabel(translate("SendConfirmDialog", "Expéditeur : {sender}").format(sender=sender))
        self.dropped = QLabel(translate("SendConfirmDialog", "{count} événement(s) ne sont plus compatibles depuis "
                                        "le choix de l'envoi : ils ne partiront pas.").format(
                                            count=confirmation.dropped))
        self.dropped.setStyleSheet(f"color: {ORANGE};")
        self.dropped.setWordWrap(True)
        self.dropped.setVisible(confirmation.dropped > 0)
        note = QLabel(translate("SendConfirmDialog", "Rien ne part avant votre confirmation. Les montants sont une "
                                "estimation d'après vos tarifs ; AR24 facture chaque entité à son moyen de "
                                "paiement."))
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")

        buttons = QDialogButtonBox()
        self.confirm_button = buttons.addButton(translate("SendConfirmDialog", "Confirmer l'envoi"),
                                                QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = buttons.addButton(translate("SendConfirmDialog", "Annuler"),
                                               QDialogButtonBox.ButtonRole.RejectRole)
        self.confirm_button.setAutoDefault(False)
        self.cancel_button.setDefault(True)      # Enter twice never pays by accident
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        box = frame(translate("SendConfirmDialog", "CE QUI SERA FACTURE"))
        inner = QVBoxLayout(box)
        inner.addWidget(self.table)
        inner.addWidget(self.totals, 0, Qt.AlignmentFlag.AlignRight)
        layout = QVBoxLayout(self)
        for widget in (heading, self.per_type):
            layout.addWidget(widget)
        layout.addWidget(box)
        for widget in (self.sender, self.dropped, note):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.resize(960, self.sizeHint().height())
