"""Uploading the documents of a prepared letter (``POST attachment``), one commit per file.

An upload creates nothing billable at AR24: uploading a file again after a crash only leaves
an unused attachment there. Each AR24 file id is committed as soon as it is known, so a
resumed letter uploads only what is missing; the letter becomes ``uploaded`` when all are.
A document changed on disk since it was prepared and hashed is refused, never sent.
"""
from __future__ import annotations

import hashlib
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select, update

from app.i18n import QT_TRANSLATE_NOOP, message
from app.outbox.states import Worker, move
from app.store.database import Store
from app.store.models import LetterDocument, OutboxState

if TYPE_CHECKING:   # the client (httpx, cryptography) is imported where one is built: not at start-up
    from app.ar24.client import AR24Client


class DocumentChanged(Exception):
    """A prepared document is missing or no longer the one that was checked."""


DOCUMENT_GONE = QT_TRANSLATE_NOOP("Outbox", "Le document préparé « {name} » a disparu : relancez l'envoi de cet "
                                  "événement pour le préparer de nouveau.")
DOCUMENT_CHANGED = QT_TRANSLATE_NOOP("Outbox", "Le document préparé « {name} » a été modifié après sa vérification : "
                                     "relancez l'envoi de cet événement pour le préparer de nouveau.")


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        while chunk := stream.read(1024 * 1024):
            digest.update(chunk)
    return digest.hexdigest()


def check_document(document: LetterDocument) -> Path:
    path = Path(document.path)
    if not path.is_file():
        raise DocumentChanged(message(DOCUMENT_GONE, name=document.filename))
    if path.stat().st_size != document.size or _sha256(path) != document.sha256:
        raise DocumentChanged(message(DOCUMENT_CHANGED, name=document.filename))
    return path


def upload_letter(store: Store, worker: Worker, client: AR24Client, letter_id: int, id_user: int) -> None:
    """Upload the documents without an AR24 file id, then commit ``uploaded``."""
    with store.session() as session:
        missing = list(session.scalars(select(LetterDocument).where(
            LetterDocument.letter_id == letter_id, LetterDocument.ar24_file_id.is_(None))
            .order_by(LetterDocument.position)))
    for document in missing:
        uploaded = client.upload_attachment(id_user, check_document(document), file_name=document.filename)
        with store.session() as session, session.begin():
            session.execute(update(LetterDocument).where(LetterDocument.id == document.id)
                            .values(ar24_file_id=str(uploaded.file_id)))
    move(store, worker, letter_id, OutboxState.UPLOADED, expected=[OutboxState.PREPARED, OutboxState.UPLOADED])
