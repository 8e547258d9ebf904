"""The OTP validation of a batch: one code → ``user/auth_otp`` → a one-hour session hash → the
outbox posts the ticked ``to_valid`` letters with it (ar24-api.md, decision 2).

A wrong or expired code raises before anything is posted. When the session ends during a long
batch, the report says so (``otp_expired``) and lists the letters still ``to_valid``: the
window asks for a new code and calls again with them.
"""
from __future__ import annotations

import re
from typing import Any

from sqlalchemy import select

from app.ar24_access import linked_account_id
from app.outbox.post import ValidationReport, post_validated
from app.store.models import Sender, User

VALIDATED_MESSAGE = "Les lettres en AR ont été validées pour l'envoi AR24"
AR24_OTP_PAGE = "https://otp-client.ar24.fr/"   # AR24's own code generator (seed 000, §0.3)
CODE_PATTERN = re.compile(r"\d{6}")


class InvalidCodeFormat(ValueError):
    def __init__(self) -> None:
        super().__init__("Le code OTP comporte exactement 6 chiffres : vérifiez la saisie.")


def user_senders(session, login: str) -> list[Sender]:
    return list(session.scalars(select(Sender).join(User).where(User.login == login).order_by(Sender.id)))


def validate_letters(context: Any, letter_ids: list[int], code: str, control: Any = None) -> ValidationReport:
    """Open the OTP session with ``code`` and post ``letter_ids`` with it (background job)."""
    code = code.strip().replace(" ", "")
    if not CODE_PATTERN.fullmatch(code):
        raise InvalidCodeFormat()
    with context.store.session() as session:
        id_user = linked_account_id(session, context.login)
    client = context.ar24.client()
    session_hash = client.auth_otp(id_user, code).hash   # wrong code: AR24ApiError, nothing posted
    return post_validated(context.store, client, letter_ids, session_hash, control, workstation=context.workstation,
                          parallel=context.settings.ar24_parallel_connections)


def summary(report: ValidationReport, names: dict[int, str]) -> str:
    """The French end-of-batch message; the LSC sentence when every letter went through.
    ``names``: letter id → recipient, to name the letters that did not go."""
    if report.posted and not (report.failed or report.in_doubt or report.skipped or report.remaining):
        return f"{VALIDATED_MESSAGE} ({len(report.posted)} lettre(s))."
    lines = [f"{len(report.posted)} lettre(s) validée(s) et transmise(s) à AR24."]
    for title, items in (("refusée(s) par AR24", report.failed), ("à vérifier chez AR24", report.in_doubt),
                         ("non traitée(s)", report.skipped)):
        if items:
            lines.append(f"{len(items)} lettre(s) {title} :")
            lines += [f"  • {names.get(letter_id, letter_id)} : {reason}" for letter_id, reason in sorted(items.items())]
    if report.remaining:
        lines.append(f"{len(report.remaining)} lettre(s) restent à valider (code OTP à saisir de nouveau).")
    return "\n".join(lines)
