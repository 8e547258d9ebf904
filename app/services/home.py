"""The Organiseur's home page: the agency's figures on its tiles, and the "Paramétrage AR24"
checklist of LSC's documentation for the current user (its rules: ``app.accounts.readiness``).
The window reads them again on every change event that can move them (link, senders, payment
links, tiers, events, letters, batch)."""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from app.accounts import readiness
from app.context import AppContext
from app.i18n import QT_TRANSLATE_NOOP, Message, Text, message
from app.store.statuses import shown_status
from app.store.models import Event, LinkState, RegisteredLetter, Tiers, User

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


def organiser(context: AppContext) -> Organiser:
    login = context.login
    with context.store.session() as session:
        user = session.execute(select(User.ar24_link_state, User.ar24_email).where(User.login == login)).first()
        link, account = (user.ar24_link_state, user.ar24_email or "") if user else (LinkState.NOT_LINKED, "")
        checklist = _checklist(login, link, account, readiness.sender_slots(session, login),
                               readiness.payment_readiness(session, login))
        return Organiser(_figures(session), checklist)


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


def _checklist(login: str, link: LinkState, account: str, senders: readiness.SenderSlots,
               payments: readiness.PaymentReadiness) -> tuple[CheckLine, ...]:
    account_text: Text | str = account or NO_ACCOUNT
    return (
        CheckLine(link is LinkState.LINKED, message(
            QT_TRANSLATE_NOOP("MainWindow", "Compte AR24 de {login} ({account}) : {state}"),
            login=login, account=account_text, state=LINK_TEXT.get(link, LINK_TEXT[LinkState.NOT_LINKED]))),
        CheckLine(senders.identified > 0, message(
            QT_TRANSLATE_NOOP("MainWindow", "Expéditeurs eIDAS identifiés : {count} / {max} au plus"),
            count=senders.identified, max=senders.limit)),
        CheckLine(payments.complete, message(
            QT_TRANSLATE_NOOP("MainWindow", "Moyens de paiement AR24 liés : {linked} entités sur {total}"),
            linked=payments.linked, total=payments.entities)),
    )
