"""Reading a tiers file into a table of cells: CSV (encoding and separator detected) or XLSX.

CSV: UTF-8 with or without BOM, else Windows-1252 (what French agency software writes); the
separator is the one of ``; , TAB |`` that splits the first lines into the most, equal columns.
XLSX: one sheet (the first unless chosen), read with openpyxl in read-only mode; formulas are
kept as their text ("=…") so that the checks can refuse them instead of importing a stale value.
"""
from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from app.i18n import QT_TRANSLATE_NOOP, Text, message
from app.imports.errors import BadFile, ImportCancelled

MAX_BYTES = 50 * 1024 * 1024
SEPARATORS = (";", ",", "\t", "|")
SEPARATOR_NAMES = {";": "point-virgule", ",": "virgule", "\t": "tabulation", "|": "barre verticale"}
_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xf4][\x80-\xbf]")   # text that is UTF-8 elsewhere in the file

Cell = str | int | float | dt.date | dt.datetime | None
READING = QT_TRANSLATE_NOOP("TiersImport", "Lecture du fichier")


@dataclass(frozen=True)
class ImportProgress:
    done: int
    total: int          # 0 when unknown
    phase: Text


@dataclass(frozen=True)
class SourceTable:
    """The cells of a file: a header, then the data rows with their line in the file."""
    name: str                    # the file's name (evidence of imported consents)
    sha256: str
    headers: list[str]
    rows: list[list[Cell]]
    lines: list[int]             # line number in the file (CSV) or row number (XLSX) of each row
    kind: str                    # "csv" or "xlsx"
    encoding: str = ""
    separator: str = ""
    sheet: str = ""
    sheets: tuple[str, ...] = ()


def sheet_names(path: Path) -> list[str]:
    """The sheets of an XLSX file, for the wizard's choice ([] for a CSV)."""
    if not is_xlsx(path):
        return []
    workbook = _open_workbook(path)
    try:
        return list(workbook.sheetnames)
    finally:
        workbook.close()


def is_xlsx(path: Path) -> bool:
    return path.suffix.lower() in (".xlsx", ".xlsm")


def read_table(path: Path, sheet: str | None = None, *,
               report_progress: Callable[[ImportProgress], None] | None = None,
               cancelled: Callable[[], bool] = lambda: False) -> SourceTable:
    """The file's cells; raises ``BadFile`` (nothing imported) for what cannot be read, and
    ``ImportCancelled``. An XLSX sheet is slow to read (openpyxl parses every cell): it reports
    its progress."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as error:
        raise BadFile(message(QT_TRANSLATE_NOOP("TiersImport", "Le fichier « {name} » ne peut pas être lu : {reason}"),
                              name=path.name, reason=error.strerror or str(error))) from error
    if size > MAX_BYTES:
        raise BadFile(message(QT_TRANSLATE_NOOP(
            "TiersImport", "Le fichier « {name} » pèse {size} Mo : 50 Mo au plus. Découpez-le en plusieurs fichiers."),
            name=path.name, size=f"{size / 1024 / 1024:.1f}".replace(".", ",")))
    data = path.read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    if not data.strip():
        raise _empty(path.name)
    if is_xlsx(path):
        table = _read_xlsx(path, digest, sheet, report_progress or (lambda _p: None), cancelled)
    else:
        table = _read_csv(path.name, data, digest)
    if not table.rows:
        raise BadFile(message(QT_TRANSLATE_NOOP(
            "TiersImport", "Le fichier « {name} » ne contient que sa ligne d'en-tête : aucun tiers à importer."),
            name=path.name))
    return table


def _empty(name: str) -> BadFile:
    return BadFile(message(QT_TRANSLATE_NOOP("TiersImport", "Le fichier « {name} » est vide."), name=name))


# -- CSV --------------------------------------------------------------------------------------
def decode(name: str, data: bytes) -> tuple[str, str]:
    """(text, encoding name) or ``BadFile`` naming the first byte no known encoding reads."""
    if b"\x00" in data:   # UTF-16, a binary file renamed .csv...
        raise _unknown_encoding(name, data, data.index(b"\x00"))
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return data[3:].decode("utf-8"), "UTF-8 (BOM)"
        except UnicodeDecodeError as error:
            raise _unknown_encoding(name, data, error.start + 3) from error
    try:
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError as error:
        utf8_error = error
    if _UTF8_SEQUENCE.search(data):   # UTF-8 accents and a byte that is not: two encodings mixed
        raise _unknown_encoding(name, data, utf8_error.start)
    try:
        return data.decode("cp1252"), "Windows-1252"
    except UnicodeDecodeError as error:
        raise _unknown_encoding(name, data, error.start) from error


def _unknown_encoding(name: str, data: bytes, position: int) -> BadFile:
    line = data.count(b"\n", 0, position) + 1
    column = position - (data.rfind(b"\n", 0, position) + 1) + 1
    return BadFile(message(QT_TRANSLATE_NOOP(
        "TiersImport", "Encodage du fichier « {name} » inconnu : ligne {line}, caractère {column}, l'octet {byte} "
        "n'est lisible ni en UTF-8 ni en Windows-1252. Enregistrez-le en CSV UTF-8."),
        name=name, line=line, column=column, byte=f"0x{data[position]:02X}"))


def detect_separator(text: str) -> str:
    """The separator giving the most columns, the same number on each of the first lines."""
    sample = text[:64 * 1024]
    best, best_score = ";", (0.0, 0)
    for separator in SEPARATORS:
        counts = [len(row) for row in csv.reader(io.StringIO(sample), delimiter=separator) if any(row)][:30]
        if len(counts) > 1:   # the last line of the sample may be cut
            counts = counts[:-1] if len(sample) < len(text) else counts
        if not counts or counts[0] < 2:
            continue
        score = (sum(c == counts[0] for c in counts) / len(counts), counts[0])
        if score > best_score:
            best, best_score = separator, score
    return best


def _read_csv(name: str, data: bytes, digest: str) -> SourceTable:
    text, encoding = decode(name, data)
    if not text.strip():
        raise _empty(name)
    separator = detect_separator(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=separator)
    headers: list[str] | None = None
    rows, lines = [], []
    first_line = 1
    try:
        for record in reader:
            if any(cell.strip() for cell in record):
                if headers is None:
                    headers = [cell.strip() for cell in record]
                else:
                    rows.append(record)
                    lines.append(first_line)
            first_line = reader.line_num + 1
    except csv.Error as error:
        raise BadFile(message(QT_TRANSLATE_NOOP("TiersImport", "Ligne {line} illisible : {reason}"),
                              line=reader.line_num, reason=str(error))) from error
    return SourceTable(name, digest, headers or [], rows, lines, "csv", encoding=encoding, separator=separator)


# -- XLSX -------------------------------------------------------------------------------------
def _open_workbook(path: Path):
    from zipfile import BadZipFile

    import openpyxl

    try:
        return openpyxl.load_workbook(path, read_only=True, data_only=False)
    except (BadZipFile, KeyError, OSError, ValueError) as error:
        raise BadFile(message(QT_TRANSLATE_NOOP(
            "TiersImport", "Le fichier « {name} » n'est pas un classeur Excel lisible (.xlsx) : {reason}"),
            name=path.name, reason=str(error))) from error


def _read_xlsx(path: Path, digest: str, sheet: str | None, progress: Callable[[ImportProgress], None],
               cancelled: Callable[[], bool]) -> SourceTable:
    workbook = _open_workbook(path)
    try:
        names = tuple(workbook.sheetnames)
        chosen = sheet or names[0]
        if chosen not in names:
            raise BadFile(message(QT_TRANSLATE_NOOP(
                "TiersImport", "La feuille « {sheet} » n'existe pas dans « {name} » (feuilles : {sheets})."),
                sheet=chosen, name=path.name, sheets=", ".join(names)))
        headers: list[str] | None = None
        rows, lines = [], []
        worksheet = workbook[chosen]
        total = worksheet.max_row or 0
        for number, values in enumerate(worksheet.iter_rows(values_only=True), start=1):
            if number % 2000 == 0:
                if cancelled():
                    raise ImportCancelled()
                progress(ImportProgress(number, total, READING))
            if not any(value is not None and str(value).strip() for value in values):
                continue
            if headers is None:
                headers = ["" if value is None else str(value).strip() for value in values]
            else:
                rows.append(list(values))
                lines.append(number)
    finally:
        workbook.close()
    if headers is None:
        raise _empty(path.name)
    return SourceTable(path.name, digest, headers, rows, lines, "xlsx", sheet=chosen, sheets=names)
