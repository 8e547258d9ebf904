"""A batch facing an AR24 that answers badly always ends, posts nothing twice, and leaves what it
could not send resumable; once AR24 answers properly the next batch completes every letter once."""
from __future__ import annotations

import threading
import time

from sqlalchemy import func, select

from app.ar24.client import AR24Client
from app.outbox.control import Control
from app.outbox.pipeline import BREAKER_LETTERS, Outcome
from app.sending.send_types import PrintOptions
from app.store.models import OutboxState, RegisteredLetter, SendType
from tests.ar24.conftest import FAST_RETRY, settings_for
from tests.outbox.conftest import make_outbox, mails_by_ref
from tests.outbox.support import seed_batch


def _states(store) -> dict[OutboxState, int]:
    with store.session() as session:
        rows = session.execute(select(RegisteredLetter.outbox_state, func.count()).group_by(RegisteredLetter.outbox_state))
        return {state: count for state, count in rows}


def _exactly_once(store, control) -> None:
    counts = mails_by_ref(control)
    with store.session() as session:
        refs = list(session.scalars(select(RegisteredLetter.local_ref)))
    assert all(counts.get(ref, 0) <= 1 for ref in refs)


def test_429_for_ever_trips_the_breaker_and_the_next_batch_completes(store, client, control, account, tmp_path) -> None:
    events = seed_batch(store, account, 12)
    outbox = make_outbox(store, client, tmp_path, parallel=2)
    started = time.monotonic()
    control.faults(api_status=429, api_status_route="mail", retry_after=0)   # every post, for ever
    report = outbox.send(SendType.ERE_SIMPLE, events, PrintOptions(), Control())
    assert time.monotonic() - started < 60
    assert report.count(Outcome.OK) == 0
    stopped = [r for r in report.results if "AR24 ne répond pas correctement" in str(r.message)]
    assert len(stopped) >= len(events) - BREAKER_LETTERS, [str(r.message) for r in report.results]
    assert "HTTP 429" in str(stopped[0].message)
    _exactly_once(store, control)
    control.faults(api_status=0)
    resumed = outbox.resume(Control())
    fresh = outbox.send(SendType.ERE_SIMPLE, events, PrintOptions(), Control())
    assert _states(store) == {OutboxState.POSTED: 12}, (resumed.summary(), fresh.summary())
    assert all(count == 1 for count in mails_by_ref(control).values() if count)
    _exactly_once(store, control)


def test_answers_without_mail_numbers_leave_letters_in_doubt_then_reconciled(store, client, control, account,
                                                                            tmp_path) -> None:
    events = seed_batch(store, account, 4)
    control.faults(forge=[{"route": "mail", "result": {"status": "waiting"}, "after_handler": True}] * 4)
    report = make_outbox(store, client, tmp_path).send(SendType.ERE_SIMPLE, events, PrintOptions(), Control())
    assert {r.outcome for r in report.results} == {Outcome.OK}
    assert _states(store) == {OutboxState.POSTED: 4}
    with store.session() as session:
        numbers = list(session.scalars(select(RegisteredLetter.ar24_mail_id)))
    assert all(isinstance(number, int) and number > 0 for number in numbers)
    _exactly_once(store, control)


def test_a_dripping_ar24_cannot_hold_a_batch_and_cancel_stops_it_within_two_seconds(store, service, control,
                                                                                    account, tmp_path) -> None:
    events = seed_batch(store, account, 6)
    control.faults(drip_seconds=1.0)
    cancel = Control()
    with AR24Client(settings_for(service, timeout=30), retry=FAST_RETRY) as slow:
        outbox = make_outbox(store, slow, tmp_path, parallel=2)
        finished: list[float] = []

        def run() -> None:
            outbox.send(SendType.ERE_SIMPLE, events, PrintOptions(), cancel)
            finished.append(time.monotonic())

        thread = threading.Thread(target=run)
        thread.start()
        time.sleep(2.0)
        asked = time.monotonic()
        cancel.cancel()
        thread.join(timeout=30)
    assert finished and finished[0] - asked < 2.0
    control.faults(drip_seconds=0)
    _exactly_once(store, control)


def test_an_ar24_that_answers_byte_by_byte_cannot_hold_a_batch(store, service, control, account, tmp_path) -> None:
    """Every answer dripping one byte at a time: each call ends at its deadline, the breaker stops the
    batch after five letters, and once AR24 answers properly every letter is sent exactly once."""
    events = seed_batch(store, account, 6)
    control.faults(drip_seconds=0.5)
    with AR24Client(settings_for(service, timeout=1), retry=FAST_RETRY) as slow:
        started = time.monotonic()
        report = make_outbox(store, slow, tmp_path, parallel=6).send(SendType.LR_PAPIER, events, PrintOptions(),
                                                                      Control())
        elapsed = time.monotonic() - started
    control.faults(drip_seconds=0)
    assert elapsed < 60, elapsed          # the calls' deadlines (1 s + 5 s), a few attempts, then the breaker
    assert report.count(Outcome.OK) == 0
    assert any("AR24 ne répond pas correctement" in str(r.message) for r in report.results)
    _exactly_once(store, control)
    with AR24Client(settings_for(service), retry=FAST_RETRY) as healthy:
        outbox = make_outbox(store, healthy, tmp_path)
        outbox.resume(Control())
        outbox.send(SendType.LR_PAPIER, events, PrintOptions(), Control())
    assert _states(store) == {OutboxState.POSTED: 6}
    _exactly_once(store, control)
