"""Short write transactions replayed when another seat changed the same rows first.

Tiers carry a version number (optimistic locking): a write based on rows that another seat
has changed meanwhile fails instead of overwriting that change. For a whole-selection action
(tick consent on 200 tiers, apply AR24's consents) the right answer is not an error but to
redo the action on the fresh rows, which is what ``retrying`` does. ``work`` must read what it
changes inside the session it is given (it may run more than once). A single record edited
in a form is different: there the user must see the other change (app/tiers/edit.py).
"""
from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from app.store.database import Store

T = TypeVar("T")
ATTEMPTS = 5
# PostgreSQL: serialization failure, deadlock detected.
RETRYABLE_SQLSTATES = {"40001", "40P01"}


def _conflict(error: Exception) -> bool:
    if isinstance(error, StaleDataError):
        return True
    return isinstance(error, OperationalError) and getattr(error.orig, "sqlstate", None) in RETRYABLE_SQLSTATES


def retrying(store: Store, work: Callable[[Session], T], attempts: int = ATTEMPTS) -> T:
    """Run ``work(session)`` in a transaction and commit; on a conflict with another seat, run it again."""
    attempt = 1
    while True:
        try:
            with store.session() as session, session.begin():
                return work(session)
        except (StaleDataError, OperationalError) as error:
            if attempt >= attempts or not _conflict(error):
                raise
            attempt += 1
