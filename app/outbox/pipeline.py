"""A batch of letters to AR24: preparation, uploads and posts in a pipeline, with a bounded
number of parallel connections, backoff on maintenance and transient failures, a clean
cancel, and the resumption of what a previous run left unfinished.

One thread prepares the letters (PDFs, hashes, outbox row) one after the other and queues
them; ``parallel`` threads take them from the queue and drive each through its states
(upload, then post or ``to_valid``), so uploads start while later PDFs are still being built.
The thread that calls ``send``/``resume`` (the background job) reports progress and renews
the claims. Plain Python: the UI gets ``Progress`` through ``control.report``.
"""
from __future__ import annotations

import datetime as dt
import enum
import json
import logging
import queue
import random
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import insert
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from app.ar24.errors import AR24ApiError, AR24Error, AR24TransportError
from app.ar24_access import linked_account_id
from app.i18n import QT_TRANSLATE_NOOP, Sentence, message, sentence_from_stored, sentence_of, sentence_to_stored
from app.outbox.control import Control
from app.outbox.letters import AlreadyInOutbox, PreparedDocument, create_letter, live_letter, new_local_ref
from app.ar24 import features
from app.ar24.features import Availability, Feature, Finding
from app.sending.facts import AccountFacts, EventFacts
from app.sending.send_types import PrintOptions, is_electronic
from app.sending.sent import SendHistory, SentLetter, resend_note
from app.sending.sent import refusal as already_sent
from app.outbox.post import DEFAULT_PARALLEL, IN_DOUBT_LATER, Posted, post_letter
from app.outbox.reconcile import Reconciled, reconcile, settle_time
from app.outbox.states import (
    IN_DOUBT,
    NEEDS_OTP,
    UNFINISHED,
    ClaimLost,
    Worker,
    claim,
    heartbeat,
    move,
    release,
    release_all,
    unfinished_letters,
)
from app.outbox.upload import DocumentChanged, upload_letter
from app.store.database import Store
from app.store.faults import store_failure
from app.store.models import AuditEntry, OutboxState, RegisteredLetter, SendType

if TYPE_CHECKING:   # the client (httpx, cryptography) is imported where one is built: not at start-up
    from app.ar24.client import AR24Client

log = logging.getLogger(__name__)

Preparer = Callable[[Session, int, SendType, str, Path], Sequence[PreparedDocument]]
HEARTBEAT_SECONDS = 60.0
PROGRESS_SECONDS = 0.1   # at most ten progress signals a second, whatever the batch size


class Outcome(enum.Enum):
    """The value is the report's word for it (a marked Text, translated by the window; "OK" is
    the same in every language)."""

    OK = "OK"
    ERROR = QT_TRANSLATE_NOOP("OutboxPipeline", "Erreur")
    CANCELLED = QT_TRANSLATE_NOOP("OutboxPipeline", "Annulé")
    PENDING = QT_TRANSLATE_NOOP("OutboxPipeline", "En attente")   # left for the next start (AR24 unreachable, post in doubt)


@dataclass(frozen=True)
class EventResult:
    label: Sentence             # "n° 2901 - MEURSAULT Jeannine", or EVENT
    outcome: Outcome
    message: Sentence           # what happened, or what to fix
    event_id: int | None = None
    letter_id: int | None = None


@dataclass(frozen=True)
class Progress:
    total: int
    done: int                   # letters OK (posted, or deposited awaiting their OTP)
    failed: int                 # in error, or left for the next start
    current: Sentence           # the letter's label, or what the batch is doing
    remaining_seconds: float | None
    cancelled: int = 0          # stopped before AR24 had them


@dataclass
class BatchReport:
    title: Sentence                  # SENDING or RESUMING
    results: list[EventResult] = field(default_factory=list)
    cancelled: bool = False
    notes: list[Sentence] = field(default_factory=list)   # how the batch was checked, when it matters

    def count(self, outcome: Outcome) -> int:
        return sum(result.outcome is outcome for result in self.results)

    def summary(self) -> Sentence:
        counts = {"title": self.title, "ok": self.count(Outcome.OK), "failed": self.count(Outcome.ERROR),
                  "cancelled": self.count(Outcome.CANCELLED), "pending": self.count(Outcome.PENDING)}
        if self.cancelled:
            return message(SUMMARY_STOPPED, **counts)
        return message(SUMMARY_MORE if counts["cancelled"] or counts["pending"] else SUMMARY, **counts)


SENDING = QT_TRANSLATE_NOOP("OutboxPipeline", "Envoi en AR")
RESUMING = QT_TRANSLATE_NOOP("OutboxPipeline", "Reprise des envois interrompus")
SUMMARY = QT_TRANSLATE_NOOP("OutboxPipeline", "{title} : {ok} réussi(s), {failed} en erreur.")
SUMMARY_MORE = QT_TRANSLATE_NOOP("OutboxPipeline", "{title} : {ok} réussi(s), {failed} en erreur, {cancelled} "
                                 "annulé(s), {pending} en attente.")
SUMMARY_STOPPED = QT_TRANSLATE_NOOP("OutboxPipeline", "{title} (arrêté par l'utilisateur) : {ok} réussi(s), "
                                    "{failed} en erreur, {cancelled} annulé(s), {pending} en attente.")


@dataclass(frozen=True)
class Backoff:
    """Waits between attempts after maintenance or a transient failure (exponential, jittered)."""

    attempts: int = 6
    first_delay: float = 1.0
    max_delay: float = 30.0

    def delay(self, failures: int, retry_after: float | None = None) -> float:
        """Exponential and jittered; a server's ``Retry-After`` (within ``max_delay``) wins."""
        if retry_after is not None and retry_after >= 0:
            return min(self.max_delay, retry_after)
        return min(self.max_delay, self.first_delay * 2.0 ** (failures - 1)) * random.uniform(0.8, 1.2)


def default_preparer(api_base_url: str, id_user: int) -> Preparer:
    """The letters' documents, with the consent links of the sender's AR24 account."""
    from app.sending.prepare import prepare_letter_files   # document preparation (issue "sending")
    from app.sending.variables import ar24_consent_links

    consent_links = ar24_consent_links(api_base_url, id_user)

    def prepare(session: Session, event_id: int, send_type: SendType, login: str,
                out_dir: Path) -> Sequence[PreparedDocument]:
        return prepare_letter_files(session, event_id, send_type, login, out_dir, consent_links=consent_links)

    return prepare


# Annuler lets the AR24 calls in flight finish for this long (a post usually answers well within
# it), then interrupts them: the sending process stops within 2 s whatever AR24 does.
CANCEL_GRACE_SECONDS = 1.2
# After this many letters in a row fail the same way (timeouts, 429, unreadable answers), AR24 is
# not answering properly: the batch stops and the rest waits, instead of hammering it for hours.
BREAKER_LETTERS = 5
BROKEN_AR24 = QT_TRANSLATE_NOOP("OutboxPipeline", "AR24 ne répond pas correctement : l'envoi s'est arrêté de "
                                "lui-même. Les lettres restantes n'ont pas été envoyées ; elles seront reprises "
                                "automatiquement au prochain démarrage (ou relancez l'envoi quand AR24 répond de "
                                "nouveau). Dernière erreur : {reason}")


class _Breaker:
    """Counts letters failing in a row the same way; trips at ``BREAKER_LETTERS``."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.kind, self.letters = "", set[int]()
        self.reason: Sentence = ""

    @property
    def tripped(self) -> bool:
        return bool(self.reason)

    def failed(self, letter_id: int, error: AR24Error) -> None:
        kind = f"{type(error).__name__}:{getattr(error, 'status_code', '')}"
        with self.lock:
            if kind != self.kind:
                self.kind, self.letters = kind, set()
            self.letters.add(letter_id)
            if len(self.letters) >= BREAKER_LETTERS and not self.reason:
                self.reason = message(BROKEN_AR24, reason=sentence_of(error))

    def succeeded(self) -> None:
        """A letter posted: AR24 answers properly again."""
        with self.lock:
            self.kind, self.letters = "", set()


class _Tally:
    """Counters shared by the threads of one batch; read by the reporting thread."""

    def __init__(self, total: int) -> None:
        self.lock = threading.Lock()
        self.total = total
        self.current: Sentence = ""
        self.results: list[EventResult] = []
        self.started = time.monotonic()

    def add(self, result: EventResult) -> None:
        with self.lock:
            self.results.append(result)

    def progress(self) -> Progress:
        with self.lock:
            finished = len(self.results)
            done = sum(r.outcome is Outcome.OK for r in self.results)
            cancelled = sum(r.outcome is Outcome.CANCELLED for r in self.results)
            current = self.current
        elapsed = time.monotonic() - self.started
        remaining = elapsed / finished * (self.total - finished) if finished else None
        return Progress(self.total, done, finished - done - cancelled, current, remaining, cancelled)


class Outbox:
    """Sends batches and resumes unfinished letters for one user of one workstation."""

    def __init__(self, store: Store, client: AR24Client, *, login: str, workstation: str, out_dir: Path,
                 parallel: int = DEFAULT_PARALLEL, preparer: Preparer | None = None,
                 settle: dt.timedelta | None = None, backoff: Backoff = Backoff()) -> None:
        self.store, self.client, self.login, self.workstation = store, client, login, workstation
        self.out_dir, self.parallel = Path(out_dir), max(1, parallel)
        self._preparer = preparer
        self.settle = settle if settle is not None else settle_time(client)
        self.backoff = backoff

    # -- entry points ----------------------------------------------------------------------

    def send(self, send_type: SendType, event_ids: Sequence[int], print_options: PrintOptions,
             control: Control[Progress], resend_reasons: Mapping[int, str] | None = None) -> BatchReport:
        """Prepare, upload and post (or park at ``to_valid``) one letter per event.
        ``resend_reasons``: delivered events the user chose to send again, with the reason."""
        from app.sending.loading import load_account, load_events

        with self.store.session() as session:
            id_user = linked_account_id(session, self.login)
        run = _Run(self, control, len(event_ids), SENDING)
        consent_problem = run.recheck_consents(id_user) if is_electronic(send_type) else None
        with self.store.session() as session:   # read after the re-check: consents may have changed
            facts = {f.event_id: f for f in load_events(session, list(event_ids))}
            account = load_account(session, self.login)

        def feed() -> None:
            preparer = self._preparer or default_preparer(self.client.settings.base_url, id_user)
            for event_id in event_ids:
                label = event_label(facts[event_id]) if event_id in facts else message(EVENT, event_id=event_id)
                if control.cancelled:
                    run.tally.add(not_started(self.store, label, event_id,
                                              EventResult(label, Outcome.CANCELLED, CANCELLED_BEFORE, event_id)))
                elif consent_problem:
                    run.tally.add(not_started(self.store, label, event_id,
                                              EventResult(label, Outcome.ERROR, consent_problem, event_id)))
                else:
                    run.enqueue_event(event_id, facts.get(event_id), account, send_type, print_options,
                                      id_user, preparer, (resend_reasons or {}).get(event_id, ""))

        return run.execute(feed)

    def resume(self, control: Control[Progress]) -> BatchReport:
        """Take up the letters a previous run left unfinished (crash, kill, AR24 unreachable)."""
        ids = unfinished_letters(self.store)
        run = _Run(self, control, 0, RESUMING)
        claimed = claim(self.store, run.worker, ids, UNFINISHED, self.workstation)
        run.tally.total = len(claimed)

        def feed() -> None:
            for letter_id in claimed:
                run.work.put((letter_id, *letter_label(self.store, letter_id)))

        return run.execute(feed)


LOCAL_CONSENTS = QT_TRANSLATE_NOOP("OutboxPipeline", "Consentements vérifiés sur la fiche locale des tiers : votre "
                                   "compte AR24 ne propose pas les consentements par l'API.")
CANCELLED_BEFORE = QT_TRANSLATE_NOOP("OutboxPipeline", "Envoi annulé avant son dépôt chez AR24 (rien n'a été envoyé ni "
                                     "facturé) : relancez « Envoyer en AR » pour cet événement.")
EVENT = QT_TRANSLATE_NOOP("OutboxPipeline", "Événement {event_id}")
NO_SECOND_SENDING = QT_TRANSLATE_NOOP("OutboxPipeline", "Non envoyé — {letter} : pas de second envoi.")
STORE_LATER = QT_TRANSLATE_NOOP("OutboxPipeline", "{failure} La lettre sera reprise au prochain démarrage.")
UNEXPECTED = QT_TRANSLATE_NOOP("OutboxPipeline", "Erreur inattendue ({error}) : la lettre sera reprise au prochain "
                               "démarrage.")
EVENT_GONE = QT_TRANSLATE_NOOP("OutboxPipeline", "Cet événement n'existe plus : il a été supprimé depuis la sélection.")
CONSENT_REFUSED = QT_TRANSLATE_NOOP("OutboxPipeline", "Non envoyé — {refusal} (vérifié sur AR24 juste avant l'envoi).")
NOT_SENT = QT_TRANSLATE_NOOP("OutboxPipeline", "Non envoyé : {failure}")
NOT_PREPARED = QT_TRANSLATE_NOOP("OutboxPipeline", "Préparation impossible : {error}")
POSTED = QT_TRANSLATE_NOOP("OutboxPipeline", "Envoyée à AR24 (numéro {number}).")
DEPOSITED = QT_TRANSLATE_NOOP("OutboxPipeline", "Documents déposés chez AR24 : la lettre attend sa validation OTP "
                              "(« Consulter mes AR en attente de validation OTP »).")
RETRY_AT_START = QT_TRANSLATE_NOOP("OutboxPipeline", "{reason} La lettre sera reprise automatiquement au prochain "
                                   "démarrage de l'application.")
TAKEN_ELSEWHERE = QT_TRANSLATE_NOOP("OutboxPipeline", "Cette lettre a été reprise par une autre fenêtre ou un autre "
                                    "poste.")
CHECKING_CONSENTS = QT_TRANSLATE_NOOP("OutboxPipeline", "Vérification des consentements sur AR24")
CONSENTS_UNCHECKED = QT_TRANSLATE_NOOP("OutboxPipeline", "Les consentements n'ont pas pu être vérifiés sur AR24 avant "
                                       "l'envoi ({error}) : rien n'a été envoyé ni facturé ; relancez « Envoyer en AR » "
                                       "quand AR24 répond.")


def event_label(facts: EventFacts) -> str:
    """How every line of the report names a letter: its event and its recipient."""
    return f"{facts.label} - {facts.recipient.display_name}"


def not_started(store: Store, label: Sentence, event_id: int, result: EventResult) -> EventResult:
    """``result`` for an event this batch stopped before preparing its letter ("nothing was sent"),
    unless a letter of an earlier batch is at AR24: the report then names it, with its number."""
    with store.session() as session:
        existing = live_letter(session, event_id)
        held = SentLetter.of(existing) if existing is not None else None
    if held is not None and held.outbox_state in (OutboxState.POSTED.value, OutboxState.TO_VALID.value):
        return already_sent_result(label, event_id, held)
    return result


def already_sent_result(label: Sentence, event_id: int, held: SentLetter) -> EventResult:
    """An event whose letter is already on its way or delivered: not sent again, and why."""
    return EventResult(label, Outcome.ERROR, message(NO_SECOND_SENDING, letter=held.line()), event_id,
                       held.letter_id)


def letter_label(store: Store, letter_id: int) -> tuple[str, int | None]:
    """How the report names a resumed letter, and its event."""
    with store.session() as session:
        letter = session.get_one(RegisteredLetter, letter_id)
        number = letter.event.treatment_number if letter.event is not None else None
    prefix = f"n° {number}" if number is not None else letter.local_ref
    return f"{prefix} - {letter.recipient_name}", letter.event_id


class _Run:
    """One batch: its worker identity, queue, counters and threads."""

    def __init__(self, outbox: Outbox, control: Control[Progress], total: int, title: Sentence) -> None:
        self.outbox, self.control, self.title = outbox, control, title
        self.worker = Worker.new(outbox.workstation)
        self.tally = _Tally(total)
        self.work: queue.Queue[tuple[int, Sentence, int | None] | None] = queue.Queue()   # None: no more work
        self.notes: list[Sentence] = []
        self.breaker = _Breaker()
        self._cancel_seen: float | None = None
        outbox.client.interrupted = self._interrupted

    # -- threads ---------------------------------------------------------------------------

    def execute(self, feed: Callable[[], None]) -> BatchReport:
        outbox = self.outbox
        threads = [threading.Thread(target=self._network_loop, name=f"ar24-outbox-{n}", daemon=True)
                   for n in range(outbox.parallel)]
        for thread in threads:
            thread.start()
        feeder = threading.Thread(target=self._feed, args=(feed, len(threads)), name="ar24-prepare", daemon=True)
        feeder.start()
        last_beat = time.monotonic()
        try:
            # Wait on a thread that still runs (a finished one would return at once and flood the
            # window with progress): one report per PROGRESS_SECONDS, plus one per thread that ends.
            while alive := [thread for thread in (feeder, *threads) if thread.is_alive()]:
                alive[0].join(PROGRESS_SECONDS)
                self.control.report(self.tally.progress())
                if time.monotonic() - last_beat > HEARTBEAT_SECONDS:
                    heartbeat(outbox.store, self.worker)
                    last_beat = time.monotonic()
        finally:
            for thread in threads:
                thread.join()
            self._release_all()
        self.control.report(self.tally.progress())
        report = BatchReport(self.title, list(self.tally.results), bool(self.control.cancelled), list(self.notes))
        self._audit(report)
        return report

    def _release_all(self) -> None:
        """Give the claims back; a database that fails now only delays it (claims of a finished
        worker are taken back at the next start), and must not lose the report."""
        try:
            release_all(self.outbox.store, self.worker)
        except SQLAlchemyError as error:
            log.warning("claims not released (%s): the next start takes them back", store_failure(error))

    def _feed(self, feed: Callable[[], None], consumers: int) -> None:
        try:
            feed()
        except Exception:   # noqa: BLE001 — the network threads must always get their stop signal
            log.exception("outbox preparation failed")
        finally:
            for _ in range(consumers):
                self.work.put(None)

    def _network_loop(self) -> None:
        while (item := self.work.get()) is not None:
            letter_id, label, event_id = item
            with self.tally.lock:
                self.tally.current = label
            try:
                result = self._advance(letter_id, label, event_id)
            except SQLAlchemyError as error:   # the outbox row holds: the letter resumes later
                log.warning("outbox letter %s: database failure %s", letter_id, type(error).__name__)
                result = EventResult(label, Outcome.PENDING, message(STORE_LATER, failure=store_failure(error)),
                                     event_id, letter_id)
            except Exception as error:  # noqa: BLE001 — one letter's bug must not stop the batch
                log.exception("outbox letter %s failed", letter_id)
                result = EventResult(label, Outcome.PENDING, message(UNEXPECTED, error=sentence_of(error)),
                                     event_id, letter_id)
            self.tally.add(result)

    # -- one event -------------------------------------------------------------------------

    def enqueue_event(self, event_id: int, facts: EventFacts | None, account: AccountFacts, send_type: SendType,
                      print_options: PrintOptions, id_user: int, preparer: Preparer, resend_reason: str = "") -> None:
        store = self.outbox.store
        if facts is None:
            self.tally.add(EventResult(message(EVENT, event_id=event_id), Outcome.ERROR, EVENT_GONE, event_id))
            return
        # the sending rules (pypdf...) are imported when a batch runs, not at start-up
        from app.sending.rules import consent_refusal

        label = event_label(facts)
        if is_electronic(send_type) and (refusal := consent_refusal(facts, dt.date.today())):
            self.tally.add(EventResult(label, Outcome.ERROR, message(CONSENT_REFUSED, refusal=refusal), event_id))
            return
        with self.tally.lock:
            self.tally.current = label
        with store.session() as session:
            existing = live_letter(session, event_id)
            held = SentLetter.of(existing) if existing is not None else None
        note = ""
        if held is not None:
            if held.outbox_state in UNFINISHED and claim(store, self.worker, [held.letter_id], UNFINISHED,
                                                         self.outbox.workstation):
                self.work.put((held.letter_id, label, event_id))   # left unfinished by an earlier run
                return
            if already_sent(SendHistory((held,)), resend_reason=resend_reason):
                self.tally.add(already_sent_result(label, event_id, held))
                return
            note = resend_note(held, send_type, resend_reason)
        local_ref = new_local_ref()
        try:
            with store.session() as session:
                documents = preparer(session, event_id, send_type, self.outbox.login, self.outbox.out_dir / local_ref)
            letter_id = create_letter(store, self.worker, facts=facts, account=account, send_type=send_type,
                                      print_options=print_options, local_ref=local_ref, id_user=id_user,
                                      documents=documents, resend_note=note)
        except AlreadyInOutbox as error:
            self.tally.add(EventResult(label, Outcome.ERROR, sentence_of(error), event_id, error.letter_id))
            return
        except SQLAlchemyError as error:
            self.tally.add(EventResult(label, Outcome.ERROR, message(NOT_SENT, failure=store_failure(error)), event_id))
            return
        except Exception as error:  # noqa: BLE001 — DocumentError and any other: this event only
            self.tally.add(EventResult(label, Outcome.ERROR, message(NOT_PREPARED, error=sentence_of(error)), event_id))
            return
        self.work.put((letter_id, label, event_id))

    def _advance(self, letter_id: int, label: Sentence, event_id: int | None) -> EventResult:
        """Drive one held letter through its states until it rests or must wait for later."""
        outbox, store, worker, client = self.outbox, self.outbox.store, self.worker, self.outbox.client
        failures = 0
        last_error: Sentence = ""
        refused: Sentence | None = None   # why AR24 (or the check of the documents) refused it, in this run

        def result(outcome: Outcome, said: Sentence) -> EventResult:
            return EventResult(label, outcome, said, event_id, letter_id)

        while True:
            with store.session() as session:
                letter = session.get_one(RegisteredLetter, letter_id)
                state, send_type = letter.outbox_state, letter.send_type
                id_user = int(json.loads(letter.ar24_request)["id_user"])
            if state is OutboxState.POSTED:
                return result(Outcome.OK, message(POSTED, number=letter.ar24_mail_id))
            if state is OutboxState.TO_VALID:
                return result(Outcome.OK, DEPOSITED)
            if state is OutboxState.FAILED:   # the stored reason when an earlier run failed it
                return result(Outcome.ERROR, refused if refused is not None else sentence_from_stored(letter.last_error))
            if state is OutboxState.CANCELLED:
                return result(Outcome.CANCELLED, CANCELLED_BEFORE)
            if failures >= outbox.backoff.attempts:
                release(store, worker, letter_id)
                return result(Outcome.PENDING, message(RETRY_AT_START, reason=last_error))
            if self.breaker.tripped and state in UNFINISHED:
                # Left as it is: a letter in doubt is looked up on AR24 before anything is posted
                # again, at the next start or batch, when AR24 answers properly.
                release(store, worker, letter_id)
                return result(Outcome.PENDING, self.breaker.reason)
            if self.control.cancelled and state in (OutboxState.PREPARED, OutboxState.UPLOADED):
                move(store, worker, letter_id, OutboxState.CANCELLED, release=True)
                continue
            try:
                if state is OutboxState.PREPARED:
                    upload_letter(store, worker, client, letter_id, id_user)
                elif state is OutboxState.UPLOADED and send_type in NEEDS_OTP:
                    move(store, worker, letter_id, OutboxState.TO_VALID, release=True)
                elif state is OutboxState.UPLOADED:
                    outcome = post_letter(store, worker, client, letter_id)
                    if outcome.result is Posted.FAILED:
                        refused = outcome.message
                    if outcome.error is not None:
                        self.breaker.failed(letter_id, outcome.error)
                    elif outcome.result is Posted.POSTED:
                        self.breaker.succeeded()
                    if outcome.result in (Posted.RETRY_LATER, Posted.UNCERTAIN):
                        # Every post counts, those left in doubt too: a post answered 429 for ever
                        # must not alternate with its reconciliation for ever.
                        failures, last_error = failures + 1, outcome.message
                    if outcome.result is Posted.RETRY_LATER:
                        self._wait(outbox.backoff.delay(failures, outcome.retry_after))
                else:   # posting or uncertain: AR24 may have it
                    settled = reconcile(store, worker, client, [letter_id], settle=outbox.settle)[letter_id]
                    if settled is Reconciled.TOO_EARLY:
                        if self.control.cancelled:
                            release(store, worker, letter_id)
                            return result(Outcome.PENDING, IN_DOUBT_LATER)
                        self._wait(min(outbox.settle.total_seconds(), 1.0))
            except ClaimLost:
                return result(Outcome.PENDING, TAKEN_ELSEWHERE)
            except (AR24ApiError, DocumentChanged) as error:
                if state in IN_DOUBT:    # a refused lookup: keep it in doubt, never repost blindly
                    failures, last_error = failures + 1, sentence_of(error)
                    continue
                refused = sentence_of(error)
                move(store, worker, letter_id, OutboxState.FAILED, release=True, last_error=sentence_to_stored(refused))
            except AR24Error as error:   # maintenance, unreachable, unreadable: safe to try again
                failures, last_error = failures + 1, sentence_of(error)
                self.breaker.failed(letter_id, error)
                retry_after = error.retry_after if isinstance(error, AR24TransportError) else None
                self._wait(outbox.backoff.delay(failures, retry_after))

    def _interrupted(self) -> bool:
        """Whether a call under way must stop: a cancel lets the calls in flight finish for
        ``CANCEL_GRACE_SECONDS`` (a post then ends known, not in doubt), then cuts them, so that
        a hanging AR24 never holds the batch past Annuler (those letters are reconciled later)."""
        if not self.control.cancelled:
            return False
        if self._cancel_seen is None:
            self._cancel_seen = time.monotonic()
        return time.monotonic() - self._cancel_seen > CANCEL_GRACE_SECONDS

    def recheck_consents(self, id_user: int) -> Sentence | None:
        """Read the consents on AR24 again, as LSC does before an electronic batch, so that a
        recipient who withdrew his consent since the send choice is not written to. Waits out
        maintenance like the letters do; returns the sentence that stops the whole batch
        when AR24 still cannot be asked (nothing is prepared, so nothing is sent or billed)."""
        outbox, failures = self.outbox, 0
        # imported when a batch runs, not at start-up
        from app.consent.ar24_sync import update_consents_from_ar24

        self.tally.current = CHECKING_CONSENTS
        base_url = outbox.client.settings.base_url
        while True:
            try:
                finding = features.BOOK.finding(base_url, id_user, Feature.CONSENTS)
                if finding is None or finding.availability is not Availability.UNAVAILABLE:
                    changed = update_consents_from_ar24(outbox.client, outbox.store, id_user, outbox.login)
                    log.info("consents re-read on AR24 before sending: %d tiers changed", len(changed))
                    return None
            except AR24Error as error:
                if not features.is_unknown_route(Feature.CONSENTS, error):
                    failures += 1
                    if isinstance(error, AR24ApiError) or failures >= outbox.backoff.attempts or self.control.cancelled:
                        return message(CONSENTS_UNCHECKED, error=sentence_of(error))
                    self._wait(outbox.backoff.delay(failures))
                    continue
                features.BOOK.record(base_url, id_user, {Feature.CONSENTS: Finding(
                    Availability.UNAVAILABLE, "GET consent : route inconnue d'AR24 (avant un envoi)")})   # i18n: data
            self.notes.append(LOCAL_CONSENTS)
            return None

    def _wait(self, seconds: float) -> None:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline and not self.control.cancelled:
            time.sleep(min(0.05, max(0.0, deadline - time.monotonic())))

    def _audit(self, report: BatchReport) -> None:
        """The per-event report is kept in the audit log (one line per event, one summary)."""
        rows = [{"login": self.outbox.login, "workstation": self.outbox.workstation, "action": "envoi_ar24",
                 "target": f"event:{r.event_id}" if r.event_id else f"letter:{r.letter_id}",
                 "detail": f"{r.label} : {r.outcome.value} - {r.message}"} for r in report.results]
        rows.append({"login": self.outbox.login, "workstation": self.outbox.workstation, "action": "lot_ar24",
                     "target": f"lot:{self.worker.id}"[:80], "detail": str(report.summary())})
        write_audit(self.outbox.store, rows)


def write_audit(store: Store, rows: list[dict[str, str]]) -> None:
    """Write a batch's report lines to the audit log, with those an earlier batch could not
    write. When the database fails, the lines wait in a file of the data folder (and the log
    file) until the next batch finds the store back: a report is never lost."""
    from app.paths import sub_dir

    waiting = sub_dir("audit-en-attente")
    earlier = sorted(waiting.glob("*.json"))
    pending = [row for path in earlier for row in json.loads(path.read_text(encoding="utf-8"))]
    try:
        with store.session() as session, session.begin():
            session.execute(insert(AuditEntry), pending + rows)
    except SQLAlchemyError as error:
        log.warning("batch report not written to the audit log (%s):\n%s", store_failure(error),
                    "\n".join(row["detail"] for row in rows))
        (waiting / f"{time.time_ns()}.json").write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
        return
    for path in earlier:
        path.unlink(missing_ok=True)


