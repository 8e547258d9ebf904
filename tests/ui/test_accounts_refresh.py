"""Open windows of the accounts and administration areas show a change made elsewhere (another
window, the command line's services in this process) without being reopened; the start-up
asks for a database address only when the saved one is at fault."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from app.machine_settings import MachineSettings
from app.secrets import SecretStore
from app.services import accounts
from app.services.accounts import LinkState
from tests.conftest import link_demo_account
from tests.ui.test_preferences import open_user, wait
from ui.accounts.payment_methods import PaymentMethodsWindow
from ui.accounts.senders_window import SendersWindow
from ui.admin import open_store
from ui.admin.database_dialog import DatabaseDialog


def test_the_link_state_changes_in_the_open_record_and_the_users_list(qtbot, unlinked_demo_context):
    users, record = open_user(qtbot, unlinked_demo_context, "JLC")
    tab = record.preferences
    assert tab.state_label.text().endswith("Non lié</b>") and users.model.index(0, 3).data() == "Non lié"
    email = unlinked_demo_context.ar24.local_service().demo_account["email"]

    accounts.request_link(unlinked_demo_context, "JLC", email, "")          # e.g. from a second record window
    assert tab.status.state is LinkState.PENDING and "Autorisation en attente" in tab.state_label.text()
    assert tab.poll_timer.isActive() and users.model.index(0, 3).data() == "Autorisation en attente"
    accounts.simulate_link_confirmation(unlinked_demo_context, "JLC")
    assert tab.status.state is LinkState.LINKED and tab.identity_label.text() == "Oui"
    assert not tab.poll_timer.isActive() and users.model.index(0, 3).data() == "Lié"


def test_the_senders_and_payments_windows_show_what_another_window_saved(qtbot, unlinked_demo_context):
    link_demo_account(unlinked_demo_context)
    senders = SendersWindow(unlinked_demo_context, "JLC")
    payments = PaymentMethodsWindow(unlinked_demo_context, "JLC")
    qtbot.addWidget(senders)
    qtbot.addWidget(payments)
    wait(qtbot, payments.runner.job)
    assert senders.table.rowCount() == 0 and payments.table.item(0, 2).text() == ""

    email = unlinked_demo_context.ar24.local_service().demo_account["email"]
    draft = accounts.find_sender_account(unlinked_demo_context, "JLC", email)
    accounts.add_sender(unlinked_demo_context, "JLC", draft, draft.address)
    assert senders.table.rowCount() == 1 and senders.table.item(0, 0).text() == email
    assert email in senders.detail_label.text() and senders.key_button.isEnabled()

    method = payments.methods[0]
    accounts.save_payment_links(unlinked_demo_context, "JLC", {payments.rows[0].entity_id: method})
    assert payments.table.item(0, 2).text() == method.slug


@pytest.fixture
def dialogs(monkeypatch):
    """What the start-up shows instead of blocking: the error boxes and the database dialogs."""
    shown: dict[str, list] = {"errors": [], "dialogs": []}
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, title, text: shown["errors"].append((title, text)))

    def answer(dialog: DatabaseDialog) -> int:
        shown["dialogs"].append(dialog.problem.text())
        dialog.local.setChecked(True)                     # "revenez à la base locale de ce poste"
        assert dialog.save()
        return DatabaseDialog.DialogCode.Accepted

    monkeypatch.setattr(DatabaseDialog, "exec", answer)
    return shown


def test_a_bad_saved_address_is_fixed_in_the_database_dialog(qtbot, data_dir, tmp_path, dialogs):
    data_dir.mkdir(parents=True, exist_ok=True)
    settings = MachineSettings()
    settings.database_url = f"sqlite:///{tmp_path / 'absent' / 'base.db'}"
    context = open_store.open_store_or_ask(settings, SecretStore(), demo=False)
    try:
        assert context is not None and context.store.url.endswith("recommandes.db")
    finally:
        context.store.dispose()
    (problem,) = dialogs["dialogs"]
    assert problem.startswith("La base de données n'a pas pu être ouverte") and "Corrigez l'adresse" in problem
    assert dialogs["errors"] == []


def test_an_address_given_on_the_command_line_is_only_reported(qtbot, data_dir, tmp_path, dialogs):
    data_dir.mkdir(parents=True, exist_ok=True)
    url = f"sqlite:///{tmp_path / 'absent' / 'base.db'}"
    assert open_store.open_store_or_ask(MachineSettings(), SecretStore(), url) is None
    (title, text), = dialogs["errors"]
    assert title == "Base de données" and "unable to open database file" in text
    assert dialogs["dialogs"] == []
