"""Letter references: readable, per type and day, never twice — even from two threads at once."""
from __future__ import annotations

import datetime as dt
import threading

from app.sending.references import next_reference
from app.store.models import SendType

DAY = dt.date(2026, 4, 14)


def test_references_follow_the_seed_pattern_and_restart_each_day(demo_store):
    with demo_store.session() as session, session.begin():
        first = [next_reference(session, SendType.ERE_SIMPLE, DAY) for _ in range(6)]
        other_type = next_reference(session, SendType.LRE_EIDAS, DAY)
        next_day = next_reference(session, SendType.ERE_SIMPLE, DAY + dt.timedelta(days=1))
    assert first[0] == "LSE260414-000001" and first[-1] == "LSE260414-000006"
    assert other_type == "LRE260414-000001" and next_day == "LSE260415-000001"
    with demo_store.session() as session, session.begin():
        assert next_reference(session, SendType.ERE_SIMPLE, DAY) == "LSE260414-000007"   # survives a new session


def test_a_rolled_back_letter_does_not_burn_a_number(demo_store):
    with demo_store.session() as session:
        with session.begin():
            next_reference(session, SendType.LR_PAPIER, DAY)
        session.begin()
        next_reference(session, SendType.LR_PAPIER, DAY)
        session.rollback()
    with demo_store.session() as session, session.begin():
        assert next_reference(session, SendType.LR_PAPIER, DAY) == "LRP260414-000002"


def test_two_writers_at_once_never_get_the_same_reference(demo_store):
    drawn: list[str] = []
    lock = threading.Lock()

    def draw() -> None:
        for _ in range(25):
            with demo_store.session() as session, session.begin():
                reference = next_reference(session, SendType.AVIS_SYNDIC, DAY)
            with lock:
                drawn.append(reference)

    threads = [threading.Thread(target=draw) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(drawn) == 100 and len(set(drawn)) == 100
    assert max(drawn) == "AVS260414-000100"
