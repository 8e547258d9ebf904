"""An event is paid once: whether it may get a new letter, whatever the type, and why not.

A letter *holds* its event while it is on its way (prepared, uploaded, posting, in doubt,
waiting for its OTP, posted, waiting, sent) or delivered (AR; "read" for an ERE): the event is
then not compatible for any type, and the line says what exists. A failed letter (refused, not
claimed, bounced, technical error, not validated, or failed or cancelled before AR24 had it)
frees it: a new letter of any type is offered, saying why. A deliberate second send of a
delivered event is an explicit override with a reason, written to the audit log.

The database holds the same rule (the partial unique index of ``registered_letter``, built on
the same status lists from app.store.models), so two seats cannot both send one event.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import ColumnElement, and_, select
from sqlalchemy.orm import Session

from app.i18n import QT_TRANSLATE_NOOP, Message, Sentence, Text, message
from app.store.statuses import status_label
from app.store.models import (
    AR24_FAILURES,
    ENDED_BEFORE_AR24,
    RegisteredLetter,
    SendType,
)

DELIVERED = ("AR", "read")
RESEND_ACTION = "renvoi_volontaire"   # the audit log's action of a deliberate second send

# Short names of the types in the lines of this rule, and whether the noun is feminine.
_NAMES: dict[SendType, tuple[Sentence, bool]] = {
    SendType.LRE_EIDAS: ("LRE", True),
    SendType.AVIS_SYNDIC: (QT_TRANSLATE_NOOP("SendHistory", "Avis électronique"), False),
    SendType.LR_PAPIER: (QT_TRANSLATE_NOOP("SendHistory", "LR papier"), True),
    SendType.ERE_SIMPLE: (QT_TRANSLATE_NOOP("SendHistory", "Lettre suivie"), True),
}
NUMBERED = QT_TRANSLATE_NOOP("SendHistory", "{type} n° {number} du {day}, statut {status}")
NOT_NUMBERED = QT_TRANSLATE_NOOP("SendHistory", "{type} du {day}, {status}")
ALREADY_SENT = QT_TRANSLATE_NOOP("SendHistory", "Déjà envoyé : {letter}")
ON_ITS_WAY = QT_TRANSLATE_NOOP("SendHistory", "Déjà en cours d'envoi : {letter}")
NOT_YET_DELIVERED = QT_TRANSLATE_NOOP("SendHistory", "{line} — un renvoi volontaire n'est possible qu'une fois la lettre remise")
DELIBERATE_RESEND = QT_TRANSLATE_NOOP("SendHistory", "Renvoi volontaire en {new_type} malgré {letter} : motif « {reason} »")
# Why a new letter is offered, by what became of the failed one and whether its type's name is
# feminine ("LRE non réclamée le 12/11/2026 : renvoi en LR papier").
_RESENDS: dict[tuple[str, bool], Text] = {
    ("refused", False): QT_TRANSLATE_NOOP("SendHistory", "{type} refusé le {day} : renvoi en {new_type}"),
    ("refused", True): QT_TRANSLATE_NOOP("SendHistory", "{type} refusée le {day} : renvoi en {new_type}"),
    ("negligence", False): QT_TRANSLATE_NOOP("SendHistory", "{type} non réclamé le {day} : renvoi en {new_type}"),
    ("negligence", True): QT_TRANSLATE_NOOP("SendHistory", "{type} non réclamée le {day} : renvoi en {new_type}"),
    ("bounced", False): QT_TRANSLATE_NOOP("SendHistory", "{type} non distribué le {day} : renvoi en {new_type}"),
    ("bounced", True): QT_TRANSLATE_NOOP("SendHistory", "{type} non distribuée le {day} : renvoi en {new_type}"),
    ("error", False): QT_TRANSLATE_NOOP("SendHistory", "{type} en erreur technique le {day} : renvoi en {new_type}"),
    ("error", True): QT_TRANSLATE_NOOP("SendHistory", "{type} en erreur technique le {day} : renvoi en {new_type}"),
    ("not_valided", False): QT_TRANSLATE_NOOP("SendHistory", "{type} non validé le {day} : renvoi en {new_type}"),
    ("not_valided", True): QT_TRANSLATE_NOOP("SendHistory", "{type} non validée le {day} : renvoi en {new_type}"),
    ("failed", False): QT_TRANSLATE_NOOP("SendHistory", "{type} en échec avant son dépôt le {day} : renvoi en {new_type}"),
    ("failed", True): QT_TRANSLATE_NOOP("SendHistory", "{type} en échec avant son dépôt le {day} : renvoi en {new_type}"),
    ("cancelled", False): QT_TRANSLATE_NOOP("SendHistory", "{type} annulé avant son dépôt le {day} : renvoi en {new_type}"),
    ("cancelled", True): QT_TRANSLATE_NOOP("SendHistory", "{type} annulée avant son dépôt le {day} : renvoi en {new_type}"),
}
OTHER_FAILURE = QT_TRANSLATE_NOOP("SendHistory", "{type} {status} le {day} : renvoi en {new_type}")   # a status AR24 adds later


def holds_event(outbox_state: str, ar24_status: str) -> bool:
    """On its way or delivered (what the unique index holds, resend_reason aside)."""
    return outbox_state not in ENDED_BEFORE_AR24 and ar24_status not in AR24_FAILURES


def holding_sql() -> ColumnElement[bool]:
    """The same test as ``holds_event``, in SQL."""
    return and_(RegisteredLetter.outbox_state.not_in(list(ENDED_BEFORE_AR24)),
                RegisteredLetter.ar24_status.not_in(list(AR24_FAILURES)))


@dataclass(frozen=True)
class SentLetter:
    """What the rule needs to know of one letter of an event."""
    letter_id: int
    event_id: int | None
    send_type: SendType
    outbox_state: str
    ar24_status: str
    ar24_number: int | None
    created_at: dt.datetime
    deposit_date: dt.datetime | None
    failed_on: dt.datetime | None        # refused / not claimed / bounced date, when AR24 gave one

    @classmethod
    def of(cls, letter: RegisteredLetter) -> SentLetter:
        return cls(letter.id, letter.event_id, letter.send_type, getattr(letter.outbox_state, "value", letter.outbox_state),
                   letter.ar24_status or "", letter.ar24_mail_id, letter.created_at, letter.deposit_date,
                   letter.refused_date or letter.negligence_date or letter.bounced_date)

    @property
    def status(self) -> str:
        """The raw status the letters list shows: AR24's, else the outbox state."""
        return self.ar24_status or self.outbox_state

    @property
    def holds(self) -> bool:
        return holds_event(self.outbox_state, self.ar24_status)

    @property
    def delivered(self) -> bool:
        return self.ar24_status in DELIVERED

    @property
    def status_label(self) -> Sentence:
        return status_label(self.status, self.send_type.value)

    def letter(self) -> Message:
        """"LRE n° 100001 du 10/11/2026, statut Accusé de réception", or for a letter AR24 has
        not numbered yet "LRE du 30/11/2026, À valider (OTP)"."""
        name, _ = _NAMES[self.send_type]
        day = f"{(self.deposit_date or self.created_at):%d/%m/%Y}"
        if self.ar24_number is None:
            return message(NOT_NUMBERED, type=name, day=day, status=self.status_label)
        return message(NUMBERED, type=name, number=self.ar24_number, day=day, status=self.status_label)

    def line(self) -> Message:
        """"Déjà envoyé : LRE n° 100001 du 10/11/2026, statut Accusé de réception", or for a
        letter AR24 has not numbered yet "Déjà en cours d'envoi : LRE du 30/11/2026, À valider (OTP)"."""
        return message(ON_ITS_WAY if self.ar24_number is None else ALREADY_SENT, letter=self.letter())

    def resend_line(self, new_type: SendType) -> Message:
        """Why a new letter is offered: "LRE non réclamée le 12/11/2026 : renvoi en LR papier"."""
        name, feminine = _NAMES[self.send_type]
        day = f"{(self.failed_on or self.deposit_date or self.created_at):%d/%m/%Y}"
        template = _RESENDS.get((self.status, feminine))
        if template is None:
            return message(OTHER_FAILURE, type=name, status=self.status, day=day, new_type=_NAMES[new_type][0])
        return message(template, type=name, day=day, new_type=_NAMES[new_type][0])


@dataclass(frozen=True)
class SendHistory:
    """The letters of one event, newest first."""
    letters: tuple[SentLetter, ...]

    @property
    def holding(self) -> SentLetter | None:
        """The letter on its way or delivered that stops a new one (the newest, if several)."""
        return next((letter for letter in self.letters if letter.holds), None)

    @property
    def last_failure(self) -> SentLetter | None:
        return next((letter for letter in self.letters if not letter.holds), None)


def load_history(session: Session, event_ids: Sequence[int]) -> dict[int, SendHistory]:
    """The letters of each event that has any (events without a letter are absent)."""
    found: dict[int, list[SentLetter]] = {}
    for start in range(0, len(event_ids), 500):
        rows = session.execute(select(
            RegisteredLetter.id, RegisteredLetter.event_id, RegisteredLetter.send_type,
            RegisteredLetter.outbox_state, RegisteredLetter.ar24_status, RegisteredLetter.ar24_mail_id,
            RegisteredLetter.created_at, RegisteredLetter.deposit_date, RegisteredLetter.refused_date,
            RegisteredLetter.negligence_date, RegisteredLetter.bounced_date)
            .where(RegisteredLetter.event_id.in_(list(event_ids[start:start + 500])))
            .order_by(RegisteredLetter.id.desc()))
        for (letter_id, event_id, send_type, state, status, number, created, deposit,
             refused, negligence, bounced) in rows:
            found.setdefault(event_id or 0, []).append(SentLetter(
                letter_id, event_id, send_type, getattr(state, "value", state), status or "", number, created,
                deposit, refused or negligence or bounced))
    return {event_id: SendHistory(tuple(letters)) for event_id, letters in found.items()}


def refusal(history: SendHistory | None, *, resend_reason: str = "") -> Message | None:
    """Why the event may not get a new letter now (None when it may). ``resend_reason``: the
    user chose to send a delivered event again, with this reason."""
    holding = history.holding if history else None
    if holding is None:
        return None
    if resend_reason.strip() and holding.delivered:
        return None
    if resend_reason.strip():
        return message(NOT_YET_DELIVERED, line=holding.line())
    return holding.line()


def explanation(history: SendHistory | None, new_type: SendType, *, resend_reason: str = "") -> Message | None:
    """The line that says why a new letter is offered (after a failure, or a chosen second send)."""
    if history is None:
        return None
    holding = history.holding
    if holding is not None and resend_reason.strip() and holding.delivered:
        return resend_message(holding, new_type, resend_reason)
    failure = history.last_failure
    return failure.resend_line(new_type) if holding is None and failure is not None else None


def resend_message(delivered: SentLetter, new_type: SendType, reason: str) -> Message:
    """A deliberate second send, as the event's tab says it."""
    return message(DELIBERATE_RESEND, new_type=_NAMES[new_type][0], letter=delivered.letter(), reason=reason.strip())


def resend_note(delivered: SentLetter, new_type: SendType, reason: str) -> str:
    """The same, in French, as the letter and the audit log keep it."""
    return str(resend_message(delivered, new_type, reason))
