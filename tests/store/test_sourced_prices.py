"""AR24's sourced prices: a store whose prices were never edited moves to them; typed ones stay."""
from __future__ import annotations

from decimal import Decimal

from alembic import command
from sqlalchemy import text

from app.sending.pricing import load_price_settings
from app.store.database import make_engine, open_store
from app.store.migrate import alembic_config
from app.store.models import SendType


def _store_at_0010(tmp_path, name: str, prices: dict[str, str]) -> str:
    url = f"sqlite:///{tmp_path / name}"
    engine = make_engine(url)
    command.upgrade(alembic_config(engine), "0010")
    with engine.begin() as connection:
        for key, value in (prices | {"currency": "EUR"}).items():
            connection.execute(text("INSERT INTO setting (key, value) VALUES (:key, :value)"),
                               {"key": key, "value": value})
    engine.dispose()
    return url


def test_prices_saved_at_the_former_defaults_move_to_the_sourced_ones(tmp_path):
    url = _store_at_0010(tmp_path, "defaults.db", {"price_ht.avis_syndic": "1.99", "price_ht.lr_papier": "6.90",
                                                   "price_ht.lre_eidas": "3.49"})
    store = open_store(url)
    with store.session() as session:
        prices = load_price_settings(session).prices_ht
    store.dispose()
    assert (prices[SendType.AVIS_SYNDIC], prices[SendType.LR_PAPIER], prices[SendType.LRE_EIDAS]) == (
        Decimal("2.29"), Decimal("6.99"), Decimal("3.49"))


def test_prices_an_agency_typed_stay(tmp_path):
    url = _store_at_0010(tmp_path, "typed.db", {"price_ht.avis_syndic": "1.50", "price_ht.lr_papier": "7.20"})
    store = open_store(url)
    with store.session() as session:
        prices = load_price_settings(session).prices_ht
    store.dispose()
    assert (prices[SendType.AVIS_SYNDIC], prices[SendType.LR_PAPIER]) == (Decimal("1.50"), Decimal("7.20"))


def test_a_store_that_never_saved_prices_uses_the_sourced_defaults(tmp_path):
    store = open_store(f"sqlite:///{tmp_path / 'fresh.db'}")
    with store.session() as session:
        prices = load_price_settings(session).prices_ht
    store.dispose()
    assert (prices[SendType.AVIS_SYNDIC], prices[SendType.LR_PAPIER]) == (Decimal("2.29"), Decimal("6.99"))
