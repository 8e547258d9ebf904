"""The demo user's AR24 side as after LSC's "Paramétrage" chapter: the account linked to the
local service's demo account, payment methods linked to four of the five entities (S003 left
unlinked, a realistic error) and one sender identified with eIDAS. The demo agency is seeded so
(app/demo/seed.py); « Réinitialiser la démo AR24 » undoes it (app/accounts/demo.py)."""
from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.ar24.demo_account import DEMO_ACCOUNT_ID, DEMO_ACCOUNT_NAME, DEMO_EMAIL
from app.store.database import Store
from app.store.models import EidasState, Entity, LinkState, PaymentMethodLink, Sender, User

# The local AR24 service's demo payment methods (app/ar24/local_service/accounts.py).
PAYMENTS = {
    "S001": ("gocardless-18178", "test prelevement (****42 - BANQUE KOLB)"),
    "S002": ("stripe-47146", "TEST (****3640 - 6/2023)"),
    "G001": ("gocardless-18178", "test prelevement (****42 - BANQUE KOLB)"),
    "G002": ("stripe-47146", "TEST (****3640 - 6/2023)"),
}


def make_demo_ready_to_send(store: Store, login: str = "JLC") -> None:
    with store.session() as session, session.begin():
        set_ready_to_send(session, login)


def set_ready_to_send(session: Session, login: str) -> None:
    """Idempotent; the sender's OTP key is not stored: it is on AR24's letter (senders window)."""
    user = session.scalars(select(User).where(User.login == login)).one()
    user.ar24_email = user.ar24_email or DEMO_EMAIL
    if user.ar24_link_state is not LinkState.LINKED:
        user.ar24_user_id, user.ar24_link_state = DEMO_ACCOUNT_ID, LinkState.LINKED
        user.ar24_account_name, user.ar24_identity_verified, user.ar24_payment_ready = DEMO_ACCOUNT_NAME, True, True
    linked = set(session.scalars(select(PaymentMethodLink.entity_id).where(PaymentMethodLink.user_id == user.id)))
    for entity in session.scalars(select(Entity).where(Entity.code.in_(PAYMENTS))):
        if entity.id not in linked:
            slug, label = PAYMENTS[entity.code]
            session.add(PaymentMethodLink(entity_id=entity.id, user_id=user.id, slug=slug, label=label))
    if not any(sender.eidas_state is EidasState.IDENTIFIED for sender in user.senders):
        first, _, last = user.full_name.partition(" ")
        user.senders.append(Sender(email=user.ar24_email, ar24_user_id=user.ar24_user_id, firstname=first,
                                   lastname=last, eidas_state=EidasState.IDENTIFIED,
                                   address1="8 place Darcy", zipcode="21000", city="DIJON"))
