"""Status sync: the letters' statuses, dates and proofs refreshed from AR24 (``user/mail``).

Only letters that can still change are asked for: posted, and not yet final with all their
proofs archived. Every status a letter went through is stored once, with AR24's own date
when it gives one (a letter that went from ``waiting`` to ``AR`` between two syncs gets its
``sent`` step too). Proofs are downloaded once, as soon as their link appears, outside any
database transaction.

AR24 unreachable (transport error, maintenance) raises: the caller says so (a scheduled task
exits non-zero). An account AR24 refuses is reported and the other accounts still synced.
"""
from __future__ import annotations

import datetime as dt
import json
import logging
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import case, func, or_, select
from sqlalchemy.orm import Session

from app.ar24.client import AR24Client
from app.ar24.errors import AR24ApiError, AR24ProofNotReadyError
from app.ar24.models import Mail
from app.letters.statuses import FINAL_PROOFS, FINAL_STATUSES
from app.store.models import LetterStatusChange, OutboxState, Proof, ProofKind, RegisteredLetter, User
from app.sync.archive import ProofArchive

log = logging.getLogger(__name__)

CHUNK = 100   # mail ids per ``user/mail`` call


@dataclass
class SyncReport:
    letters_checked: int = 0
    transitions: list[tuple[int, str, str]] = field(default_factory=list)   # (letter id, before, after)
    proofs_downloaded: int = 0
    errors: list[str] = field(default_factory=list)                         # French, one per account

    def summary(self) -> str:
        text = (f"{self.letters_checked} lettre(s) vérifiée(s) chez AR24, {len(self.transitions)} changement(s) "
                f"de statut, {self.proofs_downloaded} preuve(s) archivée(s).")
        return "\n".join([text, *self.errors])


def _local(moment: dt.datetime | None) -> dt.datetime | None:
    """AR24's Paris time as this machine's naive local time (how the store keeps dates)."""
    return moment.astimezone().replace(tzinfo=None) if moment else None


def letters_to_sync(session: Session, user_id: int | None = None) -> dict[int, list[tuple[int, int]]]:
    """AR24 account id → [(letter id, AR24 mail id)] of the letters that may still change."""
    letter = RegisteredLetter
    downloaded = (select(func.count(Proof.id)).where(Proof.letter_id == letter.id, Proof.sha256.is_not(None))
                  .scalar_subquery())
    # Final letters are done once their final proofs and the content PDF are archived.
    expected = case({status: len(kinds) + 1 for status, kinds in FINAL_PROOFS.items()}, value=letter.ar24_status,
                    else_=0)
    statement = (select(letter.id, letter.ar24_mail_id, letter.ar24_request, User.ar24_user_id)
                 .join(User, letter.user_id == User.id)
                 .where(letter.outbox_state == OutboxState.POSTED, letter.ar24_mail_id.is_not(None),
                        or_(letter.ar24_status.not_in(FINAL_STATUSES), downloaded < expected))
                 .order_by(letter.id))
    if user_id is not None:
        statement = statement.where(letter.user_id == user_id)
    groups: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for row in session.execute(statement):
        account = _account_of(row.ar24_request) or row.ar24_user_id
        if account is not None:
            groups[account].append((row.id, row.ar24_mail_id))
    return dict(groups)


def _account_of(request: str) -> int | None:
    """The account the letter was posted with (frozen in its AR24 request by the outbox)."""
    try:
        return int(json.loads(request)["id_user"])
    except (ValueError, KeyError, TypeError):
        return None


def apply_mail(session: Session, letter: RegisteredLetter, mail: Mail, at: dt.datetime) -> str:
    """Copy AR24's status and dates onto the letter and record the steps not yet in its history.
    Returns the status before."""
    known = set(session.scalars(select(LetterStatusChange.status).where(LetterStatusChange.letter_id == letter.id)))
    dated = [("sent", mail.ts_ev_date), ("AR", mail.view_date), ("refused", mail.refused_date),
             ("negligence", mail.negligence_date), ("bounced", mail.bounced_date)]
    steps = [(status, _local(moment)) for status, moment in dated if moment and status not in known]
    if mail.status and mail.status not in known and mail.status not in {status for status, _ in steps}:
        steps.append((mail.status, at))   # AR24 gives no date for it: when we learnt it
    for status, moment in sorted(steps, key=lambda step: step[1]):
        session.add(LetterStatusChange(letter_id=letter.id, status=status, at=moment, source="sync"))
    before = letter.ar24_status
    letter.ar24_status = mail.status or before
    if mail.status not in ("", "to_valid", "waiting"):
        letter.deposit_date = _local(mail.date)   # deposited with AR24; shown once it is on its way
    letter.sent_date = _local(mail.ts_ev_date)
    letter.ar_date = _local(mail.view_date)
    letter.refused_date = _local(mail.refused_date)
    letter.negligence_date = _local(mail.negligence_date)
    letter.bounced_date = _local(mail.bounced_date)
    if mail.price_ht is not None:
        letter.price_ht = mail.price_ht
    letter.last_sync_at = at
    return before


def _proof_links(mail: Mail) -> dict[str, str]:
    links = dict(mail.proof_urls())
    if mail.pdf_content:
        links[ProofKind.CONTENT.value] = mail.pdf_content
    return links


def fetch_proofs(store, client: AR24Client, archive: ProofArchive, letter_id: int, mail: Mail) -> int:
    """Archive the proofs of the letter that are not archived yet; returns how many were."""
    with store.session() as session:
        done = set(session.scalars(select(Proof.kind).where(Proof.letter_id == letter_id,
                                                            Proof.sha256.is_not(None))))
    count = 0
    for kind, url in _proof_links(mail).items():
        if ProofKind(kind) in done:
            continue
        try:
            downloaded = archive.fetch(client, url)
        except AR24ProofNotReadyError:
            continue   # listed but not produced yet: the next sync takes it
        with store.session() as session, session.begin():
            proof = session.scalar(select(Proof).where(Proof.letter_id == letter_id, Proof.kind == ProofKind(kind)))
            if proof is None:
                proof = Proof(letter_id=letter_id, kind=ProofKind(kind))
                session.add(proof)
            # The link's query carries AR24's document token: only the path is kept.
            proof.url, proof.sha256, proof.size = url.split("?")[0], downloaded.sha256, downloaded.size
            proof.downloaded_at = dt.datetime.now().replace(microsecond=0)
        count += 1
    return count


def sync_letters(store, connect: Callable[[], AR24Client], archive: ProofArchive, *, user_id: int | None = None,
                 control: Any = None, clock: Callable[[], dt.datetime] = dt.datetime.now) -> SyncReport:
    """Refresh the letters of ``user_id`` (every user's when None) from AR24. ``connect`` gives
    the client, and is called only when some letter can still change (in demo mode it starts
    the local service)."""
    report = SyncReport()
    with store.session() as session:
        groups = letters_to_sync(session, user_id)
    total = sum(len(letters) for letters in groups.values())
    client = connect() if groups else None
    for account, letters in groups.items():
        for start in range(0, len(letters), CHUNK):
            if control is not None and control.cancelled:
                return report
            chunk = letters[start:start + CHUNK]
            try:
                mails = {mail.id: mail for mail in client.list_mails(account, mail_ids=[m for _, m in chunk])}
            except AR24ApiError as error:
                report.errors.append(f"Compte AR24 n° {account} : {error}")
                break
            at = clock().replace(microsecond=0)
            with store.session() as session, session.begin():
                for letter_id, mail_id in chunk:
                    if mail_id in mails:
                        letter = session.get(RegisteredLetter, letter_id)
                        before = apply_mail(session, letter, mails[mail_id], at)
                        if before != letter.ar24_status:
                            report.transitions.append((letter_id, before, letter.ar24_status))
            for letter_id, mail_id in chunk:
                if mail_id in mails:
                    report.proofs_downloaded += fetch_proofs(store, client, archive, letter_id, mails[mail_id])
            report.letters_checked += len([1 for _, mail_id in chunk if mail_id in mails])
            if control is not None and hasattr(control, "report"):
                control.report((report.letters_checked, total))
    log.info("sync: %d letters, %d transitions, %d proofs", report.letters_checked, len(report.transitions),
             report.proofs_downloaded)
    return report
