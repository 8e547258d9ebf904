"""The rows of a tiers file checked and normalised, before any matching with the store.

A row is refused (line, column, French reason) when it has neither a name nor a company, names
an entity the store does not know, or holds a value the store cannot keep (too long, unknown
country); the other rows go on. A whole file is refused (``BadFile``) for what makes every row
doubtful: no recognisable column, a code twice, a formula where a value is expected.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from app.i18n import QT_TRANSLATE_NOOP, Message, message
from app.imports.errors import BadFile
from app.text_input import control_character, visible
from app.imports.mapping import FIELD_BY_KEY
from app.imports.reading import Cell, SourceTable
from app.store.models import TiersStatus
from app.consent.emails import email_problem
from app.tiers.edit import FIELD_MAX

# The store's column lengths: a longer value would break the transaction on PostgreSQL.
MAX_LENGTH = {name: FIELD_MAX[name] for name in (
    "code", "civility", "lastname", "firstname", "company", "email", "phone", "address1", "address2", "address3",
    "postal_code", "city", "lot", "relation")}
TEXT_FIELDS = tuple(MAX_LENGTH)
YES = {"oui", "o", "yes", "y", "1", "x", "vrai", "true", "ok"}
NO = {"non", "n", "no", "0", "faux", "false", ""}
# The civilities and countries as an agency's file writes them (data matched, stored as written on letters).
CIVILITIES = {"m": "Monsieur", "m.": "Monsieur", "mr": "Monsieur", "mr.": "Monsieur", "monsieur": "Monsieur",
              "mme": "Madame", "mme.": "Madame", "mrs": "Madame", "ms": "Madame", "madame": "Madame",
              "mlle": "Madame", "mademoiselle": "Madame", "ste": "Société", "sté": "Société", "société": "Société",  # i18n: data
              "me": "Maître", "maître": "Maître", "maitre": "Maître", "indivision": "Indivision"}  # i18n: data
COUNTRIES = {"france": "FR", "belgique": "BE", "belgium": "BE", "suisse": "CH", "switzerland": "CH",
             "luxembourg": "LU", "monaco": "MC", "allemagne": "DE", "germany": "DE", "espagne": "ES", "spain": "ES",
             "italie": "IT", "italy": "IT", "portugal": "PT", "royaume-uni": "GB", "royaume uni": "GB",
             "united kingdom": "GB", "pays-bas": "NL", "netherlands": "NL", "andorre": "AD", "canada": "CA",
             "etats-unis": "US", "états-unis": "US", "usa": "US", "maroc": "MA", "tunisie": "TN", "algérie": "DZ"}  # i18n: data
# Addresses that email-validator accepts for sure, checked without it (50,000 rows in the budget).
_PLAIN_EMAIL = re.compile(r"[A-Za-z0-9_%+-]+(?:\.[A-Za-z0-9_%+-]+)*@(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+"
                          r"(?!(?:arpa|invalid|local|localhost|onion|test)$)[A-Za-z]{2,24}")
_FORMULA = re.compile(r"=|[+@][A-Za-z]")
_FORMULA_START = ("=", "+", "@", " ", "\t")


@dataclass(frozen=True)
class Problem:
    """Why a row is refused, or what was imported with a warning."""
    line: int
    column: str       # the header of the file's column
    value: str
    reason: Message

    def sentence(self) -> Message:
        return message(QT_TRANSLATE_NOOP("TiersImport", "Ligne {line}, colonne « {column} » : {reason}"),
                       line=self.line, column=self.column, reason=self.reason)


@dataclass
class TiersRow:
    """One row ready to match: text fields normalised, the mapped ones only."""
    line: int
    values: dict[str, str]                 # field key -> text, for every mapped field
    entity_id: int | None = None
    entity_mapped: bool = False
    status: TiersStatus | None = None
    consent: bool = False                  # "Oui": record a consent (never a withdrawal)
    consent_date: dt.date | None = None
    consent_dated: bool = False            # the file gave the date (not the import's)
    paper_requested: bool = False
    warnings: list[Problem] = field(default_factory=list)
    refusal: Problem | None = None
    consent_column: str = ""               # its header, to name it in a warning

    @property
    def name(self) -> str:
        person = f"{self.values.get('lastname', '').upper()} {self.values.get('firstname', '')}".strip()
        return person or self.values.get("company", "")


def text_of(cell: Cell) -> str:
    if type(cell) is str:
        cell = cell.strip()
        return " ".join(cell.split()) if "  " in cell or "\n" in cell or "\t" in cell else cell
    if cell is None:
        return ""
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    if isinstance(cell, dt.datetime):
        return cell.strftime("%d/%m/%Y") if cell.time() == dt.time() else cell.strftime("%d/%m/%Y %H:%M")
    if isinstance(cell, dt.date):
        return cell.strftime("%d/%m/%Y")
    return " ".join(str(cell).split())


def check_file(table: SourceTable, mapping: Mapping[int, str]) -> None:
    """What refuses the whole file, before any row: nothing to read, a formula, a code twice."""
    if not any(key in ("lastname", "company") for key in mapping.values()):
        raise BadFile(message(QT_TRANSLATE_NOOP(
            "TiersImport", "Aucune colonne reconnue dans « {name} » : il faut au moins une colonne Nom ou Société "
            "(colonnes du fichier : {headers})."),
            name=table.name, headers=", ".join(f"« {h} »" for h in table.headers if h) or "—"))
    for row, line in zip(table.rows, table.lines):
        for index in mapping:
            cell = row[index] if index < len(row) else None
            if type(cell) is str and cell[:1] in _FORMULA_START and _FORMULA.match(cell.lstrip()):
                raise BadFile(message(QT_TRANSLATE_NOOP(
                    "TiersImport", "Ligne {line}, colonne « {column} » : une formule (« {value} ») à la place d'une "
                    "valeur. Enregistrez le fichier avec les valeurs calculées, sans formules."),
                    line=line, column=table.headers[index], value=cell.strip()[:60]))
    code_column = next((index for index, key in mapping.items() if key == "code"), None)
    if code_column is not None:
        seen: dict[str, int] = {}
        for row, line in zip(table.rows, table.lines):
            code = text_of(row[code_column] if code_column < len(row) else None).upper()
            if not code:
                continue
            if code in seen:
                raise BadFile(message(QT_TRANSLATE_NOOP(
                    "TiersImport", "Le code « {code} » figure deux fois dans le fichier : lignes {first} et {second} "
                    "(colonne « {column} »). Un code désigne un seul tiers."),
                    code=code, first=seen[code], second=line, column=table.headers[code_column]))
            seen[code] = line


def check_rows(table: SourceTable, mapping: Mapping[int, str], entities: Mapping[str, int],
               today: dt.date) -> tuple[list[TiersRow], list[TiersRow]]:
    """(rows to import, rows refused with their ``refusal``). ``entities``: code or name, lower-case → id."""
    columns = {key: index for index, key in mapping.items()}
    headers = {key: table.headers[index] for key, index in columns.items()}
    keys = list(columns)
    indexes = [columns[key] for key in keys]
    width = max(indexes) + 1
    empty: list[Cell] = [None] * width
    accepted, refused = [], []
    for cells, line in zip(table.rows, table.lines):
        if len(cells) < width:
            cells = list(cells) + empty[len(cells):]
        row = TiersRow(line, {key: text_of(cells[index]) for key, index in zip(keys, indexes)})
        row.refusal = _normalise(row, cells, columns, headers, entities, today)
        if row.refusal is not None:
            refused.append(row)
        else:
            accepted.append(row)
    return accepted, refused


def _normalise(row: TiersRow, cells, columns, headers, entities, today) -> Problem | None:
    values = row.values

    def problem(key: str, value: str, reason: Message) -> Problem:
        return Problem(row.line, headers.get(key, FIELD_BY_KEY[key].label), value, reason)

    for key, value in values.items():
        if character := control_character(value):
            return problem(key, visible(value), message(QT_TRANSLATE_NOOP(
                "TiersImport", "caractère invisible interdit ({code}) : corrigez la cellule dans le fichier."),
                code=f"U+{ord(character):04X}"))
    if not (values.get("lastname") or values.get("company")):
        key = "lastname" if "lastname" in columns else "company"
        return problem(key, "", message(QT_TRANSLATE_NOOP("TiersImport", "ni nom ni raison sociale.")))
    if "code" in values:
        values["code"] = values["code"].upper()
    if "civility" in values:
        values["civility"] = CIVILITIES.get(values["civility"].lower(), values["civility"])
    if "city" in values:
        values["city"] = values["city"].upper()
    if "relation" in values:
        values["relation"] = values["relation"].lower()
    if "country" in columns:
        given = values["country"]
        country = COUNTRIES.get(given.lower())
        if country is None and len(given) == 2 and given.isalpha():
            country = given.upper()
        if given and country is None:
            return problem("country", given, message(QT_TRANSLATE_NOOP(
                "TiersImport", "pays inconnu « {value} » (attendu : un code à deux lettres comme FR, BE)."),
                value=given))
        values["country"] = country or "FR"
    elif "postal_code" in values:
        values["country"] = "FR"   # not in the file: French postal codes (the agency's own country)
    if "postal_code" in values:
        values["postal_code"] = _postal_code(values["postal_code"], values.get("country", "FR"))
    for key, limit in MAX_LENGTH.items():
        if len(values.get(key, "")) > limit:
            return problem(key, values[key], message(QT_TRANSLATE_NOOP(
                "TiersImport", "{count} caractères, {limit} au plus."), count=len(values[key]), limit=limit))
    if "entity" in columns:
        row.entity_mapped = True
        given = values["entity"]
        if given:
            row.entity_id = entities.get(given.lower())
            if row.entity_id is None:
                return problem("entity", given, message(QT_TRANSLATE_NOOP(
                    "TiersImport", "entité inconnue « {value} » : créez-la d'abord (Fichier › Entités)."), value=given))
    if "status" in columns:
        given = values["status"].lower()
        if given.startswith("pro") or given in ("societe", "société", "entreprise", "pm", "personne morale"):  # i18n: data
            row.status = TiersStatus.PROFESSIONNEL
        elif given.startswith("part") or given in ("pp", "personne physique"):
            row.status = TiersStatus.PARTICULIER
        elif given:
            row.warnings.append(problem("status", given, message(QT_TRANSLATE_NOOP(
                "TiersImport", "statut « {value} » non compris : particulier retenu."), value=given)))
    if row.status is None and values.get("company") and not values.get("lastname"):
        row.status = TiersStatus.PROFESSIONNEL
    email = values.get("email", "")
    if email and not (_PLAIN_EMAIL.fullmatch(email) and len(email) <= 254) and (reason := email_problem(email)):
        row.warnings.append(problem("email", email, message(QT_TRANSLATE_NOOP(
            "TiersImport", "adresse e-mail invalide, importée et signalée : {reason}"), reason=reason)))
    if "paper_requested" in columns:
        row.paper_requested = _yes(row, problem, "paper_requested", values["paper_requested"])
    if "consent" in columns:
        row.consent_column = headers["consent"]
        row.consent = _yes(row, problem, "consent", values["consent"])
        if row.consent:
            raw = cells[columns["consent_date"]] if "consent_date" in columns else None
            row.consent_date = _consent_date(row, problem, raw, today)
            row.consent_dated = bool(text_of(raw))
            if row.consent_date is None:
                row.consent = False
    return None


def _postal_code(value: str, country: str) -> str:
    """A French postal code that lost its leading zero in a spreadsheet ("1000" → "01000")."""
    if country == "FR" and len(value) == 4 and value.isdigit():
        return "0" + value
    return value


def _yes(row: TiersRow, problem, key: str, given: str) -> bool:
    if given.lower() in YES:
        return True
    if given.lower() not in NO:
        row.warnings.append(problem(key, given, message(QT_TRANSLATE_NOOP(
            "TiersImport", "valeur « {value} » non comprise (oui ou non) : rien n'est enregistré."), value=given)))
    return False


def _consent_date(row: TiersRow, problem, cell: Cell, today: dt.date) -> dt.date | None:
    """The consent's date from the file; "Oui" without a date takes the import's date."""
    if isinstance(cell, dt.datetime):
        return cell.date()
    if isinstance(cell, dt.date):
        return cell
    given = text_of(cell)
    if not given:
        return today
    for pattern in ("%d/%m/%Y", "%Y-%m-%d", "%d/%m/%y", "%d-%m-%Y", "%d.%m.%Y", "%d/%m/%Y %H:%M", "%Y-%m-%d %H:%M:%S"):
        try:
            date = dt.datetime.strptime(given, pattern).date()
        except ValueError:
            continue
        if date > today:
            break
        return date
    row.warnings.append(problem("consent_date", given, message(QT_TRANSLATE_NOOP(
        "TiersImport", "date de consentement illisible ou future « {value} » : consentement non enregistré."),
        value=given)))
    return None
