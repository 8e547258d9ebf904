"""What an import would create, read and matched without writing anything: the preview.

Each letter is a page range of a PDF (a whole file, or a part of a run) and the tiers code that
names its recipient (file name, manifest line, or the marker read on its first page). A letter
whose code matches no tiers is refused, with its place and value; the others go through. A file
that cannot be used at all raises ``BadFile``: then nothing is created.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.compose.events import Attachment, Cancelled
from app.i18n import QT_TRANSLATE_NOOP, Message, message
from app.letter_import.manifest import parse_date, read_manifest
from app.letter_import.pdf import BadFile, page_count, page_texts
from app.store.models import Tiers
from app.text_input import control_character, control_character_error

_TOKEN = re.compile(r"[\w./-]+")
_NAME_SEPARATORS = re.compile(r"[\s_.\-]+")


class BadMarker(ValueError):
    """The marker's regular expression does not compile; ``message`` says why (usage error)."""

    def __init__(self, text: Message) -> None:
        super().__init__(str(text))
        self.message = text


@dataclass(frozen=True)
class ImportOptions:
    marker: str | None = None          # regular expression; None: a known tiers code in the text
    pages: int | None = None           # fixed number of pages per letter, instead of a marker
    subject: str | None = None         # default: the manifest's "Sujet", else the file's name
    ag_date: dt.date | None = None


@dataclass(frozen=True)
class PlannedLetter:
    source: Path
    first_page: int                    # 1-based, inside ``source``
    last_page: int
    whole_file: bool                   # the source is this letter as it is (copied, not cut)
    code: str                          # the tiers code as read ("" when none was found)
    subject: str
    ag_date: dt.date | None
    attachments: tuple[Attachment, ...] = ()
    line: int | None = None            # its line in the manifest
    tiers_id: int | None = None
    recipient: str = ""                # "MEURSAULT Jeannine", once matched
    refusal: Message | None = None

    @property
    def accepted(self) -> bool:
        return self.refusal is None

    @property
    def pages(self) -> str:
        return str(self.first_page) if self.first_page == self.last_page else f"{self.first_page}–{self.last_page}"


@dataclass(frozen=True)
class ImportPlan:
    source: Path
    letters: tuple[PlannedLetter, ...]

    @property
    def accepted(self) -> list[PlannedLetter]:
        return [letter for letter in self.letters if letter.accepted]

    @property
    def refused(self) -> list[PlannedLetter]:
        return [letter for letter in self.letters if not letter.accepted]


Progress = Callable[[int, int], None]


def plan_import(session: Session, source: Path, options: ImportOptions = ImportOptions(), *,
                cancelled: Callable[[], bool] = lambda: False,
                progress: Progress = lambda done, total: None) -> ImportPlan:
    """Read ``source`` (a manifest CSV, a folder of PDFs, or one PDF to split) and match every
    letter to its tiers. Raises ``BadFile`` or ``BadMarker``."""
    if error := control_character_error(QT_TRANSLATE_NOOP("LetterImport", "Sujet"), options.subject or ""):
        raise BadFile(error)
    codes = known_tiers(session)
    if source.is_dir():
        letters = _folder(source, options, codes)
    elif source.suffix.lower() == ".csv":
        letters = _manifest(source, options)
    else:
        letters = _split(source, options, codes, cancelled, progress)
    return ImportPlan(source, tuple(_match(letter, codes) for letter in letters))


def known_tiers(session: Session) -> dict[str, tuple[int, str]]:
    """Every tiers code with its id and display name."""
    rows = session.execute(select(Tiers.code, Tiers.id, Tiers.lastname, Tiers.firstname, Tiers.company))
    return {code: (tiers_id, " ".join(p for p in (last.upper(), first) if p) or company)
            for code, tiers_id, last, first, company in rows}


def marker_finder(pattern: str | None, codes: dict[str, tuple[int, str]]) -> Callable[[str], str | None]:
    """The tiers code a page's text names: the regex's first group (or whole match), else the
    first word of the text that is a known tiers code."""
    if pattern:
        try:
            regex = re.compile(pattern, re.MULTILINE)
        except re.error as error:
            raise BadMarker(message(QT_TRANSLATE_NOOP(
                "LetterImport", "Expression du repère invalide « {pattern} » : {reason}."),
                pattern=pattern, reason=str(error))) from None

        def by_regex(text: str) -> str | None:
            if (found := regex.search(text)) is None:
                return None
            return (found.group(1) if regex.groups and found.group(1) is not None else found.group(0)).strip()
        return by_regex
    return lambda text: next((token for token in _TOKEN.findall(text) if token in codes), None)


def _split(path: Path, options: ImportOptions, codes: dict[str, tuple[int, str]],
           cancelled: Callable[[], bool], progress: Progress) -> list[PlannedLetter]:
    find = marker_finder(options.marker, codes)
    texts = page_texts(path, cancelled=cancelled, progress=progress)
    if cancelled():
        raise Cancelled
    markers = [find(text) for text in texts]
    if not any(markers):
        what = (message(QT_TRANSLATE_NOOP("LetterImport", "le repère « {pattern} »"), pattern=options.marker)
                if options.marker else QT_TRANSLATE_NOOP("LetterImport", "aucun code tiers connu"))
        raise BadFile(message(QT_TRANSLATE_NOOP(
            "LetterImport", "« {name} » : {what} n'a été trouvé sur aucune des {count} pages ; rien n'a été importé."),
            name=path.name, what=what, count=len(texts)))
    subject = options.subject or path.stem
    base = PlannedLetter(path, 0, 0, False, "", subject, options.ag_date)
    if options.pages:
        starts = list(range(1, len(texts) + 1, options.pages))
    else:   # a page bearing a marker starts a letter, unless the page before bears the same one
        starts = [number for number, marker in enumerate(markers, start=1)
                  if number == 1 or (marker and marker != markers[number - 2])]
    letters = []
    for first, following in zip(starts, [*starts[1:], len(texts) + 1], strict=True):
        letter = replace(base, first_page=first, last_page=following - 1, code=markers[first - 1] or "")
        if not letter.code:     # pages before the first marker, or a fixed split's page without one
            letter = replace(letter, refusal=message(
                QT_TRANSLATE_NOOP("LetterImport", "Pages {pages} : aucun repère sur la première page.")
                if letter.first_page < letter.last_page else
                QT_TRANSLATE_NOOP("LetterImport", "Page {pages} : aucun repère."), pages=letter.pages))
        letters.append(letter)
    return letters


def _folder(folder: Path, options: ImportOptions, codes: dict[str, tuple[int, str]]) -> list[PlannedLetter]:
    files = sorted(p for p in folder.iterdir() if p.is_file() and p.suffix.lower() == ".pdf")
    if not files:
        raise BadFile(message(QT_TRANSLATE_NOOP("LetterImport", "Le dossier « {name} » ne contient aucun PDF."),
                              name=folder.name))
    letters = []
    for path in files:
        words = [path.stem, *_NAME_SEPARATORS.split(path.stem)]
        code = next((word for word in words if word in codes), "")
        refusal = None if code else message(QT_TRANSLATE_NOOP(
            "LetterImport", "« {name} » : aucun code tiers connu dans le nom du fichier."), name=path.name)
        pages = page_count(path)
        letters.append(PlannedLetter(path, 1, pages, True, code, options.subject or path.stem, options.ag_date,
                                     refusal=refusal))
    return letters


def _manifest(path: Path, options: ImportOptions) -> list[PlannedLetter]:
    letters = []
    for row in read_manifest(path):
        file = path.parent / row.file
        refusal = _row_problem(row, path.parent)
        ag_date = options.ag_date
        if refusal is None and not ag_date:
            try:
                ag_date = parse_date(row.ag_date)
            except ValueError:
                refusal = message(QT_TRANSLATE_NOOP(
                    "LetterImport", "Ligne {line}, colonne « AG du » : date illisible « {value} » (JJ/MM/AAAA)."),
                    line=row.line, value=row.ag_date)
        pages = 0
        if refusal is None:
            try:
                pages = page_count(file)
            except BadFile as bad:
                raise BadFile(message(QT_TRANSLATE_NOOP("LetterImport", "Ligne {line} : {problem}"),
                                      line=row.line, problem=bad.message)) from None
        attachments = tuple(Attachment(Path(name).name, path.parent / name) for name in row.attachments)
        letters.append(PlannedLetter(file, 1, pages, True, row.code,
                                     options.subject or row.subject or Path(row.file).stem, ag_date, attachments,
                                     row.line, refusal=refusal))
    return letters


def _row_problem(row, folder: Path) -> Message | None:
    for column, value in (("Fichier", row.file), ("Code tiers", row.code), ("Sujet", row.subject),
                          ("AG du", row.ag_date), *[("Pièces jointes", name) for name in row.attachments]):  # i18n: data
        if character := control_character(value):   # a NUL in a path would even raise
            return message(QT_TRANSLATE_NOOP(
                "LetterImport", "Ligne {line}, colonne « {column} » : caractère invisible interdit ({code}) ; corrigez "
                "le fichier."), line=row.line, column=column, code=f"U+{ord(character):04X}")
    if not row.file:
        return message(QT_TRANSLATE_NOOP("LetterImport", "Ligne {line}, colonne « Fichier » : aucun fichier indiqué."),
                       line=row.line)
    for column, name in [("Fichier", row.file), *[("Pièces jointes", name) for name in row.attachments]]:  # i18n: data
        if not (folder / name).is_file():
            return message(QT_TRANSLATE_NOOP(
                "LetterImport", "Ligne {line}, colonne « {column} » : fichier introuvable « {value} »."),
                line=row.line, column=column, value=name)
    return None


def _match(letter: PlannedLetter, codes: dict[str, tuple[int, str]]) -> PlannedLetter:
    if letter.refusal is not None:
        return letter
    if letter.code not in codes:
        code = letter.code or "—"
        if letter.line is not None:
            refusal = message(QT_TRANSLATE_NOOP("LetterImport", "Ligne {line} : aucun tiers n'a le code « {code} »."),
                              line=letter.line, code=code)
        elif letter.whole_file:
            refusal = message(QT_TRANSLATE_NOOP("LetterImport", "« {name} » : aucun tiers n'a le code « {code} »."),
                              name=letter.source.name, code=code)
        else:
            refusal = message(
                QT_TRANSLATE_NOOP("LetterImport", "Pages {pages} : aucun tiers n'a le code « {code} ».")
                if letter.first_page < letter.last_page else
                QT_TRANSLATE_NOOP("LetterImport", "Page {pages} : aucun tiers n'a le code « {code} »."),
                pages=letter.pages, code=code)
        return replace(letter, refusal=refusal)
    tiers_id, name = codes[letter.code]
    return replace(letter, tiers_id=tiers_id, recipient=name)
