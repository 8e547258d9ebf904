"""How far the AR24 set-up has gone: the sender places taken and identified, the entities with a
payment method. Read by the senders screen, the payment methods and the Organiseur's checklist;
kept apart from the AR24 client so that the Organiseur's start does not import it."""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.store.models import EidasState, Entity, PaymentMethodLink, Sender, User

MAX_SENDERS = 2   # seed 001: AR24 sells eIDAS identifiers per person; LSC allows two per account


@dataclass(frozen=True)
class SenderSlots:
    """How many of the account's sender places are taken (the home checklist, « Ajouter »)."""

    used: int
    identified: int
    limit: int = MAX_SENDERS

    @property
    def full(self) -> bool:
        return self.used >= self.limit


def sender_slots(session: Session, login: str) -> SenderSlots:
    states = list(session.scalars(select(Sender.eidas_state).join(User).where(User.login == login)))
    return SenderSlots(len(states), sum(state is EidasState.IDENTIFIED for state in states))


@dataclass(frozen=True)
class PaymentReadiness:
    """How many entities have a payment method for this user: each entity pays its own letters."""

    entities: int
    linked: int

    @property
    def complete(self) -> bool:
        return self.entities > 0 and self.linked >= self.entities


def payment_readiness(session: Session, login: str) -> PaymentReadiness:
    user_id = session.scalar(select(User.id).where(User.login == login))
    linked = session.scalar(select(func.count(PaymentMethodLink.id)).where(PaymentMethodLink.user_id == user_id))
    return PaymentReadiness(session.scalar(select(func.count(Entity.id))) or 0, linked or 0)
