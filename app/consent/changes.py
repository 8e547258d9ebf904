"""Every change to a tiers' LRE consent: dated, attributed, kept in its history and the audit log.

The list actions (Ajouter / Retirer accord, Attribuer, demande d'envoi papier) and the
"MAJ accord de consentement LRE" from AR24 all go through here, so that the history is
complete whatever screen made the change.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.i18n import QT_TRANSLATE_NOOP, Text
from app.store.models import AuditEntry, ConsentChange, ConsentOrigin, Tiers


@dataclass(frozen=True)
class ConsentDiff:
    """A tiers whose consent changed: shown at the end of "MAJ accord de consentement LRE"."""
    tiers_id: int
    code: str
    name: str
    before_consent: bool
    after_consent: bool
    before_email: str
    after_email: str

    @property
    def summary(self) -> Text:
        if self.before_consent != self.after_consent:
            return (QT_TRANSLATE_NOOP("TiersRecordDialog", "Accord de consentement donné") if self.after_consent
                    else QT_TRANSLATE_NOOP("TiersRecordDialog", "Accord de consentement retiré"))
        return QT_TRANSLATE_NOOP("ChangedTiersDialog", "Email de consentement mis à jour")


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


def _record(session: Session, tiers: Tiers, change: str, origin: ConsentOrigin, login: str,
            email: str = "") -> None:
    tiers.consent_history.append(ConsentChange(at=_now(), by_login=login, origin=origin, change=change,
                                               email=email))
    session.add(AuditEntry(login=login, action=change, target=f"tiers:{tiers.id}",
                           detail=f"{tiers.code} {tiers.display_name} ({origin.value})"))


def _load(session: Session, tiers_ids: Iterable[int]) -> list[Tiers]:
    return list(session.scalars(select(Tiers).where(Tiers.id.in_(list(tiers_ids))).order_by(Tiers.id)))


def set_consent(session: Session, tiers_ids: Sequence[int], given: bool, login: str,
                origin: ConsentOrigin = ConsentOrigin.MANUEL, email: str | None = None) -> list[ConsentDiff]:
    """Tick or untick "Accord de consentement" on a selection; unchanged tiers are left alone."""
    diffs = []
    for tiers in _load(session, tiers_ids):
        if email is not None:
            new_email = email
        else:   # ticking uses the known consent e-mail, else the tiers' own; unticking keeps it
            new_email = (tiers.consent_email or tiers.email) if given else tiers.consent_email
        if tiers.lre_consent == given and tiers.consent_email == new_email:
            continue
        diffs.append(ConsentDiff(tiers.id, tiers.code, tiers.display_name, tiers.lre_consent, given,
                                 tiers.consent_email, new_email))
        tiers.lre_consent, tiers.consent_email = given, new_email
        tiers.consent_date, tiers.consent_origin = _now(), origin
        _record(session, tiers, "consent_given" if given else "consent_withdrawn", origin, login, new_email)
    return diffs


def set_paper_request(session: Session, tiers_ids: Sequence[int], requested: bool, login: str) -> int:
    """A co-owner asks for (or stops asking for) paper letters: décret 2025-1292. Returns the count changed."""
    changed = 0
    for tiers in _load(session, tiers_ids):
        if tiers.paper_requested == requested:
            continue
        tiers.paper_requested = requested
        tiers.paper_requested_date = _now() if requested else None
        _record(session, tiers, "paper_requested" if requested else "paper_withdrawn",
                ConsentOrigin.COPROPRIETAIRE, login)
        changed += 1
    return changed


def mark_consent_requested(session: Session, tiers: Tiers, login: str) -> None:
    """AR24 was asked to collect this recipient's consent; pending until its answer."""
    _record(session, tiers, "consent_requested", ConsentOrigin.AR24, login, tiers.email)


def is_request_pending(tiers: Tiers) -> bool:
    """The last word in the history is our request: AR24 has not answered yet."""
    relevant = [c for c in tiers.consent_history if c.change != "paper_requested" and c.change != "paper_withdrawn"]
    return bool(relevant) and relevant[-1].change == "consent_requested"


@dataclass(frozen=True)
class RemoteConsent:
    """One consent as AR24 knows it (provisional consent endpoint)."""
    email: str
    status: str            # waiting | accepted | refused


def apply_remote_consents(session: Session, consents: Sequence[RemoteConsent], login: str) -> list[ConsentDiff]:
    """ "MAJ accord de consentement LRE": tick and update the e-mail where the recipient agreed,
    untick where they refused; ``waiting`` changes nothing. Matched on the consent e-mail,
    else the tiers' e-mail (case-insensitive)."""
    by_email: dict[str, RemoteConsent] = {}
    for consent in consents:
        if consent.status in ("accepted", "refused") and consent.email:
            by_email[consent.email.strip().lower()] = consent   # the latest answer wins
    if not by_email:
        return []
    diffs = []
    for tiers in session.scalars(select(Tiers)):
        consent = (by_email.get(tiers.consent_email.strip().lower()) if tiers.consent_email else None) \
            or by_email.get(tiers.email.strip().lower())
        if consent is None:
            continue
        accepted = consent.status == "accepted"
        email = consent.email.strip() if accepted else tiers.consent_email
        if tiers.lre_consent == accepted and tiers.consent_email == email:
            continue
        diffs.append(ConsentDiff(tiers.id, tiers.code, tiers.display_name, tiers.lre_consent, accepted,
                                 tiers.consent_email, email))
        tiers.lre_consent, tiers.consent_email = accepted, email
        tiers.consent_date, tiers.consent_origin = _now(), ConsentOrigin.AR24
        _record(session, tiers, "consent_given" if accepted else "consent_refused", ConsentOrigin.AR24,
                login, consent.email)
    return diffs
