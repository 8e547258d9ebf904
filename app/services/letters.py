"""Operations of the registered letters' screens: the list and its search, one letter's detail,
the OTP validation (run by the sending process), the status sync, the exports and the proofs ZIP.

The list's rows are the one exception to "typed frozen results": plain tuples in
``LETTER_FIELDS`` order, because a typed object per row costs the list of 100,000 letters
seconds to build and to search (README, "Big lists"). Everything else is a frozen dataclass.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app import changes
from app.changes import Change
from app.context import AppContext
from app.i18n import Sentence
from app.letters import otp_code, queries
from app.letters.export import export_table
from app.letters.proof_zip import ZipReport, export_proofs_zip, letters_of_entity
from app.letters.queries import LetterDetail, LetterSearch
from app.letters.validation import user_senders
from app.sync.agency import sync_for_agency
from app.sync.archive import ProofArchive
from app.sync.statuses import SyncReport

# The letters' labels, for the windows (they import no app.store module).
from app.store.statuses import PROOF_LABELS as PROOF_LABELS
from app.store.statuses import TYPE_LABELS as TYPE_LABELS
from app.store.statuses import status_choices as status_choices
from app.store.statuses import status_label as status_label
from app.store.statuses import status_tooltip as status_tooltip
from app.store.statuses import type_label as type_label

if TYPE_CHECKING:
    from app.outbox.control import Control

LetterRow = tuple[Any, ...]   # the list's fast row, LETTER_FIELDS order (see the module's docstring)
EXPORT_PROGRESS_ROWS = 500   # a progress report every so many rows: a few a second on 100,000 letters


@dataclass(frozen=True)
class SearchChoices:
    """Who and which entity the search can narrow to: id → "CODE - name"."""
    users: dict[int, str]
    entities: dict[int, str]

    def describe(self, criteria: LetterSearch) -> list[Sentence]:
        """Whose letters, then each criterion that narrows them (LetterSearch.describe)."""
        return criteria.describe({uid: label.split(" - ")[0] for uid, label in self.users.items()},
                                 {eid: label.split(" - ")[0] for eid, label in self.entities.items()})


@dataclass(frozen=True)
class OtpSender:
    email: str
    name: str
    key_stored: bool     # its OTP key is in this workstation's keyring: the code can be generated


def current_user_id(context: AppContext) -> int | None:
    with context.store.session() as session:
        return queries.user_id_of(session, context.login)


def search_choices(context: AppContext) -> SearchChoices:
    with context.store.session() as session:
        users, entities = queries.search_choices(session)
    return SearchChoices(users, entities)


def newest_letters(context: AppContext, criteria: LetterSearch, count: int) -> list[LetterRow]:
    """The first screen of the list, most recent first."""
    with context.store.session() as session:
        return queries.letter_rows(session, criteria, newest=count)


def all_letters(context: AppContext, criteria: LetterSearch) -> list[LetterRow]:
    """Every letter of the search (a background job: 100,000 letters take a second)."""
    with context.store.session() as session:
        return queries.letter_rows(session, criteria)


def letters_to_validate(context: AppContext) -> list[LetterRow]:
    """The user's letters waiting for their OTP code, oldest first."""
    with context.store.session() as session:
        user_id = queries.user_id_of(session, context.login)
        rows = queries.to_valid_rows(session, user_id) if user_id is not None else []
    created = queries.LETTER_FIELDS.index("created_at")
    return sorted(rows, key=lambda row: (str(row[created]), row[0]))


def letter_detail(context: AppContext, letter_id: int) -> LetterDetail | None:
    with context.store.session() as session:
        return queries.letter_detail(session, letter_id)


def entity_letter_ids(context: AppContext, entity_id: int) -> list[int]:
    with context.store.session() as session:
        return letters_of_entity(session, entity_id)


# -- OTP validation -------------------------------------------------------------------------------

def otp_senders(context: AppContext) -> list[OtpSender]:
    with context.store.session() as session:
        senders = [(s.email, f"{s.firstname} {s.lastname}".strip()) for s in user_senders(session, context.login)]
    return [OtpSender(email, name, otp_code.has_stored_key(context.secrets, email)) for email, name in senders]


def generated_code(context: AppContext, sender_email: str) -> str:
    """The sender's code now, from its stored key; LookupError (raised with its Message) when none is stored."""
    return otp_code.current_code(context.secrets, sender_email)


def validation_request(context: AppContext, letter_ids: Sequence[int], code: str) -> dict[str, Any]:
    """What the sending process needs to validate ``letter_ids`` with ``code`` (call off the UI
    thread: in the demo environment it may start the local AR24 service)."""
    from app.outbox.worker import worker_request

    return worker_request(context, "validate", letter_ids=letter_ids, otp_code=code)


# -- status sync ----------------------------------------------------------------------------------

def sync_statuses(context: AppContext, control: Control | None = None, *,
                  fresh_within: dt.timedelta | None = None) -> SyncReport:
    """The agency's sync of statuses and proofs (skipped when another seat does it: what that
    seat wrote is news here too)."""
    report = sync_for_agency(context.store, context.ar24.client, ProofArchive(), context.workstation,
                             control=control, fresh_within=fresh_within)
    if report.transitions or report.proofs_downloaded or report.done_elsewhere:
        changes.publish(Change.LETTERS)
    return report


def proof_file(archive: ProofArchive, sha256: str | None) -> Path | None:
    """The archived proof, or None when it is missing or altered since its download."""
    return archive.path_for(sha256) if sha256 and archive.verify(sha256) else None


# -- exports --------------------------------------------------------------------------------------

class _Cancelled(Exception):
    """The user stopped the export."""


def _reported(rows: Iterable[Sequence[str]], total: int, control: Control | None) -> Iterator[Sequence[str]]:
    for done, row in enumerate(rows, 1):
        if control is not None:
            if control.cancelled:
                raise _Cancelled()
            if done % EXPORT_PROGRESS_ROWS == 0 or done == total:
                control.report((done, total))
        yield row


@dataclass(frozen=True)
class TableExport:
    rows: int
    cancelled: bool = False     # stopped by the user: no file was written


def export_letters(path: Path, headers: Sequence[str], rows: Sequence[LetterRow],
                   cells: Callable[[LetterRow], Sequence[str]], title: str,
                   control: Control | None = None) -> TableExport:
    """The shown rows as CSV or XLSX (by ``path``'s suffix), each row as ``cells`` shows it;
    progress ``(rows written, rows)``."""
    try:
        return TableExport(export_table(path, headers, _reported((cells(row) for row in rows), len(rows), control),
                                        title=title))
    except _Cancelled:
        path.with_name(path.name + ".part").unlink(missing_ok=True)
        return TableExport(0, cancelled=True)


def export_proofs(context: AppContext, archive: ProofArchive, letter_ids: Sequence[int], destination: Path,
                  control: Control | None = None) -> ZipReport:
    """The proofs of ``letter_ids`` as one ZIP with its manifest; progress ``(proofs written, proofs)``."""
    return export_proofs_zip(context.store, archive, list(letter_ids), destination, control)
