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
import functools
import json
import logging
import queue
import random
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import insert
from sqlalchemy.orm import Session

from app.ar24.errors import AR24ApiError, AR24Error, AR24TransportError
from app.ar24_access import linked_account_id
from app.outbox.control import Control  # noqa: F401 (re-exported: the worker and tests import it here)
from app.outbox.letters import AlreadyInOutbox, PreparedDocument, create_letter, live_letter, new_local_ref
from app.sending.send_types import PrintOptions, is_electronic
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
from app.store.models import AuditEntry, OutboxState, RegisteredLetter, SendType

if TYPE_CHECKING:   # the client (httpx, cryptography) is imported where one is built: not at start-up
    from app.ar24.client import AR24Client

log = logging.getLogger(__name__)

Preparer = Callable[[Session, int, SendType, str, Path], list[PreparedDocument]]
HEARTBEAT_SECONDS = 60.0
PROGRESS_SECONDS = 0.1   # at most ten progress signals a second, whatever the batch size


class Outcome(enum.Enum):
    OK = "OK"
    ERROR = "Erreur"
    CANCELLED = "Annulé"
    PENDING = "En attente"    # left for the next start (AR24 unreachable, post in doubt)


@dataclass(frozen=True)
class EventResult:
    label: str                  # "n° 2901 - MEURSAULT Jeannine"
    outcome: Outcome
    message: str                # French: what happened, or what to fix
    event_id: int | None = None
    letter_id: int | None = None


@dataclass(frozen=True)
class Progress:
    total: int
    done: int
    failed: int
    current: str
    remaining_seconds: float | None


@dataclass
class BatchReport:
    title: str
    results: list[EventResult] = field(default_factory=list)
    cancelled: bool = False

    def count(self, outcome: Outcome) -> int:
        return sum(result.outcome is outcome for result in self.results)

    def summary(self) -> str:
        parts = [f"{self.count(Outcome.OK)} réussi(s)", f"{self.count(Outcome.ERROR)} en erreur"]
        parts += [f"{self.count(o)} {o.value.lower()}(s)" for o in (Outcome.CANCELLED, Outcome.PENDING) if self.count(o)]
        return f"{self.title} : " + ", ".join(parts) + (" (annulé par l'utilisateur)" if self.cancelled else "")


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
        return min(self.max_delay, self.first_delay * 2 ** (failures - 1)) * random.uniform(0.8, 1.2)


def default_preparer(api_base_url: str, id_user: int) -> Preparer:
    """The letters' documents, with the consent links of the sender's AR24 account."""
    from app.sending.prepare import prepare_letter_files   # document preparation (issue "sending")
    from app.sending.variables import ar24_consent_links

    return functools.partial(prepare_letter_files, consent_links=ar24_consent_links(api_base_url, id_user))


# After this many letters in a row fail the same way (timeouts, 429, unreadable answers), AR24 is
# not answering properly: the batch stops and the rest waits, instead of hammering it for hours.
BREAKER_LETTERS = 5
BROKEN_AR24 = ("AR24 ne répond pas correctement ({}) : l'envoi s'est arrêté de lui-même. Les lettres restantes "
               "n'ont pas été envoyées ; elles seront reprises automatiquement au prochain démarrage (ou relancez "
               "l'envoi quand AR24 répond de nouveau).")


class _Breaker:
    """Counts letters failing in a row the same way; trips at ``BREAKER_LETTERS``."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.kind, self.letters, self.reason = "", set[int](), ""

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
                self.reason = BROKEN_AR24.format(str(error).rstrip("."))

    def succeeded(self) -> None:
        """A letter posted: AR24 answers properly again."""
        with self.lock:
            self.kind, self.letters = "", set()


class _Tally:
    """Counters shared by the threads of one batch; read by the reporting thread."""

    def __init__(self, total: int) -> None:
        self.lock = threading.Lock()
        self.total, self.results, self.current = total, [], ""
        self.started = time.monotonic()

    def add(self, result: EventResult) -> None:
        with self.lock:
            self.results.append(result)

    def progress(self) -> Progress:
        with self.lock:
            finished = len(self.results)
            failed = sum(r.outcome is not Outcome.OK for r in self.results)
            current = self.current
        elapsed = time.monotonic() - self.started
        remaining = elapsed / finished * (self.total - finished) if finished else None
        return Progress(self.total, finished - failed, failed, current, remaining)


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
             control: Any) -> BatchReport:
        """Prepare, upload and post (or park at ``to_valid``) one letter per event."""
        from app.sending.loading import load_account, load_events

        with self.store.session() as session:
            id_user = linked_account_id(session, self.login)
        run = _Run(self, control, len(event_ids), "Envoi en AR")
        consent_problem = run.recheck_consents(id_user) if is_electronic(send_type) else None
        with self.store.session() as session:   # read after the re-check: consents may have changed
            facts = {f.event_id: f for f in load_events(session, list(event_ids))}
            account = load_account(session, self.login)

        def feed() -> None:
            preparer = self._preparer or default_preparer(self.client.settings.base_url, id_user)
            for event_id in event_ids:
                label = facts[event_id].label if event_id in facts else f"Événement {event_id}"
                if control.cancelled:
                    run.tally.add(EventResult(label, Outcome.CANCELLED, CANCELLED_BEFORE, event_id))
                elif consent_problem:
                    run.tally.add(EventResult(label, Outcome.ERROR, consent_problem, event_id))
                else:
                    run.enqueue_event(event_id, facts.get(event_id), account, send_type, print_options,
                                      id_user, preparer)

        return run.execute(feed)

    def resume(self, control: Any) -> BatchReport:
        """Take up the letters a previous run left unfinished (crash, kill, AR24 unreachable)."""
        ids = unfinished_letters(self.store)
        run = _Run(self, control, 0, "Reprise des envois interrompus")
        claimed = claim(self.store, run.worker, ids, UNFINISHED, self.workstation)
        run.tally.total = len(claimed)

        def feed() -> None:
            for letter_id in claimed:
                run.work.put((letter_id, *letter_label(self.store, letter_id)))

        return run.execute(feed)


CANCELLED_BEFORE = ("Envoi annulé avant son dépôt chez AR24 (rien n'a été envoyé ni facturé) : relancez "
                    "« Envoyer en AR » pour cet événement.")


def letter_label(store: Store, letter_id: int) -> tuple[str, int | None]:
    """How the report names a resumed letter, and its event."""
    with store.session() as session:
        letter = session.get(RegisteredLetter, letter_id)
        number = letter.event.treatment_number if letter.event is not None else None
    prefix = f"n° {number}" if number is not None else letter.local_ref
    return f"{prefix} - {letter.recipient_name}", letter.event_id


class _Run:
    """One batch: its worker identity, queue, counters and threads."""

    def __init__(self, outbox: Outbox, control: Any, total: int, title: str) -> None:
        self.outbox, self.control, self.title = outbox, control, title
        self.worker = Worker.new(outbox.workstation)
        self.tally = _Tally(total)
        self.work: queue.Queue = queue.Queue()
        self.breaker = _Breaker()
        # A call under way stops as soon as the user cancels (its outcome is then reconciled).
        outbox.client.interrupted = lambda: bool(control.cancelled)

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
            release_all(outbox.store, self.worker)
        self.control.report(self.tally.progress())
        report = BatchReport(self.title, list(self.tally.results), bool(self.control.cancelled))
        self._audit(report)
        return report

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
            except Exception as error:  # noqa: BLE001 — one letter's bug must not stop the batch
                log.exception("outbox letter %s failed", letter_id)
                result = EventResult(label, Outcome.PENDING, f"Erreur inattendue ({error}) : la lettre sera "
                                     "reprise au prochain démarrage.", event_id, letter_id)
            self.tally.add(result)

    # -- one event -------------------------------------------------------------------------

    def enqueue_event(self, event_id: int, facts: Any, account: Any, send_type: SendType,
                      print_options: PrintOptions, id_user: int, preparer: Preparer) -> None:
        store = self.outbox.store
        if facts is None:
            self.tally.add(EventResult(f"Événement {event_id}", Outcome.ERROR,
                                       "Cet événement n'existe plus : il a été supprimé depuis la sélection.", event_id))
            return
        # the sending rules (pypdf...) are imported when a batch runs, not at start-up
        from app.sending.rules import consent_refusal

        label = f"{facts.label} - {facts.recipient.display_name}"
        if is_electronic(send_type) and (refusal := consent_refusal(facts, dt.date.today())):
            self.tally.add(EventResult(label, Outcome.ERROR, f"Non envoyé — {refusal} (vérifié sur AR24 juste avant l'envoi).", event_id))
            return
        with self.tally.lock:
            self.tally.current = label
        with store.session() as session:
            existing = live_letter(session, event_id, send_type)
            existing_state = existing.outbox_state if existing else None
            existing_id = existing.id if existing else None
        if existing_id is not None:
            if existing_state in UNFINISHED and claim(store, self.worker, [existing_id], UNFINISHED,
                                                      self.outbox.workstation):
                self.work.put((existing_id, label, event_id))   # left unfinished by an earlier run
            else:
                self.tally.add(already_result(label, event_id, existing_id, existing_state))
            return
        local_ref = new_local_ref()
        try:
            with store.session() as session:
                documents = preparer(session, event_id, send_type, self.outbox.login, self.outbox.out_dir / local_ref)
            letter_id = create_letter(store, self.worker, facts=facts, account=account, send_type=send_type,
                                      print_options=print_options, local_ref=local_ref, id_user=id_user,
                                      documents=documents)
        except AlreadyInOutbox as error:
            self.tally.add(EventResult(label, Outcome.ERROR, str(error), event_id, error.letter_id))
            return
        except Exception as error:  # noqa: BLE001 — DocumentError and any other: this event only
            message = getattr(error, "message", None) or str(error)
            self.tally.add(EventResult(label, Outcome.ERROR, f"Préparation impossible : {message}", event_id))
            return
        self.work.put((letter_id, label, event_id))

    def _advance(self, letter_id: int, label: str, event_id: int | None) -> EventResult:
        """Drive one held letter through its states until it rests or must wait for later."""
        outbox, store, worker, client = self.outbox, self.outbox.store, self.worker, self.outbox.client
        failures, last_error = 0, ""

        def result(outcome: Outcome, message: str) -> EventResult:
            return EventResult(label, outcome, message, event_id, letter_id)

        while True:
            with store.session() as session:
                letter = session.get(RegisteredLetter, letter_id)
                state, send_type = letter.outbox_state, letter.send_type
                id_user = int(json.loads(letter.ar24_request)["id_user"])
            if state is OutboxState.POSTED:
                return result(Outcome.OK, f"Envoyée à AR24 (numéro {letter.ar24_mail_id}).")
            if state is OutboxState.TO_VALID:
                return result(Outcome.OK, "Documents déposés chez AR24 : la lettre attend sa validation OTP "
                                          "(« Consulter mes AR en attente de validation OTP »).")
            if state is OutboxState.FAILED:
                return result(Outcome.ERROR, letter.last_error)
            if state is OutboxState.CANCELLED:
                return result(Outcome.CANCELLED, CANCELLED_BEFORE)
            if failures >= outbox.backoff.attempts:
                release(store, worker, letter_id)
                return result(Outcome.PENDING, f"{last_error} La lettre sera reprise automatiquement au prochain "
                                               "démarrage de l'application.")
            if self.breaker.tripped and state in (OutboxState.PREPARED, OutboxState.UPLOADED):
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
                return result(Outcome.PENDING, "Cette lettre a été reprise par une autre fenêtre ou un autre poste.")
            except (AR24ApiError, DocumentChanged) as error:
                if state in IN_DOUBT:    # a refused lookup: keep it in doubt, never repost blindly
                    failures, last_error = failures + 1, str(error)
                    continue
                move(store, worker, letter_id, OutboxState.FAILED, release=True, last_error=str(error))
            except AR24Error as error:   # maintenance, unreachable, unreadable: safe to try again
                failures, last_error = failures + 1, str(error)
                self.breaker.failed(letter_id, error)
                retry_after = error.retry_after if isinstance(error, AR24TransportError) else None
                self._wait(outbox.backoff.delay(failures, retry_after))

    def recheck_consents(self, id_user: int) -> str | None:
        """Read the consents on AR24 again, as LSC does before an electronic batch, so that a
        recipient who withdrew his consent since the send choice is not written to. Waits out
        maintenance like the letters do; returns the French sentence that stops the whole batch
        when AR24 still cannot be asked (nothing is prepared, so nothing is sent or billed)."""
        outbox, failures = self.outbox, 0
        # imported when a batch runs, not at start-up
        from app.consent.ar24_sync import update_consents_from_ar24

        self.tally.current = "Vérification des consentements sur AR24"
        while True:
            try:
                changed = update_consents_from_ar24(outbox.client, outbox.store, id_user, outbox.login)
                log.info("consents re-read on AR24 before sending: %d tiers changed", len(changed))
                return None
            except AR24Error as error:
                failures += 1
                if isinstance(error, AR24ApiError) or failures >= outbox.backoff.attempts or self.control.cancelled:
                    return (f"Les consentements n'ont pas pu être vérifiés sur AR24 avant l'envoi ({error}) : rien "
                            "n'a été envoyé ni facturé ; relancez « Envoyer en AR » quand AR24 répond.")
                self._wait(outbox.backoff.delay(failures))

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
                     "target": f"lot:{self.worker.id}"[:80], "detail": report.summary()})
        with self.outbox.store.session() as session, session.begin():
            session.execute(insert(AuditEntry), rows)


def already_result(label: str, event_id: int, letter_id: int, state: OutboxState | None) -> EventResult:
    if state is OutboxState.POSTED:
        message = "Déjà envoyée à AR24 lors d'un envoi précédent : pas de second envoi."
    elif state is OutboxState.TO_VALID:
        message = "Déjà déposée chez AR24, en attente de validation OTP : pas de second envoi."
    else:
        message = "Cet événement est en cours d'envoi depuis une autre fenêtre ou un autre poste : pas de second envoi."
    outcome = Outcome.OK if state in (OutboxState.POSTED, OutboxState.TO_VALID) else Outcome.ERROR
    return EventResult(label, outcome, message, event_id, letter_id)

