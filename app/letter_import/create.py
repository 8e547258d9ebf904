"""The accepted letters of a plan written as PDFs in the agency's document folder, and their
chronoted events created in one transaction. Cancelled or failed: no event, no file left."""
from __future__ import annotations

import datetime as dt
import functools
import re
import shutil
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from itertools import groupby
from pathlib import Path

from app.compose.events import Attachment, Cancelled, EventDraft, add_chronoted_events
from app.letter_import.pdf import save_ranges
from app.letter_import.plan import ImportPlan, PlannedLetter
from app.paths import documents_dir
from app.store.database import Store

IMPORTED_MODEL = "Courrier importé"     # the events' "Modèle"  # i18n: data
_UNSAFE = re.compile(r"[^\w.-]+")


@dataclass(frozen=True)
class ImportResult:
    events: tuple[tuple[int, int], ...]      # (event id, treatment number) per accepted letter, in order
    folder: Path                        # where the letters' PDFs were written

    @property
    def event_ids(self) -> list[int]:
        return [event_id for event_id, _number in self.events]


def create_letters(store: Store, plan: ImportPlan, login: str, *, folder: Path | None = None,
                   cancelled: Callable[[], bool] = lambda: False,
                   progress: Callable[[int, int], None] = lambda done, total: None) -> ImportResult:
    """Progress counts the letters written, then the events created (2 × letters in all)."""
    letters = plan.accepted
    total = 2 * len(letters)
    folder = folder or documents_dir() / "courriers-importes" / f"{dt.datetime.now():%Y%m%d-%H%M%S}-{uuid.uuid4().hex[:6]}"
    folder.mkdir(parents=True, exist_ok=True)
    try:
        targets = [folder / f"{index:04d}-{_safe(letter.code)}.pdf" for index, letter in enumerate(letters, 1)]
        _write_letters(letters, targets, cancelled, lambda done: progress(done, total))
        copies: dict[Path, Path] = {}
        drafts = [EventDraft(letter.tiers_id or 0, letter.subject, IMPORTED_MODEL, ag_date=letter.ag_date,
                             attachments=(Attachment(_letter_name(letter), target),
                                          *(_copied(a, folder, copies) for a in letter.attachments)))
                  for letter, target in zip(letters, targets, strict=True)]
        if cancelled():
            raise Cancelled
        with store.session() as session, session.begin():
            events = add_chronoted_events(session, drafts, login, cancelled=cancelled,
                                       progress=lambda done: progress(len(letters) + done, total))
            if cancelled():
                raise Cancelled
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    return ImportResult(tuple(events), folder)


def _write_letters(letters: list[PlannedLetter], targets: list[Path], cancelled: Callable[[], bool],
                   progress: Callable[[int], None]) -> None:
    done = 0
    pairs = list(zip(letters, targets, strict=True))
    for source, group in groupby(pairs, key=lambda pair: pair[0].source):
        items = list(group)
        if items[0][0].whole_file:
            for _letter, target in items:
                shutil.copyfile(source, target)
        else:
            save_ranges(source, [(letter.first_page, letter.last_page) for letter, _ in items],
                        [target for _, target in items], cancelled=cancelled,
                        progress=functools.partial(_offset, progress, done))
        if cancelled():
            raise Cancelled
        done += len(items)
        progress(done)


def _offset(progress: Callable[[int], None], start: int, count: int) -> None:
    progress(start + count)


def _letter_name(letter: PlannedLetter) -> str:
    """The name the recipient sees: the file's own, or the run's name and the tiers code."""
    return letter.source.name if letter.whole_file else f"{letter.source.stem}-{_safe(letter.code)}.pdf"


def _copied(attachment: Attachment, folder: Path, copies: dict[Path, Path]) -> Attachment:
    """An attachment of the manifest copied once into the import's folder (the export folder may go)."""
    if attachment.path not in copies:
        target = folder / "pj" / f"{len(copies) + 1:03d}-{_safe(attachment.name)}"
        target.parent.mkdir(exist_ok=True)
        shutil.copyfile(attachment.path, target)
        copies[attachment.path] = target
    return Attachment(attachment.name, copies[attachment.path])


def _safe(text: str) -> str:
    return _UNSAFE.sub("_", text).strip("_") or "courrier"
