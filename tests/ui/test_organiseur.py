"""The Organiseur opens on the demo agency; its lists show, sort, filter and open records."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from app.context import AppContext
from ui.sending.event_record import EventRecordDialog
from ui.home.main_window import MainWindow
from ui.tools.screenshots import render_all
from ui.tiers.tiers_list import COLUMNS as TIERS_COLUMNS
from ui.tiers.tiers_record import TiersRecordDialog

ROOT = Path(__file__).resolve().parents[2]


def _column(title: str) -> int:
    return [c.title for c in TIERS_COLUMNS].index(title)


def _shown(window, column: int) -> list[str]:
    model = window.model
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_main_window_menus_mirror_lsc(qtbot, demo_store):
    window = MainWindow(AppContext(demo_store))
    qtbot.addWidget(window)
    menus = {a.text().replace("&", ""): a.menu() for a in window.menuBar().actions()}
    assert {"Fichier", "Paramètres", "Aide"} <= menus.keys()
    file_entries = [a.text().replace("&", "") for a in menus["Fichier"].actions()]
    assert {"Lettre recommandée…", "Liste des tiers", "Liste des événements"} <= set(file_entries)
    admin = next(a.menu() for a in menus["Paramètres"].actions() if a.menu())
    assert admin.title().replace("&", "") == "Préférences et administration"
    assert [a.text().replace("&", "") for a in admin.actions()] == [
        "Utilisateurs", "Expéditeurs de lettres recommandées", "Moyens de paiement AR24", "Tarifs et fiscalité…",
        "Base de données…"]


def test_tiers_list_shows_sorts_and_filters_the_demo_agency(qtbot, demo_store):
    main = MainWindow(AppContext(demo_store))
    qtbot.addWidget(main)
    tiers = main.open_tiers()
    assert tiers.model.rowCount() == 60
    names = _shown(tiers, _column("Nom"))
    assert names == sorted(names, key=str.casefold)

    tiers.table.sortByColumn(_column("Ville"), Qt.SortOrder.DescendingOrder)
    towns = _shown(tiers, _column("Ville"))
    assert towns == sorted(towns, key=str.casefold, reverse=True)

    qtbot.keyClicks(tiers.search, "meursault")
    assert _shown(tiers, _column("Nom")) and all("MEURSAULT" in n for n in _shown(tiers, _column("Nom")))
    assert tiers.counter.text() == f"{tiers.model.rowCount()} / 60"
    tiers.search.clear()
    assert tiers.model.rowCount() == 60


def test_tiers_list_filters_on_email_and_city_and_keeps_sorting(qtbot, demo_store):
    main = MainWindow(AppContext(demo_store))
    qtbot.addWidget(main)
    tiers = main.open_tiers()
    qtbot.keyClicks(tiers.search, "DIJON")
    towns = set(_shown(tiers, _column("Ville")))
    assert towns and all("DIJON" in t for t in towns)
    count = tiers.model.rowCount()
    tiers.table.sortByColumn(_column("Code"), Qt.SortOrder.AscendingOrder)
    assert tiers.model.rowCount() == count
    codes = _shown(tiers, _column("Code"))
    assert codes == sorted(codes)


def test_multi_selection_and_double_click_open_the_record(qtbot, demo_store):
    main = MainWindow(AppContext(demo_store))
    qtbot.addWidget(main)
    tiers = main.open_tiers()
    tiers.table.selectAll()
    assert len(tiers.selected_ids()) == 60

    qtbot.keyClicks(tiers.search, "MEURSAULT Jeannine")
    assert tiers.model.rowCount() == 1
    opened = []
    tiers.record_requested.connect(opened.append)
    index = tiers.model.index(0, 0)
    rect = tiers.table.visualRect(index)
    # A real double-click is a press/release followed by a double-click event on the same cell.
    qtbot.mouseClick(tiers.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(tiers.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened == [tiers.model.row_id(0)]
    dialog = tiers.findChild(TiersRecordDialog)
    assert dialog is not None and "MEURSAULT Jeannine" in dialog.windowTitle()


def test_events_list_has_lsc_columns_and_opens_an_event(qtbot, demo_store):
    main = MainWindow(AppContext(demo_store))
    qtbot.addWidget(main)
    events = main.open_events()
    titles = [events.model.headerData(c, Qt.Orientation.Horizontal) for c in range(events.model.columnCount())]
    assert titles == ["De", "A qui", "Date / Heure", "Service / Imm / Dossier", "Identité", "Modèle / Sujet",
                      "Traitement", "Nb PJ", "Exp", "Via", "AG du", "Dernière lettre"]   # LSC's, then ours
    assert events.model.rowCount() == 40
    ag = [events.model.index(r, 10).data() for r in range(40)]
    assert any(a.startswith("AG du ") for a in ag)
    dialog = events.open_record(events.model.row_id(0))
    assert isinstance(dialog, EventRecordDialog)
    dialog.close()


def test_screenshots_are_written_for_every_window(qtbot, demo_context, tmp_path):
    written = render_all(demo_context, tmp_path / "shots")   # the fixture stops the local AR24 service
    names = {p.stem for p in written}
    assert {"main", "tiers", "tiers-record", "events", "preferences", "senders", "payment-methods"} <= names
    for path in written:
        image = QImage(str(path))
        assert image.width() > 400 and image.height() > 300, path


def test_main_py_screenshots_command(tmp_path):
    env = {"QT_QPA_PLATFORM": "offscreen", "RECO_DATA_DIR": str(tmp_path / "data"),
           "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    result = subprocess.run([sys.executable, "main.py", "screenshots", str(tmp_path / "out")], cwd=ROOT,
                            env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    for name in ("main", "tiers", "tiers-record", "events"):
        assert (tmp_path / "out" / f"{name}.png").stat().st_size > 5000
