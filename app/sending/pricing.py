"""What a batch will cost: unit price per send type (HT), the tax, per entity and in total.

Prices, currency and tax are agency settings (table ``setting``), because AR24's prices change
and an agency may have negotiated its own, and because the territory decides the currency and
the tax (euro and TVA 20 % in metropolitan France; franc CFP and TGC in New Caledonia, where
OPT-NC sells the lettre suivie électronique). The defaults are AR24's public prices as we know
them; they are an estimate shown before sending, never an invoice.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.i18n import QT_TRANSLATE_NOOP, Sentence
from app.store.models import AuditEntry, SendType, Setting

PRICE_KEY = "price_ht.{}"           # e.g. price_ht.lre_eidas = "3.49"
TAX_RATE_KEY, TAX_LABEL_KEY, CURRENCY_KEY = "tax.rate", "tax.label", "currency"
DEFAULT_PRICES_HT = {
    SendType.LRE_EIDAS: Decimal("3.49"),
    SendType.AVIS_SYNDIC: Decimal("2.29"),
    SendType.LR_PAPIER: Decimal("6.99"),
    SendType.ERE_SIMPLE: Decimal("1.49"),
}
# Where each default comes from (shown next to the price in « Tarifs et fiscalité »).
SEED_002 = QT_TRANSLATE_NOOP("Pricing", "Source : AR24, fiche « Lettre Recommandée Électronique », prix indicatifs 2023")
PRICE_SOURCES = {
    SendType.LRE_EIDAS: SEED_002,
    SendType.AVIS_SYNDIC: QT_TRANSLATE_NOOP("Pricing", "Source : AR24, page produit de l'avis électronique, 2023"),
    SendType.LR_PAPIER: SEED_002,
    SendType.ERE_SIMPLE: QT_TRANSLATE_NOOP("Pricing", "Estimation : aucun prix public trouvé"),
}
# AR24's other public prices (not per letter): for information, with their source.
OTHER_PRICES = (
    (QT_TRANSLATE_NOOP("Pricing", "Demande de consentement (facturée si le consentement est obtenu)"),
     Decimal("0.99"), SEED_002),
    (QT_TRANSLATE_NOOP("Pricing", "Identifiants eIDAS de l'expéditeur (valables 5 ans)"), Decimal("6.99"), SEED_002),
)
# The defaults before these sources were found: a store holding them never had its prices edited.
FORMER_DEFAULTS_HT = {SendType.AVIS_SYNDIC: Decimal("1.99"), SendType.LR_PAPIER: Decimal("6.90")}
DEFAULT_TAX_RATE, DEFAULT_TAX_LABEL = Decimal("20"), QT_TRANSLATE_NOOP("Pricing", "TVA")   # shown translated
UNNAMED_TAX_LABEL = "Taxe"         # a tax left without a name in the form: the lines still say what it is
NO_ENTITY = QT_TRANSLATE_NOOP("Pricing", "Sans entité")      # the line of the events attached to none
TOTAL = "Total"                    # the same word in English


@dataclass(frozen=True)
class Currency:
    code: str                      # ISO 4217
    symbol: str                    # as written after an amount
    decimals: int                  # the franc CFP has no subunit: amounts are whole francs

    @property
    def unit(self) -> Decimal:
        return Decimal(1).scaleb(-self.decimals)

    def round(self, amount: Decimal) -> Decimal:
        return amount.quantize(self.unit, ROUND_HALF_UP)


NARROW_SPACE = "\u202f"   # French thousands separator
CURRENCIES = {"EUR": Currency("EUR", "€", 2), "XPF": Currency("XPF", "XPF", 0)}
DEFAULT_CURRENCY = CURRENCIES["EUR"]


@dataclass(frozen=True)
class PriceSettings:
    prices_ht: dict[SendType, Decimal]
    tax_rate: Decimal              # percent
    tax_label: str
    currency: Currency = DEFAULT_CURRENCY


@dataclass(frozen=True)
class Territory:
    """A starting point for the agency's settings; every figure stays editable."""
    label: str
    settings: PriceSettings


# 1 000 XPF = 8,38 € (fixed parity); the lettre suivie électronique at 377 XPF HT is OPT-NC's
# public price (seed 003), the other types are AR24's euro prices converted.
_XPF_PER_EUR = Decimal(1000) / Decimal("8.38")
TERRITORIES = {
    "metropole": Territory(QT_TRANSLATE_NOOP("Pricing", "France métropolitaine — euro, TVA 20 %"),
                           PriceSettings(DEFAULT_PRICES_HT, DEFAULT_TAX_RATE, DEFAULT_TAX_LABEL, DEFAULT_CURRENCY)),
    "nouvelle_caledonie": Territory(
        QT_TRANSLATE_NOOP("Pricing", "Nouvelle-Calédonie — franc CFP, TGC 6 %"), PriceSettings(
        {t: (Decimal(377) if t is SendType.ERE_SIMPLE else CURRENCIES["XPF"].round(price * _XPF_PER_EUR))
         for t, price in DEFAULT_PRICES_HT.items()}, Decimal(6), "TGC", CURRENCIES["XPF"])),
}


@dataclass(frozen=True)
class PriceLine:
    label: Sentence                # the entity code, or "Total"
    count: int
    unit_ht: Decimal
    ht: Decimal
    tax: Decimal

    @property
    def ttc(self) -> Decimal:
        return self.ht + self.tax


@dataclass(frozen=True)
class PriceSummary:
    send_type: SendType
    tax_label: str
    tax_rate: Decimal
    lines: tuple[PriceLine, ...]   # one per entity, by code
    total: PriceLine
    currency: Currency = DEFAULT_CURRENCY

    def money(self, amount: Decimal, language: str | None = None) -> str:
        return money(amount, self.currency, language)


def load_price_settings(session: Session) -> PriceSettings:
    keys = [PRICE_KEY.format(t.value) for t in SendType] + [TAX_RATE_KEY, TAX_LABEL_KEY, CURRENCY_KEY]
    values = {key: value for key, value in session.execute(
        select(Setting.key, Setting.value).where(Setting.key.in_(keys)))}
    prices = {t: _decimal(values.get(PRICE_KEY.format(t.value)), DEFAULT_PRICES_HT[t]) for t in SendType}
    return PriceSettings(prices, _decimal(values.get(TAX_RATE_KEY), DEFAULT_TAX_RATE),
                         (values.get(TAX_LABEL_KEY) or DEFAULT_TAX_LABEL).strip(),
                         CURRENCIES.get((values.get(CURRENCY_KEY) or "").strip().upper(), DEFAULT_CURRENCY))


def settings_from_form(currency_code: str, tax_label: str, tax_rate: float,
                       prices: Mapping[SendType, float]) -> PriceSettings:
    """The settings typed in « Tarifs et fiscalité »: amounts rounded to the currency's unit
    (whole francs CFP), the binary floats of the spin boxes read as the decimals shown."""
    currency = CURRENCIES[currency_code]
    return PriceSettings({t: currency.round(Decimal(str(value))) for t, value in prices.items()},
                         Decimal(str(tax_rate)).normalize(), tax_label.strip() or UNNAMED_TAX_LABEL, currency)


def save_price_settings(session: Session, settings: PriceSettings, login: str) -> None:
    """Store the agency's prices, tax and currency (one audit line says who changed them)."""
    values = {PRICE_KEY.format(t.value): str(price) for t, price in settings.prices_ht.items()}
    values |= {TAX_RATE_KEY: str(settings.tax_rate), TAX_LABEL_KEY: settings.tax_label.strip(),
               CURRENCY_KEY: settings.currency.code}
    for key, value in values.items():
        session.merge(Setting(key=key, value=value))
    session.add(AuditEntry(login=login, action="tarifs", target="setting",
                           detail=f"{settings.currency.code}, {settings.tax_label} {settings.tax_rate} %, "
                                  + ", ".join(f"{t.value} {p}" for t, p in settings.prices_ht.items())))


def summarize(send_type: SendType, entity_codes: Iterable[str], settings: PriceSettings) -> PriceSummary:
    """``entity_codes``: one entry per letter to send (the entity that pays it)."""
    unit, currency = settings.prices_ht[send_type], settings.currency
    lines = tuple(_line(code or NO_ENTITY, count, unit, settings.tax_rate, currency)
                  for code, count in sorted(Counter(entity_codes).items()))
    total = PriceLine(TOTAL, sum(line.count for line in lines), unit, sum((line.ht for line in lines), Decimal(0)),
                      sum((line.tax for line in lines), Decimal(0)))
    return PriceSummary(send_type, settings.tax_label, settings.tax_rate, lines, total, currency)


def batch_total(summaries: Sequence[PriceSummary]) -> PriceLine:
    """The whole order (e.g. the electronic letters and their LR papier fallback) in one line."""
    return PriceLine(TOTAL, sum(s.total.count for s in summaries), Decimal(0),
                     sum((s.total.ht for s in summaries), Decimal(0)), sum((s.total.tax for s in summaries), Decimal(0)))


def money(amount: Decimal, currency: Currency = DEFAULT_CURRENCY, language: str | None = None) -> str:
    """"1 234,50 €", "12 400 XPF"; in English "€1,234.50", "12,400 XPF"."""
    text = f"{currency.round(amount):,.{currency.decimals}f}"
    if language == "en":
        return f"{currency.symbol}{text}" if len(currency.symbol) == 1 else f"{text} {currency.symbol}"
    return f"{text.replace(',', NARROW_SPACE).replace('.', ',')} {currency.symbol}"


def percent(rate: Decimal, language: str | None = None) -> str:
    """"20 %", "8,5 %"; in English "20%", "8.5%"."""
    text = f"{rate.normalize():f}"
    return f"{text}%" if language == "en" else text.replace(".", ",") + " %"


def _line(label: Sentence, count: int, unit: Decimal, rate: Decimal, currency: Currency) -> PriceLine:
    ht = currency.round(unit * count)
    # Tax per entity, as AR24 bills each entity's payment method separately.
    return PriceLine(label, count, unit, ht, currency.round(ht * rate / 100))


def _decimal(text: str | None, default: Decimal) -> Decimal:
    try:
        return Decimal(text.replace(",", ".").strip()) if text and text.strip() else default
    except InvalidOperation:
        return default
