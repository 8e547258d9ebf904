"""The store's sentences follow the language: ``copy-store --lang en`` reports in English, a
database fault and a refused address are told in English, and ``main.py --lang en --help``
describes the commands in English. French stays the default."""
from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy.exc import OperationalError

from app.cli.copy_store import copy_store_command
from app.database_setting import url_problem
from app.i18n import render
from app.store.faults import store_failure
from app.store.migrate import ForeignDatabaseError, upgrade_to_head
from app.store.database import make_engine
from app.translations import translator

ENGLISH = translator("en")


@pytest.fixture
def demo_file(demo_template: Path, tmp_path: Path) -> str:
    shutil.copyfile(demo_template / "template.db", tmp_path / "poste.db")
    return f"sqlite:///{tmp_path / 'poste.db'}"


def test_copy_store_reports_in_english_with_lang_en(demo_file, tmp_path, capsys):
    target = f"sqlite:///{tmp_path / 'copie.db'}"
    assert copy_store_command(["--from", demo_file, "--to", target, "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Copying…") and "identical" in out and "SHA-256 fingerprint" in out
    assert "Copy finished and checked:" in out and "identical rows." in out
    assert "Copie" not in out and "identique" not in out and "ligne(s)" not in out
    assert copy_store_command(["--from", demo_file, "--to", target, "--lang", "en"]) == 1
    refused = capsys.readouterr().out
    assert "Copy refused: The target database" in refused and "already holds data" in refused
    assert copy_store_command(["--from", demo_file, "--to", target]) == 1        # French by default
    assert "Copie refusée : La base cible" in capsys.readouterr().out


def test_store_faults_and_refusals_are_told_in_english():
    locked = OperationalError("UPDATE tiers SET city=?", ("Dijon",), sqlite3.OperationalError("database is locked"))
    assert render(store_failure(locked), ENGLISH).startswith("The database has been busy with another program")
    assert str(store_failure(locked)).startswith("La base de données est occupée")
    other = OperationalError("SELECT 1", (), sqlite3.OperationalError("no such table: tiers"))
    assert render(store_failure(other), ENGLISH) == ("The database refused the operation (OperationalError): try "
                                                     "again; if it happens again, contact support.")
    assert render(url_problem("mysql://agence@serveur/base"), ENGLISH) == \
        "The “mysql” engine is not supported: SQLite or PostgreSQL only."


def test_a_foreign_file_is_refused_in_english(tmp_path):
    document = tmp_path / "notes.db"
    document.write_text("pas une base", encoding="utf-8")
    engine = make_engine(f"sqlite:///{document}")
    try:
        with pytest.raises(ForeignDatabaseError) as refused:
            upgrade_to_head(engine)
    finally:
        engine.dispose()
    assert render(refused.value, ENGLISH) == (f"The file “{document}” is not a database of this application: it was "
                                              "not changed. Choose the application's database or a new file.")
    assert document.read_text(encoding="utf-8") == "pas une base"


@pytest.mark.parametrize(("argv", "shown", "absent"), [
    (["--lang", "en", "--help"], "copy a database into an empty one", "copier une base"),
    (["--help"], "copier une base dans une base vide", "copy a database"),
])
def test_main_help_describes_the_commands_in_the_chosen_language(argv, shown, absent, capsys):
    import main

    with pytest.raises(SystemExit):
        main.main(argv)
    out = capsys.readouterr().out
    assert shown in out and absent not in out


def test_a_failed_statement_keeps_its_parameters_out_of_the_error(tmp_path):
    """The error of a failed statement reaches the log file: the tiers' names and e-mails it was
    writing must not."""
    from sqlalchemy.exc import IntegrityError

    from app.store.database import open_store
    from app.store.models import User

    store = open_store(f"sqlite:///{tmp_path / 'store.db'}")
    try:
        with pytest.raises(IntegrityError) as raised, store.session() as session, session.begin():
            session.add_all([User(login="jeanne.d", full_name="Jeanne Durand-Meursault"),
                             User(login="jeanne.d", full_name="Jeanne Durand-Meursault")])
        assert "Durand-Meursault" not in str(raised.value) and "jeanne.d" not in str(raised.value)
    finally:
        store.dispose()


def test_a_payment_code_typed_by_hand_reads_in_the_interface_language():
    """Its label is kept in French with the link, like AR24's own labels, which stay as AR24 wrote them."""
    from app.sending.compatibility import PaymentInfo
    from app.services.ar24_features import typed_payment_method
    from app.store.statuses import payment_label

    typed = typed_payment_method("Stripe-47146")
    english = translator("en")
    assert render(payment_label(typed.label), english) == "Typed by hand (checked at the first send)"
    assert render(PaymentInfo(typed.label, typed.slug, "S001").text, english) == \
        "Typed by hand (checked at the first send) stripe-47146 (Entity: S001)"
    assert str(PaymentInfo(typed.label, typed.slug, "S001").text) == \
        "Saisi à la main (vérifié au premier envoi) stripe-47146 (Entité : S001)"
    assert render(payment_label("TEST (****3640 - 6/2023)"), english) == "TEST (****3640 - 6/2023)"
