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
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import IO, Any

import httpx
from tenacity import Retrying, retry_if_exception, stop_after_attempt, wait_exponential

from app.ar24.connection import ConnectionSettings
from app.ar24.crypto import DecryptionError, decrypt_response, sign_date
from app.ar24.dates import format_paris, paris_now
from app.ar24.errors import (
    AR24ApiError,
    AR24Error,
    AR24MaintenanceError,
    AR24ProofNotReadyError,
    AR24TimeoutError,
    AR24TransportError,
    ProtocolError,
)
from app.ar24.models import DownloadedFile, Mail, MailRequest, OtpSession, UploadedFile, User, php_array
from app.ar24.provisional import ProvisionalEndpoints

logger = logging.getLogger(__name__)


class _HideQueryStrings(logging.Filter):
    """httpx logs every request URL at INFO, and ours carry the partner token in the query."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple):
            record.args = tuple(arg.copy_with(query=None) if isinstance(arg, httpx.URL) else arg for arg in record.args)
        return True


logging.getLogger("httpx").addFilter(_HideQueryStrings())

PAGE_SIZE = 100  # mails per ``user/mail`` page (AR24 documents no cap; S3 defaults to 10)
CONNECT_TIMEOUT = 10.0  # a dead host must be reported quickly; the answer itself may take 60 s
FilePart = tuple[str, IO[bytes], str]

NOT_SENT = "AR24 est injoignable ({}) : vérifiez la connexion Internet de ce poste. Rien n'a été envoyé."
UNCERTAIN = (
    "{} : la demande a peut-être été traitée par AR24. "
    "L'application vérifiera chez AR24 avant tout nouvel envoi de cette lettre."
)


@dataclass(frozen=True)
class RetryPolicy:
    """How many attempts a retryable call gets, and the exponential backoff between them."""

    attempts: int = 3
    first_delay: float = 0.5
    max_delay: float = 8.0


def transport_error(exc: httpx.HTTPError) -> AR24TransportError:
    """Classify an httpx failure: could AR24 have received the request or not?"""
    if isinstance(exc, (httpx.ConnectTimeout, httpx.PoolTimeout)):
        return AR24TimeoutError(NOT_SENT.format("délai de connexion dépassé"), certainly_not_sent=True)
    if isinstance(exc, httpx.ConnectError):
        return AR24TransportError(NOT_SENT.format("connexion impossible"), certainly_not_sent=True)
    if isinstance(exc, httpx.TimeoutException):
        return AR24TimeoutError(UNCERTAIN.format("AR24 n'a pas répondu à temps"), certainly_not_sent=False)
    return AR24TransportError(UNCERTAIN.format("La connexion avec AR24 a été coupée avant la réponse"), certainly_not_sent=False)


def http_status_error(status_code: int) -> AR24TransportError:
    return AR24TransportError(
        UNCERTAIN.format(f"AR24 a répondu par une erreur HTTP {status_code}"),
        certainly_not_sent=False,
        status_code=status_code,
    )


def decode_body(body: str, date: str, private_key: str) -> Any:
    """The ``result`` of an AR24 answer, or the matching exception (spec §2.4, §3, §7)."""
    envelope = _clear_envelope(body)
    if envelope is None:
        try:
            envelope = json.loads(decrypt_response(body, date, private_key))
        except (DecryptionError, ValueError) as exc:
            raise ProtocolError(f"undecryptable body: {exc}") from exc
        if not isinstance(envelope, dict):
            raise ProtocolError("decrypted body is not a JSON object")
    status = str(envelope.get("status", "")).upper()
    if status == "SUCCESS":
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
    if isinstance(exc, AR24MaintenanceError):
        return True
    if isinstance(exc, AR24TransportError):
        return read or exc.certainly_not_sent
    return False


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

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> AR24Client:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # -- accounts -------------------------------------------------------------------------

    def get_user(self, *, email: str | None = None, id_user: int | None = None) -> User:
        if (email is None) == (id_user is None):
            raise ValueError("get_user needs exactly one of email or id_user")
        return User.from_api(self._get("user", _present(email=email, id_user=id_user)))

    def list_users(self, *, limit: int | None = None, start: int | None = None, sort: str | None = None) -> list[User]:
        result = self._get("user/list", _present(max=limit, start=start, sort=sort))
        return [User.from_api(item) for item in result.get("users", [])]

    def request_access(self, email: str) -> dict[str, Any]:
        """Ask AR24 to e-mail the account holder a link authorising our API (result shape GUESS)."""
        result = self._post("user/request_access", _present(email=email))
        return result if isinstance(result, dict) else {}

    def auth_otp(self, id_user: int, otp: str) -> OtpSession:
        """Exchange one TOTP code for a hash identifying the sender for about an hour."""
        return OtpSession.from_api(self._post("user/auth_otp", _present(id_user=id_user, otp=otp)))

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
        return UploadedFile.from_api(result)

    def send_mail(self, request: MailRequest) -> Mail:
        return Mail.from_api(self._post("mail", request.form()))

    def get_mail(self, id_mail: int) -> Mail:
        return Mail.from_api(self._get("mail", _present(id=id_mail)))

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
        return [Mail.from_api(item) for item in self._get("user/mail", params) or []]

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
        """Stream a ``proof_*_url`` / ``pdf_content`` / ``zip`` link to ``destination``."""
        return self._retrying(read=True)(self._download_once, url, destination)

    def _download_once(self, url: str, destination: Path) -> DownloadedFile:
        partial = destination.with_name(destination.name + ".part")
        digest = hashlib.sha256()
        size = 0
        path_only = httpx.URL(url).path  # the query holds the document token: never log it
        try:
            with self._http.stream("GET", url) as response:
                if response.status_code == 404:
                    raise AR24ProofNotReadyError()
                if response.status_code != 200:
                    raise http_status_error(response.status_code)
                with partial.open("wb") as out:
                    for chunk in response.iter_bytes():
                        out.write(chunk)
                        digest.update(chunk)
                        size += len(chunk)
            partial.replace(destination)
        except httpx.HTTPError as exc:
            logger.warning("AR24 download %s failed: %s", path_only, type(exc).__name__)
            raise transport_error(exc) from exc
        finally:
            partial.unlink(missing_ok=True)
        logger.info("AR24 download %s: %d bytes", path_only, size)
        return DownloadedFile(destination, digest.hexdigest(), size)

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
            before_sleep=lambda state: logger.warning(
                "AR24 retry %d after %s", state.attempt_number,
                type(state.outcome.exception()).__name__ if state.outcome is not None else "?"
            ),
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
        try:
            if method == "GET":
                response = self._http.get(path, params=signed, headers=headers)
            else:
                response = self._http.post(path, data=signed, files=files, headers=headers)
        except httpx.HTTPError as exc:
            logger.warning("AR24 %s %s failed: %s", method, path, type(exc).__name__)
            raise transport_error(exc) from exc
        if response.status_code != 200:
            logger.warning("AR24 %s %s: HTTP %d", method, path, response.status_code)
            raise http_status_error(response.status_code)
        try:
            result = decode_body(response.text, date, self.settings.private_key)
        except AR24Error as exc:
            logger.warning("AR24 %s %s: %s %s", method, path, type(exc).__name__, getattr(exc, "slug", ""))
            raise
        logger.debug("AR24 %s %s: success", method, path)
        return result
