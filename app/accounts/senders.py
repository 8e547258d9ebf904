"""« Gérer les expéditeurs de lettres recommandées » (seed 001): at most 2 senders per account.

1. the sender's e-mail: an AR24 account that has authorised the application (its profile fills
   the postal address);
2. the postal address, then « Enregistrer et recevoir mes identifiants eIDAS » (provisional
   ``user/identity``: AR24 posts a registered letter with the OTP key);
3. the OTP key from that letter, checked by opening an AR24 session (``user/auth_otp``) with a
   code generated from it, then kept in the keyring; from then on the code of each LRE is
   generated for the user.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.accounts.link import AccountInputError, checked_email
from app.accounts.otp_keys import current_code
from app.accounts.readiness import MAX_SENDERS as MAX_SENDERS
from app.accounts.readiness import SenderSlots as SenderSlots
from app.accounts.readiness import sender_slots
from app.ar24.client import AR24Client
from app.ar24.errors import AR24ApiError
from app.i18n import QT_TRANSLATE_NOOP, Sentence, message
from app.secrets import SecretStore, otp_key_key
from app.sending.postal import MAX_CHARS
from app.store.database import Store
from app.store.models import EidasState, Sender, User
from app.text_input import control_character_error

SENDER_LIMIT_MESSAGE = QT_TRANSLATE_NOOP("Senders", "Le nombre d'expéditeur est limité à 2 maximum. Il est conseillé "
                                                    "de ne retenir qu'un seul et unique expéditeur qualifié pour "
                                                    "toute l'agence.")
# AR24 posts the identifiers' letter to this address: a line of the envelope window holds 38
# characters (NF Z10-011, as for the recipients); the country is its ISO 3166-1 alpha-2 code.
ADDRESS_LINE_MAX = MAX_CHARS
COUNTRY_CODE_LENGTH = 2
FIELD_MAX_LENGTHS = {"address1": ADDRESS_LINE_MAX, "address2": ADDRESS_LINE_MAX, "city": ADDRESS_LINE_MAX,
                     "country": COUNTRY_CODE_LENGTH}   # what the address form lets the user type
STATE_LABELS = {
    EidasState.NONE: QT_TRANSLATE_NOOP("Senders", "Identifiants eIDAS à commander"),
    EidasState.ORDERED: QT_TRANSLATE_NOOP("Senders", "Identifiants commandés : saisir la clé OTP du courrier"),
    EidasState.IDENTIFIED: QT_TRANSLATE_NOOP("Senders", "Identifié (clé OTP enregistrée)"),
}
# Identified, its key not in this seat's keyring: the code is typed at each LRE (or the key entered).
IDENTIFIED_WITHOUT_KEY = QT_TRANSLATE_NOOP("Senders", "Identifié (clé OTP du courrier d'AR24 non enregistrée)")
INCOMPLETE_ADDRESS = QT_TRANSLATE_NOOP("Senders", "Complétez le prénom, le nom, l'adresse, le code postal et la ville "
                                                  "de l'expéditeur : AR24 y envoie le courrier recommandé contenant "
                                                  "ses identifiants eIDAS.")
LINE_TOO_LONG = QT_TRANSLATE_NOOP("Senders", "Une ligne d'adresse dépasse {max} caractères : répartissez-la sur les "
                                             "deux lignes.")
BAD_COUNTRY = QT_TRANSLATE_NOOP("Senders", "Le pays s'écrit avec son code à deux lettres (FR, BE…).")
# The address form's fields, as the sentences about one of them name it.
FIELD_LABELS = {
    "firstname": QT_TRANSLATE_NOOP("Senders", "Prénom"),
    "lastname": QT_TRANSLATE_NOOP("Senders", "Nom"),
    "company": QT_TRANSLATE_NOOP("Senders", "Société"),
    "address1": QT_TRANSLATE_NOOP("Senders", "Adresse"),
    "address2": QT_TRANSLATE_NOOP("Senders", "Complément d'adresse"),
    "zipcode": QT_TRANSLATE_NOOP("Senders", "Code postal"),
    "city": QT_TRANSLATE_NOOP("Senders", "Ville"),
    "country": QT_TRANSLATE_NOOP("Senders", "Pays"),
}
ALREADY_A_SENDER = QT_TRANSLATE_NOOP("Senders", "{email} est déjà un expéditeur de ce compte.")
NO_AR24_ACCOUNT = QT_TRANSLATE_NOOP("Senders", "Aucun compte AR24 n'existe à l'adresse {email} : l'expéditeur doit "
                                               "d'abord ouvrir son compte sur AR24.")
NOT_AUTHORISED = QT_TRANSLATE_NOOP("Senders", "Le compte AR24 {email} n'a pas encore autorisé l'application : son "
                                              "titulaire doit cliquer sur « Autoriser le compte » dans sa fiche "
                                              "utilisateur, puis sur le lien reçu d'AR24.")
KEY_REFUSED = QT_TRANSLATE_NOOP("Senders", "AR24 refuse les codes produits par cette clé OTP : vérifiez qu'il s'agit "
                                           "de la clé du courrier adressé à {email}, et que l'horloge de ce poste est "
                                           "à l'heure.")
SENDER_GONE = QT_TRANSLATE_NOOP("Senders", "Cet expéditeur a été supprimé entre-temps : fermez la fenêtre et "
                                           "rouvrez-la.")
NOT_LINKED = QT_TRANSLATE_NOOP("Senders", "L'expéditeur {email} n'est relié à aucun compte AR24 : supprimez-le puis "
                                          "ajoutez-le à nouveau.")


class SenderLimitError(AccountInputError):
    def __init__(self) -> None:
        super().__init__(SENDER_LIMIT_MESSAGE)


@dataclass
class SenderAddress:
    """Step 2: where AR24 posts the letter with the eIDAS identifiers."""

    firstname: str = ""
    lastname: str = ""
    company: str = ""
    address1: str = ""
    address2: str = ""
    zipcode: str = ""
    city: str = ""
    country: str = "FR"

    def problems(self) -> list[Sentence]:
        required = (self.firstname, self.lastname, self.address1, self.zipcode, self.city)
        problems: list[Sentence] = [INCOMPLETE_ADDRESS] if not all(value.strip() for value in required) else []
        if any(len(line) > ADDRESS_LINE_MAX for line in (self.address1, self.address2, self.city)):
            problems.append(message(LINE_TOO_LONG, max=ADDRESS_LINE_MAX))
        if len(self.country.strip()) != COUNTRY_CODE_LENGTH:
            problems.append(BAD_COUNTRY)
        problems += [error for name, label in FIELD_LABELS.items()
                     if (error := control_character_error(label, getattr(self, name)))]
        return problems


@dataclass(frozen=True)
class SenderDraft:
    """Step 1's answer: the AR24 account behind the e-mail, and its profile as a starting address."""

    email: str
    ar24_user_id: int
    identity_verified: bool
    address: SenderAddress


@dataclass(frozen=True)
class SenderRow:
    id: int
    email: str
    name: str
    address: str
    state: EidasState
    otp_key_stored: bool

    @property
    def state_label(self) -> str:
        if self.state is EidasState.IDENTIFIED and not self.otp_key_stored:
            return IDENTIFIED_WITHOUT_KEY
        return STATE_LABELS[self.state]


def list_senders(session: Session, login: str) -> list[SenderRow]:
    senders = session.scalars(select(Sender).join(User).where(User.login == login).order_by(Sender.id))
    return [SenderRow(s.id, s.email, " ".join(p for p in (s.firstname, s.lastname) if p) or s.company,
                      ", ".join(p for p in (s.address1, s.address2, f"{s.zipcode} {s.city}".strip()) if p),
                      s.eidas_state, s.otp_key_stored) for s in senders]


def check_can_add(session: Session, login: str) -> None:
    """Seed 001: « Le nombre d'expéditeur est limité à 2 maximum »."""
    if sender_slots(session, login).full:
        raise SenderLimitError()


def find_sender_account(client: AR24Client, store: Store, login: str, email: str) -> SenderDraft:
    """Step 1 « Suivant »: the sender must be an AR24 account that authorised the application."""
    email = checked_email(email)
    with store.session() as session:
        check_can_add(session, login)
        if session.scalar(select(Sender.id).join(User).where(User.login == login,
                                                             func.lower(Sender.email) == email.lower())):
            raise AccountInputError(message(ALREADY_A_SENDER, email=email))
    try:
        account = client.get_user(email=email)
    except AR24ApiError as error:
        if error.slug == "user_not_exist":
            raise AccountInputError(message(NO_AR24_ACCOUNT, email=email)) from None
        if error.slug == "user_unavailable":
            raise AccountInputError(message(NOT_AUTHORISED, email=email)) from None
        raise
    address = SenderAddress(account.firstname, account.lastname, account.company, account.address1,
                            account.address2, account.zipcode, account.city, account.country or "FR")
    return SenderDraft(email, account.id or 0, account.is_identity_verified, address)


def add_sender(store: Store, login: str, draft: SenderDraft, address: SenderAddress) -> int:
    """Step 2, saved locally (the order itself is ``order_identity``). The form shows every
    problem of the address first; here the first one refuses it."""
    if problems := address.problems():
        raise AccountInputError(problems[0])
    with store.session() as session, session.begin():
        check_can_add(session, login)   # again: another seat may have added one meanwhile
        user = session.scalar(select(User).where(User.login == login))
        sender = Sender(user=user, email=draft.email, ar24_user_id=draft.ar24_user_id,
                        eidas_state=EidasState.ORDERED if draft.identity_verified else EidasState.NONE,
                        **{k: v.strip() for k, v in asdict(address).items()})
        session.add(sender)
        session.flush()
        return sender.id


def order_identity(client: AR24Client, store: Store, sender_id: int) -> None:
    """« Enregistrer et recevoir mes identifiants eIDAS » (billed by AR24, letter by post)."""
    with store.session() as session:
        sender = _sender(session, sender_id)
        id_user = sender.ar24_user_id
        address = {field: getattr(sender, field) for field in SenderAddress.__dataclass_fields__}
    client.order_identity(id_user, address)
    with store.session() as session, session.begin():
        sender = _sender(session, sender_id)
        if sender.eidas_state is EidasState.NONE:
            sender.eidas_state = EidasState.ORDERED


def register_otp_key(client: AR24Client, store: Store, secrets: SecretStore, sender_id: int, key: str) -> None:
    """Step 3: AR24 must accept a code made from the key before the key is kept."""
    with store.session() as session:
        sender = _sender(session, sender_id)
        id_user, email = sender.ar24_user_id, sender.email
    try:
        client.auth_otp(id_user, current_code(key).code)
    except AR24ApiError as error:
        if error.slug == "authentication_otp_invalid":
            raise AccountInputError(message(KEY_REFUSED, email=email)) from None
        raise
    secrets.set(otp_key_key(email), key)
    with store.session() as session, session.begin():
        sender = _sender(session, sender_id)
        sender.otp_key_stored, sender.eidas_state = True, EidasState.IDENTIFIED


def ar24_user_id(session: Session, sender_id: int) -> int:
    return _sender(session, sender_id).ar24_user_id


def remove_sender(store: Store, secrets: SecretStore, sender_id: int) -> None:
    with store.session() as session, session.begin():
        sender = session.get(Sender, sender_id)
        if sender is not None:
            secrets.delete(otp_key_key(sender.email))
            session.delete(sender)


def _sender(session: Session, sender_id: int) -> Sender:
    sender = session.get(Sender, sender_id)
    if sender is None:
        raise AccountInputError(SENDER_GONE)
    if sender.ar24_user_id is None:
        raise AccountInputError(message(NOT_LINKED, email=sender.email))
    return sender
