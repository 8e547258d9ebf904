"""What may be done with one registered letter (the letter detail asks)."""
from __future__ import annotations

from app.sending.history import SendState, send_state


def allows_paper_resend(outbox_state: str, ar24_status: str, event_id: int | None) -> bool:
    """"Renvoyer en LR papier": a failed letter (the events list's "À renvoyer") that came from
    an event."""
    return event_id is not None and send_state(outbox_state, ar24_status) is SendState.TO_RESEND
