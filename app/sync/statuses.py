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
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, Connection, Table, case, func, or_, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from app.ar24.client import AR24Client
from app.ar24.errors import AR24ApiError, AR24ProofNotReadyError
from app.ar24.models import DownloadedFile, Mail
from app.store.database import Store
from app.letters.statuses import FINAL_PROOFS, FINAL_STATUSES
from app.store.lease import database_now, holder_id
from app.store.models import LetterStatusChange, OutboxState, Proof, ProofKind, RegisteredLetter, User
from app.sync.archive import ProofArchive

log = logging.getLogger(__name__)

CHUNK = 100   # mail ids per ``user/mail`` call
CONNECTIONS = 8   # parallel requests to AR24 during a sync
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


def apply_mail(session: Session, letter: RegisteredLetter, mail: Mail, at: dt.datetime,
               known: set[str] | None = None) -> str:
    """Copy AR24's status and dates onto the letter and record the steps not yet in its history
    (``known``: the statuses already there, read here unless given). Returns the status before.
    The letter must be locked (``with_for_update``) by the caller."""
    if known is None:
        known = set(session.scalars(select(LetterStatusChange.status)
                                    .where(LetterStatusChange.letter_id == letter.id)))
    dated = [("sent", mail.ts_ev_date), ("AR", mail.view_date), ("refused", mail.refused_date),
             ("negligence", mail.negligence_date), ("bounced", mail.bounced_date)]
    steps = [(status, _local(moment)) for status, moment in dated if moment and status not in known]
    if mail.status and mail.status not in known and mail.status not in {status for status, _ in steps}:
        steps.append((mail.status, at))   # AR24 gives no date for it: when we learnt it
    if steps:
        table = LetterStatusChange.__table__
        _insert_if_absent(session.connection(), table,
                          [{"letter_id": letter.id, "status": status, "at": moment, "source": "sync"}
                           for status, moment in sorted(steps, key=lambda step: step[1])],
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
    values: dict[str, Any] = {"claimed_by": None, "claimed_at": None}
    if downloaded is not None:
        # The link's query carries AR24's document token: only the path is kept.
        values |= {"url": url.split("?")[0], "sha256": downloaded.sha256, "size": downloaded.size,
                   "downloaded_at": dt.datetime.now().replace(microsecond=0)}
    with store.engine.begin() as connection:
        return connection.execute(update(table).where(table.c.letter_id == letter_id, table.c.kind == kind,
                                                      table.c.claimed_by == holder, table.c.sha256.is_(None))
                                  .values(**values)).rowcount == 1


def fetch_proofs(store: Store, client: AR24Client, archive: ProofArchive, letter_id: int, mail: Mail, *,
                 holder: str | None = None, keep: Callable[[], bool] = lambda: True,
                 done: set[str] | None = None) -> int:
    """Archive the proofs of the letter that are not archived yet (``done``: the kinds archived,
    read here unless given); returns how many this call archived. Stops early when ``keep()``
    says the agency's sync is no longer ours."""
    holder = holder or holder_id()
    if done is None:
        with store.session() as session:
            done = {ProofKind(kind).value for kind in session.scalars(
                select(Proof.kind).where(Proof.letter_id == letter_id, Proof.sha256.is_not(None)))}
    count = 0
    for name, url in _proof_links(mail).items():
        if name in done:
            continue
        kind = ProofKind(name)
        if not keep():
            break
        if not claim_proof(store, letter_id, kind, holder):
            continue   # archived meanwhile, or being downloaded by another seat
        downloaded: DownloadedFile | None = None
        try:
            downloaded = archive.fetch(client, url)
        except AR24ProofNotReadyError:
            pass   # listed but not produced yet: the next sync takes it
        finally:
            filed = _file_proof(store, letter_id, kind, holder, url, downloaded)
        count += downloaded is not None and filed
    return count


def read_mails(client: AR24Client, account: int, mail_ids: list[int]) -> dict[int, Mail]:
    """The AR24 copies of ``mail_ids`` (``user/mail`` filtered on them), page after page: a
    server that pages the filtered list below our ``max`` still gives them all."""
    wanted, found = set(mail_ids), {}
    for page in client.mail_pages(account, mail_ids=mail_ids, page_size=len(mail_ids)):
        found.update({mail.id: mail for mail in page if mail.id in wanted})
        if len(found) == len(wanted):
            break
    return found


def sync_letters(store: Store, connect: Callable[[], AR24Client], archive: ProofArchive, *, user_id: int | None = None,
                 control: Any = None, clock: Callable[[], dt.datetime] = dt.datetime.now,
                 holder: str | None = None, keep: Callable[[], bool] = lambda: True,
                 connections: int = CONNECTIONS) -> SyncReport:
    """Refresh the letters of ``user_id`` (every user's when None) from AR24. ``connect`` gives
    the client, and is called only when some letter can still change (in demo mode it starts
    the local service). ``keep`` is asked between steps whether to go on (the agency's lease,
    app/sync/agency.py); ``holder`` names this run in proof claims.

    AR24's latency, not our work, is what a sync waits on: listings and proof downloads run on
    ``connections`` parallel requests, while this thread applies each listing in order."""
    report = SyncReport()
    holder = holder or holder_id()
    with store.session() as session:
        groups = letters_to_sync(session, user_id)
    total = sum(len(letters) for letters in groups.values())
    if not groups:
        return report
    client = connect()
    chunks = [(account, letters[start:start + CHUNK]) for account, letters in groups.items()
              for start in range(0, len(letters), CHUNK)]
    with ThreadPoolExecutor(max_workers=max(1, connections), thread_name_prefix="ar24-sync") as pool:
        listings = [pool.submit(read_mails, client, account, [mail_id for _, mail_id in chunk])
                    for account, chunk in chunks]
        downloads: list[Future[int]] = []
        failed: set[int] = set()
        try:
            for (account, chunk), listing in zip(chunks, listings):
                if control is not None and control.cancelled:
                    return report
                if not keep():
                    report.lost_lease = True
                    return report
                if account in failed:
                    continue
                try:
                    mails = listing.result()
                except AR24ApiError as error:
                    report.errors.append(f"Compte AR24 n° {account} : {error}")
                    failed.add(account)
                    continue
                archived = _apply_chunk(store, chunk, mails, clock().replace(microsecond=0), report)
                downloads += [pool.submit(fetch_proofs, store, client, archive, letter_id, mails[mail_id],
                                          holder=holder, keep=keep, done=archived[letter_id])
                              for letter_id, mail_id in chunk
                              if mail_id in mails and set(_proof_links(mails[mail_id])) - archived[letter_id]]
                report.letters_checked += len([1 for _, mail_id in chunk if mail_id in mails])
                if control is not None and hasattr(control, "report"):
                    control.report((report.letters_checked, total))
            report.proofs_downloaded += sum(download.result() for download in downloads)
            if not keep():
                report.lost_lease = True
        finally:
            for future in [*listings, *downloads]:
                future.cancel()   # a cancelled or lost run leaves the queued requests unsent
    log.info("sync: %d letters, %d transitions, %d proofs", report.letters_checked, len(report.transitions),
             report.proofs_downloaded)
    return report


def _apply_chunk(store: Store, chunk: list[tuple[int, int]], mails: dict[int, Mail], at: dt.datetime,
                 report: SyncReport) -> dict[int, set[str]]:
    """Apply the listing to the chunk's letters; returns the proof kinds each has archived."""
    archived: dict[int, set[str]] = defaultdict(set)
    with store.session() as session, session.begin():
        ids = [letter_id for letter_id, mail_id in chunk if mail_id in mails]
        # Locked: a seat applying the same mail meanwhile waits, then sees our steps.
        letters = {letter.id: letter for letter in session.scalars(
            select(RegisteredLetter).where(RegisteredLetter.id.in_(ids)).with_for_update())}
        known: dict[int, set[str]] = defaultdict(set)
        for letter_id, status in session.execute(select(LetterStatusChange.letter_id, LetterStatusChange.status)
                                                 .where(LetterStatusChange.letter_id.in_(ids))):
            known[letter_id].add(status)
        for letter_id, mail_id in chunk:
            if letter_id in letters:
                letter = letters[letter_id]
                before = apply_mail(session, letter, mails[mail_id], at, known[letter_id])
                if before != letter.ar24_status:
                    report.transitions.append((letter_id, before, letter.ar24_status))
        for letter_id, kind in session.execute(select(Proof.letter_id, Proof.kind)
                                               .where(Proof.letter_id.in_(ids), Proof.sha256.is_not(None))):
            archived[letter_id].add(ProofKind(kind).value)
    return archived
