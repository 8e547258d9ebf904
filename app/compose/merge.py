"""A draft letter merged for its recipients, exactly as the sending will render it.

The drafts become events inside a transaction that is rolled back: the facts are then read by
the sending's own loader and laid out by its own ``letter_of``, so the preview cannot drift from
the letter AR24 receives.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Sequence

from app.compose.events import EventDraft, build_events
from app.sending.agency import load_letterhead
from app.sending.letter_pdf import render_letter
from app.sending.loading import load_events
from app.sending.prepare import letter_of
from app.sending.variables import ConsentLinkMaker
from app.store.database import Store


def merged_letters(store: Store, drafts: Sequence[EventDraft], login: str, *, on: dt.date | None = None,
                   consent_links: ConsentLinkMaker | None = None,
                   cancelled: Callable[[], bool] = lambda: False) -> Iterator[bytes]:
    """One letter PDF per draft, in order. Raises ``LetterVariableError`` when a variable cannot be
    filled in; stops early when cancelled."""
    with store.session() as session:
        transaction = session.begin()
        try:
            events = build_events(session, drafts, login)
            session.add_all(events)
            session.flush()
            facts = load_events(session, [event.id for event in events])
            letterhead = load_letterhead(session)
        finally:
            transaction.rollback()                 # a preview never writes
    for event in facts:
        if cancelled():
            return
        yield render_letter(letter_of(event, letterhead, on or dt.date.today(), consent_links))
