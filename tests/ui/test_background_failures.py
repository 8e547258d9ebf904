"""A background job that fails tells the window what to do, in the interface's language: a
database fault as its sentence (never the SQL, which can hold names), an error raised with a
sentence as that sentence, anything else as an unexpected error."""
from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy.exc import OperationalError

from app.i18n import QT_TRANSLATE_NOOP, message
from ui.background import run_job
from ui.i18n import install_translators


def _failure_of(qtbot, error: Exception) -> str:
    def fails(_control):
        raise error

    heard: list[str] = []
    job = run_job(fails, on_failure=heard.append)
    qtbot.waitUntil(lambda: bool(heard), timeout=5000)
    assert not job.running
    return heard[0]


@pytest.fixture
def english(qapp):
    install_translators(qapp, "en")
    yield
    install_translators(qapp, "fr")


def _locked() -> OperationalError:
    return OperationalError("UPDATE tiers SET name='MEURSAULT Jeannine' WHERE id=?", (3,),
                            sqlite3.OperationalError("database is locked"))


def test_a_database_fault_in_a_job_says_what_to_do_not_the_sql(qtbot):
    said = _failure_of(qtbot, _locked())
    assert said.startswith("La base de données est occupée par un autre programme ou un autre poste")
    assert "MEURSAULT" not in said and "UPDATE" not in said


def test_a_failed_job_speaks_the_interface_language(qtbot, english):
    assert _failure_of(qtbot, _locked()).startswith("The database has been busy with another program")
    refused = ValueError(message(QT_TRANSLATE_NOOP("StoreFaults", "La base de données a refusé l'opération ({error}) : "
                                                   "relancez ; si cela se répète, contactez le support."),
                                 error="IntegrityError"))
    assert "IntegrityError" in _failure_of(qtbot, refused) and "relancez" not in _failure_of(qtbot, refused)
    assert _failure_of(qtbot, KeyError("x")).startswith("Unexpected error")
