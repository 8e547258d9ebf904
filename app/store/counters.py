"""Numbers drawn from a named counter row (``reference_counter``), unique across seats.

The row is bumped by one UPDATE, so two seats on one PostgreSQL database (or two windows on
SQLite) never draw the same number: the row lock serialises them. The numbers drawn belong to
the caller's transaction: a rollback gives them back.
"""
from __future__ import annotations

from sqlalchemy import update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.store.models import ReferenceCounter


def draw(session: Session, key: str, count: int = 1, *, floor: int = 0) -> int:
    """Take ``count`` numbers from counter ``key`` and return the last one; a counter that does
    not exist yet starts after ``floor`` (numbers already given by other means)."""
    bump = (update(ReferenceCounter).where(ReferenceCounter.prefix_day == key)
            .values(last=ReferenceCounter.last + count).returning(ReferenceCounter.last))
    last = session.execute(bump).scalar()
    if last is None:                     # first number of this counter
        try:
            with session.begin_nested():
                session.add(ReferenceCounter(prefix_day=key, last=floor + count))
            last = floor + count
        except IntegrityError:           # another seat created the row first: take the next ones
            last = session.execute(bump).scalar_one()
    return last
