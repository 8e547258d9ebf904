"""« Liste des moyens de paiement AR24 » (Entite / Moyen de paiement AR24 / Code AR24): click an
entity, pick one of the methods found on AR24, Valider. Rules in app/accounts/payment_links.py."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMenu,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.context import AppContext
from app.services import accounts
from app.services.accounts import AccountInputError, EntityPayment, PaymentMethod
from app.services.ar24_features import PaymentChoices, payment_choices, typed_payment_method
from ui.busy import TaskRunner
from ui.change_bridge import Change, changes
from ui.help import help_header
from ui.i18n import render, translate
from ui.widgets import single_choice_table

COLUMNS = [QT_TRANSLATE_NOOP("PaymentMethodsWindow", "Entite"),
           QT_TRANSLATE_NOOP("PaymentMethodsWindow", "Moyen de paiement AR24"),
           QT_TRANSLATE_NOOP("PaymentMethodsWindow", "Code AR24")]
NO_METHOD = QT_TRANSLATE_NOOP("PaymentMethodsWindow", "Aucun moyen de paiement")


class PaymentMethodsWindow(QDialog):
    def __init__(self, context: AppContext, login: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.login = context, login
        self.methods: tuple[PaymentMethod, ...] = ()
        self.rows: tuple[EntityPayment, ...] = ()
        self.typed_by_hand = False   # this AR24 account lists no payment methods: codes are typed
        self.choices: dict[int, PaymentMethod | None] = {}   # entity id → chosen, not yet validated
        self.last_menu: QMenu | None = None
        self.setWindowTitle(translate("PaymentMethodsWindow", "Liste des moyens de paiement AR24"))
        self.table = single_choice_table([translate("PaymentMethodsWindow", title) for title in COLUMNS],
                                         stretch_column=1)
        self.table.cellClicked.connect(lambda row, _column: self.offer_methods(row))
        self.validate_button = QPushButton(translate("PaymentMethodsWindow", "Valider"))
        self.validate_button.clicked.connect(self.validate)
        self.reload_button = QPushButton(translate("PaymentMethodsWindow", "Actualiser depuis AR24"))
        self.reload_button.clicked.connect(self.fetch)
        self.runner = TaskRunner([self.table, self.reload_button, self.validate_button])
        self.runner.settled.connect(self._apply_rules)
        self.hint = hint = QLabel(translate("PaymentMethodsWindow", "Cliquez sur une entité pour choisir parmi les "
                                            "moyens de paiement saisis sur le site d'AR24, puis « Valider ». À faire "
                                            "une seule fois, sauf si le moyen de paiement change sur AR24."))
        hint.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.validate_button)
        buttons.addWidget(self.reload_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(help_header(translate("PaymentMethodsWindow", "LETTRES RECOMMANDEES AR24 > Liste des "
                                               "moyens de paiement AR24"), "moyens-paiement"))
        layout.addLayout(buttons)
        layout.addWidget(hint)
        layout.addWidget(self.table)
        layout.addWidget(self.runner)
        self.reload()
        self.resize(820, 420)
        self.fetch()
        changes().connect_to(self, {Change.PAYMENT_LINKS, Change.ENTITIES}, self.reload)

    def reload(self) -> None:
        self.rows = accounts.entity_payments(self.context, self.login)
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            pending = row.entity_id in self.choices
            method = self.choices.get(row.entity_id) if pending else None
            label, slug = (method.label, method.slug) if method else (("", "") if pending else (row.label, row.slug))
            for c, text in enumerate((f"{row.code}  {row.name}", render(accounts.payment_label(label)), slug)):
                item = QTableWidgetItem(text)
                if pending:
                    font = QFont(item.font())
                    font.setItalic(True)
                    item.setFont(font)
                self.table.setItem(r, c, item)
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(2)
        self._apply_rules()

    def _apply_rules(self) -> None:
        self.validate_button.setEnabled(bool(self.choices) and not self.runner.busy)

    def fetch(self):
        context, login = self.context, self.login

        def done(choices: PaymentChoices) -> None:
            self.methods, self.typed_by_hand = tuple(choices.methods), choices.typed_by_hand is not None
            if choices.typed_by_hand is not None:   # no listing on this AR24 account: codes typed by hand
                self.hint.setText(render(choices.typed_by_hand))
                return
            found = translate("PaymentMethodsWindow", "{count} moyen(s) de paiement trouvé(s) sur AR24 : cliquez "
                              "sur une entité pour lui en associer un.")
            self.runner.show_info(found.format(count=len(choices.methods)))

        return self.runner.run(translate("PaymentMethodsWindow", "Recherche des moyens de paiement sur AR24…"),
                               lambda: payment_choices(context, login), done)

    def offer_methods(self, row: int) -> QMenu | None:
        """The methods found on AR24, at the clicked entity (non-blocking menu)."""
        if not (self.methods or self.typed_by_hand) or self.runner.busy:
            return None
        entity_id = self.rows[row].entity_id
        menu = QMenu(self)
        for method in self.methods:
            menu.addAction(f"{render(accounts.payment_label(method.label))}  ({method.slug})",
                           lambda m=method: self.choose(entity_id, m))
        if self.typed_by_hand:
            menu.addAction(translate("PaymentMethodsWindow", "Saisir le code AR24…"), lambda: self.type_code(entity_id))
        menu.addSeparator()
        menu.addAction(translate("PaymentMethodsWindow", NO_METHOD), lambda: self.choose(entity_id, None))
        rect = self.table.visualRect(self.table.model().index(row, 1))
        menu.popup(self.table.viewport().mapToGlobal(rect.bottomLeft()))
        self.last_menu = menu
        return menu

    def type_code(self, entity_id: int, code: str | None = None) -> None:
        """The manual path: the code of an AR24 payment method (stripe-47146…), typed by hand."""
        if code is None:
            code, ok = QInputDialog.getText(self, translate("PaymentMethodsWindow", "Code AR24"), translate(
                "PaymentMethodsWindow", "Code du moyen de paiement sur AR24 (par exemple stripe-47146) :"))
            if not ok:
                return
        try:
            self.choose(entity_id, typed_payment_method(code))
        except AccountInputError as error:
            self.runner.show_error(render(error))

    def choose(self, entity_id: int, method: PaymentMethod | None) -> None:
        self.choices[entity_id] = method
        self.reload()

    def validate(self) -> int:
        changed = accounts.save_payment_links(self.context, self.login, self.choices)
        self.choices.clear()
        self.reload()
        self.runner.show_info(translate("PaymentMethodsWindow", "Moyens de paiement enregistrés : {count} entité(s) "
                                        "mise(s) à jour.").format(count=changed))
        return changed
