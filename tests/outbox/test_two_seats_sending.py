"""Two workstations send the same 200 events at the same time, on one database (SQLite file or
PostgreSQL server), to one AR24: each is a real process of its own, and every event still ends
with exactly one AR24 mail and one live letter."""
from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import select

from app.ar24.client import AR24Client
from app.store.database import open_store
from app.store.models import AuditEntry, Event, OutboxState, RegisteredLetter, SendType, Tiers
from tests.ar24.conftest import make_account, settings_for
from tests.outbox.support import seed_batch

ROOT = Path(__file__).resolve().parents[2]
EVENTS = 200


@pytest.mark.slow
def test_two_seats_sending_the_same_events_at_once_send_each_exactly_once(db_url, service, control, tmp_path) -> None:
    store = open_store(db_url)
    account = make_account(control)
    events = seed_batch(store, account, EVENTS)
    seats = []
    for seat in ("POSTE-1", "POSTE-2"):
        config = tmp_path / f"{seat}.json"
        config.write_text(json.dumps({
            "db_url": store.engine.url.render_as_string(hide_password=False), "base_url": service.base_url,
            "token": service.token, "private_key": service.private_key, "out_dir": str(tmp_path / seat),
            "event_ids": events, "send_type": SendType.ERE_SIMPLE.value, "workstation": seat}), encoding="utf-8")
        seats.append(subprocess.Popen([sys.executable, "-m", "tests.outbox.kill_runner", str(config)], cwd=ROOT,
                                      stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True))
    outputs = [seat.communicate(timeout=300) for seat in seats]
    for seat, (out, err) in zip(seats, outputs):
        assert seat.returncode == 0, err[-3000:]
        assert json.loads(out.splitlines()[-1])["sent"] == EVENTS   # each seat reported on every event

    with store.session() as session:
        letters = session.execute(select(RegisteredLetter.event_id, RegisteredLetter.local_ref,
                                         RegisteredLetter.outbox_state, RegisteredLetter.claimed_by)).all()
        posted_by = Counter(session.scalars(select(AuditEntry.workstation).where(
            AuditEntry.action == "envoi_ar24", AuditEntry.detail.contains(": OK - Envoyée à AR24 (numéro"))))
        email_of_event = dict(session.execute(select(Event.id, Tiers.email)
                                              .join(Tiers, Event.tiers_id == Tiers.id)).all())
    store.dispose()
    assert sum(posted_by.values()) == EVENTS and min(posted_by.values()) > 0, posted_by   # really concurrent
    live = [letter for letter in letters if letter.outbox_state is not OutboxState.CANCELLED]
    assert sorted(letter.event_id for letter in live) == sorted(events)          # one live letter per event
    assert {letter.outbox_state for letter in live} == {OutboxState.POSTED}
    assert {letter.claimed_by for letter in letters} == {None}                   # both seats let go of everything
    by_ref = {ref: int(count) for ref, count in control.state()["mails_by_ref_client"].items()}
    assert [by_ref.get(letter.local_ref) for letter in live] == [1] * EVENTS
    with AR24Client(settings_for(service)) as client:
        mails = [mail for page in client.mail_pages(account["id"]) for mail in page]
    by_recipient = Counter(mail.to_email for mail in mails)                      # AR24's side, by event
    assert sorted(by_recipient.elements()) == sorted(email_of_event[event] for event in events)
    assert set(by_recipient.values()) == {1}
