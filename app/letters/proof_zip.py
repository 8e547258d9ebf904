"""Proofs of a selection of letters, or of an entity, as one ZIP: one folder per letter, and a
manifest of every file with its SHA-256 (checked against the archive while writing)."""
from __future__ import annotations

import csv
import io
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select

from app.i18n import QT_TRANSLATE_NOOP, Sentence, message
from app.store.statuses import PROOF_LABELS
from app.store.models import Entity, Proof, RegisteredLetter
from app.sync.archive import ProofArchive

if TYPE_CHECKING:
    from app.outbox.control import Control

MANIFEST = "empreintes-sha256.csv"
MISSING = QT_TRANSLATE_NOOP("Letters", "{number} {recipient} : {proof} absente ou altérée dans l'archive")


@dataclass
class ZipReport:
    files: int = 0
    missing: list[Sentence] = field(default_factory=list)   # one per proof not found intact
    cancelled: bool = False                            # stopped by the user: no file was written


def _safe(text: str) -> str:
    return re.sub(r'[\\/:*?"<>|\s]+', " ", text).strip()[:80] or "sans nom"   # i18n: data (a file name)


def letters_of_entity(session, entity_id: int) -> list[int]:
    return list(session.scalars(select(RegisteredLetter.id).where(RegisteredLetter.entity_id == entity_id)
                                .order_by(RegisteredLetter.id)))


def export_proofs_zip(store, archive: ProofArchive, letter_ids: list[int], destination: Path,
                      control: Control | None = None) -> ZipReport:
    """``control`` (a background job's): ``report((done, total))`` after each proof, and a
    cancel leaves no file behind."""
    with store.session() as session:
        rows = session.execute(
            select(RegisteredLetter.id, RegisteredLetter.ar24_mail_id, RegisteredLetter.local_ref,
                   RegisteredLetter.recipient_name, Entity.code, Proof.kind, Proof.sha256)
            .join(Proof, Proof.letter_id == RegisteredLetter.id)
            .outerjoin(Entity, RegisteredLetter.entity_id == Entity.id)
            .where(RegisteredLetter.id.in_(letter_ids), Proof.sha256.is_not(None))
            .order_by(RegisteredLetter.id, Proof.id)).all()
    report = ZipReport()
    manifest = io.StringIO()
    writer = csv.writer(manifest, delimiter=";")
    writer.writerow(["Numéro", "Destinataire", "Preuve", "Fichier", "SHA-256"])   # i18n: data (the manifest)
    partial = destination.with_name(destination.name + ".part")
    with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as bundle:
        for done, row in enumerate(rows, 1):
            if control is not None and control.cancelled:
                report.cancelled = True
                break
            number = str(row.ar24_mail_id or row.local_ref)
            label = PROOF_LABELS.get(row.kind.value, row.kind.value)
            name = f"{_safe(row.code or 'sans entite')}/{number} {_safe(row.recipient_name)}/{_safe(label)}.pdf"   # i18n: data
            if not archive.verify(row.sha256):
                report.missing.append(message(MISSING, number=number, recipient=row.recipient_name, proof=label))
                continue
            bundle.write(archive.path_for(row.sha256), name)
            writer.writerow([number, row.recipient_name, label, name, row.sha256])
            report.files += 1
            if control is not None:
                control.report((done, len(rows)))
        bundle.writestr(MANIFEST, "\ufeff" + manifest.getvalue())
    if report.cancelled:
        partial.unlink()
    else:
        partial.replace(destination)
    return report
