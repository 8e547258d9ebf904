"""Readable letter references, unique per agency: prefix of the send type, date, daily sequence
(``LSE260414-000006``, as OPT-NC's "Lettre Suivie Électronique" shows them). The reference is
sent to AR24 in ``ref_dossier`` and shown in the letters list.
The numbers come from a counter row (app/store/counters.py): two seats never draw the same one.
"""
from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from app.store.counters import draw
from app.store.models import SendType

PREFIXES = {
    SendType.LRE_EIDAS: "LRE",        # LRE qualifiée
    SendType.AVIS_SYNDIC: "AVS",      # avis électronique pour les syndics
    SendType.LR_PAPIER: "LRP",        # LR papier
    SendType.ERE_SIMPLE: "LSE",       # lettre suivie électronique
}


def next_reference(session: Session, send_type: SendType, day: dt.date) -> str:
    """The next reference of that type and day; committed with the caller's transaction."""
    key = f"{PREFIXES[send_type]}{day:%y%m%d}"
    return f"{key}-{draw(session, key):06d}"
