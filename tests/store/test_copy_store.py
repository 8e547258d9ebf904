"""``main.py copy-store``: the demo agency moved from SQLite into PostgreSQL, verified, never over data."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from app.store.copy import TABLES, CopyRefused, copy_store, table_fingerprint
from app.store.database import open_store
from app.store.models import ConsentChange, Event, Tiers

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.postgres


@pytest.fixture
def demo_file(demo_template: Path, tmp_path: Path) -> str:
    shutil.copyfile(demo_template / "template.db", tmp_path / "poste.db")
    return f"sqlite:///{tmp_path / 'poste.db'}"


def test_the_demo_agency_is_copied_table_by_table_and_verified(demo_file, pg_url):
    report = copy_store(demo_file, pg_url)
    assert report.ok
    assert {check.table for check in report.tables} == {table.name for table in TABLES}
    by_table = {check.table: check for check in report.tables}
    assert by_table["tiers"].target_rows > 0 and by_table["event"].target_rows > 0
    assert by_table["consent_change"].target_rows > 0
    # Verified independently of the report: the same rows, read from each database.
    source, target = open_store(demo_file), open_store(pg_url)
    with source.engine.connect() as left, target.engine.connect() as right:
        for table in TABLES:
            assert table_fingerprint(left, table) == table_fingerprint(right, table), table.name
    with source.session() as a, target.session() as b:
        tiers = a.scalars(select(Tiers).order_by(Tiers.id)).first()
        copy = b.get(Tiers, tiers.id)
        assert (copy.display_name, copy.lre_consent, copy.consent_date, copy.version) == \
            (tiers.display_name, tiers.lre_consent, tiers.consent_date, tiers.version)
        assert [c.change for c in copy.consent_history] == [c.change for c in tiers.consent_history]
    source.dispose()
    target.dispose()


def test_the_server_keeps_numbering_after_the_copied_rows(demo_file, pg_url):
    copy_store(demo_file, pg_url)
    store = open_store(pg_url)
    with store.session() as session, session.begin():
        before = session.scalar(select(func.max(Tiers.id)))
        tiers = Tiers(code="NOUVEAU", lastname="Nouveau")
        session.add(tiers)
        session.flush()
        assert tiers.id > before
        session.add(ConsentChange(tiers_id=tiers.id, origin="manuel", change="consent_given"))
    store.dispose()


def test_a_target_holding_data_is_refused_and_left_untouched(demo_file, pg_url):
    copy_store(demo_file, pg_url)
    store = open_store(pg_url)
    with store.session() as session, session.begin():
        session.get(Tiers, 1).city = "MODIFIÉE"
    with pytest.raises(CopyRefused, match=r"contient déjà des données \(app_user \(2\), .*\)"):
        copy_store(demo_file, pg_url)
    with store.session() as session:
        assert session.get(Tiers, 1).city == "MODIFIÉE"
        assert session.scalar(select(func.count()).select_from(Event)) == 40
    store.dispose()


def test_a_value_too_long_for_the_server_is_named_and_nothing_is_copied(demo_file, pg_url):
    """SQLite accepts an over-long value that PostgreSQL would refuse: the user is told which one."""
    source = open_store(demo_file)
    with source.engine.begin() as connection:
        connection.execute(text("UPDATE tiers SET city = :city WHERE id = 3"), {"city": "X" * 45})
    source.dispose()
    with pytest.raises(CopyRefused, match="tiers n° 3, colonne city : 45 caractères, 38 au plus"):
        copy_store(demo_file, pg_url)
    target = open_store(pg_url)
    with target.session() as session:
        assert session.scalar(select(func.count()).select_from(Tiers)) == 0
    target.dispose()


def test_the_command_copies_and_prints_the_verification(demo_file, pg_url, data_dir):
    command = [sys.executable, "main.py", "copy-store", "--from", demo_file, "--to", pg_url]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "tiers" in done.stdout and "identique" in done.stdout
    assert f"Copie terminée et vérifiée : {len(TABLES)} tables" in done.stdout
    again = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert again.returncode == 1
    assert "Copie refusée : La base cible" in again.stdout
