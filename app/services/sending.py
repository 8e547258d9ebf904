"""Operations of the events and sending screens: the events list and record, the send choice
(compatibility, prices, error recap), the confirmation before paying, and the batches given to
the sending process.

A batch ends in the sending process; the window that watched it calls ``batch_ended`` so that
every list showing letters or events refreshes (``Change.BATCH_ENDED``, ``LETTERS``, ``EVENTS``).
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from app import changes
from app.changes import Change
from app.consent.rules import NO_CONSENT
from app.context import AppContext
from app.i18n import QT_TRANSLATE_NOOP, Message, Sentence, message
from app.store.statuses import status_label, type_label
from app.outbox.letters import sender_identity
from app.outbox.pipeline import (
    CANCELLED_BEFORE,
    CONSENT_REFUSED,
    POSTED,
    SENDING,
    BatchReport,
    EventResult,
    Outcome,
    Progress,
)
from app.outbox.states import unfinished_letters
from app.outbox.worker import worker_request
from app.services.ar24_features import unavailable_send_types
from app.sending import choice as send_choice
from app.sending.choice import SendChoice
from app.sending.compatibility import BatchCheck, EventCheck, RecapLine, check_events
from app.sending.history import SendState, send_state
from app.sending.issues import RecordKind
from app.sending.pricing import (
    PriceLine,
    PriceSummary,
    batch_total,
    NO_ENTITY,
    load_price_settings,
    money,
    percent,
    summarize,
)
from app.sending.rules import is_chronoted
from app.sending.send_types import LABELS, NOTICES, PrintOptions, is_electronic
from app.store import queries
from app.store.models import Event, SendType, User

# What the sending windows need besides the operations (they import nothing else from app/).
__all__ = [
    "CANCELLED_BEFORE",
    "CONSENT_REFUSED",
    "NO_CONSENT",
    "EVENT_FIELDS",
    "LABELS",
    "NOTICES",
    "POSTED",
    "SENDING",
    "BatchCheck",
    "BatchReport",
    "EventCheck",
    "EventResult",
    "Outcome",
    "PriceLine",
    "PriceSummary",
    "PrintOptions",
    "Progress",
    "RecapLine",
    "RecordKind",
    "SendChoice",
    "SendConfirmation",
    "SendState",
    "SendType",
    "batch_total",
    "is_electronic",
    "percent",
    "status_label",
    "type_label",
]

# The list's rows are the one exception to typed results: plain tuples in EVENT_FIELDS order (README,
# "Lists": a list of thousands of rows opens and filters fast only on tuples).
EVENT_FIELDS = queries.EVENT_FIELDS
NAMES_SHOWN = 5      # refused events named in the notice; the others are counted

NOT_CHRONOTED = QT_TRANSLATE_NOOP(
    "EventsListWindow", "{count} événement(s) non chronoté(s) écarté(s) : {names}{more}. Seuls les événements "
                        "ayant un numéro de traitement peuvent être envoyés en AR.")
AND_OTHERS = QT_TRANSLATE_NOOP("EventsListWindow", " et {count} autre(s)")


def event_rows(context: AppContext) -> list[tuple]:
    with context.store.session() as session:
        return queries.event_rows(session)


_LETTER_STATE, _LETTER_AR24 = EVENT_FIELDS.index("letter_state"), EVENT_FIELDS.index("letter_ar24_status")


def event_ids_in_state(rows: Sequence[tuple], state: SendState) -> set[int]:
    """The filter "Non envoyés / Envoyés / À renvoyer" over the list's rows."""
    return {row[0] for row in rows if send_state(row[_LETTER_STATE], row[_LETTER_AR24]) is state}


# -- "Envoyer en AR" ---------------------------------------------------------------------------

@dataclass(frozen=True)
class SendSelection:
    """The selected events split by the chrono rule: only chronotés go to the send choice."""
    ready: tuple[int, ...]            # in the order given
    refused: tuple[int, ...]
    notice: Message | None            # names the refused events, None when there is none


def selection_for_sending(context: AppContext, event_ids: Sequence[int]) -> SendSelection:
    with context.store.session() as session:
        rows = {row[0]: row for row in queries.event_rows(session, list(event_ids))}
    field = {name: index for index, name in enumerate(EVENT_FIELDS)}
    known = [rows[i] for i in event_ids if i in rows]
    ready = tuple(row[0] for row in known if is_chronoted(row[field["treatment_number"]]))
    refused = [row for row in known if not is_chronoted(row[field["treatment_number"]])]
    if not refused:
        return SendSelection(ready, (), None)
    names = ", ".join(f"{row[field['identity']]} ({' - '.join(row[field['model_subject']].splitlines())})"
                      for row in refused[:NAMES_SHOWN])
    more = message(AND_OTHERS, count=len(refused) - NAMES_SHOWN) if len(refused) > NAMES_SHOWN else ""
    return SendSelection(ready, tuple(row[0] for row in refused),
                         message(NOT_CHRONOTED, count=len(refused), names=names, more=more))


# -- the event's record ------------------------------------------------------------------------

@dataclass(frozen=True)
class AttachmentInfo:
    name: str
    size: int                         # bytes


@dataclass(frozen=True)
class EventRecord:
    event_id: int
    tiers_label: str                  # "T0001 MEURSAULT Jeannine"
    tiers_name: str
    correspondant: str
    author: str
    assignee: str
    created_at: dt.datetime
    model: str
    subject: str
    treatment_number: int | None
    treatment_date: dt.date | None
    dossier: str
    entity_code: str
    ag_date: dt.date | None
    body_html: str
    attachments: tuple[AttachmentInfo, ...]


def event_record(context: AppContext, event_id: int) -> EventRecord:
    with context.store.session() as session:
        event = session.get(Event, event_id, options=[selectinload(Event.attachments), selectinload(Event.tiers),
                                                      selectinload(Event.entity), selectinload(Event.correspondant)])
        if event is None:
            raise LookupError(message(QT_TRANSLATE_NOOP("EventRecordDialog", "L'événement {id} est introuvable : il a "
                                                        "peut-être été supprimé."), id=event_id))
        contact = event.correspondant
        return EventRecord(
            event.id, f"{event.tiers.code} {event.tiers.display_name}", event.tiers.display_name,
            f"{contact.lastname.upper()} {contact.firstname}" if contact else "", event.author, event.assignee,
            event.created_at, event.model, event.subject, event.treatment_number, event.treatment_date,
            event.dossier, event.entity.code if event.entity else "", event.ag_date, event.body_html,
            tuple(AttachmentInfo(a.filename, a.size) for a in event.attachments))


# -- "Choix de l'envoi" ------------------------------------------------------------------------

def evaluate_send_choice(context: AppContext, event_ids: Sequence[int], send_type: SendType) -> SendChoice:
    """Everything the send choice shows for one type (run it off the UI thread). Paper letters
    and notices are refused when this AR24 account does not offer them through the API."""
    return send_choice.evaluate_send_choice(context.store, event_ids, send_type, login=context.login,
                                            unavailable=unavailable_send_types(context))


# -- "Valider l'envoi…": what will be paid, recomputed at that moment ----------------------------

@dataclass(frozen=True)
class EntityCharge:
    """One entity's share of one send type: AR24 bills it to that entity's payment method."""
    send_type: SendType
    entity_code: Sentence             # "Sans entité" for an event attached to none
    payer: str                        # "test prelevement (****42 - BANQUE KOLB) gocardless-18178", or ""
    count: int
    ht: Decimal
    tax: Decimal

    @property
    def ttc(self) -> Decimal:
        return self.ht + self.tax


@dataclass(frozen=True)
class Order:
    """The letters of one send type that will leave if the user confirms."""
    send_type: SendType
    event_ids: tuple[int, ...]        # compatible at the moment of the confirmation
    price: PriceSummary


@dataclass(frozen=True)
class SendConfirmation:
    orders: tuple[Order, ...]         # orders without any letter left are not kept
    charges: tuple[EntityCharge, ...]
    total: PriceLine
    sender_name: str
    sender_email: str
    dropped: int                      # events of the choice no longer compatible since

    @property
    def letters(self) -> int:
        return self.total.count

    def money(self, amount: Decimal, language: str | None = None) -> str:
        return self.orders[0].price.money(amount, language) if self.orders else money(amount, language=language)


def confirm_send(context: AppContext, orders: Sequence[tuple[SendType, Sequence[int]]]) -> SendConfirmation:
    """Check the chosen events again and price them (off the UI thread): what the confirmation
    shows is what the batch will send, whatever changed since the send choice was computed."""
    with context.store.session() as session:
        settings = load_price_settings(session)
        user_id = session.scalar(select(User.id).where(User.login == context.login))
        sender_name, sender_email = sender_identity(session, user_id)
    kept: list[Order] = []
    charges: list[EntityCharge] = []
    dropped = 0
    for send_type, event_ids in orders:
        batch = check_events(context.store, event_ids, send_type, login=context.login,
                             unavailable=unavailable_send_types(context))
        price = summarize(send_type, batch.compatible_entity_codes, settings)
        payers = {(check.entity_code or NO_ENTITY): f"{check.payment.label} {check.payment.code}".strip()
                  for check in batch.events if check.compatible and check.payment}
        charges += [EntityCharge(send_type, line.label, payers.get(line.label, ""), line.count, line.ht, line.tax)
                    for line in price.lines]
        dropped += batch.incompatible
        if batch.compatible:
            kept.append(Order(send_type, tuple(batch.compatible_event_ids), price))
    return SendConfirmation(tuple(kept), tuple(charges), batch_total([order.price for order in kept]),
                            sender_name, sender_email, dropped)


# -- batches in the sending process ------------------------------------------------------------

def batch_request(context: AppContext, send_type: SendType, event_ids: Sequence[int],
                  print_options: PrintOptions) -> dict[str, Any]:
    """What the sending process needs to send these events (off the UI thread: in the demo it
    may start the local AR24 service)."""
    return worker_request(context, "send", send_type=send_type, event_ids=list(event_ids),
                          print_options=print_options)


def resume_request(context: AppContext) -> dict[str, Any]:
    return worker_request(context, "resume")


def unfinished_count(context: AppContext) -> int:
    """Letters a previous run left unfinished (crash, kill, AR24 unreachable)."""
    return len(unfinished_letters(context.store))


def batch_ended() -> None:
    """A batch of the sending process has ended, however: letters and events may have changed."""
    changes.publish(Change.BATCH_ENDED, Change.LETTERS, Change.EVENTS)
