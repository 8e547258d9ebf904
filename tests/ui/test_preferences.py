"""Preferences driven for real against the local AR24 service: a new user links the demo account,
registers the demo sender's OTP key from a QR image, sees the code, links a payment method to
every entity — and no secret reaches the database, the settings file or the log file."""
from __future__ import annotations

import logging
from pathlib import Path

import pyotp
import pytest
import segno
from sqlalchemy import select

from app import APP_NAME
from app.accounts.otp_keys import PERIOD
from app.ar24.local_service import LocalServiceControl
from app.log_file import configure_logging, log_file_path
from app.machine_settings import MachineSettings
from app.secrets import otp_key_key
from app.store.models import EidasState, Entity, EntityKind, LinkState, PaymentMethodLink, Sender, User
from tests.conftest import link_demo_account
from app.services.accounts import SENT_MESSAGE
from ui.admin.users_list import UsersListWindow
from ui.i18n import install_translators

JOB_TIMEOUT = 15000
PASSWORD = "Mot-de-passe-AR24-tres-secret!"


@pytest.fixture
def log_to_file():
    handler = configure_logging(logging.DEBUG)
    root = logging.getLogger()
    previous = root.level
    root.setLevel(logging.DEBUG)
    yield log_file_path()
    root.removeHandler(handler)
    root.setLevel(previous)
    handler.close()


def wait(qtbot, job) -> None:
    """Until the job's slots have run (``TaskRunner`` re-enables its controls last)."""
    assert job is not None, "the action did not start a background job"
    qtbot.waitUntil(lambda: not job.running and job.parent().bar.isHidden(), timeout=JOB_TIMEOUT)


def open_user(qtbot, context, login: str):
    users = UsersListWindow(context)
    qtbot.addWidget(users)
    with context.store.session() as session:
        user_id = session.scalar(select(User.id).where(User.login == login))
    record = users.open_record(user_id)
    qtbot.addWidget(record)
    assert record.tabs.tabText(record.tabs.currentIndex()) == "Préférences"
    return users, record


def qr_png(path: Path, email: str, secret: str, suffix: str = ".png") -> Path:
    target = path.with_suffix(suffix)
    segno.make(f"otpauth://totp/AR24:{email}?secret={secret}&issuer=AR24", error="m").save(
        str(target), scale=6, border=4)
    return target


def test_new_user_links_the_demo_account_sets_up_a_sender_and_payments_without_leaking(
        qtbot, unlinked_demo_context, tmp_path, log_to_file):
    context = unlinked_demo_context
    service = context.ar24.local_service()
    account = service.demo_account
    users, record = open_user(qtbot, context, "MDU")
    tab = record.preferences

    # 1. « Autoriser le compte » → the message of the LSC documentation, link pending.
    tab.email.setText(account["email"])
    tab.password.setText(PASSWORD)
    wait(qtbot, tab.authorize())
    assert SENT_MESSAGE.format(app=APP_NAME) in tab.runner.message.text()
    assert tab.status.state is LinkState.PENDING and tab.poll_timer.isActive()
    assert tab.simulate_button.isVisible()
    assert "Autorisation en attente" in users.model.index(1, 3).data()

    # 2. The account holder clicks AR24's link; the background polling notices it.
    with LocalServiceControl(service.root_url) as control:
        control.set_link(account["id"], "granted")
    tab.poll_timer.setInterval(50)
    qtbot.waitUntil(lambda: tab.status.state is LinkState.LINKED, timeout=JOB_TIMEOUT)
    assert not tab.poll_timer.isActive()
    assert "Camille Martin" in tab.account_label.text() and tab.identity_label.text() == "Oui"
    assert tab.payment_label.text() == "Prêt"
    with context.store.session() as session:
        user = session.scalar(select(User).where(User.login == "MDU"))
        assert (user.ar24_user_id, user.ar24_link_state) == (account["id"], LinkState.LINKED)
    qtbot.waitUntil(lambda: users.model.index(1, 3).data() == "Lié")

    # 3. The sender: the demo account, already verified by AR24; its OTP key from a QR image.
    senders = record.open_senders()
    qtbot.addWidget(senders)
    add = senders.add_sender()
    add.email.setText(account["email"])
    wait(qtbot, add.next_step())
    assert add.stack.currentIndex() == 1 and add.fields["city"].text() == "Lyon"
    wait(qtbot, add.save())
    assert senders.rows and senders.rows[0].email == account["email"], add.runner.message.text()
    dialog = senders.open_key_dialog()
    wait(qtbot, dialog.read_file(qr_png(tmp_path / "courrier", account["email"], account["otp_secret"])))
    assert dialog.key.text() == account["otp_secret"]
    wait(qtbot, dialog.register())
    with context.store.session() as session:
        sender = session.scalar(select(Sender))
        assert sender.eidas_state is EidasState.IDENTIFIED and sender.otp_key_stored
    assert context.secrets.get(otp_key_key(account["email"])) == account["otp_secret"]
    assert "vérifiée par AR24" in senders.runner.message.text()

    # 4. The current code, as AR24's OTP page shows it, with its countdown.
    assert senders.code_label.isVisible()
    shown = senders.code_label.text().replace(" ", "")
    totp = pyotp.TOTP(account["otp_secret"])
    assert totp.verify(shown, valid_window=1)
    assert 1 <= senders.countdown.value() <= PERIOD and "Nouveau code dans" in senders.countdown.format()

    # 5. A payment method per entity: stripe for the syndicates, gocardless for the rest.
    payments = record.open_payments()
    qtbot.addWidget(payments)
    wait(qtbot, payments.runner.job)
    assert [m.slug for m in payments.methods] == ["stripe-47146", "gocardless-18178"]
    with context.store.session() as session:
        kinds = {e.id: e.kind for e in session.scalars(select(Entity))}
    for row, entity in enumerate(payments.rows):
        menu = payments.offer_methods(row)
        wanted = "stripe-47146" if kinds[entity.entity_id] is EntityKind.SYNDICAT else "gocardless-18178"
        next(a for a in menu.actions() if wanted in a.text()).trigger()
    assert payments.table.item(0, 2).font().italic(), "a choice not yet validated is shown in italics"
    assert payments.validate() == len(kinds)
    with context.store.session() as session:
        links = {link.entity_id: link.slug for link in session.scalars(select(PaymentMethodLink))}
    assert links == {eid: "stripe-47146" if kind is EntityKind.SYNDICAT else "gocardless-18178"
                     for eid, kind in kinds.items()}
    assert payments.table.item(0, 2).text() in ("stripe-47146", "gocardless-18178")

    # 6. Administration: "Autre adresse" pointing at the same AR24, token and key typed in.
    tab.environment.setCurrentIndex(tab.environment.findData("custom"))
    tab.url.setText(service.base_url)
    tab.token.setText(service.token)
    tab.private_key.setText(service.private_key)
    tab.save_connection()
    wait(qtbot, tab.runner.job)   # another environment: the link is tested again at once
    assert tab.status.state is LinkState.LINKED, tab.runner.message.text()
    assert "Signature acceptée." in tab.runner.message.text()
    assert MachineSettings.load().ar24_environment == "custom"

    for window in (payments, senders, record, users):
        window.close()

    # No secret in the database file, the settings file or the log file.
    secrets = {"password": PASSWORD, "private key": service.private_key, "token": service.token,
               "OTP key": account["otp_secret"]}
    db = Path(context.store.engine.url.database)
    files = [*db.parent.glob(db.name + "*"), MachineSettings.path(), log_to_file]
    assert log_to_file.stat().st_size > 0 and MachineSettings.path().exists()
    for path in files:
        content = path.read_bytes()
        for what, secret in secrets.items():
            assert secret.encode() not in content, f"the {what} leaked into {path.name}"


def test_the_seeded_link_is_reset_then_redone_with_the_simulated_click(qtbot, demo_context):
    _users, record = open_user(qtbot, demo_context, "JLC")
    tab = record.preferences
    assert tab.status.state is LinkState.LINKED and "Camille Martin" in tab.account_label.text()
    assert tab.reset_button.isVisible() and not tab.simulate_button.isVisible()
    wait(qtbot, tab.reset_demo(confirmed=True))
    assert tab.status.state is LinkState.NOT_LINKED and tab.account_label.text() == "—"
    assert "Démo AR24 réinitialisée" in tab.runner.message.text()
    with demo_context.store.session() as session:
        assert session.scalar(select(Sender.id)) is None and session.scalar(select(PaymentMethodLink.id)) is None
    assert tab.email.text() == "demo@agence-exemple.fr"
    wait(qtbot, tab.authorize())
    assert "Simuler le clic" in tab.runner.message.text() and tab.status.state is LinkState.PENDING
    wait(qtbot, tab.simulate_confirmation())
    assert tab.status.state is LinkState.LINKED
    assert "le compte est lié" in tab.runner.message.text()
    assert not tab.simulate_button.isVisible()


def test_the_reset_is_offered_in_the_demo_only(qtbot, demo_context):
    demo_context.settings.ar24_environment = "sandbox"
    _users, record = open_user(qtbot, demo_context, "JLC")
    assert not record.preferences.reset_button.isVisible()


def test_tester_la_connexion_reports_each_step_and_an_unknown_account(qtbot, demo_context):
    _users, record = open_user(qtbot, demo_context, "MDU")
    tab = record.preferences
    tab.email.setText("personne@inconnu.example")
    wait(qtbot, tab.authorize())
    assert "Aucun compte AR24" in tab.runner.message.text()
    assert tab.status.state is LinkState.NOT_LINKED

    link_demo_account(demo_context)           # JLC linked: the test button shows every line
    _users, record = open_user(qtbot, demo_context, "JLC")
    wait(qtbot, record.preferences.test_connection())
    text = record.preferences.runner.message.text()
    assert text.startswith("Démo locale : AR24 répond. Signature acceptée.") and "lié (Camille Martin)" in text


def test_access_withdrawn_on_ar24_unlinks_the_user(qtbot, demo_context):
    id_user = link_demo_account(demo_context)
    with LocalServiceControl(demo_context.ar24.local_service().root_url) as control:
        control.set_link(id_user, "denied")
    _users, record = open_user(qtbot, demo_context, "JLC")
    wait(qtbot, record.preferences.test_connection())
    assert record.preferences.status.state is LinkState.NOT_LINKED
    with demo_context.store.session() as session:
        assert session.scalar(select(User.ar24_user_id).where(User.login == "JLC")) is None


def test_window_stays_responsive_while_ar24_is_slow(qtbot, demo_context):
    with LocalServiceControl(demo_context.ar24.local_service().root_url) as control:
        control.faults(latency_ms=800)
    _users, record = open_user(qtbot, demo_context, "JLC")
    tab = record.preferences
    job = tab.test_connection()
    assert tab.runner.bar.isVisible() and not tab.test_button.isEnabled()
    assert tab.test_connection() is None, "one AR24 call at a time"
    ticks = []
    qtbot.waitUntil(lambda: ticks.append(1) or not job.running, timeout=JOB_TIMEOUT)
    assert len(ticks) > 5, "the event loop kept running during the call"
    qtbot.waitUntil(lambda: tab.test_button.isEnabled())
    assert not tab.runner.bar.isVisible()


@pytest.fixture
def english(qapp):
    install_translators(qapp, "en")
    yield
    install_translators(qapp, "fr")


def test_the_connection_test_and_its_refusals_speak_english(qtbot, demo_context, english):
    users = UsersListWindow(demo_context)
    qtbot.addWidget(users)
    with demo_context.store.session() as session:
        record = users.open_record(session.scalar(select(User.id).where(User.login == "JLC")))
    qtbot.addWidget(record)
    tab = record.preferences
    wait(qtbot, tab.test_connection())
    shown = tab.runner.message.text()
    assert shown.startswith("Local demo: AR24 answers. Signature accepted. Account demo@agence-exemple.fr: linked ("), shown
    assert not any(word in shown for word in ("répond", "acceptée", "Compte", "lié")), shown
    tab.email.setText("")
    wait(qtbot, tab.authorize())   # refused in the background job: its sentence comes back in English
    assert tab.runner.message.text() == "Enter your AR24 account's e-mail address."
    tab.environment.setCurrentIndex(tab.environment.findData("custom"))
    tab.url.setText("ftp://ar24.example")
    tab.save_connection()
    assert tab.runner.message.text() == ("The AR24 API address must start with https:// (for example "
                                         "https://app.ar24.fr/api/): correct it.")
    for window in (record, users):
        window.close()
