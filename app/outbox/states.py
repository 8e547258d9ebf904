"""Claims and state transitions of outbox letters, each one committed at once.

A letter is worked on by one worker at a time. A worker claims it with a conditional UPDATE
(``claimed_by`` is empty, or its holder is dead, or its lease ran out); every later
transition is again conditional on holding the claim, so two windows — or two workstations
on one database — can never both post the same letter. A claim is renewed at each
transition and by the batch's heartbeat; a worker of this workstation whose process is gone
loses its claims at once, one of another workstation after ``LEASE``.
"""
from __future__ import annotations

import datetime as dt
import os
import uuid
from collections.abc import Collection, Iterable
from dataclasses import dataclass

from sqlalchemy import ColumnElement, CursorResult, Update, and_, insert, or_, select, update
from sqlalchemy.orm import Session

from app.store.database import Store
from app.store.models import LetterStatusChange, OutboxState, RegisteredLetter, SendType

LEASE = dt.timedelta(minutes=5)

# Types whose letter waits at ``to_valid`` for the sender's OTP before it is posted.
NEEDS_OTP = frozenset({SendType.LRE_EIDAS})
# States a batch works on; a letter left there by a dead worker is resumed at start.
UNFINISHED = (OutboxState.PREPARED, OutboxState.UPLOADED, OutboxState.POSTING, OutboxState.UNCERTAIN)
# A post may have reached AR24: look it up by ref_client before posting again.
IN_DOUBT = (OutboxState.POSTING, OutboxState.UNCERTAIN)
# Nothing more to do in a batch (to_valid waits for the OTP validation).
RESTING = (OutboxState.TO_VALID, OutboxState.POSTED, OutboxState.FAILED, OutboxState.CANCELLED)


class ClaimLost(RuntimeError):
    """The letter is no longer ours (its lease ran out and another worker took it)."""


def now() -> dt.datetime:
    return dt.datetime.now()


def state_before_post(send_type: SendType) -> OutboxState:
    """Where a letter waits for its post, and goes back to when a post certainly failed."""
    return OutboxState.TO_VALID if send_type in NEEDS_OTP else OutboxState.UPLOADED


@dataclass(frozen=True)
class Worker:
    """Who holds a claim: ``workstation:pid:random`` (one per batch, even in one process)."""

    id: str

    @classmethod
    def new(cls, workstation: str) -> Worker:
        return cls(f"{workstation}:{os.getpid()}:{uuid.uuid4().hex[:8]}")


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:   # exists, owned by someone else
        return True
    except OSError:
        return False
    return True


def dead_holders(session: Session, workstation: str) -> list[str]:
    """Claim holders of this workstation whose process no longer exists."""
    holders = session.scalars(select(RegisteredLetter.claimed_by).distinct()
                              .where(RegisteredLetter.claimed_by.like(f"{workstation}:%")))
    dead: list[str] = []
    for holder in filter(None, holders):
        pid = holder.removeprefix(f"{workstation}:").split(":")[0]
        if pid.isdigit() and int(pid) != os.getpid() and not _pid_alive(int(pid)):
            dead.append(holder)
    return dead


def _rows_changed(session: Session, statement: Update) -> int:
    """The number of rows a conditional UPDATE changed (1: the condition held)."""
    result = session.execute(statement)
    assert isinstance(result, CursorResult)   # what an UPDATE returns (Session.execute is typed Result)
    return result.rowcount


def _claimable(worker: Worker, dead: Collection[str], at: dt.datetime) -> ColumnElement[bool]:
    return or_(RegisteredLetter.claimed_by.is_(None), RegisteredLetter.claimed_by == worker.id,
               RegisteredLetter.claimed_at < at - LEASE, RegisteredLetter.claimed_by.in_(list(dead)))


def claim(store: Store, worker: Worker, letter_ids: Iterable[int], states: Collection[OutboxState],
          workstation: str) -> list[int]:
    """Claim the letters that are in one of ``states`` and free; returns those obtained."""
    claimed = []
    with store.session() as session, session.begin():
        dead = dead_holders(session, workstation)
        at = now()
        for letter_id in letter_ids:
            if _rows_changed(session, update(RegisteredLetter)
                             .where(RegisteredLetter.id == letter_id, RegisteredLetter.outbox_state.in_(list(states)),
                                    _claimable(worker, dead, at))
                             .values(claimed_by=worker.id, claimed_at=at)) == 1:
                claimed.append(letter_id)
    return claimed


def move(store: Store, worker: Worker, letter_id: int, to_state: OutboxState, *,
         expected: Collection[OutboxState] | None = None, release: bool = False, source: str = "outbox",
         **values: object) -> None:
    """Commit ``to_state`` (and ``values``) if we still hold the letter; record it in the history.
    ``release`` gives the claim back (resting states)."""
    at = now()
    condition = [RegisteredLetter.id == letter_id, RegisteredLetter.claimed_by == worker.id]
    if expected is not None:
        condition.append(RegisteredLetter.outbox_state.in_(list(expected)))
    claim_values = {"claimed_by": None, "claimed_at": None} if release else {"claimed_at": at}
    with store.session() as session, session.begin():
        if _rows_changed(session, update(RegisteredLetter).where(and_(*condition))
                         .values(outbox_state=to_state, **claim_values, **values)) != 1:
            raise ClaimLost(f"letter {letter_id} is no longer held by {worker.id}")
        session.execute(insert(LetterStatusChange).values(
            letter_id=letter_id, status=to_state.value, at=at.replace(microsecond=0),
            source=source))


def heartbeat(store: Store, worker: Worker) -> None:
    """Renew the lease of every letter this worker holds (long uploads, waits for AR24)."""
    with store.session() as session, session.begin():
        session.execute(update(RegisteredLetter).where(RegisteredLetter.claimed_by == worker.id)
                        .values(claimed_at=now()))


def release(store: Store, worker: Worker, letter_id: int) -> None:
    """Give one letter back without changing its state (it will be resumed later)."""
    with store.session() as session, session.begin():
        session.execute(update(RegisteredLetter).where(RegisteredLetter.id == letter_id,
                                                       RegisteredLetter.claimed_by == worker.id)
                        .values(claimed_by=None, claimed_at=None))


def release_all(store: Store, worker: Worker) -> None:
    with store.session() as session, session.begin():
        session.execute(update(RegisteredLetter).where(RegisteredLetter.claimed_by == worker.id)
                        .values(claimed_by=None, claimed_at=None))


def unfinished_letters(store: Store) -> list[int]:
    """Letters a batch left behind (crash, kill, AR24 unreachable), oldest first."""
    with store.session() as session:
        return list(session.scalars(select(RegisteredLetter.id)
                                    .where(RegisteredLetter.outbox_state.in_(UNFINISHED))
                                    .order_by(RegisteredLetter.id)))
