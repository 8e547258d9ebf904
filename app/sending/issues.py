"""One line of the error recap ("LISTE DES ERREURS"): where (Emplacement) and what (Commentaire)."""
from __future__ import annotations

import enum
from dataclasses import dataclass


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


@dataclass(frozen=True)
class Issue:
    code: IssueCode
    emplacement: str               # "Tiers : MEURSAULT Jeannine", "Pièce jointe : X.pdf", "Entité : S001"…
    commentaire: str               # one French sentence
    event_id: int
    tiers_id: int | None = None    # the record a double-click opens, when the fix is on the tiers
    severity: Severity = Severity.ERROR


def tiers_place(name: str) -> str:
    return f"Tiers : {name}"


def attachment_place(name: str) -> str:
    return f"Pièce jointe : {name}"


def entity_place(code: str) -> str:
    return f"Entité : {code}"


def event_place(label: str) -> str:
    return f"Evénement : {label}"


def user_place(login: str) -> str:
    return f"Utilisateur : {login}"
