"""Sample registered letters for pictures of the letters screens (``main.py screenshots``): every
status, with its timeline and archived proofs. Written into a throwaway store, never the agency's."""
from __future__ import annotations

import datetime as dt
import hashlib
import io

from reportlab.pdfgen import canvas
from sqlalchemy import select

from app.sending.references import next_reference
from app.store.database import Store
from app.store.models import (
    Event,
    LetterStatusChange,
    OutboxState,
    Proof,
    ProofKind,
    RegisteredLetter,
    SendType,
    User,
)
from app.sync.archive import ProofArchive

# (status, days ago it was created); the steps and proofs follow from the status.
SAMPLES = [("AR", 20), ("AR", 19), ("refused", 18), ("negligence", 30), ("bounced", 3), ("sent", 2),
           ("sent", 1), ("waiting", 0), ("AR", 6), ("to_valid", 0), ("to_valid", 0), ("to_valid", 0),
           ("to_valid", 0), ("to_valid", 0)]
STEPS = {"AR": [("sent", 0.01), ("AR", 1.2)], "refused": [("sent", 0.01), ("refused", 2.5)],
         "negligence": [("sent", 0.01), ("negligence", 16)], "bounced": [("bounced", 0.01)],
         "sent": [("sent", 0.01)], "waiting": []}
PROOFS = {"AR": "ar", "refused": "rf", "negligence": "ng", "bounced": "bc"}


def _pdf(title: str, number: int) -> bytes:
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, invariant=True)
    page.drawString(72, 760, f"{title} - lettre n° {number} (exemple)")
    page.save()
    return buffer.getvalue()


def seed_demo_letters(store: Store, archive: ProofArchive, now: dt.datetime | None = None) -> list[int]:
    now = (now or dt.datetime.now()).replace(microsecond=0)
    ids = []
    with store.session() as session, session.begin():
        user = session.scalar(select(User).where(User.login == "JLC"))
        events = list(session.scalars(select(Event).where(Event.treatment_number.is_not(None)).order_by(Event.id)
                                      .limit(len(SAMPLES))))
        for index, ((status, age), event) in enumerate(zip(SAMPLES, events)):
            created = now - dt.timedelta(days=age, hours=2 + index)
            number = 4709200 + index if status != "to_valid" else None
            send_type = SendType.LRE_EIDAS if index % 5 else SendType.AVIS_SYNDIC
            letter = RegisteredLetter(
                local_ref=f"RECO-DEMO{index:04d}", reference=next_reference(session, send_type, created.date()),
                event_id=event.id, user_id=user.id, entity_id=event.entity_id, send_type=send_type,
                outbox_state=OutboxState.TO_VALID if number is None else OutboxState.POSTED,
                ar24_mail_id=number, ar24_status="" if number is None else status,
                recipient_name=event.tiers.display_name,
                recipient_email=event.tiers.email or f"{event.tiers.lastname.lower()}@exemple.fr",
                sender_name="Jean-Luc Carré", sender_email="demo@agence-exemple.fr", subject=event.subject,
                payment_slug="stripe-47146", price_ht=None if number is None else 3.49, created_at=created)
            history = [("to_valid", created)] + ([("posted", created + dt.timedelta(hours=1)),
                                                  ("waiting", created + dt.timedelta(hours=1))] if number else [])
            history += [(step, created + dt.timedelta(days=after, hours=1)) for step, after in STEPS.get(status, [])]
            letter.status_history = [LetterStatusChange(status=step, at=at, source="sync" if step not in
                                                        ("to_valid", "posted") else "outbox") for step, at in history]
            dates = dict(history)
            if "sent" in dates or "bounced" in dates:
                letter.deposit_date = created + dt.timedelta(hours=1)
            letter.sent_date, letter.ar_date = dates.get("sent"), dates.get("AR")
            letter.refused_date, letter.negligence_date = dates.get("refused"), dates.get("negligence")
            letter.bounced_date = dates.get("bounced")
            kinds = (["ev"] if "sent" in dates else []) + ([PROOFS[status]] if status in PROOFS else [])
            if number:
                kinds.append("content")
            for kind in kinds:
                data = _pdf(kind.upper(), number)
                sha = hashlib.sha256(data).hexdigest()
                path = archive.path_for(sha)
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_bytes(data)
                letter.proofs.append(Proof(kind=ProofKind(kind), url=f"/get/proof/{kind}-{number}", sha256=sha,
                                           size=len(data), downloaded_at=created + dt.timedelta(days=1)))
            session.add(letter)
            session.flush()
            ids.append(letter.id)
    return ids
