"""app/services/admin.py: users, the prices of the estimate, the database of this seat and
opening it at start-up (what failed, and whether this seat can fix it)."""
from __future__ import annotations

import sqlite3
from decimal import Decimal

import pytest

from app.accounts.link import AccountInputError
from app.changes import Change, subscribe
from app.machine_settings import MachineSettings
from app.secrets import SecretStore
from app.services import admin
from app.services.admin import SEND_TYPE_LABELS, DatabaseChoice, LinkState
from app.store.database import DB_URL_ENV


@pytest.fixture
def heard():
    changes: list[Change] = []
    unsubscribe = subscribe(changes.append)
    yield changes
    unsubscribe()


def test_users_are_plain_rows_with_named_fields(demo_context):
    rows = admin.users(demo_context)
    jlc = next(row for row in rows if row.login == "JLC")
    assert jlc.ar24_link_state is LinkState.LINKED and jlc[1] == "JLC"      # seeded ready to send
    assert admin.user_identity(demo_context, jlc.id) == admin.UserIdentity(jlc.id, "JLC", jlc.full_name)
    with pytest.raises(AccountInputError, match="n'existe plus"):
        admin.user_identity(demo_context, 999_999)


def test_prices_typed_in_francs_cfp_are_whole_francs_and_a_nameless_tax_keeps_a_name(demo_context, heard):
    typed = {send_type: 377.4 for send_type in SEND_TYPE_LABELS}
    settings = admin.settings_from_form("XPF", "  ", 6.0, typed)
    assert set(settings.prices_ht.values()) == {Decimal(377)} and settings.tax_label == "Taxe"
    assert settings.tax_rate == Decimal(6)
    euros = admin.settings_from_form("EUR", "TVA", 20.0, {t: 3.49 for t in SEND_TYPE_LABELS})
    assert set(euros.prices_ht.values()) == {Decimal("3.49")}, "the spin box's float read as the decimal shown"
    admin.save_prices(demo_context, settings)
    assert heard == [Change.SETTINGS]
    assert admin.price_settings(demo_context) == settings


def test_a_server_choice_comes_back_with_its_password_from_the_keyring(data_dir, heard):
    data_dir.mkdir(parents=True, exist_ok=True)
    settings, secrets = MachineSettings(), SecretStore()
    assert admin.database_choice(settings, secrets) == DatabaseChoice()
    choice = DatabaseChoice(True, "srv-agence", 5433, "recommandes", "agence", "s3cret")
    admin.save_database(settings, secrets, choice)
    assert heard == [Change.SETTINGS] and "s3cret" not in settings.database_url
    assert admin.database_choice(MachineSettings.load(), secrets) == choice
    assert not admin.check_database(DatabaseChoice(True, "", database="recommandes")).ok
    with pytest.raises(ValueError, match="nom ou l'adresse du serveur"):
        admin.save_database(settings, secrets, DatabaseChoice(True, database="recommandes"))


def test_a_database_that_cannot_be_opened_is_fixable_only_when_the_saved_address_is_at_fault(
        data_dir, tmp_path, monkeypatch):
    data_dir.mkdir(parents=True, exist_ok=True)
    unreachable = f"sqlite:///{tmp_path / 'absent' / 'dossier' / 'base.db'}"
    settings, secrets = MachineSettings(), SecretStore()
    settings.database_url = unreachable
    opening = admin.open_context(settings, secrets)
    assert opening.context is None and opening.fixable and not opening.too_new
    assert str(opening.problem).startswith("La base de données n'a pas pu être ouverte : unable to open")
    assert not admin.open_context(MachineSettings(), secrets, unreachable).fixable, "--db: nothing to fix here"
    monkeypatch.setenv(DB_URL_ENV, unreachable)
    assert not admin.open_context(settings, secrets).fixable and admin.database_overridden()


def test_a_database_of_a_newer_version_is_refused_and_the_good_one_opens(data_dir, tmp_path):
    data_dir.mkdir(parents=True, exist_ok=True)
    url = f"sqlite:///{tmp_path / 'base.db'}"
    opening = admin.open_context(MachineSettings(), SecretStore(), url, demo=False)
    assert opening.context is not None and opening.context.store.url == url
    opening.context.store.dispose()
    with sqlite3.connect(tmp_path / "base.db") as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    newer = admin.open_context(MachineSettings(), SecretStore(), url, demo=False)
    assert newer.context is None and newer.too_new and "plus récente" in str(newer.problem)
