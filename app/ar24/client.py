"""HTTP client of the AR24 API (confirmed endpoints; the guessed ones come from ``provisional``).

Every call carries ``token`` and ``date`` (Europe/Paris) and the ``signature`` header; GET
parameters go in the query string, POST parameters as form data (multipart when a file is
sent). Answers are decoded per spec §2.4: a JSON object is clear (error, maintenance),
anything else is decrypted with the date string this very attempt sent.

Retries (tenacity, bounded exponential backoff) happen only where they cannot create a
second mail: reads, maintenance answers, and failures that certainly happened before AR24
received the request. A POST whose outcome is uncertain raises ``AR24TransportError`` with
``outcome_uncertain``; the caller then reconciles by ``ref_client`` (``find_mails_by_ref``).
"""
from __future__ import annotations

import hashlib
import json
import logging
import mimetypes
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import IO, Any, TypeVar

import httpx
from tenacity import RetryCallState, Retrying, retry_if_exception, stop_after_attempt, wait_exponential

from app.ar24.connection import ConnectionSettings
from app.ar24.crypto import DecryptionError, decrypt_response, sign_date
from app.ar24.dates import format_paris, paris_now
from app.ar24.errors import (
    AR24ApiError,
    AR24Error,
    AR24MaintenanceError,
    AR24CallInterrupted,
    AR24ProofNotReadyError,
    AR24TimeoutError,
    AR24TransportError,
    ProtocolError,
    UnexpectedAnswerError,
    UnsafeDocumentError,
)
from app.ar24.models import DownloadedFile, Mail, MailRequest, OtpSession, UploadedFile, User, php_array
from app.ar24.provisional import ProvisionalEndpoints
from app.ar24.shapes import expect_id, expect_object, expect_objects
from app.i18n import QT_TRANSLATE_NOOP, message

logger = logging.getLogger(__name__)
T = TypeVar("T")


class _HideQueryStrings(logging.Filter):
    """httpx logs every request URL at INFO, and ours carry the partner token in the query."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple):
            record.args = tuple(arg.copy_with(query=None) if isinstance(arg, httpx.URL) else arg for arg in record.args)
        return True


logging.getLogger("httpx").addFilter(_HideQueryStrings())

PAGE_SIZE = 100  # mails per ``user/mail`` page (AR24 documents no cap; S3 defaults to 10)
CONNECT_TIMEOUT = 10.0  # a dead host must be reported quickly; the answer itself may take 60 s
# A call ends at its timeout plus this margin, whatever the server's pace: httpx's timeouts
# bound each read, and a server sending one byte every 2 s would hold a 5 s call for minutes.
DEADLINE_MARGIN = 5.0
# The largest JSON answer we expect (a page of mails) is far below; a bigger body is hostile
# and would cost six times its size in memory once decrypted and parsed.
MAX_ANSWER_BYTES = 8 * 1024 * 1024
MAX_PROOF_BYTES = 100 * 1024 * 1024     # a proof is a PDF or a ZIP of a few hundred kilobytes
DOWNLOAD_DEADLINE_FACTOR = 5            # a proof may take longer than an API answer
MAX_REDIRECTS = 3
POLL_SECONDS = 0.1                      # how often a waiting call looks at the cancel flag
PROOF_SIGNATURES = (b"%PDF-", b"PK\x03\x04")   # what a proof really is, by content
FilePart = tuple[str, IO[bytes], str]

# The user's sentences of a failed call: the cause, then what it means for a letter.
NOT_SENT = QT_TRANSLATE_NOOP("AR24Errors", "AR24 est injoignable ({cause}) : vérifiez la connexion Internet de ce "
                             "poste. Rien n'a été envoyé.")
UNCERTAIN = QT_TRANSLATE_NOOP("AR24Errors", "{cause} : la demande a peut-être été traitée par AR24. L'application "
                              "vérifiera chez AR24 avant tout nouvel envoi de cette lettre.")
CONNECT_TIMEOUT_CAUSE = QT_TRANSLATE_NOOP("AR24Errors", "délai de connexion dépassé")
CONNECT_FAILED_CAUSE = QT_TRANSLATE_NOOP("AR24Errors", "connexion impossible")
NO_ANSWER_CAUSE = QT_TRANSLATE_NOOP("AR24Errors", "AR24 n'a pas répondu à temps")
CUT_CAUSE = QT_TRANSLATE_NOOP("AR24Errors", "La connexion avec AR24 a été coupée avant la réponse")
HTTP_ERROR_CAUSE = QT_TRANSLATE_NOOP("AR24Errors", "AR24 a répondu par une erreur HTTP {status}")
# What was wrong with an answer or a document (inside UnexpectedAnswerError / UnsafeDocumentError).
TOO_BIG = QT_TRANSLATE_NOOP("AR24Errors", "plus de {size} Mo")


@dataclass(frozen=True)
class RetryPolicy:
    """How many attempts a retryable call gets, and the exponential backoff between them."""

    attempts: int = 3
    first_delay: float = 0.5
    max_delay: float = 8.0


def transport_error(exc: httpx.HTTPError) -> AR24TransportError:
    """Classify an httpx failure: could AR24 have received the request or not?"""
    if isinstance(exc, (httpx.ConnectTimeout, httpx.PoolTimeout)):
        return AR24TimeoutError(message(NOT_SENT, cause=CONNECT_TIMEOUT_CAUSE), certainly_not_sent=True)
    if isinstance(exc, httpx.ConnectError):
        return AR24TransportError(message(NOT_SENT, cause=CONNECT_FAILED_CAUSE), certainly_not_sent=True)
    if isinstance(exc, httpx.TimeoutException):
        return AR24TimeoutError(message(UNCERTAIN, cause=NO_ANSWER_CAUSE), certainly_not_sent=False)
    return AR24TransportError(message(UNCERTAIN, cause=CUT_CAUSE), certainly_not_sent=False)


def http_status_error(status_code: int, retry_after: str | None = None) -> AR24TransportError:
    error = AR24TransportError(
        message(UNCERTAIN, cause=message(HTTP_ERROR_CAUSE, status=status_code)),
        certainly_not_sent=False,
        status_code=status_code,
    )
    error.retry_after = float(retry_after) if retry_after and retry_after.strip().isdigit() else None
    return error


def decode_body(body: str, date: str, private_key: str) -> Any:
    """The ``result`` of an AR24 answer, or the matching exception (spec §2.4, §3, §7).

    Errors and maintenance come in clear; a success comes encrypted with our key. A clear
    success belongs to the old authentication (spec §7), not ours: anyone on the path could
    have written it, so it is refused (a forged "SUCCESS, id 4242" once marked a letter sent)."""
    envelope = _clear_envelope(body)
    encrypted = envelope is None
    if envelope is None:
        try:
            envelope = json.loads(decrypt_response(body, date, private_key))
        except (DecryptionError, ValueError) as exc:
            raise ProtocolError(f"undecryptable body: {exc}") from exc
        if not isinstance(envelope, dict):
            raise ProtocolError("decrypted body is not a JSON object")
    status = str(envelope.get("status", "")).upper()
    if status == "SUCCESS":
        if not encrypted:
            raise UnexpectedAnswerError(QT_TRANSLATE_NOOP("AR24Errors", "une réponse « SUCCESS » non chiffrée"))
        return envelope.get("result")
    if status == "MAINTENANCE":
        raise AR24MaintenanceError()
    if status == "ERROR":
        raise AR24ApiError(str(envelope.get("slug") or "unknown_error"), str(envelope.get("message") or ""))
    raise ProtocolError(f"unexpected status {status!r}")


def _clear_envelope(body: str) -> dict[str, Any] | None:
    try:
        parsed = json.loads(body)
    except ValueError:
        return None
    return parsed if isinstance(parsed, dict) else None


def _is_retryable(exc: BaseException, *, read: bool) -> bool:
    if isinstance(exc, AR24CallInterrupted):
        return False
    if isinstance(exc, AR24MaintenanceError):
        return True
    if isinstance(exc, AR24TransportError):
        return read or exc.certainly_not_sent
    return False


def _log_retry(state: RetryCallState) -> None:
    failure = state.outcome.exception() if state.outcome is not None else None
    logger.warning("AR24 retry %d after %s", state.attempt_number, type(failure).__name__)


def _present(**params: Any) -> dict[str, str]:
    """Form/query fields with the unset ones left out."""
    return {name: str(value) for name, value in params.items() if value is not None and value != ""}


class AR24Client(ProvisionalEndpoints):
    """One pooled HTTP connection set to one AR24 environment. Close it (or use ``with``)."""

    def __init__(
        self,
        settings: ConnectionSettings,
        *,
        retry: RetryPolicy = RetryPolicy(),
        clock: Callable[[], datetime] = paris_now,
    ) -> None:
        self.settings = settings
        self._retry = retry
        self._clock = clock
        self._http = httpx.Client(
            base_url=settings.base_url,
            timeout=httpx.Timeout(settings.timeout, connect=min(settings.timeout, CONNECT_TIMEOUT)),
            headers={"Accept-Language": "fr"},
        )
        # Each exchange runs on one of these threads while the caller waits with a deadline and
        # an eye on ``interrupted``: the only way to leave a server that answers byte by byte.
        self._calls = ThreadPoolExecutor(max_workers=32, thread_name_prefix="ar24-call")
        self.interrupted: Callable[[], bool] = lambda: False   # the batch's "Annuler", when set
        self.max_proof_bytes = MAX_PROOF_BYTES

    def close(self) -> None:
        self._calls.shutdown(wait=False, cancel_futures=True)
        self._http.close()   # also ends an exchange abandoned at its deadline

    def __enter__(self) -> AR24Client:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # -- accounts -------------------------------------------------------------------------

    def get_user(self, *, email: str | None = None, id_user: int | None = None) -> User:
        if (email is None) == (id_user is None):
            raise ValueError("get_user needs exactly one of email or id_user")
        return User.from_api(expect_id(expect_object(self._get("user", _present(email=email, id_user=id_user)), "user"),
                                      "id", "user"))

    def list_users(self, *, limit: int | None = None, start: int | None = None, sort: str | None = None) -> list[User]:
        result = expect_object(self._get("user/list", _present(max=limit, start=start, sort=sort)), "user/list")
        return [User.from_api(item) for item in expect_objects(result.get("users"), "user/list")]

    def request_access(self, email: str) -> dict[str, Any]:
        """Ask AR24 to e-mail the account holder a link authorising our API (result shape GUESS)."""
        result = self._post("user/request_access", _present(email=email))
        return result if isinstance(result, dict) else {}

    def auth_otp(self, id_user: int, otp: str) -> OtpSession:
        """Exchange one TOTP code for a hash identifying the sender for about an hour."""
        session = expect_object(self._post("user/auth_otp", _present(id_user=id_user, otp=otp)), "user/auth_otp")
        if not isinstance(session.get("hash"), str) or not session["hash"]:
            raise UnexpectedAnswerError(QT_TRANSLATE_NOOP("AR24Errors", "user/auth_otp : pas de « hash » de session"))
        return OtpSession.from_api(session)

    # -- attachments and mails ------------------------------------------------------------

    def upload_attachment(self, id_user: int, path: Path, *, file_name: str | None = None) -> UploadedFile:
        """Upload a file streamed from disk (never read whole into memory)."""
        name = file_name or path.name
        content_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
        with path.open("rb") as stream:
            result = self._post(
                "attachment",
                _present(id_user=id_user, file_name=name),
                files={"file": (name, stream, content_type)},
            )
        return UploadedFile.from_api(expect_id(expect_object(result, "attachment"), "file_id", "attachment"))

    def send_mail(self, request: MailRequest) -> Mail:
        return Mail.from_api(expect_id(expect_object(self._post("mail", request.form()), "mail"), "id", "mail"))

    def get_mail(self, id_mail: int) -> Mail:
        return Mail.from_api(expect_id(expect_object(self._get("mail", _present(id=id_mail)), "mail"), "id", "mail"))

    def list_mails(
        self,
        id_user: int,
        *,
        mail_ids: Sequence[int] = (),
        limit: int | None = None,
        start: int | None = None,
        sort: str | None = None,
    ) -> list[Mail]:
        params = _present(id_user=id_user, max=limit, start=start, sort=sort) | php_array("mail", mail_ids)
        return [Mail.from_api(expect_id(item, "id", "user/mail"))
                for item in expect_objects(self._get("user/mail", params), "user/mail")]

    def mail_pages(self, id_user: int, *, mail_ids: Sequence[int] = (), page_size: int = PAGE_SIZE) -> Iterator[list[Mail]]:
        """``user/mail`` page after page, newest first (``max``, ``start`` as an offset), until
        an empty page, a page shorter than an earlier one (the end), or a page with no mail not
        seen yet (a server that ignores ``start`` must not make us loop). The caller stops
        earlier by leaving the loop."""
        seen: set[int | None] = set()
        start, longest = 0, 0
        while True:
            page = self.list_mails(id_user, mail_ids=mail_ids, limit=page_size, start=start, sort="DESC")
            fresh = [mail for mail in page if mail.id not in seen]
            if not fresh:
                return
            yield fresh
            if len(page) < longest:
                return
            seen.update(mail.id for mail in page)
            longest, start = max(longest, len(page)), start + len(page)

    def find_mails_by_ref(self, id_user: int, ref_client: str) -> list[Mail]:
        """Every mail of the account carrying ``ref_client`` (reads the whole listing; the
        outbox's reconciliation stops earlier, app/outbox/reconcile.py)."""
        return [mail for page in self.mail_pages(id_user) for mail in page if mail.ref_client == ref_client]

    # -- documents ------------------------------------------------------------------------

    def download(self, url: str, destination: Path) -> DownloadedFile:
        """Stream a ``proof_*_url`` / ``pdf_content`` / ``zip`` link to ``destination``: only from
        the AR24 host we are configured for, only a PDF or a ZIP (by content), at most
        ``MAX_PROOF_BYTES``."""
        return self._retrying(read=True)(self._download_once, url, destination)

    def _download_once(self, url: str, destination: Path) -> DownloadedFile:
        deadline = time.monotonic() + self.settings.timeout * DOWNLOAD_DEADLINE_FACTOR + DEADLINE_MARGIN
        partial = destination.with_name(destination.name + ".part")
        try:
            return self._bounded(self._fetch_proof, deadline, url, partial, destination, deadline)
        finally:
            partial.unlink(missing_ok=True)

    def _fetch_proof(self, url: str, partial: Path, destination: Path, deadline: float) -> DownloadedFile:
        path_only = httpx.URL(url).path  # the query holds the document token: never log it
        digest, size = hashlib.sha256(), 0
        try:
            for _hop in range(MAX_REDIRECTS + 1):
                self._check_host(url)
                with self._http.stream("GET", url) as response:
                    if response.is_redirect and "location" in response.headers:
                        url = str(response.url.join(response.headers["location"]))
                        continue
                    if response.status_code == 404:
                        raise AR24ProofNotReadyError()
                    if response.status_code != 200:
                        raise http_status_error(response.status_code)
                    with partial.open("wb") as out:
                        for chunk in response.iter_bytes():
                            if size == 0 and not chunk.startswith(PROOF_SIGNATURES):
                                raise UnsafeDocumentError(QT_TRANSLATE_NOOP("AR24Errors", "ce n'est ni un PDF ni une archive ZIP"))
                            size += len(chunk)
                            if size > self.max_proof_bytes:
                                raise UnsafeDocumentError(message(TOO_BIG, size=self.max_proof_bytes // (1024 * 1024)))
                            if time.monotonic() > deadline:
                                raise httpx.ReadTimeout("proof download past its deadline")
                            out.write(chunk)
                            digest.update(chunk)
                    if size == 0:
                        raise UnsafeDocumentError(QT_TRANSLATE_NOOP("AR24Errors", "le document est vide"))
                    partial.replace(destination)
                    logger.info("AR24 download %s: %d bytes", path_only, size)
                    return DownloadedFile(destination, digest.hexdigest(), size)
            raise UnsafeDocumentError(QT_TRANSLATE_NOOP("AR24Errors", "trop de redirections"))
        except httpx.HTTPError as exc:
            logger.warning("AR24 download %s failed: %s", path_only, type(exc).__name__)
            raise transport_error(exc) from exc

    def _check_host(self, url: str) -> None:
        """A proof link on another host is not AR24's: our client would hand it nothing secret,
        but the file would be archived as a legal proof."""
        target, ours = httpx.URL(url), httpx.URL(self.settings.base_url)
        if target.is_relative_url:
            return
        if (target.scheme, target.host, target.port) != (ours.scheme, ours.host, ours.port):
            raise UnsafeDocumentError(message(QT_TRANSLATE_NOOP(
                "AR24Errors", "le lien mène à un autre serveur ({host}) que celui d'AR24"), host=target.host))

    # -- signed calls ---------------------------------------------------------------------

    def _get(self, path: str, params: dict[str, str]) -> Any:
        return self._call("GET", path, params, read=True)

    def _post(self, path: str, form: dict[str, str], files: dict[str, FilePart] | None = None) -> Any:
        return self._call("POST", path, form, files=files, read=False)

    def _retrying(self, *, read: bool) -> Retrying:
        return Retrying(
            stop=stop_after_attempt(max(1, self._retry.attempts)),
            wait=wait_exponential(multiplier=self._retry.first_delay, max=self._retry.max_delay),
            retry=retry_if_exception(lambda exc: _is_retryable(exc, read=read)),
            before_sleep=_log_retry,
            reraise=True,
        )

    def _call(
        self, method: str, path: str, fields: dict[str, str], *, read: bool, files: dict[str, FilePart] | None = None
    ) -> Any:
        return self._retrying(read=read)(self._send_once, method, path, fields, files)

    def _send_once(self, method: str, path: str, fields: dict[str, str], files: dict[str, FilePart] | None) -> Any:
        # A fresh date (and signature) per attempt: a retry after backoff must not be "expired".
        date = format_paris(self._clock())
        signed = fields | {"token": self.settings.token, "date": date}
        headers = {"signature": sign_date(date, self.settings.private_key)}
        for _name, stream, _type in (files or {}).values():
            stream.seek(0)  # a retried upload must send the file from its start
        deadline = time.monotonic() + self.settings.timeout + DEADLINE_MARGIN
        if method == "GET":
            request = self._http.build_request("GET", path, params=signed, headers=headers)
        else:
            request = self._http.build_request("POST", path, data=signed, files=files, headers=headers)
        try:
            status, body, retry_after = self._bounded(self._exchange, deadline, request, deadline)
        except httpx.HTTPError as exc:
            logger.warning("AR24 %s %s failed: %s", method, path, type(exc).__name__)
            raise transport_error(exc) from exc
        if status != 200:
            logger.warning("AR24 %s %s: HTTP %d", method, path, status)
            raise http_status_error(status, retry_after)
        try:
            result = decode_body(body, date, self.settings.private_key)
        except AR24ApiError as exc:   # a refusal AR24 explains (a wrong code, a probe): routine
            logger.info("AR24 %s %s: %s %s", method, path, type(exc).__name__, exc.slug)
            raise
        except AR24Error as exc:
            logger.warning("AR24 %s %s: %s", method, path, type(exc).__name__)
            raise
        logger.debug("AR24 %s %s: success", method, path)
        return result

    def _exchange(self, request: httpx.Request, deadline: float) -> tuple[int, str, str | None]:
        """Send and read the whole answer, within ``MAX_ANSWER_BYTES`` and the deadline: the
        status, the body and the server's ``Retry-After``."""
        response = self._http.send(request, stream=True)
        try:
            if response.status_code != 200:
                return response.status_code, "", response.headers.get("retry-after")
            chunks, size = [], 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > MAX_ANSWER_BYTES:
                    raise UnexpectedAnswerError(message(QT_TRANSLATE_NOOP("AR24Errors", "une réponse de plus de {size} Mo"),
                                                        size=MAX_ANSWER_BYTES // (1024 * 1024)))
                if time.monotonic() > deadline:
                    raise httpx.ReadTimeout("answer past its deadline")
                chunks.append(chunk)
            return 200, b"".join(chunks).decode(response.encoding or "utf-8", errors="replace"), None
        finally:
            response.close()

    def _bounded(self, work: Callable[..., T], deadline: float, *args: Any) -> T:
        """``work(*args)`` on a call thread; the caller leaves at the deadline or as soon as
        ``interrupted()`` says so (the outcome of a POST is then uncertain, and reconciled)."""
        future: Future[T] = self._calls.submit(work, *args)
        while True:
            if self.interrupted():
                future.cancel()
                raise AR24CallInterrupted()
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                future.cancel()
                raise AR24TimeoutError(message(UNCERTAIN, cause=NO_ANSWER_CAUSE), certainly_not_sent=False)
            try:
                return future.result(timeout=min(remaining, POLL_SECONDS))
            except FutureTimeout:
                continue
