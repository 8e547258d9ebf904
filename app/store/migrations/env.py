"""Alembic environment: runs on the engine handed over by app.store.migrate."""
from alembic import context
from sqlalchemy import text

from app.store.models import Base

config = context.config
engine = config.attributes.get("engine")
target_metadata = Base.metadata


def run() -> None:
    if engine is None:
        raise RuntimeError("Migrations run through app.store.migrate, which provides the engine.")
    with engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            # Seats started together after an update: one migrates, the others wait, then find
            # the schema at head (the lock ends with this transaction; DDL is transactional).
            connection.execute(text("SELECT pg_advisory_xact_lock(7242024)"))
        elif connection.dialect.name == "sqlite":
            # Python's sqlite3 opens no transaction before DDL: each CREATE or ALTER would commit
            # on its own, and a killed upgrade would leave half a schema. One explicit transaction.
            connection.exec_driver_sql("BEGIN IMMEDIATE")
        context.configure(connection=connection, target_metadata=target_metadata,
                          render_as_batch=True, compare_type=True)
        context.run_migrations()


run()
