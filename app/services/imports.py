"""Importing tiers from a file: what the wizard (Fichier › Importer des tiers…) and
``main.py import-tiers`` both call. Reading and checking live in ``app/imports``; here the
store: the mapping remembered per file layout, the preview, and the one-transaction import."""
from __future__ import annotations

import csv
import json
from collections.abc import Callable, Mapping
from pathlib import Path

from sqlalchemy.orm import Session

from app.changes import Change, publish
from app.context import AppContext
from app.i18n import QT_TRANSLATE_NOOP, render
from app.imports.mapping import from_named, guess_mapping, layout_key, to_named
from app.imports.reading import SourceTable, read_table, sheet_names
from app.imports.tiers_import import (
    ImportCancelled,
    ImportProgress,
    ImportReport,
    run_import,
)
from app.store.models import Setting
from app.store.transactions import retrying
from app.translations import Translate

__all__ = ["ImportCancelled", "ImportProgress", "ImportReport", "import_tiers", "preview_tiers_import",
           "read_tiers_file", "remember_mapping", "remembered_mapping", "sample_import", "save_report", "sheet_names"]
PREVIEW_ROWS = 50
_SETTING = "tiers_import_mapping:"


def read_tiers_file(path: Path, sheet: str | None = None, *,
                    report_progress: Callable[[ImportProgress], None] | None = None,
                    cancelled: Callable[[], bool] = lambda: False) -> SourceTable:
    """The file's cells; ``BadFile`` when it cannot be read (encoding, size, empty…)."""
    return read_table(Path(path), sheet, report_progress=report_progress, cancelled=cancelled)


def remembered_mapping(context: AppContext, table: SourceTable) -> dict[int, str]:
    """The mapping last used for files with these headers, else the one guessed from them."""
    with context.store.session() as session:
        saved = session.get(Setting, _SETTING + layout_key(table.headers))
        if saved is not None:
            mapping = from_named(table.headers, json.loads(saved.value))
            if mapping:
                return mapping
    return guess_mapping(table.headers)


def remember_mapping(context: AppContext, table: SourceTable, mapping: Mapping[int, str]) -> None:
    def work(session: Session) -> None:
        key = _SETTING + layout_key(table.headers)
        value = json.dumps(to_named(table.headers, mapping), ensure_ascii=False)
        setting = session.get(Setting, key)
        if setting is None:
            session.add(Setting(key=key, value=value))
        else:
            setting.value = value

    retrying(context.store, work)


def preview_tiers_import(context: AppContext, table: SourceTable, mapping: Mapping[int, str]) -> ImportReport:
    """What the import would do, row by row, without writing anything."""
    with context.store.session() as session:
        return run_import(session, table, mapping, context.login, write=False)


def import_tiers(context: AppContext, table: SourceTable, mapping: Mapping[int, str], *, dry_run: bool = False,
                 report_progress: Callable[[ImportProgress], None] | None = None,
                 cancelled: Callable[[], bool] = lambda: False) -> ImportReport:
    """The whole file in one transaction (nothing half-imported; cancel rolls it back).
    Raises ``BadFile`` for a file refused as a whole and ``ImportCancelled``."""
    report = retrying(context.store, lambda session: run_import(
        session, table, mapping, context.login, write=not dry_run, report_progress=report_progress,
        cancelled=cancelled))
    if report.written:
        publish(Change.TIERS)
    return report


REPORT_HEADERS = (QT_TRANSLATE_NOOP("TiersImport", "Ligne"), QT_TRANSLATE_NOOP("TiersImport", "Colonne"),
                  QT_TRANSLATE_NOOP("TiersImport", "Valeur"), QT_TRANSLATE_NOOP("TiersImport", "Verdict"),
                  QT_TRANSLATE_NOOP("TiersImport", "Motif"))


def save_report(report: ImportReport, path: Path, translate: Translate | None = None) -> None:
    """The refused rows and warnings as a CSV Excel opens (UTF-8 with BOM, semicolons), in the
    language ``translate(context, text)`` gives (French without it)."""
    with Path(path).open("w", encoding="utf-8-sig", newline="") as file:
        writer = csv.writer(file, delimiter=";")
        writer.writerow([render(header, translate) for header in REPORT_HEADERS])
        for verdict in report.verdicts:
            for problem in verdict.problems:
                writer.writerow([problem.line, problem.column, problem.value, render(verdict.verdict, translate),
                                 render(problem.reason, translate)])


# An agency's export, as its software writes it (the screenshots import it): data, in French.
_SAMPLE = (
    "Code;Civilité;Nom;Prénom;Raison sociale;Courriel;Adresse 1;CP;Ville;"  # i18n: data
    "Immeuble;Lot;Qualité;Consentement LRE;Date consentement\n"
    "C1001;Mme;LEFÈVRE;Hélène;;helene.lefevre@orange.fr;3 rue de la Préfecture;21000;Dijon;S001;12;copropriétaire;Oui;14/02/2025\n"
    "C1002;M.;GAUTHIER;Rémi;;remi.gauthier@free.fr;18 quai Nicolas Rolin;21200;Beaune;S002;4;copropriétaire;Non;\n"
    "C1003;;;;SCI Les Glycines;contact@sci-glycines.fr;7 place Bossuet;21000;Dijon;S001;7;copropriétaire;Oui;\n"
    "C1004;Mme;PERRIN;Zoé;;zoe.perrin@gmail;2 allée des Cèdres;1000;Bourg-en-Bresse;S003;21;copropriétaire;Non;\n"
    "C1005;M.;;;;anonyme@exemple.fr;9 rue Chabot-Charny;21000;Dijon;S001;3;copropriétaire;Non;\n"
    "C1006;M.;MOREL;Théo;;theo.morel@laposte.net;40 rue Monge;21000;Dijon;S009;9;copropriétaire;Oui;\n"
    "C1007;Mme;ROUSSEL;Inès;;ines.roussel@sfr.fr;5 rue Berbisey;21000;Dijon;G001;;locataire;Oui;02/09/2024\n"
    "C1008;M.;FAURE;Louis;;louis.faure@wanadoo.fr;11 rue Vauban;21000;Dijon;S003;15;copropriétaire;Non;\n"
)


def sample_import(folder: Path) -> tuple[AppContext, Path]:
    """A throwaway demo store and an agency export to import into it (the screenshots): the
    agency's own store is never written."""
    from app.demo.seed import seed_demo_agency
    from app.machine_settings import MachineSettings
    from app.store.database import open_store

    store = open_store(f"sqlite:///{folder / 'import-sample.db'}")
    seed_demo_agency(store, docs=folder / "documents")
    path = folder / "export-tiers.csv"
    path.write_bytes(_SAMPLE.replace("\n", "\r\n").encode("cp1252"))
    return AppContext(store, MachineSettings()), path
