"""One line of the error recap ("LISTE DES ERREURS"): where (Emplacement) and what (Commentaire)."""
from __future__ import annotations

import enum
from dataclasses import dataclass

from app.i18n import QT_TRANSLATE_NOOP, Message, Sentence, message


class Severity(str, enum.Enum):
    ERROR = "error"        # the event cannot be sent with this type
    WARNING = "warning"    # it can, but the user should look (e.g. AG convocation too late)


class IssueCode(str, enum.Enum):
    """Which rule produced the line, so that the UI can act on a kind of problem."""
    CHRONO = "chrono"
    SEND_TYPE = "send_type"
    EMAIL = "email"
    CONSENT = "consent"
    ADDRESS = "address"
    EIDAS = "eidas"
    PAYMENT = "payment"
    VARIABLE = "variable"
    DOCUMENT = "document"
    LETTER_SIZE = "letter_size"
    DEADLINE = "deadline"
    ALREADY_SENT = "already_sent"  # a letter of the event is on its way or delivered
    RESEND = "resend"              # a new letter after a failure (or a chosen second send): why


class RecordKind(enum.Enum):
    """Where the user fixes a line of the recap (what a double-click opens)."""
    TIERS = "tiers"            # the "Fiche tiers"
    EVENT = "event"            # the event's record (its body, attachments, entity)
    AR24_SETUP = "ar24_setup"  # the AR24 set-up (payment methods, senders): explained, no record to open


@dataclass(frozen=True)
class Location:
    kind: RecordKind
    record_id: int | None      # the tiers or event id; None for the AR24 set-up
    label: Sentence            # the "Emplacement" column, e.g. "Tiers : MEURSAULT Jeannine"


@dataclass(frozen=True)
class Issue:
    code: IssueCode
    emplacement: Sentence          # "Tiers : MEURSAULT Jeannine", "Pièce jointe : X.pdf", "Entité : S001"…
    commentaire: Sentence          # one sentence (a Message: French by default, translated where shown)
    event_id: int
    tiers_id: int | None = None    # the record a double-click opens, when the fix is on the tiers
    severity: Severity = Severity.ERROR
    ar24_setup: bool = False       # the fix is in the account's AR24 set-up, not in a record

    @property
    def location(self) -> Location:
        if self.tiers_id is not None:
            return Location(RecordKind.TIERS, self.tiers_id, self.emplacement)
        if self.ar24_setup:
            return Location(RecordKind.AR24_SETUP, None, self.emplacement)
        return Location(RecordKind.EVENT, self.event_id, self.emplacement)


def tiers_place(name: str) -> Message:
    return message(QT_TRANSLATE_NOOP("SendingRules", "Tiers : {name}"), name=name)


def attachment_place(name: str) -> Message:
    return message(QT_TRANSLATE_NOOP("SendingRules", "Pièce jointe : {name}"), name=name)


def entity_place(code: str) -> Message:
    return message(QT_TRANSLATE_NOOP("SendingRules", "Entité : {code}"), code=code)


def event_place(label: str) -> Message:
    return message(QT_TRANSLATE_NOOP("SendingRules", "Evénement : {label}"), label=label)


def user_place(login: str) -> Message:
    return message(QT_TRANSLATE_NOOP("SendingRules", "Utilisateur : {login}"), login=login)
