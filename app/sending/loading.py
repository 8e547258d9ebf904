"""Reading the facts of a batch of events in a handful of queries (no per-event lazy loads)."""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from app.sending.facts import (
    AccountFacts,
    AttachmentFacts,
    EventFacts,
    PaymentLink,
    RecipientFacts,
)
from app.store.models import (
    Correspondant,
    EidasState,
    Entity,
    Event,
    EventAttachment,
    PaymentMethodLink,
    Sender,
    Tiers,
    User,
)

_CHUNK = 500     # bound parameters per IN (...), well under every engine's limit


def load_events(session: Session, event_ids: Sequence[int]) -> list[EventFacts]:
    """The events in the order given; ids that no longer exist are left out."""
    attachments = _attachments(session, event_ids)
    author = aliased(User)
    columns = (Event.id, Event.treatment_number, Event.model, Event.subject, Event.body_html, Event.ag_date,
               author.full_name, Event.author, Event.entity_id, Entity.code, Entity.kind,
               Tiers.id, Tiers.code, Tiers.civility, Tiers.lastname, Tiers.firstname, Tiers.company,
               Tiers.status, Tiers.email, Tiers.address1, Tiers.address2, Tiers.address3, Tiers.postal_code,
               Tiers.city, Tiers.country, Tiers.lre_consent, Tiers.paper_requested, Tiers.paper_requested_date,
               Correspondant.civility, Correspondant.firstname, Correspondant.lastname, Correspondant.email,
               Tiers.lot, Entity.name)
    by_id = {}
    for chunk in _chunks(event_ids):
        query = (select(*columns).join(Tiers, Event.tiers_id == Tiers.id)
                 .outerjoin(Entity, Event.entity_id == Entity.id)
                 .outerjoin(Correspondant, Event.correspondant_id == Correspondant.id)
                 .outerjoin(author, author.login == Event.author)
                 .where(Event.id.in_(chunk)))
        for row in session.execute(query):
            by_id[row[0]] = _event(row, tuple(attachments.get(row[0], ())))
    return [by_id[event_id] for event_id in event_ids if event_id in by_id]


def load_account(session: Session, login: str) -> AccountFacts:
    user_id = session.scalar(select(User.id).where(User.login == login))
    links = session.execute(select(PaymentMethodLink.entity_id, PaymentMethodLink.slug, PaymentMethodLink.label)
                            .where(PaymentMethodLink.user_id == user_id))
    eidas = session.scalar(select(Sender.id).where(Sender.user_id == user_id,
                                                   Sender.eidas_state == EidasState.IDENTIFIED).limit(1))
    return AccountFacts(login, user_id, {entity_id: PaymentLink(slug, label) for entity_id, slug, label in links},
                        eidas is not None)


def _attachments(session: Session, event_ids: Sequence[int]) -> dict[int, list[AttachmentFacts]]:
    found: dict[int, list[AttachmentFacts]] = defaultdict(list)
    for chunk in _chunks(event_ids):
        rows = session.execute(
            select(EventAttachment.event_id, EventAttachment.filename, EventAttachment.path)
            .where(EventAttachment.event_id.in_(chunk))
            .order_by(EventAttachment.event_id, EventAttachment.position, EventAttachment.id))
        for event_id, filename, path in rows:
            found[event_id].append(AttachmentFacts(filename, path))
    return found


def _event(row, attachments: tuple[AttachmentFacts, ...]) -> EventFacts:
    (event_id, number, model, subject, body, ag_date, author_name, author_login, entity_id, entity_code,
     entity_kind, tiers_id, code, civility, lastname, firstname, company, status, email, address1, address2,
     address3, postal_code, city, country, consent, paper, paper_date,
     c_civility, c_firstname, c_lastname, c_email, lot, entity_name) = row
    display_name = " ".join(p for p in (lastname.upper(), firstname) if p) or company
    correspondant = " ".join(p for p in (c_civility, c_firstname, (c_lastname or "").upper()) if p)
    recipient = RecipientFacts(
        tiers_id, code, display_name, civility, lastname, firstname, company, status, email, address1,
        address2, address3, postal_code, city, country, consent, paper, paper_date,
        correspondant, (c_email or "").strip(), lot)
    return EventFacts(event_id, number, model, subject, body, ag_date, author_name or author_login,
                      entity_id, entity_code or "", entity_kind, recipient, attachments, entity_name or "")


def _chunks(ids: Sequence[int]) -> list[Sequence[int]]:
    return [ids[start:start + _CHUNK] for start in range(0, len(ids), _CHUNK)]
