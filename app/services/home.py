"""The Organiseur's home page: the agency's figures on its tiles, and the "Paramétrage AR24"
checklist of LSC's documentation for the current user. The window reads them again on every
change event that can move them (link, senders, payment links, tiers, events, letters, batch)."""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from app.accounts.senders import MAX_SENDERS
from app.context import AppContext
from app.i18n import QT_TRANSLATE_NOOP, Message, Text, message
from app.letters.statuses import shown_status
from app.store.models import (
    EidasState,
    Entity,
    Event,
    LinkState,
    PaymentMethodLink,
    RegisteredLetter,
    Sender,
    Tiers,
    User,
)

LINK_TEXT = {LinkState.NOT_LINKED: QT_TRANSLATE_NOOP("MainWindow", "non lié"),
             LinkState.PENDING: QT_TRANSLATE_NOOP("MainWindow", "autorisation en attente"),
             LinkState.LINKED: QT_TRANSLATE_NOOP("MainWindow", "lié")}
NO_ACCOUNT = QT_TRANSLATE_NOOP("MainWindow", "aucun compte saisi")


@dataclass(frozen=True)
class HomeFigures:
    tiers: int
    consents: int            # tiers with the "Accord de consentement LRE"
    events: int
    events_ready: int        # chronotés: they can be sent
    letters: int
    letters_to_valid: int    # waiting for the sender's OTP code


@dataclass(frozen=True)
class CheckLine:
    done: bool
    text: Message


@dataclass(frozen=True)
class Organiser:
    figures: HomeFigures
    checklist: tuple[CheckLine, ...]


def payments_complete(entities: int, entities_paid: int) -> bool:
    """Every entity pays its letters with an AR24 payment method (AR24 bills per entity)."""
    return entities > 0 and entities_paid >= entities


def organiser(context: AppContext) -> Organiser:
    with context.store.session() as session:
        return Organiser(_figures(session), _checklist(session, context.login))


def _count(session: Session, statement: Select[int]) -> int:
    return session.scalar(statement) or 0


def _figures(session: Session) -> HomeFigures:
    return HomeFigures(
        tiers=_count(session, select(func.count(Tiers.id))),
        consents=_count(session, select(func.count(Tiers.id)).where(Tiers.lre_consent)),
        events=_count(session, select(func.count(Event.id))),
        events_ready=_count(session, select(func.count(Event.id)).where(Event.treatment_number.is_not(None))),
        letters=_count(session, select(func.count(RegisteredLetter.id))),
        letters_to_valid=_count(session, select(func.count(RegisteredLetter.id)).where(shown_status() == "to_valid")),
    )


def _checklist(session: Session, login: str) -> tuple[CheckLine, ...]:
    user = session.scalar(select(User).where(User.login == login))
    entities = _count(session, select(func.count(Entity.id)))
    link, account, identified, paid = LinkState.NOT_LINKED, "", 0, 0
    if user is not None:
        link, account = user.ar24_link_state, user.ar24_email or ""
        identified = _count(session, select(func.count(Sender.id)).where(
            Sender.user_id == user.id, Sender.eidas_state == EidasState.IDENTIFIED))
        paid = _count(session, select(func.count(PaymentMethodLink.id)).where(PaymentMethodLink.user_id == user.id))
    account_text: Text | str = account or NO_ACCOUNT
    return (
        CheckLine(link is LinkState.LINKED, message(
            QT_TRANSLATE_NOOP("MainWindow", "Compte AR24 de {login} ({account}) : {state}"),
            login=login, account=account_text, state=LINK_TEXT.get(link, LINK_TEXT[LinkState.NOT_LINKED]))),
        CheckLine(identified > 0, message(
            QT_TRANSLATE_NOOP("MainWindow", "Expéditeurs eIDAS identifiés : {count} / {max} au plus"),
            count=identified, max=MAX_SENDERS)),
        CheckLine(payments_complete(entities, paid), message(
            QT_TRANSLATE_NOOP("MainWindow", "Moyens de paiement AR24 liés : {linked} entités sur {total}"),
            linked=paid, total=entities)),
    )
