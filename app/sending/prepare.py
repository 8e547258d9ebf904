"""One event turned into the files of one letter, ready to upload to AR24.

``prepare_letter_files`` writes the letter body as an A4 PDF first, then every attachment
(PDFs copied byte for byte once checked, images converted to an A4 page), each file written
atomically and hashed. An event without a body (a letter imported as a PDF) is sent as its
documents: the first one is the letter. Anything that would make AR24 or the recipient receive a wrong letter
raises ``DocumentError`` with one sentence (a Message) naming the file (and the page).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from sqlalchemy.orm import Session

from app.i18n import QT_TRANSLATE_NOOP, message, sentence_of
from app.sending.agency import load_letterhead
from app.sending.documents import (
    DocumentKind,
    content_problems,
    document_kind,
    document_name,
    letter_size_problem,
    stamp_of,
    stat_problem,
)
from app.sending.facts import EventFacts
from app.sending.files import write_atomically
from app.sending.images import image_to_pdf
from app.sending.inspection import inspect_image, inspect_pdf
from app.sending.letter_pdf import Letter, Letterhead, render_letter
from app.sending.loading import load_events
from app.sending.postal import postal_lines
from app.sending.send_types import portrait_only
from app.sending.variables import (
    ConsentLinkMaker,
    LetterVariableError,
    VariableSubject,
    substitute,
)
from app.store.models import SendType


EVENT_GONE = QT_TRANSLATE_NOOP("SendingDocuments", "L'événement {id} n'existe plus : il a été supprimé depuis sa sélection.")
IN_LETTER_OF = QT_TRANSLATE_NOOP("SendingDocuments", "Courrier de l'événement {event} : {problem}")
UNREADABLE = QT_TRANSLATE_NOOP("SendingDocuments", "La pièce jointe « {name} » n'a pas pu être lue ({reason}) : vérifiez qu'elle est "
                                                   "accessible puis relancez.")


class DocumentError(Exception):
    """A letter cannot be prepared; raised with its sentence (a Message: ``str(error)`` is French)."""


@dataclass(frozen=True)
class PreparedFile:
    path: Path                 # where the file was written, inside out_dir
    name: str                  # the name AR24 and the recipient see
    sha256: str
    size: int
    kind: Literal["letter", "attachment"]


def prepare_letter_files(session: Session, event_id: int, send_type: SendType, login: str,
                         out_dir: Path, *, on: dt.date | None = None,
                         consent_links: ConsentLinkMaker | None = None) -> list[PreparedFile]:
    """The letter body PDF, then the attachments in their order. ``on`` dates the letter (today);
    ``consent_links`` fills «AR24_LienConsentement» (see ``ar24_consent_links``)."""
    events = load_events(session, [event_id])
    if not events:
        raise DocumentError(message(EVENT_GONE, id=event_id))
    event = events[0]
    out_dir.mkdir(parents=True, exist_ok=True)
    files = []
    if has_body(event):
        letter = letter_of(event, load_letterhead(session), on or dt.date.today(), consent_links)
        name = letter_name(event)
        files.append(_write(out_dir / f"00-{name}", name, render_letter(letter), "letter"))
    for position, attachment in enumerate(event.attachments, start=1):
        files.append(_attachment(attachment.name, Path(attachment.path), out_dir, position,
                                 portrait_only(send_type), "attachment" if files else "letter"))
    if problem := letter_size_problem([file.size for file in files]):
        raise DocumentError(problem)
    return files


def letter_name(event: EventFacts) -> str:
    """"2901-Courrier.pdf", as LSC names the body of a chronoté event."""
    return f"{event.treatment_number}-Courrier.pdf" if event.treatment_number is not None else "Courrier.pdf"


def has_body(event: EventFacts) -> bool:
    """False for a letter imported as a PDF (no body, its PDF attached): nothing to render."""
    return bool(event.body_html.strip()) or not event.attachments


def letter_of(event: EventFacts, letterhead: Letterhead, on: dt.date,
              consent_links: ConsentLinkMaker | None) -> Letter:
    """The body of ``event`` merged for its recipient, as sent (and as "Nouveau courrier" previews it)."""
    return Letter(letterhead, postal_lines(event.recipient), on, event.subject, _body(event, on, consent_links),
                  event.author_name)


def _body(event: EventFacts, on: dt.date, consent_links: ConsentLinkMaker | None) -> str:
    recipient = event.recipient
    subject = VariableSubject(recipient.code, recipient.sending_email, recipient.civility, recipient.lastname,
                              recipient.firstname, event.ag_date, postal_lines(recipient), event.entity_name,
                              recipient.lot, on)
    try:
        return substitute(event.body_html, subject, consent_links)
    except LetterVariableError as error:
        raise DocumentError(message(IN_LETTER_OF, event=event.label, problem=sentence_of(error))) from None


def _attachment(name: str, path: Path, out_dir: Path, position: int, portrait: bool,
                kind: Literal["letter", "attachment"]) -> PreparedFile:
    name = document_name(name)             # a stored name never chooses where we write
    if problem := stat_problem(name, stamp_of(path)):
        raise DocumentError(problem)
    try:
        if document_kind(name) is DocumentKind.IMAGE:
            _raise_problems(name, inspect_image(path), portrait)
            data, name = image_to_pdf(path, portrait_only=portrait), f"{Path(name).stem}.pdf"
        else:
            data = path.read_bytes()       # the bytes checked are the bytes sent
            _raise_problems(name, inspect_pdf(data), portrait)
    except OSError as error:
        raise DocumentError(message(UNREADABLE, name=name, reason=error.strerror or str(error))) from None
    return _write(out_dir / f"{position:02d}-{name}", name, data, kind)


def _raise_problems(name: str, inspection, portrait: bool) -> None:
    if problems := content_problems(name, inspection, portrait_only=portrait):
        raise DocumentError(problems[0])    # the send choice lists them all; the first stops the letter


def _write(target: Path, name: str, data: bytes, kind: Literal["letter", "attachment"]) -> PreparedFile:
    sha256, size = write_atomically(target, [data])
    return PreparedFile(target, name, sha256, size, kind)
