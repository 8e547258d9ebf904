"""Two workstations on one database (SQLite and PostgreSQL): no lost update, no error for nothing.

Each "seat" is a Store of its own (its own engine and connections), as on two machines."""
from __future__ import annotations

import threading
import time

import pytest
from sqlalchemy import func, select

from app.consent.changes import set_consent
from app.store.database import Store, open_store
from app.store.models import AuditEntry, ConsentChange, Tiers
from app.store.transactions import retrying
from app.tiers.edit import STALE_MESSAGE, StaleRecordError, TiersForm, save_tiers, validate


@pytest.fixture
def second_seat(demo_db: Store) -> Store:
    store = open_store(demo_db.engine.url.render_as_string(hide_password=False))
    yield store
    store.dispose()


def _valid_tiers(store: Store) -> int:
    with store.session() as session:
        return next(t.id for t in session.scalars(select(Tiers).order_by(Tiers.id)) if not validate(TiersForm.of(t)))


def _form(store: Store, tiers_id: int) -> TiersForm:
    with store.session() as session:
        return TiersForm.of(session.get(Tiers, tiers_id))


def test_the_same_tiers_saved_on_two_seats_refuses_the_second_save_and_loses_nothing(demo_db, second_seat):
    tiers_id = _valid_tiers(demo_db)
    on_first, on_second = _form(demo_db, tiers_id), _form(second_seat, tiers_id)
    on_first.phone = "03 80 11 22 33"
    on_second.phone, on_second.city = "06 00 00 00 00", "BEAUNE"
    with demo_db.session() as session:
        assert save_tiers(session, tiers_id, on_first, "JLC") == []
    with second_seat.session() as session, pytest.raises(StaleRecordError) as refused:
        save_tiers(session, tiers_id, on_second, "MCM")
    assert str(refused.value) == STALE_MESSAGE
    assert "modifiée entre-temps (sur un autre poste" in STALE_MESSAGE
    with second_seat.session() as session:
        tiers = session.get(Tiers, tiers_id)
        assert (tiers.phone, tiers.city) == ("03 80 11 22 33", on_first.city)
        assert tiers.version == on_first.version + 1
        edits = session.scalars(select(AuditEntry.login).where(AuditEntry.action == "tiers_edited",
                                                                AuditEntry.target == f"tiers:{tiers_id}")).all()
        assert edits == ["JLC"]


def test_a_save_racing_an_uncommitted_save_on_another_seat_waits_then_is_refused(demo_db, second_seat):
    """The row is being written on seat 1 when seat 2 saves: the database itself arbitrates."""
    tiers_id = _valid_tiers(demo_db)
    on_second = _form(second_seat, tiers_id)
    on_second.phone = "06 00 00 00 00"
    outcome: list[object] = []

    def second_saves() -> None:
        with second_seat.session() as session:
            try:
                outcome.append(save_tiers(session, tiers_id, on_second, "MCM"))
            except StaleRecordError as error:
                outcome.append(error)

    with demo_db.session() as first:
        first.get(Tiers, tiers_id).phone = "03 80 11 22 33"
        first.flush()                          # written and locked, not committed yet
        racer = threading.Thread(target=second_saves)
        racer.start()
        time.sleep(0.5)
        assert outcome == [], "the second seat must wait for the first one's transaction"
        first.commit()
    racer.join(30)
    assert len(outcome) == 1 and isinstance(outcome[0], StaleRecordError)
    with demo_db.session() as session:
        assert session.get(Tiers, tiers_id).phone == "03 80 11 22 33"


def test_a_consent_action_over_rows_another_seat_just_changed_is_redone_on_the_fresh_rows(demo_db, second_seat):
    with demo_db.session() as session:
        ids = list(session.scalars(select(Tiers.id).where(Tiers.lre_consent.is_(False)).order_by(Tiers.id).limit(5)))
    calls = []

    def tick(session):
        calls.append(1)
        read = session.scalars(select(Tiers).where(Tiers.id.in_(ids))).all()   # seat 1 has read the rows…
        if len(calls) == 1:   # …when seat 2 ticks the first one, with another e-mail
            retrying(second_seat, lambda other: set_consent(other, ids[:1], True, "MCM", email="autre@exemple.fr"))
        diffs = set_consent(session, ids, True, "JLC")
        assert len(read) == len(ids)
        return diffs

    diffs = retrying(demo_db, tick)
    assert len(calls) == 2, "the first attempt met seat 2's change and was redone"
    assert [d.tiers_id for d in diffs] == ids[1:], "the tiers seat 2 already ticked is left as it is"
    with demo_db.session() as session:
        first = session.get(Tiers, ids[0])
        assert (first.lre_consent, first.consent_email) == (True, "autre@exemple.fr")
        assert [c.by_login for c in first.consent_history if c.change == "consent_given"] == ["MCM"]
        assert all(session.get(Tiers, i).lre_consent for i in ids)


def test_consent_actions_on_overlapping_selections_from_two_seats_at_once(demo_db, second_seat):
    """Both seats tick, then untick, then tick… the same tiers (each with its own e-mail) at the
    same instant: no error reaches the user, and each record agrees with its history."""
    with demo_db.session() as session:
        ids = list(session.scalars(select(Tiers.id).order_by(Tiers.id)))
        before = _consent_lines(session)
    first_half, second_half = ids[: 2 * len(ids) // 3], ids[len(ids) // 3:]
    errors, attempts, rounds = [], [], 5          # ends on a tick
    barrier = threading.Barrier(2)

    def seat(store: Store, selection: list[int], login: str) -> None:
        def action(session):
            attempts.append(login)
            given = round_ % 2 == 0
            return set_consent(session, selection, given, login, email=f"{login.lower()}@exemple.fr")

        try:
            for round_ in range(rounds):   # noqa: B007 — action() reads it
                barrier.wait(30)
                retrying(store, action)
        except Exception as error:  # noqa: BLE001 — collected and asserted below
            errors.append(error)

    threads = [threading.Thread(target=seat, args=(demo_db, first_half, "JLC")),
               threading.Thread(target=seat, args=(second_seat, second_half, "MCM"))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    assert errors == []
    assert len(attempts) > 2 * rounds, "the seats met on the same rows and the later one was redone"
    with demo_db.session() as session:
        for tiers_id in set(first_half) | set(second_half):
            tiers = session.get(Tiers, tiers_id)
            last = [c for c in tiers.consent_history if c.change in ("consent_given", "consent_withdrawn")][-1]
            assert tiers.lre_consent and last.change == "consent_given"
            assert tiers.consent_email == last.email == f"{last.by_login.lower()}@exemple.fr"
            expected = {"JLC"} if tiers_id not in second_half else {"MCM"} if tiers_id not in first_half \
                else {"JLC", "MCM"}
            assert last.by_login in expected
        history, audit = (after - earlier for after, earlier in zip(_consent_lines(session), before))
        assert audit == history > 0, "every change in a history has its audit line, none from a replayed attempt"


def _consent_lines(session) -> tuple[int, int]:
    """(consent changes in the histories, consent lines in the audit log)."""
    changes = ["consent_given", "consent_withdrawn"]
    return (session.scalar(select(func.count()).select_from(ConsentChange).where(ConsentChange.change.in_(changes))),
            session.scalar(select(func.count()).select_from(AuditEntry).where(AuditEntry.action.in_(changes))))
