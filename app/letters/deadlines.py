"""The recipient's 15 days: from the day after the notice (CPCE R.53-3), with AR24's reminders
at J+3, J+7, J+10 and J+14 (seed 003)."""
from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass

from app.letters.statuses import FINAL_STATUSES

ACCEPTANCE_DAYS = 15
REMINDER_DAYS = (3, 7, 10, 14)


@dataclass(frozen=True)
class Deadlines:
    sent_on: dt.date
    last_day: dt.date                          # the recipient may accept until this day included
    reminders: tuple[tuple[int, dt.date], ...]  # (J+n, date)


def deadlines(sent_at: dt.datetime | None) -> Deadlines | None:
    if sent_at is None:
        return None
    sent_on = sent_at.date()
    # Counted from the day after: day 1 is sent_on + 1, day 15 is sent_on + 15.
    return Deadlines(sent_on, sent_on + dt.timedelta(days=ACCEPTANCE_DAYS),
                     tuple((n, sent_on + dt.timedelta(days=n)) for n in REMINDER_DAYS))


class DeadlineState(enum.Enum):
    CLOSED = "closed"     # AR24 gave the letter its final status
    PASSED = "passed"     # the last day is behind us, AR24 has not said so yet
    RUNNING = "running"


def deadline_state(status: str, limits: Deadlines, today: dt.date) -> DeadlineState:
    if status in FINAL_STATUSES:
        return DeadlineState.CLOSED
    return DeadlineState.PASSED if limits.last_day < today else DeadlineState.RUNNING
