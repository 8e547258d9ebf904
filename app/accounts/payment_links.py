"""« Liste des moyens de paiement AR24 »: which AR24 payment method pays for each entity's letters.

The methods are those of the user's linked AR24 account (provisional ``GET user/payment``);
the choice is kept per entity and per user, done once and changed when AR24's methods change.
"""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.accounts.link import AccountInputError
from app.accounts.readiness import PaymentReadiness as PaymentReadiness
from app.accounts.readiness import payment_readiness as payment_readiness
from app.ar24.client import AR24Client
from app.ar24.provisional import PaymentMethod
from app.ar24_access import linked_account_id
from app.i18n import QT_TRANSLATE_NOOP
from app.store.database import Store
from app.store.models import Entity, PaymentMethodLink, User

NO_METHODS = QT_TRANSLATE_NOOP("PaymentLinks", "Aucun moyen de paiement n'est enregistré sur votre compte AR24 : "
                               "ajoutez-en au moins un sur le site d'AR24 (un par immeuble si vous êtes syndic), "
                               "puis rouvrez cette liste.")


@dataclass(frozen=True)
class EntityPayment:
    entity_id: int
    code: str
    name: str
    slug: str = ""
    label: str = ""


def entity_payments(session: Session, login: str) -> list[EntityPayment]:
    """Every entity, with the method linked for this user (empty at first)."""
    user_id = session.scalar(select(User.id).where(User.login == login))
    rows = session.execute(
        select(Entity.id, Entity.code, Entity.name, PaymentMethodLink.slug, PaymentMethodLink.label)
        .outerjoin(PaymentMethodLink, (PaymentMethodLink.entity_id == Entity.id) & (PaymentMethodLink.user_id == user_id))
        .order_by(Entity.code))
    return [EntityPayment(id_, code, name, slug or "", label or "") for id_, code, name, slug, label in rows]


def fetch_payment_methods(client: AR24Client, store: Store, login: str) -> list[PaymentMethod]:
    with store.session() as session:
        id_user = linked_account_id(session, login)
    methods = client.list_payment_methods(id_user)
    if not methods:
        raise AccountInputError(NO_METHODS)
    return methods


def save_payment_links(store: Store, login: str, choices: dict[int, PaymentMethod | None]) -> int:
    """Valider: link (or unlink, with None) each chosen entity; returns how many changed."""
    changed = 0
    with store.session() as session, session.begin():
        user_id = session.scalar(select(User.id).where(User.login == login))
        current = {link.entity_id: link for link in session.scalars(
            select(PaymentMethodLink).where(PaymentMethodLink.user_id == user_id,
                                            PaymentMethodLink.entity_id.in_(choices)))}
        for entity_id, method in choices.items():
            link = current.get(entity_id)
            if method is None:
                if link is not None:
                    session.delete(link)
                    changed += 1
            elif link is None:
                session.add(PaymentMethodLink(entity_id=entity_id, user_id=user_id, slug=method.slug,
                                              label=method.label))
                changed += 1
            elif (link.slug, link.label) != (method.slug, method.label):
                link.slug, link.label = method.slug, method.label
                changed += 1
    return changed
