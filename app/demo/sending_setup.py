"""The demo user's AR24 side as after LSC's "Paramétrage" chapter, for screenshots, tests and
benchmarks: payment methods linked to four of the five entities (S003 left unlinked, a realistic
error) and one sender identified with eIDAS."""
from __future__ import annotations

from sqlalchemy import select

from app.store.database import Store
from app.store.models import EidasState, Entity, PaymentMethodLink, Sender, User

# The local AR24 service's demo payment methods (app/ar24/local_service/accounts.py).
PAYMENTS = {
    "S001": ("gocardless-18178", "test prelevement (****42 - BANQUE KOLB)"),
    "S002": ("stripe-47146", "TEST (****3640 - 6/2023)"),
    "G001": ("gocardless-18178", "test prelevement (****42 - BANQUE KOLB)"),
    "G002": ("stripe-47146", "TEST (****3640 - 6/2023)"),
}


def make_demo_ready_to_send(store: Store, login: str = "JLC") -> None:
    with store.session() as session, session.begin():
        user = session.scalar(select(User).where(User.login == login))
        linked = set(session.scalars(select(PaymentMethodLink.entity_id).where(PaymentMethodLink.user_id == user.id)))
        for entity in session.scalars(select(Entity).where(Entity.code.in_(PAYMENTS))):
            if entity.id not in linked:
                slug, label = PAYMENTS[entity.code]
                session.add(PaymentMethodLink(entity_id=entity.id, user_id=user.id, slug=slug, label=label))
        if not any(sender.eidas_state is EidasState.IDENTIFIED for sender in user.senders):
            first, _, last = user.full_name.partition(" ")
            user.senders.append(Sender(email=user.ar24_email or f"{login.lower()}@agence-exemple.fr",
                                       firstname=first, lastname=last, eidas_state=EidasState.IDENTIFIED,
                                       address1="8 place Darcy", zipcode="21000", city="DIJON"))
