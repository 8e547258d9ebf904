"""Alembic migrations, applied programmatically at start (no alembic.ini to ship).

Revision ids are numbered (``0001``, ``0002``…) and linear, so the head is the
highest number among the files in ``migrations/versions``: the common start-up
case ("already at head") is answered without importing Alembic (~0.2 s).
"""
from __future__ import annotations

import re
from pathlib import Path

from sqlalchemy import Engine, inspect, text

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
_REVISION_FILE = re.compile(r"^(\d{4})_\w+\.py$")


class SchemaTooNewError(RuntimeError):
    """The database was migrated by a newer version of the application."""


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


def schema_too_new_message(current: str, head: str) -> str:
    return ("La base de données a été mise à jour par une version plus récente de l'application "
            f"(révision {current}, cette version connaît la révision {head}). "
            "Installez la dernière version sur ce poste avant d'ouvrir cette base.")


def upgrade_to_head(engine: Engine) -> None:
    """Bring the schema to this version's head; refuse a schema newer than the application."""
    current, head = current_revision(engine), head_revision()
    if current == head:
        return
    if current is not None and current > head:
        raise SchemaTooNewError(schema_too_new_message(current, head))
    from alembic import command

    command.upgrade(alembic_config(engine), "head")
