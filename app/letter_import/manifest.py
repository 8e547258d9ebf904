"""The manifest CSV of a letter import: ``Fichier; Code tiers; Sujet; AG du; Pièces jointes``.

Written by the agency software or by hand in a spreadsheet: UTF-8 (with or without BOM) or
Windows-1252, semicolon or comma separated; attachments separated by "|"; paths relative to the
manifest. Line numbers are the file's (the header is line 1).
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from app.i18n import QT_TRANSLATE_NOOP, message
from app.letter_import.pdf import BadFile, check_size

COLUMNS = {"fichier": "file", "code tiers": "code", "sujet": "subject", "ag du": "ag_date",  # i18n: data
           "pieces jointes": "attachments"}
REQUIRED = ("file", "code")


@dataclass(frozen=True)
class ManifestRow:
    line: int
    file: str
    code: str
    subject: str
    ag_date: str
    attachments: tuple[str, ...]


def read_manifest(path: Path) -> list[ManifestRow]:
    """The rows of the manifest; ``BadFile`` when the file as a whole cannot be used."""
    check_size(path)
    text = _decode(path)
    dialect = ";" if text.split("\n", 1)[0].count(";") >= text.split("\n", 1)[0].count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=dialect)
    header = next(reader, [])
    fields = {COLUMNS[key]: index for index, name in enumerate(header) if (key := _key(name)) in COLUMNS}
    if missing := [name for name, field in (("Fichier", "file"), ("Code tiers", "code")) if field not in fields]:
        raise BadFile(message(QT_TRANSLATE_NOOP(
            "LetterImport", "Ligne 1 de « {name} » : colonne « {column} » introuvable (en-tête lu : « {header} »)."),
            name=path.name, column=missing[0], header=";".join(header)))
    rows = []
    for line, values in enumerate(reader, start=2):
        if not any(value.strip() for value in values):
            continue

        def get(field: str, values: list[str] = values) -> str:
            index = fields.get(field)
            return values[index].strip() if index is not None and index < len(values) else ""

        rows.append(ManifestRow(line, get("file"), get("code"), get("subject"), get("ag_date"),
                                tuple(p.strip() for p in get("attachments").split("|") if p.strip())))
    if not rows:
        raise BadFile(message(QT_TRANSLATE_NOOP("LetterImport", "« {name} » ne contient aucune ligne de courrier."),
                              name=path.name))
    return rows


def parse_date(value: str) -> dt.date | None:
    """``JJ/MM/AAAA`` (or ``AAAA-MM-JJ``); ``ValueError`` otherwise. Empty: no date."""
    if not value:
        return None
    for pattern in ("%d/%m/%Y", "%Y-%m-%d"):
        try:
            return dt.datetime.strptime(value, pattern).date()
        except ValueError:
            pass
    raise ValueError(value)


def _decode(path: Path) -> str:
    data = path.read_bytes()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError as error:
        line = data[:error.start].count(b"\n") + 1
        raise BadFile(message(QT_TRANSLATE_NOOP(
            "LetterImport", "Ligne {line} de « {name} » : encodage inconnu (octet {byte}) ; enregistrez le fichier "
            "en UTF-8."), line=line, name=path.name, byte=f"0x{data[error.start]:02X}")) from None


def _key(name: str) -> str:
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return " ".join(plain.replace("_", " ").split())
