"""What became of an event, read from its latest letter: the events list shows it and filters on it
("Non envoyés / Envoyés / À renvoyer").

Failed (spec screens.md §6, issue 17): refused, not claimed, bounced, technical error, OTP
validation refused at AR24, or failed or cancelled before AR24 had it; a new letter may then be
offered. Any other letter is on its way or delivered. Whether the send choice accepts a second
letter is the compatibility rule's business, not this module's.
"""
from __future__ import annotations

import enum

from app.i18n import QT_TRANSLATE_NOOP, Text

ENDED_BEFORE_AR24 = ("failed", "cancelled")                                 # outbox states
AR24_FAILURES = ("refused", "negligence", "bounced", "error", "not_valided")  # AR24 statuses


class SendState(enum.Enum):
    NOT_SENT = "not_sent"
    SENT = "sent"              # on its way or delivered
    TO_RESEND = "to_resend"    # its latest letter failed

    @property
    def label(self) -> Text:
        return {SendState.NOT_SENT: QT_TRANSLATE_NOOP("EventsListWindow", "Non envoyés"),
                SendState.SENT: QT_TRANSLATE_NOOP("EventsListWindow", "Envoyés"),
                SendState.TO_RESEND: QT_TRANSLATE_NOOP("EventsListWindow", "À renvoyer")}[self]


def send_state(outbox_state: str | None, ar24_status: str | None) -> SendState:
    """From the event's latest letter (``outbox_state`` None: the event has none)."""
    if outbox_state is None:
        return SendState.NOT_SENT
    state = getattr(outbox_state, "value", outbox_state)
    failed = state in ENDED_BEFORE_AR24 or (ar24_status or "") in AR24_FAILURES
    return SendState.TO_RESEND if failed else SendState.SENT
