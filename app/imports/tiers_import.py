"""Matching the checked rows with the store's tiers, then writing them in one transaction.

A row with a code updates the tiers of that code or creates it; a row without a code matches an
existing tiers only by e-mail and name together, else creates one with the next free code. A
field that already holds the file's value is not touched: importing the same file twice changes
nothing. Consents read from the file are recorded with their evidence (origin "import", the
file's name and SHA-256, the date); an import never withdraws a consent nor a paper request.
Rows are written with bulk statements (50,000 tiers in a few seconds); the caller commits, or
rolls back on cancel.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any

from sqlalchemy import bindparam, func, insert, select, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from app.i18n import QT_TRANSLATE_NOOP, Text, message
from app.imports.errors import ImportCancelled
from app.imports.reading import ImportProgress, SourceTable
from app.imports.tiers_rows import (
    TEXT_FIELDS,
    Problem,
    TiersRow,
    check_file,
    check_rows,
)
from app.store.models import (
    AuditEntry,
    ConsentChange,
    ConsentOrigin,
    Entity,
    Tiers,
    TiersStatus,
)

CREATED = QT_TRANSLATE_NOOP("TiersImport", "créé")
UPDATED = QT_TRANSLATE_NOOP("TiersImport", "mis à jour")
UNCHANGED = QT_TRANSLATE_NOOP("TiersImport", "inchangé")
REFUSED = QT_TRANSLATE_NOOP("TiersImport", "refusé")
VERDICT_KEYS = {CREATED: "created", UPDATED: "updated", UNCHANGED: "unchanged", REFUSED: "refused"}
STORED = TEXT_FIELDS + ("country", "entity_id", "status", "lre_consent", "consent_email", "consent_date",
                        "consent_origin", "paper_requested", "paper_requested_date", "archived_at")
_IMPORTED = tuple(name for name in TEXT_FIELDS if name != "code") + ("country",)
CHUNK = 5000


@dataclass(frozen=True)
class RowVerdict:
    line: int
    code: str
    name: str
    verdict: Text
    problems: tuple[Problem, ...] = ()


@dataclass
class ImportReport:
    file_name: str
    sha256: str
    rows: int
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    consents: int = 0                       # consents recorded from the file
    refused: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    verdicts: list[RowVerdict] = field(default_factory=list)
    written: bool = False                    # False: a dry run or a preview


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


def _name_key(lastname: str, firstname: str, company: str, email: str) -> tuple[str, str]:
    return (f"{lastname.upper()} {firstname.lower()} {company.lower()}".strip(), email.strip().lower())


def next_code_number(codes: Iterable[str]) -> int:
    """After the highest of the codes "T0001"-like (the demo's and the generated ones)."""
    return max((int(m.group(1)) for code in codes if (m := re.fullmatch(r"T(\d+)", code.upper()))), default=0) + 1


def entity_lookup(session: Session) -> dict[str, int]:
    """Entity code or name, lower-case → id (a file may name the building rather than its code)."""
    lookup: dict[str, int] = {}
    for entity_id, code, name in session.execute(select(Entity.id, Entity.code, Entity.name)):
        lookup.setdefault(name.strip().lower(), entity_id)
        lookup[code.strip().lower()] = entity_id
    return lookup


class _Plan:
    """The store's tiers as plain dicts, changed row by row; what to write at the end."""

    def __init__(self, session: Session, source: SourceTable, login: str, now: dt.datetime) -> None:
        self.source, self.login, self.now = source, login, now
        columns = [Tiers.id, Tiers.version, *(getattr(Tiers, name) for name in STORED)]
        self.by_code: dict[str, dict[str, Any]] = {}
        self.by_key: dict[tuple[str, str], dict[str, Any]] = {}
        names = ["id", "version", *STORED]
        for row in session.execute(select(*columns).order_by(Tiers.id)).all():
            state = dict(zip(names, row))
            self.by_code[state["code"].upper()] = state
            self.by_key.setdefault(_name_key(state["lastname"], state["firstname"], state["company"],
                                             state["email"]), state)
        self.dirty: dict[str, dict[str, Any]] = {}      # code → state of an existing tiers changed
        self.new: dict[str, dict[str, Any]] = {}        # code → state of a tiers to create
        self.history: list[tuple[str, dict[str, Any]]] = []   # (code, consent change)
        self.next_number = next_code_number(self.by_code)
        # The last withdrawal (or refusal) of each tiers' consent, made in the window or by AR24.
        self.withdrawn: dict[int, dt.datetime] = dict(session.execute(
            select(ConsentChange.tiers_id, func.max(ConsentChange.at))
            .where(ConsentChange.change.in_(("consent_withdrawn", "consent_refused")))
            .group_by(ConsentChange.tiers_id)).all())

    def _free_code(self, taken: set[str]) -> str:
        while True:
            code = f"T{self.next_number:04d}"
            self.next_number += 1
            if code not in self.by_code and code not in taken:
                return code

    def apply(self, row: TiersRow, file_codes: set[str]) -> RowVerdict:
        values = row.values
        code = values.get("code", "")
        key = _name_key(values.get("lastname", ""), values.get("firstname", ""), values.get("company", ""),
                        values.get("email", ""))
        found = self.by_code.get(code) if code else self.by_key.get(key)
        created = found is None
        if found is not None:
            state = found
        else:
            code = code or self._free_code(file_codes)
            state = {**{name: "" for name in TEXT_FIELDS}, "id": None, "code": code, "version": 1, "country": "FR",
                     "entity_id": None, "status": TiersStatus.PARTICULIER, "lre_consent": False, "consent_email": "",
                     "consent_date": None, "consent_origin": None, "paper_requested": False,
                     "paper_requested_date": None, "archived_at": None}
            self.by_code[code] = state
            self.new[code] = state
        before = None if created else [state[name] for name in STORED]
        changes: dict[str, Any] = {name: values[name] for name in _IMPORTED if name in values}
        if row.entity_mapped:
            changes["entity_id"] = row.entity_id
        if row.status is not None:
            changes["status"] = row.status
        state.update(changes)
        state["archived_at"] = None      # a tiers found again in the agency's file is no longer archived
        problems = list(row.warnings)
        if row.consent and not state["lre_consent"]:
            email = state["consent_email"] or state["email"]
            at = dt.datetime.combine(row.consent_date or self.now.date(), dt.time())
            withdrawn = self.withdrawn.get(state["id"]) if state["id"] is not None else None
            if withdrawn is not None and (not row.consent_dated or at <= withdrawn):
                # A stale "Oui" in the agency's file never undoes a withdrawal recorded here.
                problems.append(Problem(row.line, row.consent_column, values.get("consent", ""), message(
                    QT_TRANSLATE_NOOP("TiersImport", "consentement retiré le {date} : le fichier ne donne pas de date "
                                      "plus récente, il n'est pas rétabli."), date=withdrawn.strftime("%d/%m/%Y"))))
            elif email:
                state.update(lre_consent=True, consent_email=email, consent_date=at,
                             consent_origin=ConsentOrigin.IMPORT)
                self._evidence(state["code"], "consent_given", at, email)
            else:
                problems.append(Problem(row.line, row.consent_column, values.get("consent", ""), message(
                    QT_TRANSLATE_NOOP("TiersImport", "consentement LRE sans adresse e-mail : non enregistré."))))
        if row.paper_requested and not state["paper_requested"]:
            state.update(paper_requested=True, paper_requested_date=self.now)
            self._evidence(state["code"], "paper_requested", self.now, "")
        self.by_key.setdefault(_name_key(state["lastname"], state["firstname"], state["company"], state["email"]),
                               state)
        changed = before is None or before != [state[name] for name in STORED]
        if changed and not created and state["code"] not in self.new:
            self.dirty[state["code"]] = state
        verdict = CREATED if created else UPDATED if changed else UNCHANGED
        return RowVerdict(row.line, state["code"], row.name, verdict, tuple(problems))

    def _evidence(self, code: str, change: str, at: dt.datetime, email: str) -> None:
        self.history.append((code, {"at": at, "by_login": self.login, "origin": ConsentOrigin.IMPORT,
                                    "change": change, "email": email, "source_file": self.source.name[:255],
                                    "source_sha256": self.source.sha256}))


def run_import(session: Session, source: SourceTable, mapping: Mapping[int, str], login: str, *,
               write: bool, report_progress: Callable[[ImportProgress], None] | None = None,
               cancelled: Callable[[], bool] = lambda: False, today: dt.date | None = None) -> ImportReport:
    """Check, match and (when ``write``) write the file's rows in ``session``; the caller commits.
    Raises ``BadFile`` for a file refused as a whole, ``ImportCancelled`` when cancelled."""
    now = _now()
    today = today or now.date()
    progress = report_progress or (lambda _p: None)
    check_file(source, mapping)
    total = len(source.rows)
    progress(ImportProgress(0, total, QT_TRANSLATE_NOOP("TiersImport", "Vérification des lignes")))
    rows, refused = check_rows(source, mapping, entity_lookup(session), today)
    report = ImportReport(source.name, source.sha256, total, refused=[row.refusal for row in refused if row.refusal])
    plan = _Plan(session, source, login, now)
    file_codes = {row.values["code"] for row in rows if row.values.get("code")}
    verdicts = []
    for number, row in enumerate(rows):
        if number % 2000 == 0:
            if cancelled():
                raise ImportCancelled()
            progress(ImportProgress(number, total, QT_TRANSLATE_NOOP("TiersImport", "Rapprochement des tiers")))
        verdicts.append(plan.apply(row, file_codes))
    verdicts += [RowVerdict(row.line, row.values.get("code", ""), row.name, REFUSED, (problem,))
                 for row, problem in zip(refused, report.refused)]
    verdicts.sort(key=lambda verdict: verdict.line)
    report.verdicts = verdicts
    report.warnings = [problem for verdict in verdicts if verdict.verdict is not REFUSED for problem in verdict.problems]
    report.created = sum(v.verdict is CREATED for v in verdicts)
    report.updated = sum(v.verdict is UPDATED for v in verdicts)
    report.unchanged = sum(v.verdict is UNCHANGED for v in verdicts)
    report.consents = sum(change["change"] == "consent_given" for _code, change in plan.history)
    if write and (plan.new or plan.dirty):
        _write(session, plan, report, progress, cancelled)
        report.written = True
    return report


def _write(session: Session, plan: _Plan, report: ImportReport, progress, cancelled) -> None:
    table = Tiers.__table__
    total = len(plan.new) + len(plan.dirty)
    phase = QT_TRANSLATE_NOOP("TiersImport", "Enregistrement")
    done = 0
    last_id = session.scalar(select(func.max(Tiers.id))) or 0
    new = list(plan.new.values())
    for start in range(0, len(new), CHUNK):
        if cancelled():
            raise ImportCancelled()
        _executemany(session, insert(table), new[start:start + CHUNK], STORED + ("updated_at", "version"),
                     {"updated_at": plan.now})
        done += len(new[start:start + CHUNK])
        progress(ImportProgress(done, total, phase))
    if new:
        ids = {code: tiers_id for tiers_id, code in session.execute(
            select(Tiers.id, Tiers.code).where(Tiers.id > last_id))}
        for state in new:
            state["id"] = ids[state["code"]]
    dirty = list(plan.dirty.values())
    statement = (update(table).where(table.c.id == bindparam("b_id"), table.c.version == bindparam("b_version"))
                 .values({name: bindparam(name) for name in STORED + ("updated_at",)} | {"version": table.c.version + 1}))
    for start in range(0, len(dirty), CHUNK):
        if cancelled():
            raise ImportCancelled()
        chunk = dirty[start:start + CHUNK]
        rowcount = _executemany(session, statement, [state | {"b_id": state["id"], "b_version": state["version"]}
                                                     for state in chunk], STORED + ("updated_at", "b_id", "b_version"),
                                {"updated_at": plan.now})
        if rowcount not in (-1, len(chunk)):   # another seat saved one of them meanwhile: start again
            raise StaleDataError("a tiers changed during the import")
        done += len(chunk)
        progress(ImportProgress(done, total, phase))
    if plan.history:
        changes = [change | {"tiers_id": plan.by_code[code]["id"]} for code, change in plan.history]
        _executemany(session, insert(ConsentChange.__table__), changes, tuple(changes[0]))
    session.add(AuditEntry(login=plan.login, action="tiers_imported", target=f"file:{report.sha256[:16]}",
                           detail=f"{report.file_name} sha256={report.sha256} créés={report.created} "  # i18n: data
                                  f"mis à jour={report.updated} refusés={len(report.refused)} "
                                  f"consentements={report.consents}"))


def _executemany(session: Session, statement, rows: list[dict[str, Any]], keys: tuple[str, ...],
                 same: Mapping[str, Any] | None = None) -> int:
    """The driver's own executemany of ``statement`` over ``rows`` (their ``keys``; ``same``: values
    shared by every row), converted by the columns' bind processors, each distinct value once:
    SQLAlchemy's per-row bookkeeping took longer than the writing itself. Returns the row count."""
    connection = session.connection()
    compiled = statement.compile(dialect=connection.dialect, column_keys=list(keys))
    processors = compiled._bind_processors
    names = list(compiled.positiontup) if compiled.positional else list(compiled.bind_names.values())
    fixed = {name: value for name, value in compiled.params.items() if name not in keys} | dict(same or {})
    constants = {name: processors[name](value) if name in processors and value is not None else value
                 for name, value in fixed.items()}
    pick = itemgetter(*names)
    converting = [(index, processors[name], {}) for index, name in enumerate(names)
                  if name in processors and name not in fixed]

    def converted(row: dict[str, Any]):
        values = list(pick(row | constants))
        for index, processor, seen in converting:
            value = values[index]
            if value is not None:
                if value not in seen:
                    seen[value] = processor(value)
                values[index] = seen[value]
        return tuple(values) if compiled.positional else dict(zip(names, values))

    cursor = connection.connection.cursor()
    try:
        cursor.executemany(str(compiled), [converted(row) for row in rows])
        return cursor.rowcount
    finally:
        cursor.close()
