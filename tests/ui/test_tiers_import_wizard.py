"""Fichier › Importer des tiers…: an agency's CSV export (semicolons, Windows-1252, French headers,
200 rows of which 5 are refused) imported through the wizard; entities and Nouveau tiers windows."""
from __future__ import annotations

from sqlalchemy import func, select

from app.store.models import ConsentChange, ConsentOrigin, Entity, Tiers
from tests.imports.support import agency_rows, write_csv
from ui.i18n import install_translators
from ui.entities.entities_list import EntitiesListWindow
from ui.imports.tiers_import_wizard import MAPPING_PAGE, REPORT_PAGE, TiersImportWizard
from ui.tiers.new_tiers import archive_selection, new_tiers
from ui.tiers.tiers_list import TiersListWindow


def _count(context, model=Tiers):
    with context.store.session() as session:
        return session.scalar(select(func.count(model.id)))


def _load(qtbot, wizard, path, sheet=None):
    wizard.load_file(path, sheet)
    qtbot.waitUntil(lambda: not wizard.busy, timeout=30_000)


def test_agency_export_through_the_wizard(qtbot, demo_context, tmp_path):
    path = write_csv(tmp_path / "export-copro.csv", agency_rows(200))
    tiers_list = TiersListWindow(demo_context)
    qtbot.addWidget(tiers_list)
    shown_before = tiers_list.model.total
    wizard = TiersImportWizard(demo_context)
    qtbot.addWidget(wizard)
    _load(qtbot, wizard, path)
    assert "200 ligne(s), 18 colonne(s) ; encodage Windows-1252, séparateur « ; »" in wizard.file_info.text()
    assert wizard.next.isEnabled()
    assert wizard.mapping()[11] == "entity" and wizard.mapping()[15] == "consent"   # Immeuble, Consentement LRE

    wizard.go_next()
    assert wizard.pages.currentIndex() == MAPPING_PAGE
    assert wizard.preview.item(39, 1).text() == "refusé"            # line 41: neither name nor company
    assert "ni nom ni raison sociale" in wizard.preview.item(39, 4).text()
    assert "50 première(s) ligne(s) sur 200 : 49 à créer" in wizard.preview_summary.text()
    assert _count(demo_context) == 60                                # the preview wrote nothing

    wizard.go_next()
    qtbot.waitUntil(lambda: wizard.report is not None, timeout=30_000)
    assert wizard.pages.currentIndex() == REPORT_PAGE
    assert wizard.cancel.text() == "Fermer" and not wizard.next.isVisible()
    assert "<b>195</b> tiers créé(s)" in wizard.summary.text() and "<b>5</b> ligne(s) refusée(s)" in wizard.summary.text()
    refused = [(wizard.report_table.item(r, 0).text(), wizard.report_table.item(r, 2).text(),
                wizard.report_table.item(r, 4).text()) for r in range(wizard.report_table.rowCount())]
    assert refused[:2] == [("41", "Nom", "ni nom ni raison sociale."),
                           ("81", "Immeuble", "entité inconnue « S999 » : créez-la d'abord (Fichier › Entités).")]
    assert _count(demo_context) == 60 + 195
    qtbot.waitUntil(lambda: tiers_list.model.total == shown_before + 195)   # the open list follows the import
    with demo_context.store.session() as session:
        evidence = session.scalars(select(ConsentChange).where(ConsentChange.origin == ConsentOrigin.IMPORT)).all()
        assert len(evidence) == 45 and {e.source_file for e in evidence} == {"export-copro.csv"}

    report = tmp_path / "refus.csv"
    wizard.save_report(report)
    assert "41;Nom;;refusé;ni nom ni raison sociale." in report.read_text(encoding="utf-8-sig")

    again = TiersImportWizard(demo_context)                           # the same file a second time
    qtbot.addWidget(again)
    _load(qtbot, again, path)
    again.go_next()
    assert "0 à créer, 0 à mettre à jour, 49 inchangée(s), 1 refusée(s)" in again.preview_summary.text()


def test_cancel_leaves_the_store_as_it_was(qtbot, demo_context, tmp_path):
    wizard = TiersImportWizard(demo_context)
    qtbot.addWidget(wizard)
    _load(qtbot, wizard, write_csv(tmp_path / "gros.csv", agency_rows(20_000, refused=False)))
    wizard.show_page(MAPPING_PAGE)
    wizard.start_import()
    wizard.cancel_or_close()
    qtbot.waitUntil(lambda: not wizard.busy, timeout=30_000)
    assert wizard.phase.text() == "Import annulé : aucun tiers n'a été enregistré."
    assert _count(demo_context) == 60


def test_a_bad_file_is_told_on_the_first_page(qtbot, demo_context, tmp_path):
    path = tmp_path / "vide.csv"
    path.write_bytes(b"")
    wizard = TiersImportWizard(demo_context)
    qtbot.addWidget(wizard)
    _load(qtbot, wizard, path)
    assert wizard.file_error.text() == "Le fichier « vide.csv » est vide."
    assert not wizard.next.isEnabled()


def test_a_wrong_column_choice_shows_in_the_preview(qtbot, demo_context, tmp_path):
    wizard = TiersImportWizard(demo_context)
    qtbot.addWidget(wizard)
    _load(qtbot, wizard, write_csv(tmp_path / "export.csv", agency_rows(10, refused=False)))
    wizard.go_next()
    wizard.set_field(2, None)          # Nom not imported, Raison sociale still is
    wizard.set_field(4, None)
    assert "Aucune colonne reconnue" in wizard.mapping_error.text()
    wizard.set_field(2, "company")     # Nom read as the company
    assert wizard.mapping_error.text() == "" and wizard.preview.item(0, 1).text() == "créé"


def test_entities_window_creates_and_archives(qtbot, demo_context):
    window = EntitiesListWindow(demo_context)
    qtbot.addWidget(window)
    assert window.model.total == 5
    dialog = window.new_entity()
    dialog.code.setText("a001")
    dialog.name.setText("Agence du Centre")
    dialog.kind.setCurrentIndex(2)
    assert dialog.save()
    qtbot.waitUntil(lambda: window.model.total == 6)
    with demo_context.store.session() as session:
        assert session.scalar(select(Entity.kind).where(Entity.code == "A001")).value == "agence"
    window.select_ids({dialog.entity_id})
    assert window.archive(True) == 1
    qtbot.waitUntil(lambda: window.model.total == 5)
    window.show_archived.setChecked(True)
    assert window.model.total == 6


def test_new_tiers_then_archive_from_the_list(qtbot, demo_context, monkeypatch):
    window = TiersListWindow(demo_context)
    qtbot.addWidget(window)
    opened = []
    monkeypatch.setattr(window, "open_record", opened.append)
    dialog = new_tiers(window)
    dialog.lastname.setText("NOUVEAU")
    dialog.email.setText("nouveau@exemple")
    assert dialog.create() is None and "nom de domaine est incomplet" in dialog.errors.text()
    dialog.email.setText("nouveau@exemple.fr")
    tiers_id = dialog.create()
    assert opened == [tiers_id] and window.model.total == 61      # its record opens for the address
    window.select_ids({tiers_id})
    assert archive_selection(window, confirm=False) == 1
    assert window.model.total == 60 and _count(demo_context) == 61   # archived, never deleted


def test_an_excel_sheet_is_read_in_the_background_and_chosen(qtbot, demo_context, tmp_path):
    import openpyxl

    workbook = openpyxl.Workbook()
    workbook.active.title = "Notes"
    workbook.active.append(["export du 12/03"])
    sheet = workbook.create_sheet("Copropriétaires")
    sheet.append(["Code", "Nom", "CP", "Immeuble"])
    for number in range(1, 4001):
        sheet.append([f"X{number}", f"NOM{number}", 1000 + number % 2, "S001"])
    path = tmp_path / "tiers.xlsx"
    workbook.save(path)
    wizard = TiersImportWizard(demo_context)
    qtbot.addWidget(wizard)
    with qtbot.waitSignal(wizard.reading.valueChanged, timeout=30_000):   # progress while reading
        _load(qtbot, wizard, path, "Copropriétaires")
    assert "tiers.xlsx : 4000 ligne(s), 4 colonne(s) ; feuille « Copropriétaires »." == wizard.file_info.text()
    wizard.go_next()
    assert wizard.preview.item(0, 1).text() == "créé"
    wizard.start_import()
    qtbot.waitUntil(lambda: wizard.report is not None, timeout=30_000)
    assert wizard.report.created == 4000 and not wizard.busy
    with demo_context.store.session() as session:
        assert session.scalar(select(Tiers.postal_code).where(Tiers.code == "X1")) == "01001"


def test_refusals_are_explained_in_english(qtbot, demo_context, tmp_path, qapp):
    """In the English interface, app/'s reasons reach the preview, the report and the saved report in English."""
    install_translators(qapp, "en")
    try:
        path = write_csv(tmp_path / "export.csv", agency_rows(81))
        wizard = TiersImportWizard(demo_context)
        qtbot.addWidget(wizard)
        _load(qtbot, wizard, path)
        wizard.go_next()
        assert wizard.preview.item(39, 1).text() == "refused"
        assert wizard.preview.item(39, 4).text() == "neither a name nor a company name."
        wizard.go_next()
        qtbot.waitUntil(lambda: wizard.report is not None, timeout=30_000)
        reasons = [wizard.report_table.item(r, 4).text() for r in range(wizard.report_table.rowCount())]
        assert reasons[:2] == ["neither a name nor a company name.",
                               "unknown entity “S999”: create it first (File › Entities)."]
        report = tmp_path / "refusals.csv"
        wizard.save_report(report)
        lines = report.read_text(encoding="utf-8-sig").splitlines()
        assert lines[:2] == ["Line;Column;Value;Outcome;Reason", "41;Nom;;refused;neither a name nor a company name."]
    finally:
        install_translators(qapp, "fr")
