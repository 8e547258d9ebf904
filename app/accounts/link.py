"""The link between a user of the agency and an AR24 account:
non lié → « Autoriser le compte » (``user/request_access``) → autorisation en attente → lié.

AR24 answers ``user_unavailable`` both before the request and while the account holder has
not clicked the e-mailed link, so the local state tells "pending" from "not linked"; the
screens poll ``refresh_link`` until AR24 reports the account.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.ar24 import features
from app.ar24.errors import AR24Error
from app.ar24.features import Feature
from app.i18n import QT_TRANSLATE_NOOP, Sentence, message
from app.secrets import SecretStore, ar24_password_key
from app.store.database import Store
from app.store.models import LinkState, User

if TYPE_CHECKING:   # the AR24 client (httpx) and e-mail checks are imported when used, not at start-up
    from app.ar24.client import AR24Client


class AccountInputError(AR24Error):
    """Something the user typed must be fixed before AR24 is asked anything."""


@dataclass(frozen=True)
class LinkStatus:
    """What the « Compte AR24 » frame shows for one user."""

    login: str
    email: str = ""
    state: LinkState = LinkState.NOT_LINKED
    account_name: str = ""
    identity_verified: bool = False
    payment_ready: bool = False
    lines: tuple[Sentence, ...] = ()   # the connection test, line by line

    @classmethod
    def of(cls, user: User, lines: list[Sentence] | None = None) -> LinkStatus:
        return cls(user.login, user.ar24_email or "", user.ar24_link_state, user.ar24_account_name or "",
                   user.ar24_identity_verified, user.ar24_payment_ready, tuple(lines or ()))


def checked_email(email: str) -> str:
    """The address as AR24 will receive it, else an ``AccountInputError`` saying what is wrong."""
    from email_validator import EmailNotValidError, validate_email

    email = email.strip()
    if not email:
        raise AccountInputError(QT_TRANSLATE_NOOP("AccountLink", "Saisissez l'adresse e-mail de votre compte AR24."))
    try:
        return validate_email(email, check_deliverability=False).normalized
    except EmailNotValidError:
        raise AccountInputError(message(QT_TRANSLATE_NOOP(
            "AccountLink", "L'adresse « {email} » n'est pas une adresse e-mail valide : corrigez-la."), email=email)) from None


def link_status(session: Session, login: str) -> LinkStatus:
    return LinkStatus.of(_user(session, login))


def request_link(client: AR24Client, store: Store, secrets: SecretStore, login: str, email: str,
                 password: str) -> LinkStatus:
    """« Autoriser le compte »: AR24 e-mails the account holder a link; the state becomes pending.

    The password goes to the keyring only (AR24's API does not take it: it is kept so that the
    user does not have to type it again when AR24 asks for it on its site)."""
    email = checked_email(email)
    client.request_access(email)
    if password:
        secrets.set(ar24_password_key(login), password)
    with store.session() as session, session.begin():
        user = _user(session, login)
        if (user.ar24_email or "").lower() != email.lower():
            forget_account(user)
        user.ar24_email = email
        if user.ar24_link_state is not LinkState.LINKED:
            user.ar24_link_state = LinkState.PENDING
        return LinkStatus.of(user)


def refresh_link(client: AR24Client, store: Store, login: str) -> LinkStatus:
    """Ask AR24 where the link stands (« Tester la connexion » and the background polling) and
    keep the answer: account id, name, identity and payment readiness once linked."""
    from app.ar24.check import LinkState as CheckedState
    from app.ar24.check import check_connection

    with store.session() as session:
        user = _user(session, login)
        email, pending = user.ar24_email or "", user.ar24_link_state is LinkState.PENDING
    if not email:
        raise AccountInputError(QT_TRANSLATE_NOOP(
            "AccountLink", "Saisissez d'abord l'adresse e-mail de votre compte AR24, puis « Autoriser le compte »."))
    report = check_connection(client, email, access_requested=pending)
    newly_linked = False
    with store.session() as session, session.begin():
        user = _user(session, login)
        if report.link_state is CheckedState.LINKED and report.user is not None:
            account = report.user
            newly_linked = user.ar24_link_state is not LinkState.LINKED
            user.ar24_link_state = LinkState.LINKED
            user.ar24_user_id = account.id
            user.ar24_account_name = " - ".join(p for p in (account.display_name, account.company) if p)
            user.ar24_identity_verified = account.is_identity_verified
            user.ar24_payment_ready = account.is_payment_possible or account.payment_active
        elif report.link_state in (CheckedState.NOT_LINKED, CheckedState.UNKNOWN_ACCOUNT):
            # Access withdrawn on AR24, or the account is gone: the user must authorise again.
            forget_account(user)
            user.ar24_link_state = LinkState.NOT_LINKED
        status = LinkStatus.of(user, report.lines)
    if report.user is not None and report.user.id is not None and status.state is LinkState.LINKED and (
            newly_linked or features.BOOK.finding(client.settings.base_url, report.user.id, Feature.CONSENTS) is None):
        _detect_features(client, report.user.id)   # at link time: which provisional features this account has
    return status


def _detect_features(client: AR24Client, id_user: int) -> None:
    try:
        features.detect_and_record(client, id_user)
    except AR24Error:   # detection never stands in the way of the link: the first use detects
        pass


def forget_account(user: User) -> None:
    user.ar24_user_id = None
    user.ar24_account_name = None
    user.ar24_identity_verified = False
    user.ar24_payment_ready = False
    user.ar24_link_state = LinkState.NOT_LINKED


def _user(session: Session, login: str) -> User:
    user = session.scalar(select(User).where(User.login == login))
    if user is None:
        raise AccountInputError(message(QT_TRANSLATE_NOOP(
            "AccountLink", "L'utilisateur {login} n'existe plus : fermez cette fiche et rouvrez la liste."), login=login))
    return user
