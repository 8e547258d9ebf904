"""Opening the store: engine, session factory, schema migrations.

SQLite in the user's data folder by default (WAL, foreign keys on); any SQLAlchemy
URL (PostgreSQL for multi-seat agencies) through ``--db`` or ``RECO_DB_URL``.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from app.paths import data_dir

DB_URL_ENV = "RECO_DB_URL"


def default_url() -> str:
    return os.environ.get(DB_URL_ENV) or f"sqlite:///{data_dir() / 'recommandes.db'}"


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    # WAL + NORMAL stays durable at every commit boundary that matters to us (no lost
    # commit after a process kill); only an OS crash may lose the very last transaction.
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.close()


def normalize_url(url: str) -> str:
    """``postgresql://…`` (what IT providers write) uses psycopg 3, the driver we ship."""
    parsed = make_url(url)
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed.render_as_string(hide_password=False)


def make_engine(url: str | None = None) -> Engine:
    url = normalize_url(url or default_url())
    # A failed statement's parameters (names, addresses, e-mails) stay out of its error, hence out of the log.
    if url.startswith("sqlite"):
        engine = create_engine(url, hide_parameters=True, connect_args={"check_same_thread": False, "timeout": 10})
        event.listen(engine, "connect", _sqlite_pragmas)
    else:
        # A server that does not answer is reported after 10 s instead of freezing the start-up.
        engine = create_engine(url, hide_parameters=True, pool_pre_ping=True, connect_args={"connect_timeout": 10})
    return engine


@dataclass
class Store:
    """The opened database: an engine and the factory of its sessions."""
    engine: Engine
    session_factory: sessionmaker[Session]

    @property
    def url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    def session(self) -> Session:
        return self.session_factory()

    def dispose(self) -> None:
        self.engine.dispose()


def open_store(url: str | None = None, *, migrate: bool = True) -> Store:
    """Open (and by default migrate to the newest schema) the store at ``url``."""
    engine = make_engine(url)
    if migrate:
        from app.store.migrate import upgrade_to_head

        try:
            upgrade_to_head(engine)
        except BaseException:
            engine.dispose()   # a refused or failed upgrade leaves no connection open behind it
            raise
    return Store(engine, sessionmaker(engine, expire_on_commit=False))


def sqlite_path(store: Store) -> Path | None:
    """The database file of a SQLite store (None for a server database)."""
    if store.engine.url.get_backend_name() != "sqlite":
        return None
    return Path(store.engine.url.database or "")
