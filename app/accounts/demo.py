"""« Démo locale » only: what a real AR24 account holder would do outside the application —
click the link of AR24's e-mail, receive the paper letter with the OTP key."""
from __future__ import annotations

from pathlib import Path

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app.accounts.link import AccountInputError, forget_account
from app.ar24.local_service import LocalAR24Service
from app.ar24.local_service import accounts as service_accounts
from app.ar24.local_service.documents import otp_letter_pdf
from app.i18n import QT_TRANSLATE_NOOP, message
from app.paths import documents_dir
from app.secrets import SecretStore, otp_key_key
from app.store.database import Store
from app.store.models import PaymentMethodLink, User

UNKNOWN_ACCOUNT = QT_TRANSLATE_NOOP("DemoAccounts", "Le service AR24 de démonstration ne connaît pas {email}.")
NO_IDENTIFIERS = QT_TRANSLATE_NOOP("DemoAccounts", "Le service AR24 de démonstration n'a pas encore envoyé "
                                   "d'identifiants à ce compte.")
USER_GONE = QT_TRANSLATE_NOOP("DemoAccounts", "L'utilisateur {login} n'existe plus : fermez cette fiche et rouvrez "
                              "la liste.")


def otp_letters_dir() -> Path:
    """Where the simulated AR24 letters with the OTP key are written (and first looked for)."""
    return documents_dir() / "courriers-AR24"


def simulate_link_confirmation(service: LocalAR24Service, email: str) -> None:
    """The account holder clicks the link of AR24's e-mail."""
    state = service.state
    with state.store.transaction() as conn:
        row = service_accounts.find_user(conn, email=email)
        if row is None:
            raise AccountInputError(message(UNKNOWN_ACCOUNT, email=email))
        service_accounts.set_link(conn, row["id"], "granted", state.clock.now())


def otp_letter_path(id_user: int, folder: Path) -> Path:
    return folder / f"courrier-AR24-identifiants-eIDAS-{id_user}.pdf"


def write_otp_letter(service: LocalAR24Service, id_user: int, folder: Path) -> Path:
    """The letter AR24 posts after « Enregistrer et recevoir mes identifiants eIDAS », as a PDF
    the user can then pick with « Sélectionner un fichier »."""
    with service.state.store.transaction() as conn:
        row = service_accounts.find_user(conn, id_user=id_user)
    if row is None or not row["otp_secret"]:
        raise AccountInputError(NO_IDENTIFIERS)
    account = service_accounts.user_json(row)
    folder.mkdir(parents=True, exist_ok=True)
    path = otp_letter_path(id_user, folder)
    path.write_bytes(otp_letter_pdf(row["email"], account["name"], row["otp_secret"]))
    return path


def undo_ready_to_send(session: Session, login: str) -> list[str]:
    """This side of « Réinitialiser la démo AR24 » (the inverse of app/demo/sending_setup.py): the
    link forgotten, the senders and the payment methods removed. Returns the removed senders'
    e-mails (their OTP keys are in the keyring)."""
    user = session.scalar(select(User).where(User.login == login))
    if user is None:
        raise AccountInputError(message(USER_GONE, login=login))
    emails = [sender.email for sender in user.senders]
    user.senders.clear()
    session.execute(delete(PaymentMethodLink).where(PaymentMethodLink.user_id == user.id))
    forget_account(user)
    return emails


def reset_demo_account(service: LocalAR24Service, store: Store, secrets: SecretStore, login: str) -> None:
    """« Réinitialiser la démo AR24 »: the user's AR24 set-up undone on both sides, so that each
    step can be tried again: the link (the account back to "none" in the service), the senders
    with their OTP keys, the payment methods of the entities."""
    with store.session() as session, session.begin():
        for sender_email in undo_ready_to_send(session, login):
            secrets.delete(otp_key_key(sender_email))
        email = session.scalar(select(User.ar24_email).where(User.login == login))
    state = service.state
    with state.store.transaction() as conn:
        row = service_accounts.find_user(conn, email=email) if email else None
        if row is not None:
            service_accounts.set_link(conn, row["id"], "none", state.clock.now())


def set_up_demo_account(context) -> None:
    """« Démo locale » tour and screenshots: the current user's demo account linked, the demo
    sender identified with its OTP key, the first syndicate and management entities paid.
    Idempotent; does nothing outside the demo environment."""
    from app.accounts.link import link_status, refresh_link, request_link
    from app.accounts.payment_links import entity_payments, save_payment_links
    from app.accounts.senders import (
        add_sender,
        find_sender_account,
        list_senders,
        register_otp_key,
    )
    from app.store.models import LinkState

    if context.settings.ar24_environment != "demo":
        return
    service, client, store, login = context.ar24.local_service(), context.ar24.client(), context.store, context.login
    account = service.demo_account
    with store.session() as session:
        status = link_status(session, login)
    if status.state is not LinkState.LINKED:
        request_link(client, store, context.secrets, login, account["email"], "")
        simulate_link_confirmation(service, account["email"])
        refresh_link(client, store, login)
    with store.session() as session:
        senders = list_senders(session, login)
    if not senders:
        draft = find_sender_account(client, store, login, account["email"])
        sender_id = add_sender(store, login, draft, draft.address)
        register_otp_key(client, store, context.secrets, sender_id, account["otp_secret"])
    with store.session() as session:
        rows = entity_payments(session, login)
    if not any(row.slug for row in rows):
        methods = {m.slug: m for m in client.list_payment_methods(account["id"])}
        first = {prefix: next(r.entity_id for r in rows if r.code.startswith(prefix)) for prefix in ("S", "G")}
        save_payment_links(store, login, {first["S"]: methods["stripe-47146"], first["G"]: methods["gocardless-18178"]})
