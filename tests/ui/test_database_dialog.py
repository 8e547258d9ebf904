"""Paramètres › Base de données: the server address in settings.json, its password in the keyring."""
from __future__ import annotations

import json

import pytest
from PySide6.QtWidgets import QLabel
from sqlalchemy.engine import make_url

from app.database_setting import configured_url
from app.machine_settings import MachineSettings
from app.secrets import SecretStore, db_password_key
from ui.admin.database_dialog import DatabaseDialog


@pytest.fixture
def settings(data_dir) -> MachineSettings:
    data_dir.mkdir(parents=True, exist_ok=True)
    return MachineSettings()


def _fill(dialog: DatabaseDialog, url: str, password: str = "") -> None:
    parsed = make_url(url)
    dialog.server.setChecked(True)
    dialog.host.setText(parsed.host or parsed.query.get("host", ""))
    dialog.database.setText(parsed.database)
    dialog.user.setText(parsed.username or "")
    dialog.password.setText(password)


def test_a_server_is_saved_without_its_password_and_used_at_the_next_start(qtbot, settings, memory_keyring):
    secrets = SecretStore()
    dialog = DatabaseDialog(settings, secrets)
    qtbot.addWidget(dialog)
    assert dialog.local.isChecked() and not dialog.server_box.isEnabled()
    _fill(dialog, "postgresql://agence@srv-agence/recommandes", "s3cret")
    assert dialog.server_box.isEnabled()
    assert dialog.save()
    stored = json.loads(MachineSettings.path().read_text(encoding="utf-8"))["database_url"]
    assert stored == "postgresql+psycopg://agence@srv-agence:5432/recommandes"
    assert "s3cret" not in MachineSettings.path().read_text(encoding="utf-8")
    assert secrets.get(db_password_key(stored)) == "s3cret"
    assert configured_url(MachineSettings.load(), secrets) == \
        "postgresql+psycopg://agence:s3cret@srv-agence:5432/recommandes"
    assert configured_url(MachineSettings.load(), secrets, "sqlite:///autre.db") == "sqlite:///autre.db"
    reopened = DatabaseDialog(MachineSettings.load(), secrets)
    qtbot.addWidget(reopened)
    assert (reopened.server.isChecked(), reopened.host.text(), reopened.password.text()) == \
        (True, "srv-agence", "s3cret")


def test_a_server_without_its_name_is_refused_in_french(qtbot, settings):
    dialog = DatabaseDialog(settings, SecretStore())
    qtbot.addWidget(dialog)
    dialog.server.setChecked(True)
    dialog.database.setText("recommandes")
    assert not dialog.save()
    assert dialog.result.text() == "Indiquez le nom ou l'adresse du serveur PostgreSQL."


def test_going_back_to_the_local_file(qtbot, settings):
    settings.database_url = "postgresql+psycopg://agence@srv/recommandes"
    dialog = DatabaseDialog(settings, SecretStore())
    qtbot.addWidget(dialog)
    dialog.local.setChecked(True)
    assert dialog.save()
    assert MachineSettings.load().database_url == ""
    assert configured_url(MachineSettings.load(), SecretStore()).endswith("recommandes.db")


@pytest.mark.postgres
def test_testing_the_connection_tells_what_is_on_the_server(qtbot, settings, pg_url):
    dialog = DatabaseDialog(settings, SecretStore())
    qtbot.addWidget(dialog)
    _fill(dialog, pg_url)
    dialog.port.setValue(make_url(pg_url).port or 5432)
    with qtbot.waitSignal(dialog.test_connection().finished, timeout=30000):
        pass
    assert "Connexion réussie. La base est vide" in dialog.result.text()
    dialog.database.setText("base_absente")
    with qtbot.waitSignal(dialog.test_connection().finished, timeout=30000):
        pass
    assert dialog.result.text().startswith("Connexion impossible")
    assert "base_absente" in dialog.result.text()


def test_the_dialog_opens_from_the_administration_menu_showing_the_database_in_use(qtbot, demo_context):
    from ui.home.main_window import MainWindow

    window = MainWindow(demo_context)
    qtbot.addWidget(window)
    settings_menu = next(a.menu() for a in window.menuBar().actions() if a.text().replace("&", "") == "Paramètres")
    admin = next(a.menu() for a in settings_menu.actions() if a.menu())
    next(a for a in admin.actions() if a.text().replace("&", "") == "Base de données…").trigger()
    dialog = window.findChild(DatabaseDialog)
    assert dialog is not None and dialog.isVisible()
    assert any(demo_context.store.url in label.text() for label in dialog.findChildren(QLabel))
    dialog.reject()
