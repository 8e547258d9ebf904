"""Operations of the command line (``main.py account``, ``payment-methods``, ``events``,
``letters``, ``send``, ``validate``): each calls the rules the windows use — the account link
(app/accounts), the send choice and its prices (app/sending), the sending process (app/outbox)
— and returns plain rows; app/cli/ only parses, prints and picks the exit code.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select

from app.accounts.link import (
    AccountInputError,
    LinkStatus,
    link_status,
    refresh_link,
    request_link,
)
from app.accounts.payment_links import (
    entity_payments,
    fetch_payment_methods,
    save_payment_links,
)
from app.ar24.connection import env_settings
from app.ar24.provisional import PaymentMethod
from app.i18n import QT_TRANSLATE_NOOP, Sentence, message, sentence_of
from app.letters.queries import LetterSearch, letter_rows, user_id_of
from app.store.statuses import status_label
from app.outbox.control import Control
from app.outbox.pipeline import BatchReport
from app.outbox.states import unfinished_letters
from app.outbox.worker import run as run_batch
from app.outbox.worker import worker_request
from app.sending.choice import SendChoice, evaluate_send_choice
from app.sending.send_types import PrintOptions
from app.sending.sent import load_history
from app.store.models import (
    Entity,
    Event,
    OutboxState,
    Proof,
    RegisteredLetter,
    Sender,
    SendType,
    Tiers,
    User,
)

TYPE_NAMES = {SendType.LRE_EIDAS: "lre", SendType.AVIS_SYNDIC: "notice", SendType.LR_PAPIER: "paper",
              SendType.ERE_SIMPLE: "ere"}
SEND_TYPES = {name: send_type for send_type, name in TYPE_NAMES.items()}


def type_name(send_type: SendType | str) -> str:
    return TYPE_NAMES[SendType(send_type)]


# -- account ---------------------------------------------------------------------------------

def account_status(context: Any, *, authorize: bool = False) -> LinkStatus:
    """The user's AR24 account and its link, asked again of AR24 when an address is known.
    ``authorize``: « Autoriser le compte »; in Démo locale the demo service grants it at once."""
    store, login = context.store, context.login
    with store.session() as session:
        status = link_status(session, login)
    # Démo locale, unless the AR24_* variables point elsewhere: the built-in service grants at once.
    demo = context.settings.ar24_environment == "demo" and not env_settings()
    if authorize:
        email = status.email or (context.ar24.local_service().demo_account["email"] if demo else "")
        if not email:
            raise AccountInputError(message(NO_ACCOUNT_EMAIL, login=login))
        status = request_link(context.ar24.client(), store, context.secrets, login, email, "")
        if demo:
            from app.accounts.demo import simulate_link_confirmation

            simulate_link_confirmation(context.ar24.local_service(), email)
    if not status.email:
        return status
    return refresh_link(context.ar24.client(), store, login)


NO_ACCOUNT_EMAIL = QT_TRANSLATE_NOOP("Commands", "L'utilisateur {login} n'a pas d'adresse de compte AR24 : "
                                     "saisissez-la dans sa fiche (Préférences), puis relancez avec --authorize.")


# -- payment methods ---------------------------------------------------------------------------

@dataclass
class PaymentOverview:
    methods: list[PaymentMethod]          # the account's, as AR24 lists them
    methods_problem: Sentence             # why AR24 listed none ("" when it did)
    entities: list[Any]                   # app.accounts.payment_links.EntityPayment, by code


def payment_overview(context: Any) -> PaymentOverview:
    try:
        methods, problem = fetch_payment_methods(context.ar24.client(), context.store, context.login), ""
    except AccountInputError as error:     # none on the account: assignments are still accepted
        methods, problem = [], sentence_of(error)
    with context.store.session() as session:
        entities = entity_payments(session, context.login)
    return PaymentOverview(methods, problem, entities)


@dataclass
class Assignment:
    changed: int = 0
    warnings: list[Sentence] = field(default_factory=list)
    refused: list[Sentence] = field(default_factory=list)


UNKNOWN_ENTITY = QT_TRANSLATE_NOOP("Commands", "Entité inconnue : {entity}")
NO_METHOD_LISTED = QT_TRANSLATE_NOOP("Commands", "{entity} : AR24 ne liste aucun moyen de paiement pour ce compte ; il "
                                     "est enregistré quand même et AR24 le vérifiera au premier envoi.")
METHOD_NOT_LISTED = QT_TRANSLATE_NOOP("Commands", "{entity} : AR24 ne liste pas le moyen {code} pour ce compte ; il est "
                                      "enregistré quand même et AR24 le vérifiera au premier envoi.")


def assign_payment_methods(context: Any, overview: PaymentOverview, choices: Mapping[str, str]) -> Assignment:
    """Link each entity (by code) to a payment method (by AR24 code). An entity the store does
    not know is refused; a code AR24 does not list is kept with a warning (AR24 checks it at the
    first letter)."""
    result = Assignment()
    by_code = {row.code: row for row in overview.entities}
    listed = {method.slug: method for method in overview.methods}
    links: dict[int, PaymentMethod | None] = {}
    for entity_code, slug in choices.items():
        row = by_code.get(entity_code)
        if row is None:
            result.refused.append(message(UNKNOWN_ENTITY, entity=entity_code))
            continue
        if slug not in listed:
            result.warnings.append(message(METHOD_NOT_LISTED, entity=entity_code, code=slug) if listed
                                   else message(NO_METHOD_LISTED, entity=entity_code))
        links[row.entity_id] = listed.get(slug) or PaymentMethod(slug=slug)
    if links:
        result.changed = save_payment_links(context.store, context.login, links)
    return result


# -- events and letters ------------------------------------------------------------------------

def event_rows(store: Any) -> list[dict[str, Any]]:
    """Every event, with its last letter (the JSON rows of ``main.py events``)."""
    with store.session() as session:
        rows = session.execute(
            select(Event.id, Tiers.code, Tiers.lastname, Tiers.firstname, Tiers.company, Event.subject,
                   Event.treatment_number, Entity.code, Event.ag_date)
            .join(Tiers, Event.tiers_id == Tiers.id).outerjoin(Entity, Event.entity_id == Entity.id)
            .order_by(Event.id)).all()
        history = load_history(session, [row[0] for row in rows])
    events = []
    for event_id, code, lastname, firstname, company, subject, chrono, entity, ag_date in rows:
        last = history[event_id].letters[0] if event_id in history else None
        events.append({
            "id": event_id, "tiers_code": code,
            "recipient": " ".join(p for p in (lastname.upper(), firstname) if p) or company,
            "subject": subject, "chrono": chrono, "entity": entity, "ag_date": ag_date.isoformat() if ag_date else None,
            "last_letter": None if last is None else {"id": last.letter_id, "type": type_name(last.send_type),
                                                      "status": last.status, "ar24_number": last.ar24_number}})
    return events


def letter_rows_of(store: Any, login: str) -> list[dict[str, Any]]:
    """The user's registered letters as the list shows them (the JSON rows of ``main.py letters``)."""
    with store.session() as session:
        user_id = user_id_of(session, login)
        rows = letter_rows(session, LetterSearch(user_id=user_id))
        events = dict(session.execute(select(RegisteredLetter.id, RegisteredLetter.event_id)
                                      .where(RegisteredLetter.user_id == user_id)).all())
        proofs = dict(session.execute(select(Proof.letter_id, func.count()).where(Proof.sha256.is_not(None))
                                      .group_by(Proof.letter_id)).all())
    letters = []
    for letter_id, _created, number, reference, send_type, status, *_, recipient in (
            row[:9] for row in sorted(rows, key=lambda row: row[0])):
        send_type = getattr(send_type, "value", send_type)
        letters.append({"id": letter_id, "event_id": events.get(letter_id), "type": type_name(send_type),
                        "status": status, "status_label": status_label(status, send_type),
                        "reference": reference, "ar24_number": number, "proofs": proofs.get(letter_id, 0),
                        "recipient": recipient})
    return letters


# -- send --------------------------------------------------------------------------------------

def ready_event_ids(store: Any) -> list[int]:
    """Every chronoted event (``--all-ready`` then keeps those the rules accept)."""
    with store.session() as session:
        return list(session.scalars(select(Event.id).where(Event.treatment_number.is_not(None)).order_by(Event.id)))


def known_event_ids(store: Any, event_ids: Sequence[int]) -> set[int]:
    with store.session() as session:
        return set(session.scalars(select(Event.id).where(Event.id.in_(list(event_ids)))))


def send_choice(context: Any, event_ids: Sequence[int], send_type: SendType,
                resend_reasons: Mapping[int, str] | None = None) -> SendChoice:
    """What the send choice would show: the same rules and prices as the dialog."""
    return evaluate_send_choice(context.store, event_ids, send_type, login=context.login,
                                resend_reasons=resend_reasons)


def sender_of(context: Any) -> str:
    """Who sends: the account's name and e-mail, as the confirmation says it."""
    with context.store.session() as session:
        user = session.scalar(select(User).where(User.login == context.login))
        sender = session.scalar(select(Sender.email).where(Sender.user_id == user.id).order_by(Sender.id).limit(1))
        return f"{user.ar24_account_name or user.full_name} <{sender or user.ar24_email or '?'}>"


def resume_unfinished(context: Any) -> BatchReport | None:
    """What the window does at start: letters an earlier batch left unfinished are taken up
    (those in doubt are first looked up on AR24). None when there are none."""
    if not unfinished_letters(context.store):
        return None
    return run_batch(worker_request(context, "resume"), Control())


def send_events(context: Any, send_type: SendType, event_ids: Sequence[int], *,
                print_options: PrintOptions | None = None,
                resend_reasons: Mapping[int, str] | None = None) -> BatchReport:
    """« Valider »: the sending process's batch, run here (the command has no window to keep
    responsive); LRE letters then wait for their OTP."""
    request = worker_request(context, "send", send_type=send_type, event_ids=event_ids,
                             print_options=print_options or PrintOptions(), resend_reasons=resend_reasons)
    return run_batch(request, Control())


# -- validate ----------------------------------------------------------------------------------

def waiting_for_otp(store: Any, login: str, sender_email: str) -> dict[int, str]:
    """The user's LRE letters of that sender waiting for their OTP: id → recipient."""
    with store.session() as session:
        rows = session.execute(select(RegisteredLetter.id, RegisteredLetter.recipient_name)
                               .join(User, RegisteredLetter.user_id == User.id)
                               .where(User.login == login, RegisteredLetter.outbox_state == OutboxState.TO_VALID,
                                      RegisteredLetter.send_type == SendType.LRE_EIDAS,
                                      func.lower(RegisteredLetter.sender_email) == sender_email.strip().lower())
                               .order_by(RegisteredLetter.id))
        return dict(rows.all())
