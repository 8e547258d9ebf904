"""Leases in the database: a job done once for the whole agency, whatever the number of seats.

Status sync and proof download must run once per agency, not once per workstation: the seat
(or the headless ``main.py sync`` on a server) that holds the unexpired lease does the work,
the others only read its results. A holder that stops renewing (crash, lost network) loses
the lease when it expires, and another seat takes over.

Every operation is one short transaction of conditional UPDATEs (or one INSERT), atomic on
SQLite and on PostgreSQL alike: two seats racing for a free lease cannot both get it. Times are
UTC by the database's clock, so seats whose clocks disagree still agree on who holds it.

    holder = lease.holder_id()
    with lease.held(store, lease.STATUS_SYNC, holder, ttl=300) as mine:
        if mine:
            for batch in work:
                ...
                if not lease.renew(store, lease.STATUS_SYNC, holder, ttl=300):
                    break          # expired and taken over by another seat: stop here
"""
from __future__ import annotations

import datetime as dt
import os
import socket
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import Connection, func, insert, select, update
from sqlalchemy.exc import IntegrityError

from app.store.database import Store
from app.store.models import Lease

STATUS_SYNC = "status-sync"
PROOF_DOWNLOAD = "proof-download"


@dataclass(frozen=True)
class LeaseInfo:
    name: str
    holder: str
    acquired_at: dt.datetime
    expires_at: dt.datetime
    generation: int
    active: bool          # not expired when read

    @property
    def workstation(self) -> str:
        """The seat of the holder, for messages such as « synchronisation en cours sur POSTE-2 »."""
        return self.holder.split(":", 1)[0]


def holder_id(workstation: str | None = None) -> str:
    """Unique per running process: two windows of one seat are two holders."""
    return f"{workstation or socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


def _seconds(ttl: float | dt.timedelta) -> dt.timedelta:
    return ttl if isinstance(ttl, dt.timedelta) else dt.timedelta(seconds=ttl)


def database_now(connection: Connection) -> dt.datetime:
    """Naive UTC time by the database's clock (SQLite is a local file: the local clock is its clock)."""
    if connection.dialect.name == "postgresql":
        return connection.execute(select(func.timezone("UTC", func.clock_timestamp()))).scalar_one()
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def _row(connection: Connection, name: str) -> LeaseInfo | None:
    row = connection.execute(select(Lease.__table__).where(Lease.name == name)).one_or_none()
    if row is None:
        return None
    return LeaseInfo(row.name, row.holder, row.acquired_at, row.expires_at, row.generation,
                     row.expires_at > database_now(connection))


def acquire(store: Store, name: str, holder: str, ttl: float | dt.timedelta) -> LeaseInfo | None:
    """Take the lease (or extend it if ours). None when another holder's lease is still valid."""
    table = Lease.__table__
    try:
        with store.engine.begin() as connection:
            now = database_now(connection)
            expires = now + _seconds(ttl)
            mine = connection.execute(update(table).where(table.c.name == name, table.c.holder == holder)
                                      .values(expires_at=expires)).rowcount
            if not mine:
                mine = connection.execute(
                    update(table).where(table.c.name == name, table.c.expires_at <= now)
                    .values(holder=holder, acquired_at=now, expires_at=expires,
                            generation=table.c.generation + 1)).rowcount
            if not mine and _row(connection, name) is None:
                connection.execute(insert(table).values(name=name, holder=holder, acquired_at=now,
                                                        expires_at=expires, generation=1))
                mine = 1
            return _row(connection, name) if mine else None
    except IntegrityError:   # another seat inserted the same lease first: it holds it
        return None


def renew(store: Store, name: str, holder: str, ttl: float | dt.timedelta) -> bool:
    """Extend our lease; False when it is no longer ours (expired and taken, or released)."""
    table = Lease.__table__
    with store.engine.begin() as connection:
        expires = database_now(connection) + _seconds(ttl)
        return connection.execute(update(table).where(table.c.name == name, table.c.holder == holder)
                                  .values(expires_at=expires)).rowcount == 1


def release(store: Store, name: str, holder: str) -> None:
    """Free our lease at once (another seat may take it straight away); the row keeps the last holder."""
    table = Lease.__table__
    with store.engine.begin() as connection:
        now = database_now(connection)
        connection.execute(update(table).where(table.c.name == name, table.c.holder == holder,
                                               table.c.expires_at > now).values(expires_at=now))


def status(store: Store, name: str) -> LeaseInfo | None:
    """Who holds (``active``) or last held the lease; None if nobody ever took it."""
    with store.engine.connect() as connection:
        return _row(connection, name)


def started_within(store: Store, name: str, period: float | dt.timedelta) -> LeaseInfo | None:
    """The last taking of the lease when it began less than ``period`` ago (held or not since)."""
    with store.engine.connect() as connection:
        info = _row(connection, name)
        recent = info is not None and info.acquired_at > database_now(connection) - _seconds(period)
    return info if recent else None


@contextmanager
def held(store: Store, name: str, holder: str, ttl: float | dt.timedelta) -> Iterator[bool]:
    """``True`` inside when we hold the lease (released on the way out), ``False`` when another does."""
    mine = acquire(store, name, holder, ttl) is not None
    try:
        yield mine
    finally:
        if mine:
            release(store, name, holder)
