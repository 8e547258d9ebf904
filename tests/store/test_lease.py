"""The agency-wide lease: one holder at a time on SQLite and PostgreSQL, taken over when it expires."""
from __future__ import annotations

import threading

from app.store import lease
from app.store.database import open_store

NAME = lease.STATUS_SYNC


def test_one_holder_at_a_time_until_it_releases(db_url):
    store = open_store(db_url)
    seat_a, seat_b = lease.holder_id("POSTE-1"), lease.holder_id("POSTE-2")
    taken = lease.acquire(store, NAME, seat_a, ttl=300)
    assert taken is not None and taken.holder == seat_a and taken.active and taken.generation == 1
    assert lease.acquire(store, NAME, seat_b, ttl=300) is None
    assert lease.status(store, NAME).workstation == "POSTE-1"
    assert lease.renew(store, NAME, seat_a, ttl=300)
    assert not lease.renew(store, NAME, seat_b, ttl=300)
    assert lease.acquire(store, NAME, seat_a, ttl=300).generation == 1   # ours: extended, same holder
    lease.release(store, NAME, seat_a)
    assert not lease.status(store, NAME).active
    assert lease.acquire(store, NAME, seat_b, ttl=300).generation == 2
    store.dispose()


def test_an_expired_lease_is_taken_over_and_the_old_holder_learns_it(db_url):
    store = open_store(db_url)
    crashed, other = lease.holder_id("POSTE-1"), lease.holder_id("POSTE-2")
    assert lease.acquire(store, NAME, crashed, ttl=0) is not None     # expires at once: a seat that died
    assert lease.acquire(store, NAME, other, ttl=300).holder == other
    assert not lease.renew(store, NAME, crashed, ttl=300)
    lease.release(store, NAME, crashed)                                 # a late release changes nothing
    assert lease.status(store, NAME).holder == other and lease.status(store, NAME).active
    store.dispose()


def test_leases_are_independent_by_name(db_url):
    store = open_store(db_url)
    seat_a, seat_b = lease.holder_id(), lease.holder_id()
    assert lease.acquire(store, lease.STATUS_SYNC, seat_a, ttl=300)
    assert lease.acquire(store, lease.PROOF_DOWNLOAD, seat_b, ttl=300)
    with lease.held(store, lease.STATUS_SYNC, seat_b, ttl=300) as mine:
        assert not mine
    lease.release(store, lease.STATUS_SYNC, seat_a)
    with lease.held(store, lease.STATUS_SYNC, seat_b, ttl=300) as mine:
        assert mine
    assert not lease.status(store, lease.STATUS_SYNC).active      # released on leaving the block
    store.dispose()


def test_seats_racing_for_a_free_lease_get_exactly_one_holder(db_url):
    """Eight seats (each with its own connection pool) ask at the same instant, ten rounds: for a
    lease nobody ever held (INSERT race), and for one whose holder died (conditional UPDATE race)."""
    seats = [open_store(db_url) for _ in range(8)]
    for round_ in range(10):
        winners, barrier = [], threading.Barrier(len(seats))
        name = f"race-{round_}"
        if round_ % 2:
            lease.acquire(seats[0], name, lease.holder_id("POSTE-MORT"), ttl=0)

        def ask(store, holder, barrier=barrier, name=name, winners=winners) -> None:   # this round's
            barrier.wait()
            if lease.acquire(store, name, holder, ttl=300) is not None:
                winners.append(holder)

        threads = [threading.Thread(target=ask, args=(store, lease.holder_id(f"POSTE-{n}")))
                   for n, store in enumerate(seats)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(60)
        assert len(winners) == 1, f"round {round_}: {winners}"
        assert lease.status(seats[0], name).holder == winners[0]
    for store in seats:
        store.dispose()
