"""An upgrade never leaves a database that cannot be opened (issue 19): killed at any point, a
SQLite store is found at its old schema or at the new one, never between, and opens; each
upgrade leaves a copy of the database beside it (the last three kept); a SQLite file that is not
ours is refused untouched, and an empty one becomes a new store."""
from __future__ import annotations

import random
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import event, inspect, text

from app.store.database import make_engine, open_store
from app.store.migrate import (
    BACKUPS_KEPT,
    ForeignDatabaseError,
    alembic_config,
    back_up,
    backups,
    current_revision,
    head_revision,
    stored_revision,
    upgrade_to_head,
)
from tests.store.test_upgrade import NOW, ROWS_AT_0001

RUNNER = [sys.executable, str(Path(__file__).with_name("upgrade_runner.py"))]
TRIALS = 30


def schema(path: Path) -> list[tuple[str, str, str]]:
    with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as database:
        return database.execute("SELECT type, name, sql FROM sqlite_master ORDER BY type, name").fetchall()


@pytest.fixture(scope="module")
def agency_at_0001(tmp_path_factory) -> Path:
    """A database of the first revision, with an agency's rows in it."""
    path = tmp_path_factory.mktemp("template") / "agence-0001.db"
    engine = make_engine(f"sqlite:///{path}")
    command.upgrade(alembic_config(engine), "0001")
    with engine.begin() as connection:
        for statement in ROWS_AT_0001:
            connection.execute(text(statement), {"now": NOW})
    engine.dispose()
    return path


def copy_of(template: Path, path: Path) -> str:
    with closing(sqlite3.connect(template)) as source, closing(sqlite3.connect(path)) as copy:
        source.backup(copy)
    return f"sqlite:///{path}"


def start_upgrade(url: str) -> subprocess.Popen:
    process = subprocess.Popen([*RUNNER, url], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert process.stdout.readline().strip() == "ready"
    process.stdin.write("go\n")
    process.stdin.flush()
    return process


def assert_opens_upgraded_with_its_data(url: str) -> None:
    store = open_store(url)
    try:
        assert current_revision(store.engine) == head_revision()
        with store.engine.connect() as connection:
            assert connection.execute(text("SELECT login FROM app_user")).scalars().all() == ["MDU"]
            assert connection.execute(text("SELECT ar24_mail_id FROM registered_letter")).scalars().all() == [900001]
    finally:
        store.dispose()


def test_an_upgrade_that_fails_midway_leaves_the_old_schema_on_each_engine(db_url) -> None:
    engine = make_engine(db_url)
    command.upgrade(alembic_config(engine), "0001")
    tables = set(inspect(engine).get_table_names())
    schema_changes: list[str] = []

    def cut_at_the_fifth_schema_change(connection, cursor, statement, *args) -> None:
        if statement.lstrip().upper().startswith(("CREATE", "ALTER", "DROP")):
            schema_changes.append(statement)
            if len(schema_changes) == 5:   # a revision or more already applied, the next one begun
                raise RuntimeError("coupure pendant la mise à jour")

    event.listen(engine, "before_cursor_execute", cut_at_the_fifth_schema_change)
    with pytest.raises(RuntimeError, match="coupure"):
        upgrade_to_head(engine)
    event.remove(engine, "before_cursor_execute", cut_at_the_fifth_schema_change)
    assert current_revision(engine) == "0001" and set(inspect(engine).get_table_names()) == tables
    engine.dispose()
    store = open_store(db_url)
    assert current_revision(store.engine) == head_revision()
    store.dispose()


@pytest.mark.slow
def test_upgrades_killed_at_random_points_leave_a_database_that_opens(agency_at_0001, tmp_path) -> None:
    before, head = schema(agency_at_0001), head_revision()
    with start_upgrade(copy_of(agency_at_0001, tmp_path / "measured.db")) as measured:
        duration = float(measured.stdout.readline().split()[1])   # backup and upgrade, uninterrupted
        assert measured.wait(30) == 0
    rng, interrupted = random.Random(19), 0
    for trial in range(TRIALS):
        path = tmp_path / f"trial-{trial}.db"
        with start_upgrade(copy_of(agency_at_0001, path)) as process:   # its pipes closed at the end
            time.sleep(rng.uniform(0, duration * 1.2))
            process.kill()
        revision = stored_revision(path)          # readable and ours, whatever the kill interrupted
        assert revision in ("0001", head), (trial, revision)
        if revision == "0001":                    # as before: not one table more or less
            assert schema(path) == before, trial
            interrupted += 1
        assert_opens_upgraded_with_its_data(f"sqlite:///{path}")
    assert interrupted > 0   # some kills did fall before the end of an upgrade


def test_each_upgrade_leaves_a_copy_of_the_old_database_the_last_three_kept(agency_at_0001, tmp_path) -> None:
    path = tmp_path / "agence.db"
    url = copy_of(agency_at_0001, path)
    assert_opens_upgraded_with_its_data(url)
    (copy,) = backups(path)
    assert stored_revision(copy) == "0001" and schema(copy) == schema(agency_at_0001)
    made = [back_up(path, head_revision()) for _ in range(BACKUPS_KEPT + 2)]
    assert backups(path) == made[-BACKUPS_KEPT:]
    assert_opens_upgraded_with_its_data(url)   # at head: no upgrade, no copy
    assert backups(path) == made[-BACKUPS_KEPT:]


def test_a_sqlite_file_of_another_program_is_refused_untouched(tmp_path) -> None:
    other = tmp_path / "comptabilite.db"
    with closing(sqlite3.connect(other)) as database:
        database.execute("CREATE TABLE client (id INTEGER PRIMARY KEY, nom TEXT)")
        database.execute("INSERT INTO client (nom) VALUES ('Dupont')")
        database.commit()
    text_file = tmp_path / "notes.db"
    text_file.write_text("Ceci est une liste de courses, pas une base.", encoding="utf-8")
    for path in (other, text_file):
        content = path.read_bytes()
        with pytest.raises(ForeignDatabaseError, match="n'est pas une base de données de cette application"):
            open_store(f"sqlite:///{path}")
        assert path.read_bytes() == content
        assert sorted(p.name for p in tmp_path.iterdir()) == ["comptabilite.db", "notes.db"]   # no -wal, no copy


def test_an_empty_file_is_a_new_store(tmp_path) -> None:
    zero = tmp_path / "vide.db"
    zero.touch()
    no_tables = tmp_path / "sans-tables.db"
    sqlite3.connect(no_tables).close()
    for path in (zero, no_tables):
        store = open_store(f"sqlite:///{path}")
        assert current_revision(store.engine) == head_revision()
        store.dispose()
        assert backups(path) == []
