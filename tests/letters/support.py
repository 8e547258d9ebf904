"""Letters waiting for their OTP validation, made directly (the send choice and the batch are
other screens): each one a RegisteredLetter in ``to_valid`` as the outbox leaves it, with its
PDF really uploaded to the local AR24 service of the demo context."""
from __future__ import annotations

import datetime as dt
import io
import json

import pyotp
from reportlab.pdfgen import canvas
from sqlalchemy import select

from app.ar24.local_service import LocalServiceControl
from app.outbox.letters import new_local_ref
from app.secrets import otp_key_key
from app.sending.references import next_reference
from app.store.models import (
    EidasState,
    Event,
    LetterDocument,
    LetterStatusChange,
    OutboxState,
    RegisteredLetter,
    Sender,
    SendType,
    User,
)
from tests.conftest import link_demo_account

# The local service decides each letter's fate from its recipient's address (its README).
OUTCOMES = {"AR": "ok", "refused": "refus", "negligence": "neglig", "bounced": "bounce"}


def demo_sender(context) -> dict:
    """JLC linked to the demo account (as seeded), its seeded sender's OTP key in the keyring."""
    link_demo_account(context)
    account = context.ar24.local_service().demo_account
    with context.store.session() as session, session.begin():
        sender = session.scalar(select(Sender).join(User).where(User.login == context.login,
                                                                Sender.email == account["email"]))
        sender.ar24_user_id, sender.eidas_state, sender.otp_key_stored = account["id"], EidasState.IDENTIFIED, True
    context.secrets.set(otp_key_key(account["email"]), account["otp_secret"])
    return account


def _pdf(text: str) -> bytes:
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer)
    page.drawString(72, 720, text)
    page.save()
    return buffer.getvalue()


def to_valid_letters(context, outcomes: list[str], tmp_path) -> list[int]:
    """One to_valid LRE eIDAS letter per chronoté demo event, whose recipient will end in the
    given outcome (``AR``, ``refused``, ``negligence``, ``bounced``)."""
    account = context.ar24.local_service().demo_account
    client = context.ar24.client()
    ids = []
    with context.store.session() as session, session.begin():
        user = session.scalar(select(User).where(User.login == context.login))
        sender = session.scalar(select(Sender).where(Sender.user_id == user.id))
        events = list(session.scalars(select(Event).where(Event.treatment_number.is_not(None))
                                      .order_by(Event.id).limit(len(outcomes))))
        assert len(events) == len(outcomes), "not enough chronotés events in the demo agency"
        letters = []
        for index, (event, outcome) in enumerate(zip(events, outcomes)):
            path = tmp_path / f"lettre-{event.id}.pdf"
            path.write_bytes(_pdf(f"{event.subject} - {event.tiers.display_name}"))
            uploaded = client.upload_attachment(account["id"], path)
            email = f"destinataire{index}.{OUTCOMES[outcome]}@exemple.fr"
            fields = {"id_user": str(account["id"]), "dest_statut": "particulier",
                      "to_firstname": event.tiers.firstname or "Jean", "to_lastname": event.tiers.lastname or "Roy",
                      "to_company": "", "ref_dossier": next_reference(session, SendType.LRE_EIDAS, dt.date.today()),
                      "ref_facturation": event.entity.code if event.entity else "", "payment_slug": "stripe-47146",
                      "to_email": email}
            letter = RegisteredLetter(
                local_ref=new_local_ref(), reference=fields["ref_dossier"], event_id=event.id, user_id=user.id, sender_id=sender.id,
                entity_id=event.entity_id, send_type=SendType.LRE_EIDAS, outbox_state=OutboxState.TO_VALID,
                recipient_name=event.tiers.display_name, recipient_email=email, sender_name="Jean-Luc Carré",
                sender_email=sender.email, subject=event.subject, payment_slug="stripe-47146",
                ar24_request=json.dumps(fields))
            letter.documents = [LetterDocument(position=0, filename=path.name, path=str(path), sha256="0" * 64,
                                               size=path.stat().st_size, ar24_file_id=str(uploaded.file_id))]
            letter.status_history = [LetterStatusChange(status="to_valid", source="outbox")]
            session.add(letter)
            letters.append(letter)
        session.flush()
        ids = [letter.id for letter in letters]
    return ids


def posted_letters(context, outcomes: list[str], tmp_path) -> list[int]:
    """Letters validated with the demo sender's OTP and posted: AR24 takes them from there."""
    from app.letters.validation import validate_letters

    demo_sender(context)
    letters = to_valid_letters(context, outcomes, tmp_path)
    secret = context.ar24.local_service().demo_account["otp_secret"]
    assert sorted(validate_letters(context, letters, pyotp.TOTP(secret).now()).posted) == letters
    return letters


def service_control(context) -> LocalServiceControl:
    return LocalServiceControl(context.ar24.local_service().root_url)


def mails_by_ref(context) -> dict[str, int]:
    with service_control(context) as control:
        return {ref: int(count) for ref, count in control.state()["mails_by_ref_client"].items()}
