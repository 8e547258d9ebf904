"""Consents with AR24: "Mise à jour des consentements" and "Demander le consentement".

One operation each, reused by the tiers list, the registered-letters list and the
sending flow (which re-checks consents on AR24 before sending). The AR24 consent
endpoints are provisional (app/ar24/provisional.py).
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from sqlalchemy import select

from app.ar24.client import AR24Client
from app.ar24.errors import AR24Error
from app.consent.changes import ConsentDiff, RemoteConsent, apply_remote_consents, mark_consent_requested
from app.consent.emails import email_error
from app.i18n import QT_TRANSLATE_NOOP, Sentence, sentence_of
from app.store.database import Store
from app.store.transactions import retrying
from app.store.models import Tiers, TiersStatus

PAGE = 500


def fetch_consents(client: AR24Client, id_user: int) -> list[RemoteConsent]:
    consents: list[RemoteConsent] = []
    start = 0
    while True:
        page = client.list_consents(id_user, limit=PAGE, start=start)
        consents += [RemoteConsent(c.email, c.status) for c in page]
        if len(page) < PAGE:
            return consents
        start += PAGE


def update_consents_from_ar24(client: AR24Client, store: Store, id_user: int, login: str) -> list[ConsentDiff]:
    """Fetch every consent from AR24 and apply it to the tiers; returns the tiers that changed."""
    consents = fetch_consents(client, id_user)   # network first, outside any database transaction
    return retrying(store, lambda session: apply_remote_consents(session, consents, login))


@dataclass(frozen=True)
class ConsentRequestReport:
    requested: tuple[str, ...]                # tiers display names
    refused: tuple[tuple[str, Sentence], ...]   # (name, why)


def request_consents(client: AR24Client, store: Store, id_user: int, tiers_ids: Sequence[int], login: str,
                     cancelled: Callable[[], bool] = lambda: False) -> ConsentRequestReport:
    """Ask AR24 to collect the consent of each selected tiers; each request is recorded as pending."""
    requested: list[str] = []
    refused: list[tuple[str, Sentence]] = []
    with store.session() as session:
        targets = list(session.scalars(select(Tiers).where(Tiers.id.in_(list(tiers_ids)))))
    for tiers in targets:
        if cancelled():
            break
        if not tiers.email:
            refused.append((tiers.display_name, QT_TRANSLATE_NOOP("ConsentRequests",
                                                                  "aucune adresse e-mail dans la fiche tiers")))
            continue
        if error := email_error(tiers.email):   # checked here: AR24 bills every request
            refused.append((tiers.display_name, error))
            continue
        try:
            client.request_consent(id_user, tiers.email, statut=tiers.status.value, firstname=tiers.firstname,
                                   lastname=tiers.lastname,
                                   company=tiers.company if tiers.status is TiersStatus.PROFESSIONNEL else "")
        except AR24Error as error:
            refused.append((tiers.display_name, sentence_of(error)))
            continue
        with store.session() as session, session.begin():
            mark_consent_requested(session, session.get(Tiers, tiers.id), login)
        requested.append(tiers.display_name)
    return ConsentRequestReport(tuple(requested), tuple(refused))
