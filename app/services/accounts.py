"""Operations of the ACCOUNTS screens: the AR24 account link, this seat's AR24 connection, the
eIDAS senders with their OTP keys, the payment methods of the entities.

Every operation owns its sessions, AR24 client and keyring access, and the « Démo locale »
branches (the simulated click on AR24's link, the simulated paper letter); it returns frozen
dataclasses and publishes what it changed once the write has committed. Errors for the user
are ``AR24Error`` (``AccountInputError`` when something typed must be fixed). The types the
windows need are re-exported here so that a window imports nothing else of ``app/``.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

from app import APP_NAME
from app.accounts import demo, link, payment_links, senders
from app.accounts.connection_admin import ConnectionForm, ConnectionView
from app.accounts.connection_admin import connection_view as _connection_view
from app.accounts.connection_admin import save_connection as _save_connection
from app.accounts.demo import otp_letters_dir
from app.accounts.link import AccountInputError, LinkStatus
from app.accounts.otp_keys import (
    PERIOD,
    CurrentCode,
    current_code,
    key_from_qr_text,
    key_from_text,
)
from app.accounts.payment_links import EntityPayment, PaymentReadiness
from app.accounts.qr_decode import read_qr_text
from app.accounts.senders import (
    FIELD_MAX_LENGTHS,
    SENDER_LIMIT_MESSAGE,
    SenderAddress,
    SenderDraft,
    SenderRow,
    SenderSlots,
)
from app.ar24.errors import AR24Error
from app.ar24.provisional import PaymentMethod
from app.ar24_access import ENVIRONMENT_LABELS
from app.changes import Change, publish
from app.context import AppContext
from app.i18n import QT_TRANSLATE_NOOP, Message, Text, message
from app.secrets import NO_KEYRING_MESSAGE, ar24_password_key, otp_key_key
from app.store.models import EidasState, LinkState
from app.store.statuses import payment_label

__all__ = [  # the types and constants the windows use, from here only
    "ENVIRONMENT_LABELS",
    "FIELD_MAX_LENGTHS",
    "PERIOD",
    "SENDER_LIMIT_MESSAGE",
    "AR24Error",
    "AccountInputError",
    "ConnectionForm",
    "ConnectionView",
    "CurrentCode",
    "EidasState",
    "EntityPayment",
    "LinkState",
    "LinkStatus",
    "PaymentMethod",
    "PaymentReadiness",
    "SenderAddress",
    "SenderDraft",
    "SenderRow",
    "SenderSlots",
    "otp_letters_dir",
    "payment_label",
]

SENT_MESSAGE = QT_TRANSLATE_NOOP("PreferencesTab", "Un mail vous a été envoyé pour autoriser {app} à utiliser "
                                 "votre compte AR24.")
SENT_DEMO = QT_TRANSLATE_NOOP("PreferencesTab", "{sent} (Démo locale : aucun e-mail n'est envoyé, utilisez "
                              "« Simuler le clic sur le lien d'AR24 ».)")
ORDERED = QT_TRANSLATE_NOOP("SendersWindow", "Identifiants eIDAS commandés : AR24 envoie la clé OTP par lettre "
                            "recommandée papier (4 jours ouvrés). À réception, cliquez sur « Saisir ou modifier vos "
                            "identifiants ».")
ORDERED_DEMO = QT_TRANSLATE_NOOP("SendersWindow", "{ordered} Démo locale : le courrier d'AR24 est simulé dans "
                                 "{path}.")
ADDED_VERIFIED = QT_TRANSLATE_NOOP("AddSenderDialog", "Expéditeur {email} ajouté : saisissez maintenant sa clé OTP.")
NOT_DEMO = QT_TRANSLATE_NOOP("Accounts", "Cette action n'existe qu'en « Démo locale » : sur AR24, le titulaire du "
                             "compte clique lui-même sur le lien reçu par e-mail.")

NOT_DEMO_LETTER = QT_TRANSLATE_NOOP("Accounts", "AR24 envoie le courrier des identifiants eIDAS par la poste : "
                                    "seule la « Démo locale » le simule.")
NOT_DEMO_RESET = QT_TRANSLATE_NOOP("Accounts", "Seule la « Démo locale » se réinitialise.")

# -- the AR24 account link -----------------------------------------------------------------

@dataclass(frozen=True)
class LinkRequested:
    status: LinkStatus
    message: Message


def is_demo(context: AppContext) -> bool:
    return context.settings.ar24_environment == "demo"


def environment_label(context: AppContext) -> Text:
    return ENVIRONMENT_LABELS[context.settings.ar24_environment]


def keyring_warning(context: AppContext) -> Text | None:
    """The warning of app.secrets when secrets cannot outlive this session, else None."""
    return None if context.secrets.persistent else NO_KEYRING_MESSAGE


def has_saved_password(context: AppContext, login: str) -> bool:
    return bool(context.secrets.get(ar24_password_key(login)))


def link_status(context: AppContext, login: str) -> LinkStatus:
    with context.store.session() as session:
        return link.link_status(session, login)


def request_link(context: AppContext, login: str, email: str, password: str) -> LinkRequested:
    """« Autoriser le compte »: AR24 e-mails the account holder a link to click."""
    status = link.request_link(context.ar24.client(), context.store, context.secrets, login, email, password)
    publish(Change.LINK)
    sent = message(SENT_MESSAGE, app=APP_NAME)
    return LinkRequested(status, message(SENT_DEMO, sent=sent) if is_demo(context) else sent)


def refresh_link(context: AppContext, login: str) -> LinkStatus:
    """« Tester la connexion » and the polling while pending: tells the others only when the
    link itself changed (the polling runs every few seconds)."""
    before = link_status(context, login)
    status = link.refresh_link(context.ar24.client(), context.store, login)
    if replace(status, lines=()) != before:
        publish(Change.LINK)
    return status


def reset_demo(context: AppContext, login: str) -> LinkStatus:
    """« Démo locale »: the link, the senders and the payment methods undone, to redo each step."""
    if not is_demo(context):
        raise AccountInputError(str(NOT_DEMO_RESET))
    demo.reset_demo_account(context.ar24.local_service(), context.store, context.secrets, login)
    publish(Change.LINK, Change.SENDERS, Change.PAYMENT_LINKS)
    return link_status(context, login)


def simulate_link_confirmation(context: AppContext, login: str) -> LinkStatus:
    """« Démo locale »: the account holder clicks the link of AR24's e-mail."""
    if not is_demo(context):
        raise AccountInputError(str(NOT_DEMO))
    demo.simulate_link_confirmation(context.ar24.local_service(), link_status(context, login).email)
    return refresh_link(context, login)


# -- this workstation's AR24 connection ----------------------------------------------------

def connection_view(context: AppContext, environment: str | None = None) -> ConnectionView:
    return _connection_view(context.settings, context.secrets, environment)


def save_connection(context: AppContext, form: ConnectionForm) -> bool:
    """True when another AR24 is now used: every link must then be checked there again."""
    changed = _save_connection(context.settings, context.secrets, form)
    publish(Change.SETTINGS, *([Change.LINK] if changed else []))
    return changed


def save_language(context: AppContext, language: str) -> None:
    context.settings.language = language
    context.settings.save()
    publish(Change.SETTINGS)


# -- senders and their OTP keys ------------------------------------------------------------

@dataclass(frozen=True)
class SenderSaved:
    sender_id: int
    message: Message


@dataclass(frozen=True)
class SenderCode:
    """The sender's OTP key, read once from the keyring, and the code it gives now."""

    key: str = field(repr=False)   # a secret: never in a log line

    def now(self) -> CurrentCode:
        return current_code(self.key)


def list_senders(context: AppContext, login: str) -> tuple[SenderRow, ...]:
    with context.store.session() as session:
        return tuple(senders.list_senders(session, login))


def sender_slots(context: AppContext, login: str | None = None) -> SenderSlots:
    """Places used of the account's 2 senders (seed 001), and how many are identified."""
    with context.store.session() as session:
        return senders.sender_slots(session, login or context.login)


def find_sender_account(context: AppContext, login: str, email: str) -> SenderDraft:
    """Step 1 « Suivant »: the AR24 account behind the e-mail, its profile as the address."""
    return senders.find_sender_account(context.ar24.client(), context.store, login, email)


def add_sender(context: AppContext, login: str, draft: SenderDraft, address: SenderAddress) -> SenderSaved:
    """Step 2: the sender saved; its identifiers ordered unless AR24 already verified it."""
    sender_id = senders.add_sender(context.store, login, draft, address)
    publish(Change.SENDERS)
    if draft.identity_verified:
        return SenderSaved(sender_id, message(ADDED_VERIFIED, email=draft.email))
    return order_identity(context, sender_id)


def order_identity(context: AppContext, sender_id: int) -> SenderSaved:
    """« Enregistrer et recevoir mes identifiants eIDAS »; in « Démo locale », AR24's paper
    letter is "received" as a PDF the user can then pick."""
    senders.order_identity(context.ar24.client(), context.store, sender_id)
    publish(Change.SENDERS)
    ordered = message(ORDERED)
    if not is_demo(context):
        return SenderSaved(sender_id, ordered)
    with context.store.session() as session:
        id_user = senders.ar24_user_id(session, sender_id)
    letter = demo.write_otp_letter(context.ar24.local_service(), id_user, otp_letters_dir())
    return SenderSaved(sender_id, message(ORDERED_DEMO, ordered=ordered, path=str(letter)))


def otp_letter(context: AppContext, sender_id: int) -> Path:
    """« Démo locale »: AR24's letter with the sender's OTP key (QR code and key in clear), the
    PDF the simulated post delivered; written now if it is not in the letters folder yet (the
    seeded sender's letter is written on its first opening)."""
    if not is_demo(context):
        raise AccountInputError(str(NOT_DEMO_LETTER))
    with context.store.session() as session:
        id_user = senders.ar24_user_id(session, sender_id)
    path = demo.otp_letter_path(id_user, otp_letters_dir())
    return path if path.exists() else demo.write_otp_letter(context.ar24.local_service(), id_user, otp_letters_dir())


def read_otp_key_file(path: Path) -> str:
    """The OTP key from the scanned letter (its QR code), PNG, JPG or PDF."""
    return key_from_qr_text(read_qr_text(path))


def register_otp_key(context: AppContext, sender_id: int, typed: str) -> None:
    """Step 3: the typed (or read) key, checked by AR24, then kept in the keyring."""
    senders.register_otp_key(context.ar24.client(), context.store, context.secrets, sender_id, key_from_text(typed))
    publish(Change.SENDERS)


def sender_code(context: AppContext, sender: SenderRow) -> SenderCode | None:
    key = context.secrets.get(otp_key_key(sender.email)) if sender.otp_key_stored else None
    return SenderCode(key) if key else None


def remove_sender(context: AppContext, sender_id: int) -> None:
    """The sender and its OTP key in the keyring."""
    senders.remove_sender(context.store, context.secrets, sender_id)
    publish(Change.SENDERS)


# -- payment methods of the entities -------------------------------------------------------

def entity_payments(context: AppContext, login: str) -> tuple[EntityPayment, ...]:
    with context.store.session() as session:
        return tuple(payment_links.entity_payments(session, login))


def fetch_payment_methods(context: AppContext, login: str) -> tuple[PaymentMethod, ...]:
    """The methods of the user's linked AR24 account (at least one, else an explanation)."""
    return tuple(payment_links.fetch_payment_methods(context.ar24.client(), context.store, login))


def save_payment_links(context: AppContext, login: str, choices: dict[int, PaymentMethod | None]) -> int:
    """Valider: returns how many entities changed."""
    changed = payment_links.save_payment_links(context.store, login, choices)
    if changed:
        publish(Change.PAYMENT_LINKS)
    return changed


def payment_readiness(context: AppContext, login: str | None = None) -> PaymentReadiness:
    """How many entities have an AR24 payment method for the user (all are needed)."""
    with context.store.session() as session:
        return payment_links.payment_readiness(session, login or context.login)


# -- the whole set-up, for the home page ---------------------------------------------------

@dataclass(frozen=True)
class AR24Setup:
    """LSC's « Paramétrage AR24 » checklist: the link, the senders, the payment methods."""

    link: LinkStatus
    senders: SenderSlots
    payments: PaymentReadiness

    @property
    def complete(self) -> bool:
        return (self.link.state is LinkState.LINKED and self.senders.identified > 0
                and self.payments.complete)


def ar24_setup(context: AppContext, login: str | None = None) -> AR24Setup:
    login = login or context.login
    with context.store.session() as session:
        try:
            status = link.link_status(session, login)
        except AccountInputError:   # a user removed meanwhile: nothing is set up
            status = LinkStatus(login)
        return AR24Setup(status, senders.sender_slots(session, login),
                         payment_links.payment_readiness(session, login))
