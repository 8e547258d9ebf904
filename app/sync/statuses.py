"""Status sync: the letters' statuses, dates and proofs refreshed from AR24 (``user/mail``).

Only letters that can still change are asked for: posted, and not yet final with all their
proofs archived. Every status a letter went through is stored once, with AR24's own date
when it gives one (a letter that went from ``waiting`` to ``AR`` between two syncs gets its
``sent`` step too). Proofs are downloaded once, as soon as their link appears, outside any
database transaction.

Two syncs racing on one database (two seats after the agency's lease expired, see
app/sync/agency.py) change nothing twice: a letter is locked while its AR24 copy is applied, a
step is inserted only if absent (unique index), and a proof is claimed before its download.

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
from typing import TYPE_CHECKING, Any

from sqlalchemy import ColumnElement, Connection, Table, case, func, or_, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from app.ar24.client import AR24Client
from app.ar24.errors import AR24ApiError, AR24ProofNotReadyError
from app.ar24.models import FINAL_PROOFS, FINAL_STATUSES, DownloadedFile, Mail
from app.store.lease import database_now, holder_id
from app.store.models import LetterStatusChange, OutboxState, Proof, ProofKind, RegisteredLetter, User
from app.store.database import Store
from app.sync.archive import ProofArchive

if TYPE_CHECKING:
    from app.outbox.pipeline import Control

log = logging.getLogger(__name__)

CHUNK = 100   # mail ids per ``user/mail`` call
# A download claimed longer ago than this was abandoned (its seat died): another may take it.
PROOF_CLAIM = dt.timedelta(minutes=10)


@dataclass
class SyncReport:
    letters_checked: int = 0
    transitions: list[tuple[int, str, str]] = field(default_factory=list)   # (letter id, before, after)
    proofs_downloaded: int = 0
    errors: list[str] = field(default_factory=list)                         # French, one per account
    done_elsewhere: str = ""     # French: another seat syncs for the agency, this one did nothing
    lost_lease: bool = False     # stopped midway: another seat took the agency's sync over

    def summary(self) -> str:
        if self.done_elsewhere:
            return self.done_elsewhere
        text = (f"{self.letters_checked} lettre(s) vérifiée(s) chez AR24, {len(self.transitions)} changement(s) "
                f"de statut, {self.proofs_downloaded} preuve(s) archivée(s).")
        if self.lost_lease:
            text += " Interrompue : un autre poste a repris l'actualisation pour l'agence."
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


def _insert_if_absent(connection: Connection, table: Table, rows: list[dict[str, Any]], index: list[str],
                      where: ColumnElement[bool] | None = None) -> int:
    """INSERT … ON CONFLICT DO NOTHING on ``index`` (SQLite and PostgreSQL); how many were
    inserted (counted by RETURNING: psycopg gives no rowcount for it)."""
    dialect = postgresql if connection.dialect.name == "postgresql" else sqlite
    statement = (dialect.insert(table).values(rows).on_conflict_do_nothing(index_elements=index, index_where=where)
                 .returning(*table.primary_key.columns))
    return len(connection.execute(statement).all())


def apply_mail(session: Session, letter: RegisteredLetter, mail: Mail, at: dt.datetime) -> str:
    """Copy AR24's status and dates onto the letter and record the steps not yet in its history.
    Returns the status before. The letter must be locked (``with_for_update``) by the caller."""
    known = set(session.scalars(select(LetterStatusChange.status).where(LetterStatusChange.letter_id == letter.id)))
    dated = [("sent", mail.ts_ev_date), ("AR", mail.view_date), ("refused", mail.refused_date),
             ("negligence", mail.negligence_date), ("bounced", mail.bounced_date)]
    steps = [(status, _local(moment)) for status, moment in dated if moment and status not in known]
    if mail.status and mail.status not in known and mail.status not in {status for status, _ in steps}:
        steps.append((mail.status, at))   # AR24 gives no date for it: when we learnt it
    if steps:
        table = LetterStatusChange.__table__
        _insert_if_absent(session.connection(), table,
                          [{"letter_id": letter.id, "status": status, "at": moment, "source": "sync"}
                           for status, moment in sorted(steps, key=lambda step: step[1] or at)],   # every step is dated
                          ["letter_id", "status"], table.c.source == "sync")
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


def claim_proof(store: Store, letter_id: int, kind: ProofKind, holder: str) -> bool:
    """True when ``holder`` is now the one to download the proof; False when it is archived
    already or another seat is downloading it."""
    table = Proof.__table__
    with store.engine.begin() as connection:
        now = database_now(connection)
        claimed = _insert_if_absent(connection, table, [{"letter_id": letter_id, "kind": kind, "url": "",
                                                         "claimed_by": holder, "claimed_at": now}],
                                    ["letter_id", "kind"])
        if not claimed:
            claimed = connection.execute(
                update(table).where(table.c.letter_id == letter_id, table.c.kind == kind, table.c.sha256.is_(None),
                                    or_(table.c.claimed_by.is_(None), table.c.claimed_by == holder,
                                        table.c.claimed_at < now - PROOF_CLAIM))
                .values(claimed_by=holder, claimed_at=now)).rowcount
    return claimed == 1


def _file_proof(store: Store, letter_id: int, kind: ProofKind, holder: str, url: str,
                downloaded: DownloadedFile | None = None) -> bool:
    """Record the downloaded proof (or, without ``downloaded``, give the claim back)."""
    table = Proof.__table__
    values: dict[str, object] = {"claimed_by": None, "claimed_at": None}
    if downloaded is not None:
        # The link's query carries AR24's document token: only the path is kept.
        values |= {"url": url.split("?")[0], "sha256": downloaded.sha256, "size": downloaded.size,
                   "downloaded_at": dt.datetime.now().replace(microsecond=0)}
    with store.engine.begin() as connection:
        return connection.execute(update(table).where(table.c.letter_id == letter_id, table.c.kind == kind,
                                                      table.c.claimed_by == holder, table.c.sha256.is_(None))
                                  .values(**values)).rowcount == 1


def fetch_proofs(store: Store, client: AR24Client, archive: ProofArchive, letter_id: int, mail: Mail, *,
                 holder: str | None = None, keep: Callable[[], bool] = lambda: True) -> int:
    """Archive the proofs of the letter that are not archived yet; returns how many this call
    archived. Stops early when ``keep()`` says the agency's sync is no longer ours."""
    holder = holder or holder_id()
    with store.session() as session:
        done = set(session.scalars(select(Proof.kind).where(Proof.letter_id == letter_id,
                                                            Proof.sha256.is_not(None))))
    count = 0
    for kind, url in _proof_links(mail).items():
        kind = ProofKind(kind)
        if kind in done:
            continue
        if not keep():
            break
        if not claim_proof(store, letter_id, kind, holder):
            continue   # archived meanwhile, or being downloaded by another seat
        downloaded = None
        try:
            downloaded = archive.fetch(client, url)
        except AR24ProofNotReadyError:
            pass   # listed but not produced yet: the next sync takes it
        finally:
            filed = _file_proof(store, letter_id, kind, holder, url, downloaded)
        count += downloaded is not None and filed
    return count


def sync_letters(store: Store, connect: Callable[[], AR24Client], archive: ProofArchive, *, user_id: int | None = None,
                 control: Control[tuple[int, int]] | None = None, clock: Callable[[], dt.datetime] = dt.datetime.now,
                 holder: str | None = None, keep: Callable[[], bool] = lambda: True) -> SyncReport:
    """Refresh the letters of ``user_id`` (every user's when None) from AR24. ``connect`` gives
    the client, and is called only when some letter can still change (in demo mode it starts
    the local service). ``keep`` is asked between steps whether to go on (the agency's lease,
    app/sync/agency.py); ``holder`` names this run in proof claims."""
    report = SyncReport()
    holder = holder or holder_id()
    with store.session() as session:
        groups = letters_to_sync(session, user_id)
    total = sum(len(letters) for letters in groups.values())
    if not groups:   # nothing can change: AR24 is not asked (nor, in demo mode, started)
        return report
    client = connect()
    for account, letters in groups.items():
        for start in range(0, len(letters), CHUNK):
            if control is not None and control.cancelled:
                return report
            if not keep():
                report.lost_lease = True
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
                        # Locked: a seat applying the same mail meanwhile waits, then sees our steps.
                        letter = session.get_one(RegisteredLetter, letter_id, with_for_update=True)
                        before = apply_mail(session, letter, mails[mail_id], at)
                        if before != letter.ar24_status:
                            report.transitions.append((letter_id, before, letter.ar24_status))
            for letter_id, mail_id in chunk:
                if mail_id in mails:
                    report.proofs_downloaded += fetch_proofs(store, client, archive, letter_id, mails[mail_id],
                                                             holder=holder, keep=keep)
                    if not keep():
                        report.lost_lease = True
                        return report
            report.letters_checked += len([1 for _, mail_id in chunk if mail_id in mails])
            if control is not None:
                control.report((report.letters_checked, total))
    log.info("sync: %d letters, %d transitions, %d proofs", report.letters_checked, len(report.transitions),
             report.proofs_downloaded)
    return report
