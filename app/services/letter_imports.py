"""Operations of "Importer des courriers PDF" (window and ``main.py import-letters``).

``preview`` reads and matches without writing (the table shown before anything is created);
``create`` writes the accepted letters and their chronoted events in one transaction. Both run in
the background with a ``Control`` (progress, cancel); a cancel leaves the store as it was.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.changes import Change, publish
from app.context import AppContext
from app.i18n import QT_TRANSLATE_NOOP, Text
from app.letter_import.create import ImportResult, create_letters
from app.letter_import.pdf import BadFile
from app.letter_import.plan import (
    BadMarker,
    ImportOptions,
    ImportPlan,
    PlannedLetter,
    plan_import,
)
from app.outbox.control import Control

__all__ = [
    "BadFile",
    "BadMarker",
    "ImportOptions",
    "ImportPlan",
    "ImportProgress",
    "ImportResult",
    "PlannedLetter",
    "create",
    "preview",
]

READING = QT_TRANSLATE_NOOP("LetterImport", "Lecture des pages")
WRITING = QT_TRANSLATE_NOOP("LetterImport", "Création des courriers")


@dataclass(frozen=True)
class ImportProgress:
    step: Text
    done: int
    total: int


def preview(context: AppContext, source: Path, options: ImportOptions, control: Control | None = None) -> ImportPlan:
    """Raises ``BadFile`` (nothing can be imported) or ``BadMarker`` (the regular expression)."""
    control = control or Control()
    with context.store.session() as session:
        return plan_import(session, source, options, cancelled=lambda: control.cancelled,
                           progress=lambda done, total: control.report(ImportProgress(READING, done, total)))


def create(context: AppContext, plan: ImportPlan, control: Control | None = None) -> ImportResult:
    """Raises ``app.compose.events.Cancelled`` when cancelled (nothing created)."""
    control = control or Control()
    result = create_letters(context.store, plan, context.login, cancelled=lambda: control.cancelled,
                            progress=lambda done, total: control.report(ImportProgress(WRITING, done, total)))
    publish(Change.EVENTS)
    return result
