"""A database that fails during a batch (locked for long, read-only, full, I/O errors): the batch
ends with French sentences and no SQL, nothing is lost nor sent twice, and the report waits for
the store to come back."""
from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import event, func, select
from sqlalchemy.exc import OperationalError

from app.outbox.control import Control
from app.outbox.pipeline import Outcome, write_audit
from app.sending.send_types import PrintOptions
from app.store import faults
from app.store.models import AuditEntry, OutboxState, RegisteredLetter, SendType
from tests.outbox.conftest import make_outbox, mails_by_ref
from tests.outbox.support import seed_batch


@contextmanager
def read_only(store) -> Iterator[None]:
    """Every new connection of the store refuses writes as a read-only file would (root ignores
    file modes, so the tests use SQLite's own switch)."""
    def refuse_writes(connection, _record) -> None:
        connection.execute("PRAGMA query_only = ON")

    store.engine.dispose()
    event.listen(store.engine, "connect", refuse_writes)
    try:
        yield
    finally:
        event.remove(store.engine, "connect", refuse_writes)
        store.engine.dispose()


def _sqlite_failure(message: str) -> OperationalError:
    return OperationalError("UPDATE registered_letter SET outbox_state=? WHERE id = ?", ("posted", 7),
                            sqlite3.OperationalError(message))


@pytest.mark.parametrize(("message", "sentence"), [
    ("database is locked", faults.LOCKED), ("attempt to write a readonly database", faults.READ_ONLY),
    ("database or disk is full", faults.FULL), ("disk I/O error", faults.IO_ERROR)])
def test_each_sqlite_fault_is_one_french_sentence_without_sql(message: str, sentence: str) -> None:
    told = faults.store_failure(_sqlite_failure(message))
    assert told == sentence
    assert "UPDATE" not in told and "registered_letter" not in told and "posted" not in told


def test_a_read_only_store_mid_batch_keeps_every_letter_and_the_report(store, client, control, account,
                                                                       tmp_path: Path) -> None:
    events = seed_batch(store, account, 8)
    outbox = make_outbox(store, client, tmp_path, parallel=2)
    first = outbox.send(SendType.ERE_SIMPLE, events[:4], PrintOptions(), Control())
    assert {r.outcome for r in first.results} == {Outcome.OK}
    # The database file turns read-only under the running application (a share remounted, rights changed).
    with read_only(store):
        report = outbox.send(SendType.ERE_SIMPLE, events[4:], PrintOptions(), Control())
    assert len(report.results) == 4
    for result in report.results:
        assert "SELECT" not in str(result.message) and "INSERT" not in str(result.message) and "UPDATE" not in str(result.message)
    assert any("lecture seule" in str(result.message) for result in report.results), [str(r.message) for r in report.results]
    # Store back: the next batch sends the rest once and writes the report that waited.
    again = outbox.send(SendType.ERE_SIMPLE, events[4:], PrintOptions(), Control())
    assert {r.outcome for r in again.results} == {Outcome.OK}
    with store.session() as session:
        assert session.scalar(select(func.count()).where(RegisteredLetter.outbox_state == OutboxState.POSTED)) == 8
        details = list(session.scalars(select(AuditEntry.detail).where(AuditEntry.action == "lot_ar24")))
    assert len(details) == 3          # the first batch, the one that failed (written late), the last
    assert all(count == 1 for count in mails_by_ref(control).values() if count)


def test_report_lines_wait_in_the_data_folder_until_the_store_is_back(store, tmp_path: Path) -> None:
    row = {"login": "JLC", "workstation": "poste", "action": "lot_ar24", "target": "lot:1", "detail": "Envoi en AR : 1"}
    with read_only(store):
        write_audit(store, [row])
    write_audit(store, [row | {"target": "lot:2"}])
    with store.session() as session:
        assert sorted(session.scalars(select(AuditEntry.target))) == ["lot:1", "lot:2"]
