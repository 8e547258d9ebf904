"""The same migrations on SQLite and PostgreSQL; a schema newer than the application is refused."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, text

from app.database_setting import check_connection
from app.store.database import make_engine, open_store
from app.store.migrate import SchemaTooNewError, current_revision, head_revision
from app.store.models import Base, Tiers

ROOT = Path(__file__).resolve().parents[2]


def test_migrations_build_the_models_exactly_on_each_engine(db_url):
    store = open_store(db_url)
    assert current_revision(store.engine) == head_revision()
    assert set(Base.metadata.tables) <= set(inspect(store.engine).get_table_names())
    with store.engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    store.dispose()
    assert differences == [], "a model changed without its Alembic migration"


def test_a_schema_newer_than_the_application_is_refused_in_french_on_each_engine(db_url):
    store = open_store(db_url)
    with store.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    store.dispose()
    with pytest.raises(SchemaTooNewError, match="version plus récente de l'application .*révision 9999"):
        open_store(db_url)
    check = check_connection(db_url)
    assert not check.ok and "Installez la dernière version" in str(check.message)


def test_one_live_letter_per_event_is_enforced_by_the_database_on_each_engine(demo_db):
    """The partial unique index exists on PostgreSQL too: a second live letter for an event is refused."""
    from sqlalchemy.exc import IntegrityError

    from app.store.models import Event, RegisteredLetter, SendType, User

    with demo_db.session() as session:
        event, user = session.query(Event).first(), session.query(User).first()
        for ref in ("A", "B"):
            session.add(RegisteredLetter(local_ref=ref, event_id=event.id, user_id=user.id,
                                         send_type=SendType.LRE_EIDAS))
        with pytest.raises(IntegrityError):
            session.commit()


@pytest.mark.postgres
def test_seats_started_together_migrate_the_server_once(pg_url):
    """After an update every seat opens the database at once: one migrates, the others wait
    (each seat is a process of its own, as on the agency's workstations)."""
    code = ("import sys; from alembic import command; from app.store.database import open_store; "
            "print('prêt', flush=True); sys.stdin.readline(); open_store(sys.argv[1]).dispose()")
    seats = [subprocess.Popen([sys.executable, "-c", code, pg_url], cwd=ROOT, stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(3)]
    for seat in seats:              # everything imported: the seats open the database together
        assert seat.stdout.readline().strip() == "prêt"
    for seat in seats:
        seat.stdin.write("\n")
        seat.stdin.flush()
    ended = [(seat.communicate(timeout=120)[1], seat.returncode) for seat in seats]   # pipes closed
    assert [errors for errors, code in ended if code] == []
    engine = make_engine(pg_url)
    assert current_revision(engine) == head_revision()
    engine.dispose()


def test_check_connection_tells_what_the_seat_will_find(db_url):
    assert "La base est vide" in check_connection(db_url).message
    store = open_store(db_url)
    with store.session() as session, session.begin():
        session.add(Tiers(code="T1", lastname="Durand"))
    store.dispose()
    check = check_connection(db_url)
    assert check.ok and "base à jour" in str(check.message)


@pytest.mark.postgres
def test_an_unreachable_server_is_explained_in_french(pg_url):
    check = check_connection(pg_url.replace("reco_test_", "absente_"))
    assert not check.ok
    assert str(check.message).startswith("Connexion impossible")
    assert "le nom de la base, l'utilisateur et le mot de passe" in str(check.message)
