"""The OTP validation of a batch: one code → ``user/auth_otp`` → a one-hour session hash → the
outbox posts the ticked ``to_valid`` letters with it (ar24-api.md, decision 2). The windows run
it in the sending process (``app.outbox.worker``, action ``validate``) like a batch; the engine
is ``app.outbox.validate``.

A wrong or expired code raises before anything is posted. When the session ends during a long
batch, the report says so (``otp_expired``) and lists the letters still ``to_valid``: the
window asks for a new code and calls again with them.
"""
from __future__ import annotations

from typing import Any

from sqlalchemy import select

from app.i18n import QT_TRANSLATE_NOOP, Sentence, message
from app.outbox.control import Control
from app.outbox.pipeline import Progress
from app.outbox.post import ValidationReport
from app.outbox.validate import validate_with_code
from app.store.models import Sender, User

VALIDATED_MESSAGE = QT_TRANSLATE_NOOP("OtpValidation", "Les lettres en AR ont été validées pour l'envoi AR24")
ALL_VALIDATED = QT_TRANSLATE_NOOP("OtpValidation", "{validated} ({count} lettre(s)).")
SOME_VALIDATED = QT_TRANSLATE_NOOP("OtpValidation", "{count} lettre(s) validée(s) et transmise(s) à AR24.")
REFUSED = QT_TRANSLATE_NOOP("OtpValidation", "{count} lettre(s) refusée(s) par AR24 :")
IN_DOUBT = QT_TRANSLATE_NOOP("OtpValidation", "{count} lettre(s) à vérifier chez AR24 :")
SKIPPED = QT_TRANSLATE_NOOP("OtpValidation", "{count} lettre(s) non traitée(s) :")
LETTER_LINE = QT_TRANSLATE_NOOP("OtpValidation", "  • {name} : {reason}")
STILL_TO_VALIDATE = QT_TRANSLATE_NOOP("OtpValidation", "{count} lettre(s) restent à valider (code OTP à saisir de "
                                      "nouveau).")
AR24_OTP_PAGE = "https://otp-client.ar24.fr/"   # AR24's own code generator (seed 000, §0.3)


def user_senders(session, login: str) -> list[Sender]:
    return list(session.scalars(select(Sender).join(User).where(User.login == login).order_by(Sender.id)))


def validate_letters(context: Any, letter_ids: list[int], code: str,
                     control: Control[Progress] | None = None) -> ValidationReport:
    """In this process (the command line, tests); the windows use the sending process."""
    return validate_with_code(context.store, context.ar24.client(), letter_ids, code, control, login=context.login,
                              workstation=context.workstation,
                              parallel=context.settings.ar24_parallel_connections)


def summary(report: ValidationReport, names: dict[int, str]) -> list[Sentence]:
    """The end-of-batch message, one sentence a line; the LSC sentence when every letter went
    through. ``names``: letter id → recipient, to name the letters that did not go."""
    if report.posted and not (report.failed or report.in_doubt or report.skipped or report.remaining):
        return [message(ALL_VALIDATED, validated=VALIDATED_MESSAGE, count=len(report.posted))]
    lines: list[Sentence] = [message(SOME_VALIDATED, count=len(report.posted))]
    for title, items in ((REFUSED, report.failed), (IN_DOUBT, report.in_doubt), (SKIPPED, report.skipped)):
        if items:
            lines.append(message(title, count=len(items)))
            lines += [message(LETTER_LINE, name=names.get(letter_id, letter_id), reason=reason)
                      for letter_id, reason in sorted(items.items())]
    if report.remaining:
        lines.append(message(STILL_TO_VALIDATE, count=len(report.remaining)))
    return lines
