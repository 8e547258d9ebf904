"""Posting letters to AR24: ``posting`` is committed before the POST, then ``posted`` with the
AR24 number, or ``uncertain`` when no usable answer came back (reconciled by ``ref_client``
before any new attempt), or back to its waiting state when AR24 certainly created nothing.

``post_validated`` is the OTP validation's entry point: it posts ``to_valid`` LRE eIDAS
letters with the session hash of ``user/auth_otp``.
"""
from __future__ import annotations

import datetime as dt
import enum
import json
import threading
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.ar24.errors import (
    AR24ApiError,
    AR24Error,
    AR24MaintenanceError,
    AR24TransportError,
)
from app.ar24.features import (
    SEND_TYPE_FEATURES,
    UNAVAILABLE_SENTENCES,
    is_unknown_route,
)
from app.i18n import QT_TRANSLATE_NOOP, Sentence, sentence_of, sentence_to_stored
from app.outbox.control import Control
from app.ar24.models import Mail, MailRequest
from app.ar24.provisional import PaperLetterRequest
from app.outbox.reconcile import Reconciled, reconcile, record_posted, settle_time
from app.outbox.states import (
    NEEDS_OTP,
    ClaimLost,
    Worker,
    claim,
    move,
    now,
    release_all,
    state_before_post,
)
from app.store.database import Store
from app.store.models import LetterDocument, OutboxState, RegisteredLetter, SendType

if TYPE_CHECKING:   # the client (httpx, cryptography) is imported where one is built: not at start-up
    from app.ar24.client import AR24Client

# AR24 refused the eIDAS identification: the one-hour OTP session is over (or the hash is wrong).
OTP_SESSION_SLUGS = frozenset({"authentication_otp_hash_invalid", "authentication_otp_invalid",
                               "authentication_missing"})
DEFAULT_PARALLEL = 8


class Posted(enum.Enum):
    POSTED = "posted"
    FAILED = "failed"              # AR24 refused the letter: nothing was created
    RETRY_LATER = "retry_later"    # maintenance, AR24 unreachable: nothing was created
    UNCERTAIN = "uncertain"        # no usable answer: reconcile before anything else
    OTP_EXPIRED = "otp_expired"    # the OTP session is over: back to to_valid


@dataclass(frozen=True)
class PostOutcome:
    result: Posted
    message: Sentence = ""         # for the report
    mail: Mail | None = None       # set when POSTED, and only then
    error: AR24Error | None = None   # what AR24 (or the way to it) answered, when it failed

    @property
    def retry_after(self) -> float | None:
        """The server's ``Retry-After``, when it gave one."""
        return self.error.retry_after if isinstance(self.error, AR24TransportError) else None


def _request(send_type: SendType, fields: dict[str, str], file_ids: Sequence[int], local_ref: str,
             auth_otp_hash: str) -> MailRequest | PaperLetterRequest:
    id_user, attachments = int(fields["id_user"]), tuple(file_ids)
    common = {name: fields.get(name, "") for name in ("dest_statut", "to_firstname", "to_lastname", "to_company",
                                                       "ref_dossier", "ref_facturation", "payment_slug")}
    if send_type is SendType.LR_PAPIER:
        return PaperLetterRequest(id_user=id_user, attachments=attachments, ref_client=local_ref, **common,
                                  to_address1=fields["to_address1"], to_address2=fields["to_address2"],
                                  to_zipcode=fields["to_zipcode"], to_city=fields["to_city"],
                                  to_country=fields["to_country"], color=fields["color"] == "1",
                                  duplex=fields["duplex"] == "1")
    return MailRequest(id_user=id_user, attachments=attachments, ref_client=local_ref, **common,
                       to_email=fields["to_email"], eidas=send_type in NEEDS_OTP, auth_otp_hash=auth_otp_hash)


def _send(client: AR24Client, send_type: SendType, request: MailRequest | PaperLetterRequest) -> Mail:
    if isinstance(request, PaperLetterRequest):
        return client.send_paper_letter(request)
    if send_type is SendType.AVIS_SYNDIC:
        return client.send_syndic_notice(request)
    return client.send_mail(request)


def _file_ids(session: Session, letter_id: int) -> list[int]:
    """AR24's ids of the letter's documents, in order; a letter is never posted without one."""
    file_ids = []
    for file_id in session.scalars(select(LetterDocument.ar24_file_id).where(LetterDocument.letter_id == letter_id)
                                   .order_by(LetterDocument.position)):
        if file_id is None:
            raise ValueError(f"letter {letter_id} has a document not uploaded to AR24")
        file_ids.append(int(file_id))
    return file_ids


def _not_offered(send_type: SendType, error: AR24ApiError) -> Sentence:
    """The sentence for a paper letter or notice whose route this AR24 account lacks ("")."""
    feature = SEND_TYPE_FEATURES.get(send_type.value)
    if feature is None or not is_unknown_route(feature, error):
        return ""
    return UNAVAILABLE_SENTENCES[feature]


def post_letter(store: Store, worker: Worker, client: AR24Client, letter_id: int, *,
                auth_otp_hash: str = "") -> PostOutcome:
    """One POST of a held letter waiting for it (``uploaded``, or ``to_valid`` with a hash)."""
    with store.session() as session:
        letter = session.get_one(RegisteredLetter, letter_id)
        file_ids = _file_ids(session, letter_id)
    send_type, before = letter.send_type, state_before_post(letter.send_type)
    if send_type in NEEDS_OTP and not auth_otp_hash:
        raise ValueError("an eIDAS letter is posted only with the OTP session hash")
    request = _request(send_type, json.loads(letter.ar24_request), file_ids, letter.local_ref, auth_otp_hash)
    move(store, worker, letter_id, OutboxState.POSTING, expected=[before], post_started_at=now(),
         attempts=RegisteredLetter.attempts + 1)
    resting = before is OutboxState.TO_VALID
    try:
        mail = _send(client, send_type, request)
    except AR24ApiError as error:
        if error.slug in OTP_SESSION_SLUGS:
            move(store, worker, letter_id, before, release=True, last_error=sentence_to_stored(sentence_of(error)))
            return PostOutcome(Posted.OTP_EXPIRED, sentence_of(error), error=error)
        reason = _not_offered(send_type, error) or sentence_of(error)
        move(store, worker, letter_id, OutboxState.FAILED, release=True, last_error=sentence_to_stored(reason))
        return PostOutcome(Posted.FAILED, reason, error=error)
    except (AR24MaintenanceError, AR24TransportError) as error:
        if isinstance(error, AR24MaintenanceError) or error.certainly_not_sent:
            move(store, worker, letter_id, before, release=resting, last_error=sentence_to_stored(sentence_of(error)))
            return PostOutcome(Posted.RETRY_LATER, sentence_of(error), error=error)
        move(store, worker, letter_id, OutboxState.UNCERTAIN, last_error=sentence_to_stored(sentence_of(error)))
        return PostOutcome(Posted.UNCERTAIN, sentence_of(error), error=error)
    except AR24Error as error:   # an answer came but could not be read: AR24 may have created it
        move(store, worker, letter_id, OutboxState.UNCERTAIN, last_error=sentence_to_stored(sentence_of(error)))
        return PostOutcome(Posted.UNCERTAIN, sentence_of(error), error=error)
    record_posted(store, worker, letter_id, mail)
    return PostOutcome(Posted.POSTED, mail=mail)


# -- the OTP validation's entry point ---------------------------------------------------------

NOT_TO_VALID = QT_TRANSLATE_NOOP("Outbox", "Cette lettre n'attend plus de validation OTP : elle est déjà envoyée, "
                                "annulée, ou en cours d'envoi depuis une autre fenêtre ou un autre poste.")
IN_DOUBT_LATER = QT_TRANSLATE_NOOP("Outbox", "AR24 n'a pas confirmé la réception de cette lettre : l'application "
                                  "vérifie chez AR24 (par sa référence) avant tout nouvel envoi ; aucune action "
                                  "n'est nécessaire.")


@dataclass
class ValidationReport:
    """What ``post_validated`` did, letter by letter.

    ``otp_expired`` is True when AR24 refused the session hash (the one-hour OTP session is
    over): the caller asks for a new code and calls again with ``remaining`` (still
    ``to_valid``, nothing was sent for them)."""

    posted: dict[int, Mail] = field(default_factory=dict)
    failed: dict[int, Sentence] = field(default_factory=dict)     # letter id → reason
    in_doubt: dict[int, Sentence] = field(default_factory=dict)   # left to reconciliation
    skipped: dict[int, Sentence] = field(default_factory=dict)    # not to_valid, or held elsewhere
    remaining: list[int] = field(default_factory=list)            # still to_valid: post again later
    otp_expired: bool = False
    otp_message: Sentence = ""


class _Stop:
    def __init__(self, control: Control[int] | None) -> None:
        self.control, self.event = control, threading.Event()

    @property
    def now(self) -> bool:
        return self.event.is_set() or (self.control is not None and self.control.cancelled)


def post_validated(store: Store, client: AR24Client, letter_ids: list[int], auth_otp_hash: str,
                   control: Control[int] | None = None, *, workstation: str, parallel: int = DEFAULT_PARALLEL,
                   settle: dt.timedelta | None = None) -> ValidationReport:
    """Post the ``to_valid`` letters with the OTP session hash, ``parallel`` at a time.

    ``control`` (optional): ``.cancelled`` stops before the next letter; ``.report(done)`` is
    called with the number of letters handled so far. Never raises for one letter's failure."""
    settle = settle if settle is not None else settle_time(client)
    worker = Worker.new(workstation)
    report = ValidationReport()
    claimed = claim(store, worker, letter_ids, [OutboxState.TO_VALID], workstation)
    report.skipped = {letter_id: NOT_TO_VALID for letter_id in letter_ids if letter_id not in set(claimed)}
    stop, lock, handled = _Stop(control), threading.Lock(), [0]

    def one(letter_id: int) -> None:
        if stop.now:
            with lock:
                report.remaining.append(letter_id)
            return
        try:
            outcome = post_letter(store, worker, client, letter_id, auth_otp_hash=auth_otp_hash)
            if outcome.result is Posted.UNCERTAIN:
                settled = reconcile(store, worker, client, [letter_id], settle=settle).get(letter_id)
                if settled is Reconciled.POSTED:
                    with store.session() as session:
                        letter = session.get_one(RegisteredLetter, letter_id)
                    outcome = PostOutcome(Posted.POSTED, mail=Mail(id=letter.ar24_mail_id, status=letter.ar24_status,
                                                                   ref_client=letter.local_ref))
                elif settled is Reconciled.ABSENT:
                    outcome = PostOutcome(Posted.RETRY_LATER, outcome.message)
        except ClaimLost:
            outcome = PostOutcome(Posted.FAILED, NOT_TO_VALID)
        except AR24Error as error:   # the reconciliation itself could not reach AR24
            outcome = PostOutcome(Posted.UNCERTAIN, sentence_of(error))
        with lock:
            if outcome.mail is not None:   # posted: only then has the outcome AR24's mail
                report.posted[letter_id] = outcome.mail
            elif outcome.result is Posted.FAILED:
                report.failed[letter_id] = outcome.message
            elif outcome.result is Posted.UNCERTAIN:
                report.in_doubt[letter_id] = IN_DOUBT_LATER
            else:
                report.remaining.append(letter_id)
                if outcome.result is Posted.OTP_EXPIRED:
                    report.otp_expired, report.otp_message = True, outcome.message
                    stop.event.set()
            handled[0] += 1
            done = handled[0]
        if control is not None:
            control.report(done)

    try:
        with ThreadPoolExecutor(max(1, parallel), thread_name_prefix="ar24-post") as pool:
            list(pool.map(one, claimed))
    finally:
        release_all(store, worker)   # in-doubt letters wait for the next start's reconciliation
    report.remaining.sort()
    return report
