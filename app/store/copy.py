"""``main.py copy-store``: move a single-seat SQLite store into the agency's PostgreSQL server.

Every table is copied in one transaction on the target (all or nothing), parents before
children, then verified: per table, the row count and a SHA-256 of every row read back from
both databases must agree. A target that already holds data is refused: the copy never
merges into, nor overwrites, an agency's database.
"""
from __future__ import annotations

import datetime as dt
import decimal
import enum
import hashlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, String, Table, func, select, text
from sqlalchemy.engine import make_url

from app.i18n import QT_TRANSLATE_NOOP, Message, Text, message
from app.store.database import Store, open_store
from app.store.models import Base

BATCH = 2000
TABLES = Base.metadata.sorted_tables   # foreign-key order: parents first
SAME_DATABASE = QT_TRANSLATE_NOOP("CopyStore", "La base source et la base cible sont la même base : choisissez une "
                                  "base cible vide.")
NO_SOURCE_FILE = QT_TRANSLATE_NOOP("CopyStore", "Le fichier de la base source {path} n'existe pas : vérifiez le chemin "
                                   "(par défaut recommandes.db dans le dossier de données de l'application).")
TARGET_NOT_EMPTY = QT_TRANSLATE_NOOP("CopyStore", "La base cible {url} contient déjà des données ({tables}). La copie "
                                     "ne remplace ni ne complète jamais une base : créez une base vide sur le serveur "
                                     "(par exemple « createdb recommandes ») et recommencez.")
TOO_LONG = QT_TRANSLATE_NOOP("CopyStore", "{count} valeur(s) dépassent la longueur permise par la base cible ; "
                             "corrigez-les dans la base d'origine puis recommencez :")
TOO_LONG_VALUE = QT_TRANSLATE_NOOP("CopyStore", "{table} n° {id}, colonne {column} : {length} caractères, {limit} au "
                                   "plus")


class CopyRefused(RuntimeError):
    """The copy cannot be done; raised with the sentence that says why and what to do, and the
    values at fault (``details``), one sentence each. ``str()`` is all of it in French."""

    def __init__(self, sentence: Text | Message, details: Sequence[Message] = ()) -> None:
        super().__init__(sentence)
        self.details = list(details)

    def __str__(self) -> str:
        return "\n".join([str(self.args[0]), *map(str, self.details)])


@dataclass(frozen=True)
class TableCheck:
    table: str
    source_rows: int
    target_rows: int
    source_sha256: str
    target_sha256: str

    @property
    def ok(self) -> bool:
        return self.source_rows == self.target_rows and self.source_sha256 == self.target_sha256


@dataclass(frozen=True)
class CopyReport:
    source: str
    target: str
    tables: list[TableCheck]

    @property
    def ok(self) -> bool:
        return all(check.ok for check in self.tables)

    @property
    def rows(self) -> int:
        return sum(check.target_rows for check in self.tables)


def _canonical(value) -> str:
    """One spelling per value whatever the engine returned it as."""
    if value is None:
        return "\x00"
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, decimal.Decimal):
        return format(value.normalize(), "f")
    if isinstance(value, (dt.datetime, dt.date)):
        return value.isoformat()
    return str(value)


def table_fingerprint(connection: Connection, table: Table) -> tuple[int, str]:
    """(row count, SHA-256 of the rows in primary-key order); the order is Python's, not the
    engine's collation, so SQLite and PostgreSQL sort string keys alike."""
    key = [table.columns.keys().index(c.name) for c in table.primary_key.columns]
    rows = sorted(connection.execute(select(table)),
                  key=lambda row: tuple((row[i] is not None, row[i]) for i in key))
    digest = hashlib.sha256()
    for row in rows:
        digest.update("\x1f".join(_canonical(v) for v in row).encode())
        digest.update(b"\x1e")
    return len(rows), digest.hexdigest()


def _non_empty(connection: Connection) -> list[str]:
    counts = ((t.name, connection.execute(select(func.count()).select_from(t)).scalar_one()) for t in TABLES)
    return [f"{name} ({count})" for name, count in counts if count]


def _too_long(table: Table, rows: Iterable) -> list[Message]:
    """SQLite does not enforce VARCHAR lengths, PostgreSQL does: name the values that would not fit."""
    limits = [(i, c) for i, c in enumerate(table.columns) if isinstance(c.type, String) and c.type.length]
    key = table.columns.keys().index(next(iter(table.primary_key.columns)).name)
    return [message(TOO_LONG_VALUE, table=table.name, id=row[key], column=column.name, length=len(row[i]),
                    limit=column.type.length)
            for row in rows for i, column in limits
            if row[i] is not None and len(row[i]) > column.type.length]


def _reset_sequences(connection: Connection) -> None:
    """PostgreSQL hands out ids from sequences: start them after the copied ids."""
    for table in TABLES:
        key = list(table.primary_key.columns)
        if len(key) == 1 and key[0].autoincrement is not False and key[0].type.python_type is int:
            connection.execute(text(
                f"SELECT setval(pg_get_serial_sequence('{table.name}', '{key[0].name}'), "
                f"COALESCE((SELECT MAX({key[0].name}) FROM {table.name}), 0) + 1, false)"))


def copy_store(source_url: str, target_url: str,
               progress: Callable[[str, int], None] = lambda table, rows: None) -> CopyReport:
    """Copy every table of ``source_url`` into the empty database ``target_url`` and verify it.

    Both are brought to this version's schema first (an older source store is migrated, as the
    application would do when opening it). Raises CopyRefused with a French reason."""
    if source_url == target_url:
        raise CopyRefused(SAME_DATABASE)
    source_file = make_url(source_url)
    if source_file.get_backend_name() == "sqlite" and not Path(source_file.database or "").is_file():
        raise CopyRefused(message(NO_SOURCE_FILE, path=source_file.database or ""))
    source, target = open_store(source_url), open_store(target_url)
    try:
        with target.engine.connect() as connection:
            if filled := _non_empty(connection):
                tables = ", ".join(filled[:5]) + ("…" if len(filled) > 5 else "")
                raise CopyRefused(message(TARGET_NOT_EMPTY, url=target.url, tables=tables))
        _copy_rows(source, target, progress)
        return _verify(source, target)
    finally:
        source.dispose()
        target.dispose()


def _copy_rows(source: Store, target: Store, progress: Callable[[str, int], None]) -> None:
    with source.engine.connect() as reader, target.engine.begin() as writer:
        for table in TABLES:
            rows = list(reader.execute(select(table)))
            if problems := _too_long(table, rows):
                raise CopyRefused(message(TOO_LONG, count=len(problems)), problems[:20])
            names = table.columns.keys()
            for start in range(0, len(rows), BATCH):
                writer.execute(table.insert(), [dict(zip(names, row)) for row in rows[start:start + BATCH]])
            progress(table.name, len(rows))
        if writer.dialect.name == "postgresql":
            _reset_sequences(writer)


def _verify(source: Store, target: Store) -> CopyReport:
    checks = []
    with source.engine.connect() as left, target.engine.connect() as right:
        for table in TABLES:
            source_rows, source_sha = table_fingerprint(left, table)
            target_rows, target_sha = table_fingerprint(right, table)
            checks.append(TableCheck(table.name, source_rows, target_rows, source_sha, target_sha))
    return CopyReport(source.url, target.url, checks)
