"""Paramètres › Préférences et administration › Tarifs et fiscalité: the agency's currency, tax and
unit prices, from which "Choix de l'envoi" estimates what a batch costs."""
from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.context import AppContext
from app.services import admin
from app.services.admin import (
    CURRENCIES,
    DEFAULT_CURRENCY,
    DEFAULT_TAX_LABEL,
    OTHER_PRICES,
    PRICE_SOURCES,
    SEND_TYPE_LABELS,
    TERRITORIES,
    PriceSettings,
    money,
    settings_from_form,
)
from ui.i18n import current_language, translate
from ui.widgets import form, frame, header_bar


def _amount_box(maximum: float) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(0, maximum)
    box.setAlignment(Qt.AlignmentFlag.AlignRight)
    box.setMinimumWidth(140)
    box.setLocale(QLocale(current_language()))   # "3,49 €" in French, "€3.49" in English
    return box


def _with_source(field: QWidget, source: str) -> QWidget:
    """A price and, beside it, where its default comes from (source and year)."""
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    note = QLabel(translate("Pricing", source))
    note.setStyleSheet("color: #555;")
    layout.addWidget(field)
    layout.addWidget(note, 1)
    return row


class PricingDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(translate("PricingDialog", "Tarifs et fiscalité"))
        self.territory = QComboBox()
        self.territory.addItem(translate("PricingDialog", "Choisir un modèle…"), None)
        for key, territory in TERRITORIES.items():
            self.territory.addItem(translate("Pricing", territory.label), key)
        self.territory.activated.connect(self._apply_territory)
        self.currency = QComboBox()
        self.currency.setProperty("i18n_data", True)      # ISO codes: EUR (€), XPF
        for code, currency in CURRENCIES.items():
            self.currency.addItem(f"{code} ({currency.symbol})" if currency.symbol != code else code, code)
        self.currency.currentIndexChanged.connect(self._show_currency)
        self.tax_label = QLineEdit()
        self.tax_label.setMaxLength(12)
        self.tax_rate = _amount_box(100)
        self.tax_rate.setSuffix("%" if current_language() == "en" else " %")
        self.prices = {send_type: _amount_box(1_000_000) for send_type in SEND_TYPE_LABELS}

        note = QLabel(translate("PricingDialog", "Ces montants servent à l'estimation du coût affichée dans « Choix "
                                "de l'envoi » ; AR24 facture selon votre contrat. Ils valent pour tous les postes de "
                                "l'agence."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(translate("PricingDialog", "Enregistrer"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(translate("PricingDialog", "Annuler"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)

        tax_box = frame(translate("PricingDialog", "DEVISE ET TAXE"))
        tax_box.setLayout(form([(translate("PricingDialog", "Modèle de territoire"), self.territory),
                                (translate("PricingDialog", "Devise"), self.currency),
                                (translate("PricingDialog", "Taxe"), self.tax_label),
                                (translate("PricingDialog", "Taux de la taxe"), self.tax_rate)]))
        price_box = frame(translate("PricingDialog", "PRIX UNITAIRES HORS TAXES"))
        price_box.setLayout(form([(translate("SendType", SEND_TYPE_LABELS[send_type]), _with_source(box, PRICE_SOURCES[send_type]))
                                  for send_type, box in self.prices.items()]))
        other_box = frame(translate("PricingDialog", "AUTRES PRIX PUBLICS D'AR24 (POUR INFORMATION)"))
        other_box.setLayout(form([(translate("Pricing", label), _with_source(QLabel(money(price, DEFAULT_CURRENCY, current_language())
                                                                                     + " " + translate("PricingDialog", "HT")), source))
                                  for label, price, source in OTHER_PRICES]))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 8)
        layout.addWidget(header_bar(translate("PricingDialog", "TARIFS ET FISCALITE DE L'AGENCE")))
        body = QVBoxLayout()
        body.setContentsMargins(10, 4, 10, 0)
        for widget in (tax_box, price_box, other_box, note, buttons):
            body.addWidget(widget)
        layout.addLayout(body)
        self.show_settings(admin.price_settings(context))

    def show_settings(self, settings: PriceSettings) -> None:
        self.currency.setCurrentIndex(self.currency.findData(settings.currency.code))
        self._show_currency()
        self.tax_label.setText(translate("Pricing", settings.tax_label))   # "TVA" reads "VAT" in English
        self.tax_rate.setValue(float(settings.tax_rate))
        for send_type, box in self.prices.items():
            box.setValue(float(settings.prices_ht[send_type]))

    def settings(self) -> PriceSettings:
        label = self.tax_label.text().strip()
        if label == translate("Pricing", DEFAULT_TAX_LABEL):    # the default, in either language, is kept as one
            label = DEFAULT_TAX_LABEL
        return settings_from_form(self.currency.currentData(), label, self.tax_rate.value(),
                                  {t: box.value() for t, box in self.prices.items()})

    def save(self) -> None:
        admin.save_prices(self.context, self.settings())
        self.accept()

    def _apply_territory(self, index: int) -> None:
        if key := self.territory.itemData(index):
            self.show_settings(TERRITORIES[key].settings)

    def _show_currency(self, *_args) -> None:
        currency = CURRENCIES[self.currency.currentData()]
        symbol_first = current_language() == "en" and len(currency.symbol) == 1    # as money() writes it
        for box in self.prices.values():
            box.setDecimals(currency.decimals)
            box.setPrefix(currency.symbol if symbol_first else "")
            box.setSuffix("" if symbol_first else f" {currency.symbol}")
