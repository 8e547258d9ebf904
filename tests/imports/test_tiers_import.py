"""Importing tiers into the store: matching, never a duplicate, consents as evidence, one transaction."""
from __future__ import annotations

import datetime as dt
import hashlib

import pytest
from sqlalchemy import func, select

from app.imports.errors import ImportCancelled
from app.imports.tiers_import import CREATED, REFUSED, UPDATED
from app.services import imports
from app.store.models import AuditEntry, ConsentChange, ConsentOrigin, Tiers
from tests.imports.support import HEADERS, agency_rows, write_csv


def _import(context, path, **options):
    table = imports.read_tiers_file(path)
    return imports.import_tiers(context, table, imports.remembered_mapping(context, table), **options)


def _counts(context):
    with context.store.session() as session:
        return (session.scalar(select(func.count(Tiers.id))), session.scalar(select(func.count(ConsentChange.id))),
                session.scalar(select(func.max(Tiers.version))))


def _tiers(session, code):
    return session.scalars(select(Tiers).where(Tiers.code == code)).one()


def test_agency_export_is_imported_refusals_named_and_a_second_import_changes_nothing(demo_context, tmp_path):
    path = write_csv(tmp_path / "export.csv", agency_rows(200))
    before = _counts(demo_context)
    report = _import(demo_context, path)
    assert (report.created, report.updated, len(report.refused)) == (195, 0, 5)
    assert [str(p.sentence()) for p in report.refused[:2]] == [
        "Ligne 41, colonne « Nom » : ni nom ni raison sociale.",
        "Ligne 81, colonne « Immeuble » : entité inconnue « S999 » : créez-la d'abord (Fichier › Entités)."]
    after = _counts(demo_context)
    assert after[0] == before[0] + 195
    again = _import(demo_context, path)
    assert (again.created, again.updated, again.unchanged, again.consents) == (0, 0, 195, 0)
    assert _counts(demo_context) == after            # no tiers, no consent change, no version moved
    with demo_context.store.session() as session:
        tiers = _tiers(session, "IMP00007")
        assert (tiers.postal_code, tiers.city, tiers.civility, tiers.entity.code, tiers.lot) == (
            "01000", "BOURG-EN-BRESSE", "Madame", "S002", "7")
        assert _tiers(session, "IMP00011").company == "SCI Côte d'Or 11"
        assert session.scalar(select(func.count(AuditEntry.id)).where(AuditEntry.action == "tiers_imported")) == 1


def test_consents_are_recorded_with_the_files_evidence_and_never_withdrawn(demo_context, tmp_path):
    rows = agency_rows(16, refused=False)
    path = write_csv(tmp_path / "consentements.csv", rows)
    report = _import(demo_context, path, )
    assert report.consents == 4                      # rows 4, 8, 12, 16 say "Oui"
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    with demo_context.store.session() as session:
        dated, undated = _tiers(session, "IMP00008"), _tiers(session, "IMP00004")
        assert dated.lre_consent and dated.consent_origin is ConsentOrigin.IMPORT
        evidence = dated.consent_history[-1]
        assert (evidence.change, evidence.origin, evidence.at, evidence.email, evidence.source_file,
                evidence.source_sha256) == ("consent_given", ConsentOrigin.IMPORT, dt.datetime(2025, 3, 12),
                                            "proprio8@exemple.fr", "consentements.csv", digest)
        assert undated.consent_history[-1].at.date() == dt.date.today()   # "Oui" without a date: the import's
    for row in rows:
        row[15] = "Non"
    _import(demo_context, write_csv(tmp_path / "retrait.csv", rows))
    with demo_context.store.session() as session:
        assert _tiers(session, "IMP00008").lre_consent        # "Non" never withdraws a consent


def test_row_without_code_matches_on_email_and_name_only(demo_context, tmp_path):
    with demo_context.store.session() as session:
        known = session.scalars(select(Tiers).where(Tiers.email != "", Tiers.lastname != "").order_by(Tiers.id)).first()
        name, first, email, code = known.lastname, known.firstname, known.email, known.code
    headers = ["Nom", "Prénom", "Email", "Ville"]
    rows = [[name, first, email.upper(), "Beaune"],          # same e-mail and name: that tiers
            [name, first, "autre@exemple.fr", "Beaune"],     # same name, other e-mail: a new tiers
            ["NOUVEAU", "Jean", "jean@exemple.fr", "Dijon"]]
    path = write_csv(tmp_path / "sans-code.csv", rows, headers=headers)
    report = _import(demo_context, path)
    assert [v.verdict for v in report.verdicts] == [UPDATED, CREATED, CREATED]
    assert report.verdicts[0].code == code
    assert _import(demo_context, path).unchanged == 3    # matched again: never a duplicate
    with demo_context.store.session() as session:
        assert _tiers(session, code).city == "BEAUNE"
        assert session.scalar(select(func.count(Tiers.id)).where(Tiers.lastname == "NOUVEAU")) == 1


def test_invalid_email_is_imported_and_flagged(demo_context, tmp_path):
    path = write_csv(tmp_path / "emails.csv", [["X1", "DUPONT", "dupont@gmail"], ["X2", "MARTIN", "martin@orange.fr"]],
                     headers=["Code", "Nom", "Courriel"])
    report = _import(demo_context, path)
    assert [v.verdict for v in report.verdicts] == [CREATED, CREATED]
    [warning] = report.warnings
    assert str(warning.sentence()) == ("Ligne 2, colonne « Courriel » : adresse e-mail invalide, importée et signalée : "
                                       "le nom de domaine est incomplet (par exemple « gmail.com » et non « gmail »).")


def test_dry_run_and_preview_write_nothing(demo_context, tmp_path):
    path = write_csv(tmp_path / "export.csv", agency_rows(40))
    before = _counts(demo_context)
    table = imports.read_tiers_file(path)
    preview = imports.preview_tiers_import(demo_context, table, imports.remembered_mapping(demo_context, table))
    assert [v.verdict for v in preview.verdicts].count(REFUSED) == 1 and preview.created == 39
    assert _import(demo_context, path, dry_run=True).created == 39
    assert _counts(demo_context) == before


def test_cancel_leaves_the_store_as_it_was(demo_context, tmp_path):
    path = write_csv(tmp_path / "export.csv", agency_rows(12000, refused=False))
    before = _counts(demo_context)
    phases = []

    def cancel_while_writing(progress):
        phases.append(progress.phase)
        if progress.phase == "Enregistrement":
            cancelled.append(True)

    cancelled: list[bool] = []
    with pytest.raises(ImportCancelled):
        _import(demo_context, path, report_progress=cancel_while_writing, cancelled=lambda: bool(cancelled))
    assert "Enregistrement" in phases                  # cancelled after the first rows were written
    assert _counts(demo_context) == before


def test_the_mapping_chosen_is_remembered_for_files_laid_out_the_same(demo_context, tmp_path):
    first = imports.read_tiers_file(write_csv(tmp_path / "a.csv", agency_rows(3), headers=HEADERS))
    mapping = imports.remembered_mapping(demo_context, first)
    mapping = {index: key for index, key in mapping.items() if key != "relation"} | {4: "lastname", 2: "company"}
    imports.remember_mapping(demo_context, first, mapping)
    second = imports.read_tiers_file(write_csv(tmp_path / "b.csv", agency_rows(5), headers=HEADERS))
    assert imports.remembered_mapping(demo_context, second) == mapping


def test_the_refused_rows_report_is_saved_for_excel(demo_context, tmp_path):
    report = _import(demo_context, write_csv(tmp_path / "export.csv", agency_rows(80)))
    target = tmp_path / "refus.csv"
    imports.save_report(report, target)
    lines = target.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0] == "Ligne;Colonne;Valeur;Verdict;Motif"
    assert "41;Nom;;refusé;ni nom ni raison sociale." in lines
    assert "81;Immeuble;S999;refusé;entité inconnue « S999 » : créez-la d'abord (Fichier › Entités)." in lines


def test_both_engines_import_update_and_bring_back_an_archived_tiers(demo_db, tmp_path):
    from app.context import AppContext
    from app.machine_settings import MachineSettings
    from app.services.tiers_records import archive_tiers

    context = AppContext(demo_db, MachineSettings())
    rows = agency_rows(30)
    report = _import(context, write_csv(tmp_path / "export.csv", rows))
    assert (report.created, len(report.refused), report.consents) == (30 - 0, 0, 7)
    with context.store.session() as session:
        archived = _tiers(session, "IMP00003").id
    archive_tiers(context, [archived])
    rows[4][9] = "Beaune"
    report = _import(context, write_csv(tmp_path / "export2.csv", rows))
    assert (report.created, report.updated, report.unchanged) == (0, 2, 28)
    with context.store.session() as session:
        assert _tiers(session, "IMP00003").archived_at is None       # back in the list
        moved = _tiers(session, "IMP00005")
        assert (moved.city, moved.version) == ("BEAUNE", 2)
        assert _tiers(session, "IMP00008").consent_history[-1].source_file == "export.csv"
    context.close()


def test_a_consent_without_any_email_is_not_recorded_and_said(demo_context, tmp_path):
    path = write_csv(tmp_path / "sans-email.csv", [["X1", "DUPONT", "", "Oui"]],
                     headers=["Code", "Nom", "Courriel", "Consentement LRE"])
    report = _import(demo_context, path)
    assert (report.created, report.consents) == (1, 0)
    assert [str(w.sentence()) for w in report.warnings] == [
        "Ligne 2, colonne « Consentement LRE » : consentement LRE sans adresse e-mail : non enregistré."]


def test_a_stale_yes_never_undoes_a_withdrawal_but_a_later_dated_consent_does(demo_context, tmp_path):
    from app.consent.changes import set_consent

    headers = ["Code", "Nom", "Courriel", "Consentement LRE", "Date consentement"]
    _import(demo_context, write_csv(tmp_path / "a.csv", [["W1", "DUPONT", "w1@exemple.fr", "Non", ""]],
                                    headers=headers))
    with demo_context.store.session() as session, session.begin():
        tiers = _tiers(session, "W1")
        set_consent(session, [tiers.id], True, "JLC")
        set_consent(session, [tiers.id], False, "JLC")          # withdrawn in the window
        tiers.consent_history[-1].at = dt.datetime(2025, 1, 10, 9, 30)
    undated = _import(demo_context, write_csv(tmp_path / "b.csv", [["W1", "DUPONT", "w1@exemple.fr", "Oui", ""]],
                                              headers=headers))
    assert undated.consents == 0 and [str(w.reason) for w in undated.warnings] == [
        "consentement retiré le 10/01/2025 : le fichier ne donne pas de date plus récente, il n'est pas rétabli."]
    older = _import(demo_context, write_csv(tmp_path / "c.csv", [["W1", "DUPONT", "w1@exemple.fr", "Oui", "05/01/2025"]],
                                            headers=headers))
    assert older.consents == 0
    later = _import(demo_context, write_csv(tmp_path / "d.csv", [["W1", "DUPONT", "w1@exemple.fr", "Oui", "12/03/2025"]],
                                            headers=headers))
    assert later.consents == 1
    with demo_context.store.session() as session:
        assert _tiers(session, "W1").lre_consent


def test_paper_request_is_recorded_with_evidence_and_never_lifted(demo_context, tmp_path):
    headers = ["Code", "Nom", "Papier demandé"]
    _import(demo_context, write_csv(tmp_path / "papier.csv", [["P1", "DURAND", "oui"]], headers=headers))
    _import(demo_context, write_csv(tmp_path / "sans.csv", [["P1", "DURAND", "non"]], headers=headers))
    with demo_context.store.session() as session:
        tiers = _tiers(session, "P1")
        assert tiers.paper_requested and tiers.paper_requested_date is not None
        [evidence] = tiers.consent_history
        assert (evidence.change, evidence.origin, evidence.source_file) == ("paper_requested", ConsentOrigin.IMPORT,
                                                                            "papier.csv")
