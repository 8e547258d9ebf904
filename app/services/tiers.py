"""Operations of the tiers screens: the list, the "Fiche tiers", the consent actions, with AR24.

Every write publishes ``Change.TIERS`` once it is committed, so that every open list refreshes.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from sqlalchemy.orm import selectinload

from app import changes
from app.ar24.features import Feature
from app.ar24_access import linked_account_id
from app.changes import Change
from app.consent import ar24_sync
from app.consent import changes as consent_changes
from app.consent.changes import ConsentDiff
from app.consent.rules import consent_model_for
from app.context import AppContext
from app.i18n import Message, Text
from app.services.ar24_features import using_feature
from app.store import queries
from app.store.models import Tiers, TiersStatus
from app.store.transactions import retrying
from app.tiers.edit import (
    FIELD_MAX,
    STALE_MESSAGE,
    StaleRecordError,
    TiersForm,
    save_tiers,
)
from app.tiers.labels import (
    CHANGE_LABELS,
    CIVILITIES,
    ORIGIN_LABELS,
    RELATIONS,
    STATUS_LABELS,
    shown_value,
    status_label,
)

# What the tiers windows need besides the operations (they import nothing else from app/).
__all__ = ["CIVILITIES", "FIELD_MAX", "RELATIONS", "STATUS_LABELS", "TIERS_FIELDS", "ConsentDiff",
           "ConsentRequestReport", "TiersForm", "TiersStatus", "shown_value", "status_label"]

ConsentRequestReport = ar24_sync.ConsentRequestReport
# The list's rows are the one exception to typed results: plain tuples in TIERS_FIELDS order, read
# from the driver, because 50,000 dataclasses would triple the time the list takes to open (README,
# "Lists": 390 ms with tuples).
TIERS_FIELDS = queries.TIERS_FIELDS


def tiers_rows(context: AppContext) -> list[tuple]:
    with context.store.session() as session:
        return queries.tiers_rows(session)


@dataclass(frozen=True)
class HistoryLine:
    """One line of "Historique du consentement"."""
    at: dt.datetime
    change: Text | str
    origin: Text | str
    by_login: str
    email: str


@dataclass(frozen=True)
class TiersRecord:
    tiers_id: int
    code: str
    display_name: str
    entity_label: str                 # "S001 - Syndicat Les Tilleuls", or ""
    form: TiersForm                   # the fields as stored, with the version they were read at
    consent_regime: Text              # the legal consent model of the tiers' entity
    request_pending: bool             # AR24 was asked for the consent and has not answered
    history: tuple[HistoryLine, ...]  # newest first


def tiers_record(context: AppContext, tiers_id: int) -> TiersRecord:
    with context.store.session() as session:
        tiers = session.get(Tiers, tiers_id, options=[selectinload(Tiers.consent_history),
                                                      selectinload(Tiers.entity)])
        if tiers is None:
            raise LookupError(f"tiers {tiers_id} introuvable")
        history = tuple(HistoryLine(c.at, CHANGE_LABELS.get(c.change, c.change),
                                    ORIGIN_LABELS.get(c.origin, c.origin.value), c.by_login, c.email)
                        for c in reversed(tiers.consent_history))
        entity = tiers.entity
        return TiersRecord(tiers.id, tiers.code, tiers.display_name,
                           f"{entity.code} - {entity.name}" if entity else "", TiersForm.of(tiers),
                           consent_model_for(entity.kind if entity else None).label,
                           consent_changes.is_request_pending(tiers), history)


def save_tiers_record(context: AppContext, tiers_id: int, form: TiersForm) -> tuple[Message | Text, ...]:
    """Save the record as the user filled it in; returns the errors (nothing saved; the window
    renders them), or nothing when it is saved. A record changed elsewhere since it was read is refused."""
    try:
        with context.store.session() as session:
            errors = save_tiers(session, tiers_id, form, context.login)
    except StaleRecordError:
        return (STALE_MESSAGE,)
    if not errors:
        changes.publish(Change.TIERS)
    return tuple(errors)


def set_consent(context: AppContext, tiers_ids: Sequence[int], given: bool) -> int:
    """Ajouter / Retirer accord de consentement LRE on a selection; returns how many changed."""
    diffs = retrying(context.store, lambda session: consent_changes.set_consent(session, tiers_ids, given,
                                                                                context.login))
    changes.publish(Change.TIERS)
    return len(diffs)


def set_paper_request(context: AppContext, tiers_ids: Sequence[int], requested: bool) -> int:
    count = retrying(context.store, lambda session: consent_changes.set_paper_request(session, tiers_ids, requested,
                                                                                     context.login))
    changes.publish(Change.TIERS)
    return count


def update_consents_from_ar24(context: AppContext) -> tuple[ConsentDiff, ...]:
    """"MAJ accord de consentement LRE": every consent read on AR24 applied to the tiers.
    Raises ``AR24SetupError`` (account not linked) or ``AR24Error`` with a French message."""
    with context.store.session() as session:
        id_user = linked_account_id(session, context.login)
    # On an AR24 without the consent routes, the first use finds out and says what to do instead.
    diffs = using_feature(context, Feature.CONSENTS, lambda: ar24_sync.update_consents_from_ar24(
        context.ar24.client(), context.store, id_user, context.login))
    changes.publish(Change.TIERS)
    return tuple(diffs)


def request_consents(context: AppContext, tiers_ids: Sequence[int],
                     cancelled: Callable[[], bool] = lambda: False) -> ConsentRequestReport:
    """"Demander le consentement": AR24 asks each selected recipient (billed per request)."""
    with context.store.session() as session:
        id_user = linked_account_id(session, context.login)
    try:
        return ar24_sync.request_consents(context.ar24.client(), context.store, id_user, tiers_ids, context.login,
                                          cancelled=cancelled)
    finally:   # the requests made before a failure are recorded as pending
        changes.publish(Change.TIERS)

