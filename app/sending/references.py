"""Readable letter references, unique per agency: prefix of the send type, date, daily sequence
(``LSE260414-000006``, as OPT-NC's "Lettre Suivie Électronique" shows them). The reference is
sent to AR24 in ``ref_dossier`` and shown in the letters list.

The counter row is incremented by one UPDATE, so two seats on one PostgreSQL database (or two
windows on SQLite) never draw the same number: the row lock serialises them.
"""
from __future__ import annotations

import datetime as dt

from sqlalchemy import update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.store.models import ReferenceCounter, SendType

PREFIXES = {
    SendType.LRE_EIDAS: "LRE",        # LRE qualifiée
    SendType.AVIS_SYNDIC: "AVS",      # avis électronique pour les syndics
    SendType.LR_PAPIER: "LRP",        # LR papier
    SendType.ERE_SIMPLE: "LSE",       # lettre suivie électronique
}


def next_reference(session: Session, send_type: SendType, day: dt.date) -> str:
    """The next reference of that type and day; committed with the caller's transaction."""
    key = f"{PREFIXES[send_type]}{day:%y%m%d}"
    bump = (update(ReferenceCounter).where(ReferenceCounter.prefix_day == key)
            .values(last=ReferenceCounter.last + 1).returning(ReferenceCounter.last))
    number = session.execute(bump).scalar()
    if number is None:                   # first letter of the day for this type
        try:
            with session.begin_nested():
                session.add(ReferenceCounter(prefix_day=key, last=1))
            number = 1
        except IntegrityError:           # another seat created the row first: take the next one
            number = session.execute(bump).scalar_one()
    return f"{key}-{number:06d}"
