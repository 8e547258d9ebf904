"""Creating the outbox row of an event: the letter as AR24 will receive it, frozen, with its
prepared documents, claimed by the batch that created it.

The "one letter on its way or delivered per event" unique index of ``registered_letter`` is what
makes two windows or two workstations unable to both create (and so send) a letter for one
event, whatever types they chose (app/sending/sent.py says the rule in words).
"""
from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.i18n import QT_TRANSLATE_NOOP, message
from app.outbox.states import Worker, now
from app.sending.facts import AccountFacts, EventFacts
from app.sending.references import next_reference
from app.sending.send_types import PrintOptions
from app.sending.sent import RESEND_ACTION, SentLetter, holding_sql
from app.store.database import Store
from app.store.models import (
    AuditEntry,
    LetterDocument,
    LetterStatusChange,
    OutboxState,
    RegisteredLetter,
    Sender,
    SendType,
    TiersStatus,
    User,
)


class PreparedDocument(Protocol):
    """What the document preparation hands back for each file (app.sending.prepare.PreparedFile)."""

    @property
    def path(self) -> Path: ...
    @property
    def name(self) -> str: ...
    @property
    def sha256(self) -> str: ...
    @property
    def size(self) -> int: ...


ON_ITS_WAY = QT_TRANSLATE_NOOP("Outbox", "Déjà en cours d'envoi")
ALREADY_IN_OUTBOX = QT_TRANSLATE_NOOP("Outbox", "Non envoyé — {letter} : pas de second envoi (voir la liste des "
                                      "lettres recommandées).")


class AlreadyInOutbox(Exception):
    """The event already has a letter on its way or delivered (another batch, window or workstation)."""

    def __init__(self, letter: RegisteredLetter | None) -> None:
        what = SentLetter.of(letter).line() if letter is not None else ON_ITS_WAY
        super().__init__(message(ALREADY_IN_OUTBOX, letter=what))
        self.letter_id = letter.id if letter is not None else None


def new_local_ref() -> str:
    """The unique reference sent in ``ref_client`` (how AR24's copy is found again)."""
    return f"RECO-{uuid.uuid4().hex[:24].upper()}"


def live_letter(session: Session, event_id: int) -> RegisteredLetter | None:
    """The event's newest letter on its way or delivered, of any type."""
    return session.scalar(select(RegisteredLetter).where(RegisteredLetter.event_id == event_id, holding_sql())
                          .order_by(RegisteredLetter.id.desc()).limit(1))


def ar24_fields(facts: EventFacts, account: AccountFacts, send_type: SendType, print_options: PrintOptions,
                id_user: int) -> dict[str, str]:
    """The AR24 form fields of the letter (all but attachments and OTP), from the facts the
    send choice checked."""
    recipient = facts.recipient
    link = account.payment_links.get(facts.entity_id) if facts.entity_id is not None else None
    fields = {
        "id_user": str(id_user),
        "dest_statut": recipient.status.value,
        "to_firstname": recipient.firstname,
        "to_lastname": recipient.lastname,
        "to_company": recipient.company,
        "ref_dossier": "",                      # the letter's reference, drawn when it is created
        "ref_facturation": facts.entity_code,   # AR24 bills per entity
        "payment_slug": link.slug if link else "",
    }
    if send_type is SendType.LR_PAPIER:
        country = recipient.country.strip().upper()
        fields |= {
            "to_address1": recipient.address1,
            "to_address2": " ".join(part for part in (recipient.address2, recipient.address3) if part),
            "to_zipcode": recipient.postal_code,
            "to_city": recipient.city,
            "to_country": country if len(country) == 2 else "FR",
            "color": "1" if print_options.color else "0",
            "duplex": "1" if print_options.duplex else "0",
        }
    else:
        fields["to_email"] = recipient.sending_email
    return fields


def sender_identity(session: Session, user_id: int | None) -> tuple[str, str]:
    """The name and e-mail a letter of this user is sent under (also shown before sending)."""
    user = session.get(User, user_id) if user_id is not None else None
    if user is None:
        return "", ""
    sender = session.scalar(select(Sender).where(Sender.user_id == user.id).order_by(Sender.id))
    return user.ar24_account_name or user.full_name, sender.email if sender else (user.ar24_email or "")


def create_letter(store: Store, worker: Worker, *, facts: EventFacts, account: AccountFacts, send_type: SendType,
                  print_options: PrintOptions, local_ref: str, id_user: int,
                  documents: Sequence[PreparedDocument], resend_note: str = "") -> int:
    """Insert the letter (state ``prepared``, held by ``worker``) and its hashed documents in
    one transaction; raises ``AlreadyInOutbox`` when the event already has a letter on its way
    or delivered. ``resend_note``: a deliberate second send of a delivered event (see
    app.sending.sent.resend_note), kept on the letter and in the audit log."""
    recipient = facts.recipient
    fields = ar24_fields(facts, account, send_type, print_options, id_user)
    paper = send_type is SendType.LR_PAPIER
    address = "\n".join(line for line in (recipient.address1, recipient.address2, recipient.address3,
                                          f"{recipient.postal_code} {recipient.city}".strip()) if line)
    at = now()
    try:
        with store.session() as session, session.begin():
            # Drawn in the letter's own transaction: a letter that is not created uses no number.
            reference = next_reference(session, send_type, at.date())
            fields["ref_dossier"] = reference
            sender = session.scalar(select(Sender).where(Sender.user_id == account.user_id).order_by(Sender.id))
            sender_name, sender_email = sender_identity(session, account.user_id)
            letter = RegisteredLetter(
                local_ref=local_ref, reference=reference, event_id=facts.event_id, user_id=account.user_id,
                sender_id=sender.id if sender else None, entity_id=facts.entity_id, send_type=send_type,
                outbox_state=OutboxState.PREPARED, recipient_name=recipient.display_name,
                recipient_email="" if paper else recipient.sending_email,
                recipient_status=TiersStatus(recipient.status),
                recipient_address=address,
                sender_name=sender_name, sender_email=sender_email,
                subject=facts.subject[:200], payment_slug=fields["payment_slug"],
                print_color=print_options.color, print_duplex=print_options.duplex,
                ar24_request=json.dumps(fields, ensure_ascii=False), claimed_by=worker.id, claimed_at=at,
                resend_reason=resend_note)
            letter.documents = [
                LetterDocument(position=index, filename=doc.name, path=str(doc.path), sha256=doc.sha256,
                               size=doc.size)
                for index, doc in enumerate(documents)]
            letter.status_history = [LetterStatusChange(status=OutboxState.PREPARED.value,
                                                        at=at.replace(microsecond=0), source="outbox")]
            session.add(letter)
            if resend_note:
                session.add(AuditEntry(login=account.login, workstation=worker.id.split(":")[0][:80],
                                       action=RESEND_ACTION, target=f"event:{facts.event_id}",
                                       detail=f"{resend_note} (lettre {reference})"))   # i18n: data (the audit log)
            session.flush()
            return letter.id
    except IntegrityError:
        with store.session() as session:
            raise AlreadyInOutbox(live_letter(session, facts.event_id)) from None
