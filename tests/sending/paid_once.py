"""The table of the "paid once" tests: every first type × outcome, as letters in a store.

One event per (first type, outcome), each with one letter in that state; events with no letter
at all are the baseline (compatible for every type)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from app.store.models import (
    EidasState,
    OutboxState,
    RegisteredLetter,
    Sender,
    SendType,
    User,
)
from tests.outbox.support import LOGIN, seed_batch

TYPES = {"lre": SendType.LRE_EIDAS, "notice": SendType.AVIS_SYNDIC, "paper": SendType.LR_PAPIER,
         "ere": SendType.ERE_SIMPLE}
NAMES = {"lre": "LRE", "notice": "Avis électronique", "paper": "LR papier", "ere": "Lettre suivie"}
# outcome: (outbox state, AR24 status, has an AR24 number)
OUTCOMES = {
    "to_valid": (OutboxState.TO_VALID, "", False),
    "posted": (OutboxState.POSTED, "", True),
    "sent": (OutboxState.POSTED, "sent", True),
    "AR": (OutboxState.POSTED, "AR", True),
    "read": (OutboxState.POSTED, "read", True),
    "refused": (OutboxState.POSTED, "refused", True),
    "negligence": (OutboxState.POSTED, "negligence", True),
    "bounced": (OutboxState.POSTED, "bounced", True),
    "failed": (OutboxState.FAILED, "", False),
    "cancelled": (OutboxState.CANCELLED, "", False),
    # Beyond the issue's list: AR24's own two failures.
    "error": (OutboxState.POSTED, "error", True),
    "not_valided": (OutboxState.TO_VALID, "not_valided", False),
}
FAILURES = {"refused", "negligence", "bounced", "failed", "cancelled", "error", "not_valided"}
CREATED = dt.datetime(2026, 11, 10, 9, 30)
FAILED_ON = dt.datetime(2026, 11, 26, 8, 0)


@dataclass(frozen=True)
class Case:
    first: str          # lre | notice | paper | ere
    outcome: str
    event_id: int
    number: int | None


def seed_table(store) -> tuple[list[Case], list[int]]:
    """48 events with one letter each (4 types × 12 outcomes) and 2 events without any."""
    events = seed_batch(store, {"email": "compte@agence.fr", "id": 7}, len(TYPES) * len(OUTCOMES) + 2)
    cases, number = [], 100001
    with store.session() as session, session.begin():
        user_id = session.scalar(select(User.id).where(User.login == LOGIN))
        session.add(Sender(user_id=user_id, email="compte@agence.fr", eidas_state=EidasState.IDENTIFIED))
        pairs = [(first, outcome) for first in TYPES for outcome in OUTCOMES]
        for (first, outcome), event_id in zip(pairs, events):
            state, status, numbered = OUTCOMES[outcome]
            letter_number = number if numbered else None
            number += numbered
            session.add(RegisteredLetter(
                local_ref=f"RECO-TABLE-{event_id}", event_id=event_id, user_id=user_id, send_type=TYPES[first],
                outbox_state=state, ar24_status=status, ar24_mail_id=letter_number, created_at=CREATED,
                deposit_date=CREATED if numbered else None,
                refused_date=FAILED_ON if status == "refused" else None,
                negligence_date=FAILED_ON if status == "negligence" else None,
                bounced_date=FAILED_ON if status == "bounced" else None))
            cases.append(Case(first, outcome, event_id, letter_number))
    return cases, events[len(pairs):]


def expected_line(case: Case) -> str:
    """What the rule must say of the first letter when it refuses a second one."""
    _, status, _ = OUTCOMES[case.outcome]
    label = {"": {"to_valid": "À valider (OTP)", "posted": "Transmise à AR24"}.get(case.outcome),
             "sent": "Envoyé", "AR": "Reçu et lu" if case.first == "ere" else "Accusé de réception",
             "read": "read"}[status]
    if case.number is None:
        return f"Déjà en cours d'envoi : {NAMES[case.first]} du 10/11/2026, {label}"
    return f"Déjà envoyé : {NAMES[case.first]} n° {case.number} du 10/11/2026, statut {label}"


def expected_resend(case: Case, second: str) -> str:
    feminine = case.first != "notice"
    what = {"refused": "refusé", "negligence": "non réclamé", "bounced": "non distribué",
            "failed": "en échec avant son dépôt", "cancelled": "annulé avant son dépôt",
            "error": "en erreur technique", "not_valided": "non validé"}[case.outcome]
    if feminine and case.outcome in ("refused", "negligence", "bounced", "not_valided"):
        what += "e"
    elif feminine and case.outcome == "cancelled":
        what = "annulée avant son dépôt"
    day = "26/11/2026" if case.outcome in ("refused", "negligence", "bounced") else "10/11/2026"
    return f"{NAMES[case.first]} {what} le {day} : renvoi en {NAMES[second]}"
