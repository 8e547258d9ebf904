"""Two workstations send the same events at the same time as two different types (one the
lettre suivie, the other the LR papier), on one PostgreSQL server: each event gets one letter,
paid once — the database's "one letter on its way per event" index decides, not the type."""
from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import select

from app.store.database import open_store
from app.store.models import OutboxState, RegisteredLetter, SendType
from tests.ar24.conftest import make_account
from tests.outbox.support import seed_batch

ROOT = Path(__file__).resolve().parents[2]
EVENTS = 40


@pytest.mark.postgres
def test_two_seats_sending_two_types_for_the_same_events_get_one_letter_each(pg_url, service, control, tmp_path) -> None:
    store = open_store(pg_url)
    events = seed_batch(store, make_account(control), EVENTS)
    seats = []
    # Opposite orders: the seats meet in the middle of the batch, whichever starts first.
    for seat, send_type, order in (("POSTE-1", SendType.ERE_SIMPLE, events), ("POSTE-2", SendType.LR_PAPIER, events[::-1])):
        config = tmp_path / f"{seat}.json"
        config.write_text(json.dumps({
            "db_url": store.engine.url.render_as_string(hide_password=False), "base_url": service.base_url,
            "token": service.token, "private_key": service.private_key, "out_dir": str(tmp_path / seat),
            "event_ids": order, "send_type": send_type.value, "workstation": seat}), encoding="utf-8")
        seats.append(subprocess.Popen([sys.executable, "-m", "tests.outbox.kill_runner", str(config)], cwd=ROOT,
                                      stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True))
    for seat in seats:
        _, err = seat.communicate(timeout=300)
        assert seat.returncode == 0, err[-3000:]
    with store.session() as session:
        letters = session.execute(select(RegisteredLetter.event_id, RegisteredLetter.send_type,
                                         RegisteredLetter.local_ref, RegisteredLetter.outbox_state)).all()
    store.dispose()
    live = [letter for letter in letters if letter.outbox_state is OutboxState.POSTED]
    assert sorted(letter.event_id for letter in live) == sorted(events)        # one letter per event
    assert {letter.outbox_state for letter in letters} <= {OutboxState.POSTED, OutboxState.CANCELLED}
    types = Counter(letter.send_type for letter in live)
    assert sum(types.values()) == EVENTS and len(types) == 2, types             # both seats really raced
    by_ref = {ref: int(count) for ref, count in control.state()["mails_by_ref_client"].items()}
    assert sum(by_ref.get(letter.local_ref, 0) for letter in letters) == EVENTS  # AR24 billed each event once
