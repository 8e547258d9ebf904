"""The schema comes from Alembic migrations, and they describe exactly the models."""
from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text

from app.store.database import make_engine, open_store
from app.store.migrate import SchemaTooNewError, alembic_config, current_revision, head_revision
from app.store.models import Base


def test_migrations_build_every_table_from_an_empty_database(tmp_path):
    store = open_store(f"sqlite:///{tmp_path / 'empty.db'}")
    tables = set(inspect(store.engine).get_table_names())
    assert set(Base.metadata.tables) <= tables
    assert current_revision(store.engine) == head_revision()


def test_models_and_migrations_do_not_drift(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'drift.db'}")
    open_store(str(engine.url))
    with engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert differences == [], "a model changed without its Alembic migration"


def test_fast_head_lookup_agrees_with_alembic():
    assert head_revision() == ScriptDirectory.from_config(alembic_config()).get_current_head()


def test_sqlite_runs_in_wal_with_foreign_keys(tmp_path):
    store = open_store(f"sqlite:///{tmp_path / 'pragmas.db'}")
    with store.engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1


def test_a_database_from_a_newer_version_is_refused_with_a_french_message(tmp_path):
    url = f"sqlite:///{tmp_path / 'newer.db'}"
    store = open_store(url)
    with store.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    store.dispose()
    with pytest.raises(SchemaTooNewError, match="version plus récente"):
        open_store(url)


def test_reopening_keeps_the_data(tmp_path):
    url = f"sqlite:///{tmp_path / 'reopen.db'}"
    store = open_store(url)
    with store.engine.begin() as connection:
        connection.execute(text("INSERT INTO entity (code, name, kind, address, ics, iban, bic) "
                                "VALUES ('S009', 'SDC Test', 'syndicat', '', '', '', '')"))
    store.dispose()
    with open_store(url).session() as session:
        assert session.execute(text("SELECT name FROM entity WHERE code = 'S009'")).scalar() == "SDC Test"
