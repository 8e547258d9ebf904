"""What a batch will cost: unit price per send type (HT), the tax, per entity and in total.

Prices and tax are agency settings (table ``setting``), because AR24's prices change and an
agency may have negotiated its own, and because the tax differs by territory (TVA 20 % in
metropolitan France, TGC in New Caledonia…). The defaults are AR24's public prices as we
know them; they are an estimate shown before sending, never an invoice.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.i18n import QT_TRANSLATE_NOOP
from app.store.models import SendType, Setting

PRICE_KEY = "price_ht.{}"           # e.g. price_ht.lre_eidas = "3.49"
TAX_RATE_KEY, TAX_LABEL_KEY = "tax.rate", "tax.label"
DEFAULT_PRICES_HT = {
    SendType.LRE_EIDAS: Decimal("3.49"),
    SendType.AVIS_SYNDIC: Decimal("1.99"),
    SendType.LR_PAPIER: Decimal("6.90"),
    SendType.ERE_SIMPLE: Decimal("1.49"),
}
DEFAULT_TAX_RATE, DEFAULT_TAX_LABEL = Decimal("20"), QT_TRANSLATE_NOOP("Pricing", "TVA")   # shown translated
_CENT = Decimal("0.01")


@dataclass(frozen=True)
class PriceSettings:
    prices_ht: dict[SendType, Decimal]
    tax_rate: Decimal              # percent
    tax_label: str


@dataclass(frozen=True)
class PriceLine:
    label: str                     # the entity code, or "Total"
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


def load_price_settings(session: Session) -> PriceSettings:
    keys = [PRICE_KEY.format(t.value) for t in SendType] + [TAX_RATE_KEY, TAX_LABEL_KEY]
    values = {key: value for key, value in session.execute(
        select(Setting.key, Setting.value).where(Setting.key.in_(keys)))}
    prices = {t: _decimal(values.get(PRICE_KEY.format(t.value)), DEFAULT_PRICES_HT[t]) for t in SendType}
    return PriceSettings(prices, _decimal(values.get(TAX_RATE_KEY), DEFAULT_TAX_RATE),
                         (values.get(TAX_LABEL_KEY) or DEFAULT_TAX_LABEL).strip())


def summarize(send_type: SendType, entity_codes: Iterable[str], settings: PriceSettings) -> PriceSummary:
    """``entity_codes``: one entry per letter to send (the entity that pays it)."""
    unit = settings.prices_ht[send_type]
    lines = tuple(_line(code or "Sans entité", count, unit, settings.tax_rate)
                  for code, count in sorted(Counter(entity_codes).items()))
    total = PriceLine("Total", sum(l.count for l in lines), unit, sum((l.ht for l in lines), Decimal(0)),
                      sum((l.tax for l in lines), Decimal(0)))
    return PriceSummary(send_type, settings.tax_label, settings.tax_rate, lines, total)


def euros(amount: Decimal) -> str:
    """"1 234,50 €"."""
    text = f"{amount.quantize(_CENT, ROUND_HALF_UP):,.2f}".replace(",", "\u202f").replace(".", ",")
    return f"{text} €"


def _line(label: str, count: int, unit: Decimal, rate: Decimal) -> PriceLine:
    ht = (unit * count).quantize(_CENT, ROUND_HALF_UP)
    # Tax per entity, as AR24 bills each entity's payment method separately.
    return PriceLine(label, count, unit, ht, (ht * rate / 100).quantize(_CENT, ROUND_HALF_UP))


def _decimal(text: str | None, default: Decimal) -> Decimal:
    try:
        return Decimal(text.replace(",", ".").strip()) if text and text.strip() else default
    except InvalidOperation:
        return default
