"""What the checks and the document preparation know about an event, read once from the store.

Plain frozen dataclasses: the rules are pure functions over them, and a batch of 1,000 events
is loaded with a handful of queries (see loading.py) instead of lazy ORM attribute loads.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.store.models import EntityKind, TiersStatus


@dataclass(frozen=True)
class RecipientFacts:
    tiers_id: int
    code: str
    display_name: str            # LSC style: "MEURSAULT Jeannine", or the company
    civility: str
    lastname: str
    firstname: str
    company: str
    status: TiersStatus
    email: str
    address1: str
    address2: str
    address3: str
    postal_code: str
    city: str
    country: str
    lre_consent: bool
    paper_requested: bool
    paper_requested_date: dt.datetime | None
    correspondant_name: str = ""  # the contact the event names, if any
    correspondant_email: str = ""
    lot: str = ""

    @property
    def sending_email(self) -> str:
        """The correspondant's e-mail when the event names one who has it, else the tiers' (LSC doc)."""
        return (self.correspondant_email or self.email).strip()


@dataclass(frozen=True)
class AttachmentFacts:
    name: str                    # file name shown to users and to the recipient
    path: str


@dataclass(frozen=True)
class EventFacts:
    event_id: int
    treatment_number: int | None
    model: str
    subject: str
    body_html: str
    ag_date: dt.date | None
    author_name: str             # signs the letter
    entity_id: int | None
    entity_code: str
    entity_kind: EntityKind | None
    recipient: RecipientFacts
    attachments: tuple[AttachmentFacts, ...]
    entity_name: str = ""

    @property
    def label(self) -> str:
        """How the error recap names the event: "n° 2901", or its recipient and subject if not chronoté."""
        if self.treatment_number is not None:
            return f"n° {self.treatment_number}"
        return f"{self.recipient.display_name} - {self.subject}"


@dataclass(frozen=True)
class PaymentLink:
    slug: str                    # AR24 code, e.g. stripe-47146
    label: str


@dataclass(frozen=True)
class AccountFacts:
    """The sending user's side: payment methods linked per entity, eIDAS-identified sender."""
    login: str
    user_id: int | None
    payment_links: dict[int, PaymentLink]   # by entity id
    has_eidas_sender: bool
