"""The OTP validation's engine, run by the sending process (action ``validate``) and by the
command line: the code opens AR24's one-hour OTP session (``user/auth_otp``), whose hash posts
the ``to_valid`` letters (``post_validated``). A wrong code raises before anything is posted.
"""
from __future__ import annotations

import re
import time
from collections.abc import Sequence
from app.ar24.client import AR24Client
from app.ar24_access import linked_account_id
from app.outbox.control import Control
from app.outbox.pipeline import PROGRESS_SECONDS, Progress
from app.outbox.post import ValidationReport, post_validated
from app.store.database import Store

CODE_PATTERN = re.compile(r"\d{6}")


class InvalidCodeFormat(ValueError):
    def __init__(self) -> None:
        super().__init__("Le code OTP comporte exactement 6 chiffres : vérifiez la saisie.")


class _LetterProgress(Control[int]):
    """``post_validated`` counts letters; the sending process reports a batch's ``Progress``,
    at most ten times a second. Cancelling it cancels the run it watches."""

    def __init__(self, outer: Control[Progress] | None, total: int) -> None:
        super().__init__()
        self.outer, self.total, self.last = outer, total, 0.0

    @property
    def cancelled(self) -> bool:
        return self.outer is not None and self.outer.cancelled

    def report(self, progress: int) -> None:
        now = time.monotonic()
        if self.outer is None or (now - self.last < PROGRESS_SECONDS and progress < self.total):
            return
        self.last = now
        self.outer.report(Progress(self.total, progress, 0, "", None))


def validate_with_code(store: Store, client: AR24Client, letter_ids: Sequence[int], code: str,
                       control: Control[Progress] | None = None, *, login: str, workstation: str,
                       parallel: int) -> ValidationReport:
    """Open the OTP session with ``code`` and post ``letter_ids`` with it."""
    code = code.strip().replace(" ", "")
    if not CODE_PATTERN.fullmatch(code):
        raise InvalidCodeFormat()
    with store.session() as session:
        id_user = linked_account_id(session, login)
    session_hash = client.auth_otp(id_user, code).hash   # wrong code: AR24ApiError, nothing posted
    return post_validated(store, client, list(letter_ids), session_hash, _LetterProgress(control, len(letter_ids)),
                          workstation=workstation, parallel=parallel)
