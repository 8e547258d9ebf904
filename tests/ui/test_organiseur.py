"""The Organiseur opens on the demo agency; its lists show, sort, filter and open records; its
figures follow what the other windows and the sending process change, without reopening."""
from __future__ import annotations

import re
import sqlite3
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage

from app.context import AppContext
from app.outbox.pipeline import Outcome
from app.sending.send_types import PrintOptions, SendType
from app.services.letters import current_user_id
from tests.ui.test_preferences import PASSWORD, wait
from ui.home.main_window import MainWindow
from ui.letters.letters_list import COLUMNS as LETTER_COLUMNS
from ui.tiers.tiers_list import COLUMNS as TIERS_COLUMNS
from ui.tiers.tiers_record import TiersRecordDialog
from ui.tools.screenshots import render_all

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
    identity = events.model.index(0, titles.index("Identité")).data()
    dialog = events.open_record(events.model.row_id(0))
    assert dialog.windowTitle().startswith(f"Evénement - {identity} : ")
    dialog.close()


def _has_colour(image: QImage, colour: str, step: int = 2) -> bool:
    """Some pixel of the picture is of ``colour`` (a status or a check mark drawn in it)."""
    wanted = QColor(colour).rgb()
    return any(image.pixel(x, y) == wanted for y in range(0, image.height(), step)
               for x in range(0, image.width(), step))


def test_screenshots_show_the_windows_content(qtbot, demo_context, tmp_path):
    written = {p.stem: QImage(str(p)) for p in render_all(demo_context, tmp_path / "shots")}
    assert {"main", "tiers", "tiers-record", "events", "preferences", "senders", "payment-methods", "letters",
            "letter-detail", "otp-select", "otp-entry"} <= written.keys()
    for name, image in written.items():
        assert image.width() <= 1480 and image.height() <= 1000, name
        colours = {image.pixel(x, y) for y in range(0, image.height(), 7) for x in range(0, image.width(), 7)}
        assert len(colours) > 12, f"{name}.png is nearly blank"
    # The checklist's marks on the Organiseur (the pictures link the demo account only later).
    assert _has_colour(written["main"], "#c62828")
    # The sample letters with their statuses' colours: delivered in green, refused in red.
    assert _has_colour(written["letters"], "#1e6b2a") and _has_colour(written["letters"], "#8a1c1c")


def _rows(database: Path) -> dict[str, list[str]]:
    """Every table's rows, as text (what « the user's store as it was » means)."""
    with sqlite3.connect(database) as connection:
        tables = [name for (name,) in connection.execute("select name from sqlite_master where type='table'")]
        rows = {name: sorted(map(repr, connection.execute(f'select * from "{name}"'))) for name in tables}
    connection.close()
    return rows


def test_main_py_screenshots_command_renders_every_window_and_leaves_the_store_as_it_was(tmp_path):
    env = {"QT_QPA_PLATFORM": "offscreen", "RECO_DATA_DIR": str(tmp_path / "data"),
           "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    seeded = subprocess.run([sys.executable, "main.py", "events", "--json"], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=120)   # the user's store, as at first start
    assert seeded.returncode == 0, seeded.stderr
    database, settings = tmp_path / "data" / "recommandes.db", tmp_path / "data" / "settings.json"
    before = _rows(database), settings.read_bytes() if settings.exists() else None
    result = subprocess.run([sys.executable, "main.py", "screenshots", str(tmp_path / "out")], cwd=ROOT,
                            env=env, capture_output=True, text=True, timeout=240)
    assert result.returncode == 0, result.stderr
    for name in ("main", "tiers", "tiers-record", "events", "entities", "import-tiers-mapping",
                 "import-tiers-report", "new-letter", "import-letters-split", "send-confirm", "progress-cancelled"):
        assert (tmp_path / "out" / f"{name}.png").stat().st_size > 5000, name
    assert (_rows(database), settings.read_bytes() if settings.exists() else None) == before


def checklist(main: MainWindow) -> str:
    return re.sub("<[^>]+>", " ", main.setup_label.text())


def statuses(letters) -> list[str]:
    column = [c.title for c in LETTER_COLUMNS].index("Statut")
    return [letters.model.index(row, column).data() for row in range(letters.model.rowCount())]


def test_the_organiseur_and_the_letters_list_follow_every_change(qtbot, unlinked_demo_context):
    """Issue 15, "Done when": the account linked, a sender, a batch and an OTP validation, each
    made in its own window, show on the open Organiseur and the open letters list."""
    context = unlinked_demo_context
    account = context.ar24.local_service().demo_account
    main = MainWindow(context)
    qtbot.addWidget(main)
    main.show()
    letters = main.open_letters()
    qtbot.waitUntil(lambda: "Compte AR24 de JLC (demo@agence-exemple.fr) : non lié" in checklist(main), timeout=10000)
    assert "Expéditeurs eIDAS identifiés : 0 / 2 au plus" in checklist(main)
    assert "0 lettres, dont 0 en attente" in main.tile_labels["letters"].text() and letters.model.rowCount() == 0

    # The account linked, in the user's preferences.
    record = main.open_users().open_record(current_user_id(context))
    qtbot.addWidget(record)
    tab = record.preferences
    tab.email.setText(account["email"])
    tab.password.setText(PASSWORD)
    wait(qtbot, tab.authorize())
    qtbot.waitUntil(lambda: "autorisation en attente" in checklist(main), timeout=5000)
    wait(qtbot, tab.simulate_confirmation())
    qtbot.waitUntil(lambda: f"Compte AR24 de JLC ({account['email']}) : lié" in checklist(main), timeout=5000)

    # A sender, its OTP key registered.
    senders = record.open_senders()
    qtbot.addWidget(senders)
    adding = senders.add_sender()
    adding.email.setText(account["email"])
    wait(qtbot, adding.next_step())
    wait(qtbot, adding.save())
    key = senders.open_key_dialog()
    key.key.setText(account["otp_secret"])
    wait(qtbot, key.register())
    qtbot.waitUntil(lambda: "Expéditeurs eIDAS identifiés : 1 / 2 au plus" in checklist(main), timeout=5000)

    # A payment method for every entity.
    payments = record.open_payments()
    qtbot.addWidget(payments)
    wait(qtbot, payments.runner.job)
    for row in range(len(payments.rows)):
        next(a for a in payments.offer_methods(row).actions() if "stripe-47146" in a.text()).trigger()
    entities = payments.validate()
    qtbot.waitUntil(lambda: f"Moyens de paiement AR24 liés : {entities} entités sur {entities}" in checklist(main),
                    timeout=5000)

    # A batch of LRE from the events list, run by the sending process.
    events = main.open_events()
    events.table.selectAll()
    choice = events.send_selected()
    qtbot.waitUntil(lambda: choice.choice is not None, timeout=30000)
    ids = choice.choice.batch.compatible_event_ids
    assert len(ids) >= 2
    choice.close()
    events.start_sending(SendType.LRE_EIDAS, ids, PrintOptions())
    progress = events.sending_windows[-1]
    qtbot.waitUntil(lambda: progress.report is not None, timeout=120000)
    sent = progress.report.count(Outcome.OK)
    assert sent == len(ids), progress.report.summary()
    qtbot.waitUntil(lambda: f"{sent} lettres, dont {sent} en attente de validation OTP"
                    in main.tile_labels["letters"].text(), timeout=5000)
    qtbot.waitUntil(lambda: statuses(letters) == ["À valider (OTP)"] * sent, timeout=5000)

    # The OTP validation of the whole batch, from the letters list.
    otp = letters.open_otp_validation()
    otp.model.set_all(True)
    entry = otp.validate_checked()
    qtbot.mouseClick(entry.generate, Qt.MouseButton.LeftButton)
    entry.accept()
    qtbot.waitUntil(lambda: otp.last_message is not None, timeout=60000)
    assert "validées pour l'envoi AR24" in otp.last_message.text()
    qtbot.waitUntil(lambda: f"{sent} lettres, dont 0 en attente de validation OTP"
                    in main.tile_labels["letters"].text(), timeout=5000)
    qtbot.waitUntil(lambda: statuses(letters) and "À valider (OTP)" not in statuses(letters), timeout=5000)
    assert letters.model.rowCount() == sent
    qtbot.waitUntil(lambda: not letters.scheduler.running, timeout=30000)   # the sync the validation started


def test_the_organiseur_opens_on_a_demo_ready_to_try_sending(qtbot, demo_context):
    """Issue 20 item 6: seeded linked, one identified sender of two, four entities of five paid."""
    main = MainWindow(demo_context)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitUntil(lambda: "Compte AR24 de JLC (demo@agence-exemple.fr) : lié" in checklist(main), timeout=10000)
    assert "Expéditeurs eIDAS identifiés : 1 / 2 au plus" in checklist(main)
    assert "Moyens de paiement AR24 liés : 4 entités sur 5" in checklist(main)
