"""Alembic migrations, applied programmatically at start (no alembic.ini to ship).

Revision ids are numbered (``0001``, ``0002``…) and linear, so the head is the
highest number among the files in ``migrations/versions``: the common start-up
case ("already at head") is answered without importing Alembic (~0.2 s).

An interrupted upgrade never leaves a database that cannot be opened. SQLite: the file is
read, without changing it, to be sure it is ours (another program's file is refused
untouched; a 0-byte file or a database without tables is a new store); it is copied beside
itself before each upgrade (the last ``BACKUPS_KEPT`` copies kept); the upgrade is one
transaction (migrations/env.py), so a killed one leaves the old schema. PostgreSQL: DDL is
transactional, and the upgrade is one transaction too.
"""
from __future__ import annotations

import datetime as dt
import os
import re
import sqlite3
from contextlib import closing
from pathlib import Path

from sqlalchemy import Engine, inspect, text

from app.i18n import QT_TRANSLATE_NOOP, Message, message

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
_REVISION_FILE = re.compile(r"^(\d{4})_\w+\.py$")
_REVISION = re.compile(r"\d{4}")
BACKUPS_KEPT = 3
BACKUP_INFIX = ".sauvegarde-"   # recommandes.db.sauvegarde-20261130-203512-123456-r0007
PARTIAL = ".part"               # a copy being written; a kill leaves it, the next upgrade removes it
TOO_NEW = QT_TRANSLATE_NOOP("StoreMigrate", "La base de données a été mise à jour par une version plus récente de "
                            "l'application (révision {current}, cette version connaît la révision {head}). "
                            "Installez la dernière version sur ce poste avant d'ouvrir cette base.")
FOREIGN = QT_TRANSLATE_NOOP("StoreMigrate", "Le fichier « {path} » n'est pas une base de données de cette "
                            "application : il n'a pas été modifié. Choisissez la base de l'application ou un "
                            "nouveau fichier.")


class StoreRefused(RuntimeError):
    """This version cannot use the database; raised with the Message that says why
    (``str(error)`` is French). Nothing in it was changed."""


class SchemaTooNewError(StoreRefused):
    """The database was migrated by a newer version of the application."""


class ForeignDatabaseError(StoreRefused):
    """The SQLite file is not a database of this application."""


def head_revision() -> str:
    numbers = [m.group(1) for f in (MIGRATIONS_DIR / "versions").iterdir()
               if (m := _REVISION_FILE.match(f.name))]
    return max(numbers)


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def alembic_config(engine: Engine | None = None):
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if engine is not None:
        config.attributes["engine"] = engine
    return config


def schema_too_new_message(current: str, head: str) -> Message:
    return message(TOO_NEW, current=current, head=head)


def foreign_database_message(path: Path) -> Message:
    return message(FOREIGN, path=str(path))


def sqlite_file(engine: Engine) -> Path | None:
    """The file of a SQLite engine (None for a server database or an in-memory one)."""
    database = engine.url.database
    if engine.url.get_backend_name() != "sqlite" or not database or database == ":memory:":
        return None
    return Path(database)


def stored_revision(path: Path) -> str | None:
    """The revision of a SQLite file, read without changing it (no WAL switch, no journal);
    None for a new store. Raises ``ForeignDatabaseError`` for any file that is not ours."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    try:
        with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as database:
            tables = {name for (name,) in database.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if not tables:
                return None
            row = database.execute("SELECT version_num FROM alembic_version").fetchone() \
                if "alembic_version" in tables else None
    except sqlite3.DatabaseError:   # not a database at all (a document, a spreadsheet…)
        raise ForeignDatabaseError(foreign_database_message(path)) from None
    if row is None or not _REVISION.fullmatch(str(row[0])):
        raise ForeignDatabaseError(foreign_database_message(path))
    return str(row[0])


def backups(path: Path) -> list[Path]:
    """The copies made before upgrades, oldest first (their names sort by date)."""
    return sorted(p for p in path.parent.glob(f"{path.name}{BACKUP_INFIX}*") if not p.name.endswith(PARTIAL))


def back_up(path: Path, revision: str) -> Path:
    """Copy the database beside itself (SQLite's online backup: a consistent copy, WAL included),
    renamed into place once whole; keep the last ``BACKUPS_KEPT``."""
    for stale in path.parent.glob(f"{path.name}{BACKUP_INFIX}*{PARTIAL}"):
        stale.unlink()
    target = path.with_name(f"{path.name}{BACKUP_INFIX}{dt.datetime.now():%Y%m%d-%H%M%S-%f}-r{revision}")
    partial = target.with_name(target.name + PARTIAL)
    with closing(sqlite3.connect(path)) as source, closing(sqlite3.connect(partial)) as copy:
        source.backup(copy)
    os.replace(partial, target)
    for old in backups(path)[:-BACKUPS_KEPT]:
        old.unlink()
    return target


def upgrade_to_head(engine: Engine) -> None:
    """Bring the schema to this version's head; refuse a schema newer than the application,
    and a SQLite file that is not ours (before anything opens it through ``engine``)."""
    path = sqlite_file(engine)
    current, head = (stored_revision(path) if path else current_revision(engine)), head_revision()
    if current == head:
        return
    if current is not None and current > head:
        raise SchemaTooNewError(schema_too_new_message(current, head))
    if path and current is not None:
        back_up(path, current)
    from alembic import command

    command.upgrade(alembic_config(engine), "head")
