"""The recipient's delay: from the day after the notice (CPCE R.53-3) — 15 days for an LRE, with
AR24's reminders at J+3, J+7, J+10 and J+14 (seed 003); 21 days for the avis électronique, which
AR24 keeps one year (its product page, spec decision 10)."""
from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass

from app.ar24.models import FINAL_STATUSES
from app.store.models import SendType

ACCEPTANCE_DAYS = 15
REMINDER_DAYS = (3, 7, 10, 14)
NOTICE_ACCEPTANCE_DAYS = 21        # then « négligence »
NOTICE_RETENTION = dt.timedelta(days=365)   # AR24 keeps an avis électronique and its proofs one year


@dataclass(frozen=True)
class Deadlines:
    sent_on: dt.date
    last_day: dt.date                          # the recipient may accept until this day included
    reminders: tuple[tuple[int, dt.date], ...]  # (J+n, date)
    days: int = ACCEPTANCE_DAYS
    kept_until: dt.date | None = None          # AR24's retention, when it is limited


def deadlines(sent_at: dt.datetime | None, send_type: SendType | str | None = None) -> Deadlines | None:
    if sent_at is None:
        return None
    sent_on = sent_at.date()
    # Counted from the day after: day 1 is sent_on + 1, day 15 (21) is sent_on + 15 (21).
    if send_type == SendType.AVIS_SYNDIC:
        return Deadlines(sent_on, sent_on + dt.timedelta(days=NOTICE_ACCEPTANCE_DAYS), (), NOTICE_ACCEPTANCE_DAYS,
                         sent_on + NOTICE_RETENTION)
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
