"""What became of an event, read from its latest letter: the events list shows it and filters on it
("Non envoyés / Envoyés / À renvoyer").

The statuses after which the letter failed come from spec screens.md §6 and issue 17: a new letter
is offered only after a refusal, a non-claim, a bounce, an error, a refused OTP validation, or when
the letter failed or was cancelled before AR24 had it. Any other status means the letter is on its
way or delivered. (Whether the send choice accepts a second letter is the compatibility rule's
business, not this module's.)
"""
from __future__ import annotations

import enum

from app.i18n import QT_TRANSLATE_NOOP, Text

FAILED_STATUSES = frozenset({"refused", "negligence", "bounced", "error", "not_valided", "failed", "cancelled"})


class SendState(enum.Enum):
    NOT_SENT = "not_sent"
    SENT = "sent"              # on its way or delivered
    TO_RESEND = "to_resend"    # its latest letter failed

    @property
    def label(self) -> Text:
        return {SendState.NOT_SENT: QT_TRANSLATE_NOOP("EventsListWindow", "Non envoyés"),
                SendState.SENT: QT_TRANSLATE_NOOP("EventsListWindow", "Envoyés"),
                SendState.TO_RESEND: QT_TRANSLATE_NOOP("EventsListWindow", "À renvoyer")}[self]


def send_state(latest_status: str | None) -> SendState:
    """``latest_status``: the shown status of the event's latest letter (AR24's, else the outbox
    state), None when the event has no letter."""
    if not latest_status:
        return SendState.NOT_SENT
    return SendState.TO_RESEND if latest_status in FAILED_STATUSES else SendState.SENT
