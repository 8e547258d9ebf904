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
A proof that cannot be archived (an error page, a link elsewhere, a download that hangs) is
counted on its row with its reason, reported, and asked for again at later syncs (once a day
after FREQUENT_ATTEMPTS failures): it never stops the sync of the other letters.
"""
from __future__ import annotations

import datetime as dt
import json
import logging
import threading
from collections import Counter, defaultdict
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import (
    ColumnElement,
    Connection,
    Table,
    bindparam,
    case,
    func,
    or_,
    select,
    update,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from app.ar24.client import AR24Client
from app.ar24.errors import (
    AR24ApiError,
    AR24CallInterrupted,
    AR24Error,
    AR24ProofNotReadyError,
    AR24TimeoutError,
    AR24TransportError,
    UnsafeDocumentError,
)
from app.ar24.models import FINAL_PROOFS, FINAL_STATUSES, DownloadedFile, Mail
from app.i18n import QT_TRANSLATE_NOOP, Sentence, message, sentence_of, sentence_to_stored
from app.store.database import Store
from app.store.lease import database_now, holder_id
from app.store.models import (
    LetterStatusChange,
    OutboxState,
    PROOF_REASON_LENGTH,
    Proof,
    ProofKind,
    RegisteredLetter,
    User,
)
from app.sync.archive import ProofArchive
from app.sync.proof_attempts import DAILY, FREQUENT_ATTEMPTS

if TYPE_CHECKING:
    from app.outbox.control import Control

log = logging.getLogger(__name__)

CHUNK = 100   # mail ids per ``user/mail`` call
CONNECTIONS = 8   # parallel requests to AR24 during a sync
# A download claimed longer ago than this was abandoned (its seat died): another may take it.
PROOF_CLAIM = dt.timedelta(minutes=10)
# After this many proof downloads in a row that AR24's document server did not serve (timeouts,
# HTTP errors), the sync asks for no more proofs: each could hang a connection for minutes.
PROOF_BREAKER = 8


@dataclass(frozen=True)
class ProofOutcome:
    """What one proof's turn gave: archived, failed (with its reason), postponed by the
    breaker, or nothing to do."""
    archived: bool = False
    error: Sentence = ""
    postponed: bool = False


class ProofBreaker:
    """Counts the proof downloads in a row that failed on the way (not a bad document): once
    PROOF_BREAKER is reached the remaining proofs wait for the next sync, untried."""

    def __init__(self, limit: int = PROOF_BREAKER) -> None:
        self.limit, self.failures = limit, 0
        self._lock = threading.Lock()

    @property
    def open(self) -> bool:
        return self.failures >= self.limit

    def record(self, error: AR24Error | None) -> None:
        with self._lock:
            self.failures = self.failures + 1 if isinstance(error, AR24TransportError) else 0


def sync_transport_error(error: AR24TransportError) -> AR24TransportError:
    """A listing that failed on the way, said about the sync: the client's sentence for an
    uncertain call speaks of checking before sending again, and a sync sends nothing."""
    if error.certainly_not_sent:
        return error   # "AR24 est injoignable … Rien n'a été envoyé.": true of a sync too
    if isinstance(error, AR24CallInterrupted):
        what = message(SYNC_INTERRUPTED)
    elif isinstance(error, AR24TimeoutError):
        what = message(SYNC_TIMED_OUT)
    elif error.status_code is not None:
        what = message(SYNC_HTTP_ERROR, status=error.status_code)
    else:
        what = message(SYNC_CUT)
    said = AR24TransportError(what, certainly_not_sent=False, status_code=error.status_code)
    said.retry_after = error.retry_after
    return said


SYNC_INTERRUPTED = QT_TRANSLATE_NOOP("StatusSync", "L'actualisation des statuts a été interrompue à la demande : les "
                                     "lettres déjà vérifiées sont à jour, les autres le seront à la prochaine "
                                     "actualisation.")
SYNC_TIMED_OUT = QT_TRANSLATE_NOOP("StatusSync", "AR24 n'a pas répondu à temps pendant l'actualisation des statuts : "
                                   "les lettres déjà vérifiées sont à jour, les autres le seront à la prochaine "
                                   "actualisation.")
SYNC_HTTP_ERROR = QT_TRANSLATE_NOOP("StatusSync", "AR24 a répondu par une erreur HTTP {status} pendant l'actualisation "
                                    "des statuts : les lettres déjà vérifiées sont à jour, les autres le seront à la "
                                    "prochaine actualisation.")
SYNC_CUT = QT_TRANSLATE_NOOP("StatusSync", "La connexion avec AR24 a été coupée pendant l'actualisation des statuts : "
                             "les lettres déjà vérifiées sont à jour, les autres le seront à la prochaine "
                             "actualisation.")
NOT_A_PROOF = QT_TRANSLATE_NOOP("StatusSync", "le document reçu n'est pas une preuve ({detail})")
PROOF_TIMED_OUT = QT_TRANSLATE_NOOP("StatusSync", "AR24 n'a pas fourni le document à temps")
PROOF_HTTP_ERROR = QT_TRANSLATE_NOOP("StatusSync", "le lien du document a répondu par une erreur HTTP {status}")
PROOF_CUT = QT_TRANSLATE_NOOP("StatusSync", "la connexion a été coupée pendant le téléchargement")
CHECKED = QT_TRANSLATE_NOOP("StatusSync", "{checked} lettre(s) vérifiée(s) chez AR24, {changes} changement(s) de "
                            "statut, {proofs} preuve(s) archivée(s).")
CHECKED_THEN_LOST = QT_TRANSLATE_NOOP("StatusSync", "{checked} lettre(s) vérifiée(s) chez AR24, {changes} "
                                      "changement(s) de statut, {proofs} preuve(s) archivée(s). Interrompue : un "
                                      "autre poste a repris l'actualisation pour l'agence.")
PROOFS_FAILED = QT_TRANSLATE_NOOP("StatusSync", "{count} preuve(s) n'ont pas pu être archivées ; elles seront "
                                  "redemandées à AR24 lors des prochaines actualisations (les statuts des lettres "
                                  "sont à jour) :")
PROOF_REASON = QT_TRANSLATE_NOOP("StatusSync", "  • {reason} : {count} preuve(s)")
PROOFS_POSTPONED = QT_TRANSLATE_NOOP("StatusSync", "{count} autre(s) preuve(s) n'ont pas été demandées : le serveur de "
                                     "documents d'AR24 ne répond pas correctement. Elles le seront à la prochaine "
                                     "actualisation.")
ACCOUNT_REFUSED = QT_TRANSLATE_NOOP("StatusSync", "Compte AR24 n° {account} : {error}")


def proof_failure_reason(error: AR24Error) -> Sentence:
    """Why a proof was not archived, said about the download (never about sending)."""
    if isinstance(error, UnsafeDocumentError):
        return message(NOT_A_PROOF, detail=error.detail)
    if isinstance(error, AR24TimeoutError):
        return PROOF_TIMED_OUT
    if isinstance(error, AR24TransportError) and error.status_code is not None:
        return message(PROOF_HTTP_ERROR, status=error.status_code)
    if isinstance(error, AR24TransportError):
        return PROOF_CUT
    return sentence_of(error)


@dataclass
class SyncReport:
    letters_checked: int = 0
    transitions: list[tuple[int, str, str]] = field(default_factory=list)   # (letter id, before, after)
    proofs_downloaded: int = 0
    proof_failures: list[Sentence] = field(default_factory=list)   # the reason, one per proof not archived
    proofs_postponed: int = 0    # not asked for: AR24's document server failed too often in a row
    errors: list[Sentence] = field(default_factory=list)           # one per account
    done_elsewhere: Sentence = ""   # another seat syncs for the agency, this one did nothing
    lost_lease: bool = False     # stopped midway: another seat took the agency's sync over

    def lines(self) -> list[Sentence]:
        """What the sync did, one sentence a line (the window and the command line show them)."""
        if self.done_elsewhere:
            return [self.done_elsewhere]
        counts = {"checked": self.letters_checked, "changes": len(self.transitions), "proofs": self.proofs_downloaded}
        return [message(CHECKED_THEN_LOST if self.lost_lease else CHECKED, **counts), *self.proof_lines(),
                *self.errors]

    def summary(self) -> str:
        """The lines in French (the log, the tests)."""
        return "\n".join(str(line) for line in self.lines())

    @property
    def proofs_failed(self) -> int:
        return len(self.proof_failures)

    def proof_lines(self) -> list[Sentence]:
        lines: list[Sentence] = []
        if self.proof_failures:
            reasons = {str(reason): reason for reason in self.proof_failures}   # one line per reason
            counts = Counter(str(reason) for reason in self.proof_failures)
            lines.append(message(PROOFS_FAILED, count=self.proofs_failed))
            lines += [message(PROOF_REASON, reason=reasons[said], count=counts[said]) for said in sorted(reasons)]
        if self.proofs_postponed:
            lines.append(message(PROOFS_POSTPONED, count=self.proofs_postponed))
        return lines


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


def _table(model: type[Any]) -> Table:
    return cast(Table, model.__table__)


def _insert_if_absent(connection: Connection, table: Table, rows: list[dict[str, Any]], index: list[str],
                      where: ColumnElement[bool] | None = None) -> int:
    """INSERT … ON CONFLICT DO NOTHING on ``index`` (SQLite and PostgreSQL); how many were
    inserted (counted by RETURNING: psycopg gives no rowcount for it)."""
    dialect = postgresql if connection.dialect.name == "postgresql" else sqlite
    statement = (dialect.insert(table).values(rows).on_conflict_do_nothing(index_elements=index, index_where=where)
                 .returning(*table.primary_key.columns))
    return len(connection.execute(statement).all())


DATE_FIELDS = {"sent_date": "ts_ev_date", "ar_date": "view_date", "refused_date": "refused_date",
               "negligence_date": "negligence_date", "bounced_date": "bounced_date"}
STEP_DATES = {"sent": "ts_ev_date", "AR": "view_date", "refused": "refused_date", "negligence": "negligence_date",
              "bounced": "bounced_date"}


def letter_values(mail: Mail, current: Any) -> dict[str, Any]:
    """The letter's columns once AR24's copy is applied (``current``: the row as stored)."""
    values: dict[str, Any] = {column: _local(getattr(mail, field)) for column, field in DATE_FIELDS.items()}
    values["ar24_status"] = mail.status or current.ar24_status
    # Deposited with AR24: the date is shown once the letter is on its way.
    values["deposit_date"] = _local(mail.date) if mail.status not in ("", "to_valid", "waiting") \
        else current.deposit_date
    values["price_ht"] = mail.price_ht if mail.price_ht is not None else current.price_ht
    return values


def new_steps(mail: Mail, known: set[str], at: dt.datetime) -> list[tuple[str, dt.datetime]]:
    """The statuses the letter went through that its history lacks, with AR24's dates (or
    ``at``, when we learnt it, for a status AR24 does not date)."""
    steps = [(status, moment) for status, field in STEP_DATES.items()
             if status not in known and (moment := _local(getattr(mail, field))) is not None]
    if mail.status and mail.status not in known and mail.status not in {status for status, _ in steps}:
        steps.append((mail.status, at))
    return sorted(steps, key=lambda step: step[1])


def _proof_links(mail: Mail) -> dict[str, str]:
    links = dict(mail.proof_urls())
    if mail.pdf_content:
        links[ProofKind.CONTENT.value] = mail.pdf_content
    return links


def read_mails(client: AR24Client, account: int, mail_ids: list[int]) -> dict[int, Mail]:
    """The AR24 copies of ``mail_ids`` (``user/mail`` filtered on them), page after page: a
    server that pages the filtered list below our ``max`` still gives them all."""
    wanted, found = set(mail_ids), {}
    for page in client.mail_pages(account, mail_ids=mail_ids, page_size=len(mail_ids)):
        found.update({mail.id: mail for mail in page if mail.id in wanted})
        if len(found) == len(wanted):
            break
    return found


def apply_chunk(store: Store, chunk: list[tuple[int, int]], mails: dict[int, Mail], at: dt.datetime,
                report: SyncReport) -> dict[int, set[str]]:
    """Apply AR24's copies to the chunk's letters in one transaction (rows locked: a seat
    applying the same mails meanwhile waits, then sees our steps); only letters that changed
    are rewritten. Returns the proof kinds each letter has archived."""
    letters, steps = _table(RegisteredLetter), _table(LetterStatusChange)
    mail_of = {letter_id: mails[mail_id] for letter_id, mail_id in chunk if mail_id in mails}
    known: dict[int, set[str]] = defaultdict(set)
    archived: dict[int, set[str]] = defaultdict(set)
    with store.engine.begin() as connection:
        rows = connection.execute(select(letters.c.id, letters.c.ar24_status, letters.c.deposit_date,
                                         letters.c.price_ht, *(letters.c[column] for column in DATE_FIELDS))
                                  .where(letters.c.id.in_(list(mail_of))).with_for_update()).all()
        for letter_id, status in connection.execute(select(steps.c.letter_id, steps.c.status)
                                                    .where(steps.c.letter_id.in_(list(mail_of)))):
            known[letter_id].add(status)
        for letter_id, kind in connection.execute(select(Proof.letter_id, Proof.kind).where(
                Proof.letter_id.in_(list(mail_of)), Proof.sha256.is_not(None))):
            archived[letter_id].add(ProofKind(kind).value)
        changed, history = [], []
        for row in rows:
            mail = mail_of[row.id]
            values = letter_values(mail, row)
            history += [{"letter_id": row.id, "status": status, "at": moment, "source": "sync"}
                        for status, moment in new_steps(mail, known[row.id], at)]
            if any(getattr(row, column) != value for column, value in values.items()):
                changed.append({"letter": row.id, **values})
            if values["ar24_status"] != row.ar24_status:
                report.transitions.append((row.id, row.ar24_status, values["ar24_status"]))
        if history:
            _insert_if_absent(connection, steps, history, ["letter_id", "status"], steps.c.source == "sync")
        if changed:
            columns = [name for name in changed[0] if name != "letter"]
            connection.execute(update(letters).where(letters.c.id == bindparam("letter"))
                               .values({name: bindparam(name) for name in columns}), changed)
        connection.execute(update(letters).where(letters.c.id.in_(list(mail_of))).values(last_sync_at=at))
    return archived


def claim_proof(store: Store, letter_id: int, kind: ProofKind, holder: str) -> bool:
    """True when ``holder`` is now the one to download the proof; False when it is archived
    already, another seat is downloading it (a claim older than PROOF_CLAIM was abandoned), or
    it failed FREQUENT_ATTEMPTS times and was last tried less than a day ago."""
    table = _table(Proof)
    with store.engine.begin() as connection:
        now = database_now(connection)
        claimed = _insert_if_absent(connection, table, [{"letter_id": letter_id, "kind": kind, "url": "",
                                                         "claimed_by": holder, "claimed_at": now}],
                                    ["letter_id", "kind"])
        if not claimed:
            claimed = connection.execute(
                update(table).where(table.c.letter_id == letter_id, table.c.kind == kind, table.c.sha256.is_(None),
                                    or_(table.c.claimed_by.is_(None), table.c.claimed_by == holder,
                                        table.c.claimed_at < now - PROOF_CLAIM),
                                    or_(table.c.attempts < FREQUENT_ATTEMPTS, table.c.failed_at.is_(None),
                                        table.c.failed_at < now - DAILY))
                .values(claimed_by=holder, claimed_at=now)).rowcount
    return claimed == 1


def _file_proof(store: Store, letter_id: int, kind: ProofKind, holder: str, url: str,
                downloaded: DownloadedFile | None, error: Sentence = "") -> bool:
    """Record the downloaded proof, or the failed attempt's ``error``; either way (or with
    neither) the claim is given back."""
    table = _table(Proof)
    values: dict[str, Any] = {"claimed_by": None, "claimed_at": None}
    if downloaded is not None:
        # The link's query carries AR24's document token: only the path is kept.
        values |= {"url": url.split("?")[0], "sha256": downloaded.sha256, "size": downloaded.size,
                   "downloaded_at": dt.datetime.now().replace(microsecond=0), "attempts": 0, "last_error": None,
                   "failed_at": None}
    elif error:
        values |= {"attempts": table.c.attempts + 1, "last_error": sentence_to_stored(error, PROOF_REASON_LENGTH)}
    with store.engine.begin() as connection:
        if error:   # by the database's clock, like the claims: seats' clocks may differ
            values["failed_at"] = database_now(connection)
        return connection.execute(update(table).where(table.c.letter_id == letter_id, table.c.kind == kind,
                                                      table.c.claimed_by == holder, table.c.sha256.is_(None))
                                  .values(**values)).rowcount == 1


def fetch_proof(store: Store, client: AR24Client, archive: ProofArchive, letter_id: int, kind: ProofKind, url: str,
                holder: str, stop: threading.Event, breaker: ProofBreaker | None = None) -> ProofOutcome:
    """Claim, download and file one proof. A download that fails is counted on the proof with
    its reason and reported, never raised: the other proofs and letters go on. Nothing is done
    once ``stop`` is set (the run was cancelled or lost the agency's lease), nor once ``breaker``
    is open (the proof is then postponed to the next sync)."""
    if stop.is_set():
        return ProofOutcome()
    if breaker is not None and breaker.open:
        return ProofOutcome(postponed=True)
    if not claim_proof(store, letter_id, kind, holder):
        return ProofOutcome()   # archived meanwhile, downloaded by another seat, or resting
    downloaded: DownloadedFile | None = None
    error: Sentence = ""
    try:
        downloaded = archive.fetch(client, url)
    except (AR24ProofNotReadyError, AR24CallInterrupted):
        pass   # not produced yet, or the run was cancelled: not the link's fault
    except AR24Error as failure:
        error = proof_failure_reason(failure)
        log.warning("sync: proof %s of letter %d not archived: %s", kind.value, letter_id, error)
        if breaker is not None:
            breaker.record(failure)
    else:
        if breaker is not None:
            breaker.record(None)
    finally:
        filed = _file_proof(store, letter_id, kind, holder, url, downloaded, error)
    return ProofOutcome(archived=downloaded is not None and filed, error=error)


def sync_letters(store: Store, connect: Callable[[], AR24Client], archive: ProofArchive, *, user_id: int | None = None,
                 control: Control[tuple[int, int]] | None = None, clock: Callable[[], dt.datetime] = dt.datetime.now,
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
    if not groups:   # nothing can change: AR24 is not asked (nor, in demo mode, started)
        return report
    client = connect()
    chunks = [(account, letters[start:start + CHUNK]) for account, letters in groups.items()
              for start in range(0, len(letters), CHUNK)]

    stop = threading.Event()

    def go_on() -> bool:
        if control is not None and control.cancelled:
            stop.set()
        elif not keep():
            report.lost_lease = True
            stop.set()
        return not stop.is_set()

    with ThreadPoolExecutor(max_workers=max(1, connections), thread_name_prefix="ar24-sync") as pool:
        listings = [pool.submit(read_mails, client, account, [mail_id for _, mail_id in chunk])
                    for account, chunk in chunks]
        downloads: list[Future[ProofOutcome]] = []
        breaker = ProofBreaker()
        failed: set[int] = set()
        try:
            for (account, chunk), listing in zip(chunks, listings):
                if not go_on():
                    break
                if account in failed:
                    continue
                try:
                    mails = listing.result()
                except AR24ApiError as error:
                    report.errors.append(message(ACCOUNT_REFUSED, account=account, error=sentence_of(error)))
                    failed.add(account)
                    continue
                except AR24TransportError as error:
                    raise sync_transport_error(error) from error
                archived = apply_chunk(store, chunk, mails, clock().replace(microsecond=0), report)
                downloads += [pool.submit(fetch_proof, store, client, archive, letter_id, ProofKind(kind), url, holder,
                                          stop, breaker)
                              for letter_id, mail_id in chunk if mail_id in mails
                              for kind, url in _proof_links(mails[mail_id]).items() if kind not in archived[letter_id]]
                report.letters_checked += len([1 for _, mail_id in chunk if mail_id in mails])
                if control is not None:
                    control.report((report.letters_checked, total))
            # Each download that ends is progress: the lease is renewed then (keep), never while
            # every connection hangs, so that a frozen seat loses it to another.
            for download in as_completed(downloads) if not stop.is_set() else ():
                outcome = download.result()
                report.proofs_downloaded += outcome.archived
                report.proofs_postponed += outcome.postponed
                if outcome.error:
                    report.proof_failures.append(outcome.error)
                if not go_on():
                    break
        finally:
            stop.set()
            futures: list[Future[Any]] = [*listings, *downloads]
            for future in futures:
                future.cancel()   # a cancelled or lost run leaves the queued requests unsent
    log.info("sync: %d letters, %d transitions, %d proofs, %d proofs failed", report.letters_checked,
             len(report.transitions), report.proofs_downloaded, report.proofs_failed)
    return report
