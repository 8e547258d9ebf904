"""The sentences of app/'s accounts, senders, secrets and store reach the English interface in
English: the keyring warning, a sender's refusals, a database too new at start-up."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QMessageBox
from sqlalchemy import select, text

from app.context import AppContext
from app.machine_settings import MachineSettings
from app.secrets import SecretStore
from app.store.database import open_store
from app.store.models import User
from tests.conftest import link_demo_account
from tests.ui.test_preferences import wait
from tests.ui.test_senders import add
from ui.accounts.senders_window import SendersWindow
from ui.admin import open_store as start_up
from ui.admin.database_dialog import DatabaseDialog
from ui.admin.users_list import UsersListWindow
from ui.i18n import install_translators

NO_KEYRING = ("No secure keyring is available on this workstation: the passwords and keys you enter will be kept "
              "only until the application closes.")


@pytest.fixture
def english(qapp):
    install_translators(qapp, "en")
    yield
    install_translators(qapp, "fr")


def _labels(widget) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel)]


def test_the_keyring_warning_is_english_in_the_preferences_and_the_database_dialog(qtbot, english, demo_context):
    secrets = SecretStore()
    secrets.persistent = False          # a machine without a keyring backend
    context = AppContext(demo_context.store, demo_context.settings, secrets)
    try:
        users = UsersListWindow(context)
        qtbot.addWidget(users)
        with context.store.session() as session:
            record = users.open_record(session.scalar(select(User.id).where(User.login == "JLC")))
        qtbot.addWidget(record)
        assert record.preferences.keyring_note.text() == NO_KEYRING
        dialog = DatabaseDialog(MachineSettings(), secrets)
        qtbot.addWidget(dialog)
        assert NO_KEYRING in _labels(dialog)
        assert not any("trousseau" in label for label in _labels(record) + _labels(dialog))
    finally:
        context.close()


def test_a_senders_refusals_are_english(qtbot, english, unlinked_demo_context):
    link_demo_account(unlinked_demo_context)
    window = SendersWindow(unlinked_demo_context, "JLC")
    qtbot.addWidget(window)
    dialog = window.add_sender()
    dialog.email.setText("inconnu@agence-exemple.fr")
    wait(qtbot, dialog.next_step())
    assert dialog.runner.message.text() == ("No AR24 account exists for inconnu@agence-exemple.fr: the sender must "
                                            "first open an account on AR24.")
    dialog.close()
    add(qtbot, window, "demo@agence-exemple.fr")
    key_dialog = window.open_key_dialog()
    key_dialog.key.setText("0000-1111")
    wait(qtbot, key_dialog.register())
    shown = key_dialog.runner.message.text()
    assert "(a 0 is probably an O, a 1 an I)" in shown and "clé" not in shown


def test_a_database_too_new_is_told_in_english_at_start_up(qtbot, english, data_dir, tmp_path, monkeypatch):
    data_dir.mkdir(parents=True, exist_ok=True)
    url = f"sqlite:///{tmp_path / 'newer.db'}"
    store = open_store(url)
    with store.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    store.dispose()
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, title, body: shown.append((title, body)))
    assert start_up.open_store_or_ask(MachineSettings(), SecretStore(), url) is None
    ((title, body),) = shown
    assert title == "Database too recent"
    assert body.startswith("The database was upgraded by a newer version of the application (revision 9999;")
    assert "Installez" not in body
