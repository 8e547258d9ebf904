"""Chronoted events created in one go, for "Nouveau courrier" and for imported PDF letters.

Every event gets the next treatment number of the agency's counter, drawn in the caller's
transaction: a rollback (cancel, failure) gives the numbers back and leaves no event behind.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.store.counters import draw
from app.store.models import Entity, Event, EventAttachment, Tiers

CHRONO_COUNTER = "CHRONO"


class Cancelled(Exception):
    """The user cancelled: the transaction is rolled back, nothing is created."""


@dataclass(frozen=True)
class Attachment:
    name: str                    # as the recipient sees it
    path: Path


@dataclass(frozen=True)
class EventDraft:
    tiers_id: int
    subject: str
    model: str = ""
    body_html: str = ""          # empty for an imported letter: its first attachment is the letter
    ag_date: dt.date | None = None
    dossier: str = ""            # default: the tiers' entity ("S001 SDC Résidence Les Tilleuls")
    attachments: tuple[Attachment, ...] = ()


def next_treatment_numbers(session: Session, count: int) -> range:
    """``count`` consecutive treatment numbers; the first counter starts after the numbers the
    agency already gave (demo events, events made before the counter existed)."""
    floor = session.scalar(select(func.max(Event.treatment_number))) or 0
    last = draw(session, CHRONO_COUNTER, count, floor=floor)
    return range(last - count + 1, last + 1)


def add_chronoted_events(session: Session, drafts: Sequence[EventDraft], login: str, *,
                         cancelled: Callable[[], bool] = lambda: False,
                         progress: Callable[[int], None] = lambda done: None) -> list[tuple[int, int]]:
    """Add one chronoted event per draft to the session (the caller commits); returns each event's
    id and treatment number. Raises ``Cancelled``."""
    events = build_events(session, drafts, login)
    numbers = next_treatment_numbers(session, len(events))
    today = dt.date.today()
    for index, (event, number) in enumerate(zip(events, numbers, strict=True)):
        if cancelled():
            raise Cancelled
        event.treatment_number, event.treatment_date = number, today
        session.add(event)
        if index % 50 == 49:
            progress(index + 1)
    session.flush()
    progress(len(events))
    return [(event.id, number) for event, number in zip(events, numbers, strict=True)]


def build_events(session: Session, drafts: Sequence[EventDraft], login: str) -> list[Event]:
    """The events of the drafts, not yet added: each on its tiers' entity, with its attachments."""
    entities = dict(session.execute(select(Tiers.id, Tiers.entity_id)
                                    .where(Tiers.id.in_({d.tiers_id for d in drafts}))).all()) if drafts else {}
    dossiers = {entity.id: f"{entity.code} {entity.name}" for entity in session.scalars(select(Entity))}
    sizes: dict[Path, int] = {}
    events = []
    for draft in drafts:
        entity_id = entities.get(draft.tiers_id)
        dossier = draft.dossier or (dossiers.get(entity_id, "") if entity_id else "")
        event = Event(author=login, assignee=login, tiers_id=draft.tiers_id, entity_id=entity_id,
                      dossier=_fit(dossier, Event.dossier), model=_fit(draft.model, Event.model),
                      subject=_fit(draft.subject, Event.subject), body_html=draft.body_html, ag_date=draft.ag_date)
        event.attachments = [EventAttachment(position=position, filename=_fit(a.name, EventAttachment.filename),
                                             path=str(a.path),
                                             size=sizes.get(a.path) or sizes.setdefault(a.path, a.path.stat().st_size))
                             for position, a in enumerate(draft.attachments)]
        events.append(event)
    return events


def _fit(text: str, column) -> str:
    """Cut to the column's length: a server database refuses a longer value (a file's long name)."""
    return text[:column.type.length]
