"""The whole LRE story through the windows against a local AR24 service that answers only its
CONFIRMED routes (``confirmed_only``): every GUESS endpoint answers as an unknown route might.
The app still links the account, takes the payment code typed by hand, sends LRE eIDAS letters,
validates them with one OTP code, syncs their statuses and archives their proofs — and says, for
each feature the account lacks, what to do instead."""
from __future__ import annotations

import hashlib

from sqlalchemy import select

from app.ar24 import features
from app.ar24.features import Availability, Feature
from app.ar24.local_service import LocalServiceControl
from app.demo.sending_setup import make_demo_ready_to_send
from app.letters.validation import VALIDATED_MESSAGE
from app.outbox.pipeline import LOCAL_CONSENTS
from app.secrets import otp_key_key
from app.sending.compatibility import check_events
from app.services.ar24_features import (
    CONSENTS_OFFLINE_SHORT,
    UNAVAILABLE_SENTENCES,
    feature_state,
)
from app.store.models import (
    Event,
    OutboxState,
    PaymentMethodLink,
    Proof,
    RegisteredLetter,
    SendType,
)
from tests.ui.sending_steps import confirm_and_wait_report
from tests.ar24.test_features import on_another_ar24
from tests.ui.test_letters import tick_all_and_enter_code
from tests.ui.test_preferences import open_user, qr_png, wait
from ui.accounts.payment_methods import PaymentMethodsWindow
from ui.letters.letters_list import LettersListWindow
from ui.sending.events_list import EventsListWindow
from ui.sending.send_choice import OFFERED
from ui.tiers.tiers_list import TiersListWindow

SENTENCE = {feature: str(sentence) for feature, sentence in UNAVAILABLE_SENTENCES.items()}


def test_the_lre_story_against_the_confirmed_routes_only(qtbot, unlinked_demo_context, tmp_path) -> None:
    context = unlinked_demo_context
    service = context.ar24.local_service()
    account = service.demo_account
    with LocalServiceControl(service.root_url) as control:
        control.settings(confirmed_only=True)
        control.clock(speed=0)                       # the letters move only when the test says so

    # 1. Link: « Autoriser le compte », AR24's e-mailed link clicked; the link detects the features.
    _users, record = open_user(qtbot, context, "JLC")
    tab = record.preferences
    wait(qtbot, tab.authorize())
    wait(qtbot, tab.simulate_confirmation())
    assert "le compte est lié" in tab.runner.message.text()
    for feature in Feature:
        state = feature_state(context, feature, detect=False)
        assert state.availability is Availability.UNAVAILABLE, (feature, state.how)
        assert "route inconnue d'AR24 (unknown_error)" in str(state.how)

    # 2. Payment methods: no listing on this account, the code is typed by hand.
    payments = PaymentMethodsWindow(context, "JLC")
    qtbot.addWidget(payments)
    wait(qtbot, payments.runner.job)
    assert payments.typed_by_hand and payments.methods == ()
    assert payments.hint.text() == SENTENCE[Feature.PAYMENT_METHODS]
    menu = payments.offer_methods(0)
    assert menu.actions()[0].text() == "Saisir le code AR24…"
    payments.type_code(payments.rows[0].entity_id, "stripe47146")
    assert "n'est pas un code de moyen de paiement AR24" in payments.runner.message.text()
    for row in payments.rows:
        payments.type_code(row.entity_id, "stripe-47146")
    assert payments.validate() == len(payments.rows)
    with context.store.session() as session:
        assert set(session.scalars(select(PaymentMethodLink.slug))) == {"stripe-47146"}
    assert payments.table.item(0, 1).text() == "Saisi à la main (vérifié au premier envoi)"
    payments.close()

    # 3. Consents: recorded in the tiers by hand; AR24's consent actions disabled with the sentence.
    tiers = TiersListWindow(context)
    qtbot.addWidget(tiers)
    assert not tiers.update_action.isEnabled() and not tiers.request_action.isEnabled()
    assert tiers.request_action.toolTip() == SENTENCE[Feature.CONSENTS]
    entries = {action.text(): action.toolTip() for action in tiers.update_action.parent().actions()}
    assert entries[str(CONSENTS_OFFLINE_SHORT)] == SENTENCE[Feature.CONSENTS]
    tiers.close()

    # 4. The sender: the account's holder, identified by AR24 (confirmed GET user); its OTP key
    #    read from the QR code of AR24's letter.
    senders = record.open_senders()
    qtbot.addWidget(senders)
    add = senders.add_sender()
    add.email.setText(account["email"])
    wait(qtbot, add.next_step())
    wait(qtbot, add.save())
    assert senders.rows and senders.rows[0].email == account["email"], add.runner.message.text()
    dialog = senders.open_key_dialog()
    wait(qtbot, dialog.read_file(qr_png(tmp_path / "courrier", account["email"], account["otp_secret"])))
    wait(qtbot, dialog.register())
    assert context.secrets.get(otp_key_key(account["email"])) == account["otp_secret"]
    senders.close()
    make_demo_ready_to_send(context.store)     # adds nothing now: every entity has its code, the sender exists
    with context.store.session() as session:
        chronoted = list(session.scalars(select(Event.id).where(Event.treatment_number.is_not(None))
                                         .order_by(Event.id)))
    events = check_events(context.store, chronoted, SendType.LRE_EIDAS, login=context.login).compatible_event_ids[:3]
    assert len(events) == 3

    # 5. The send choice shows paper and notice, and refuses them with the sentence.
    events_window = EventsListWindow(context)
    qtbot.addWidget(events_window)
    events_window.select_ids(set(events))
    dialog = events_window.send_selected()
    for send_type, feature in ((SendType.LR_PAPIER, Feature.PAPER), (SendType.AVIS_SYNDIC, Feature.NOTICE)):
        dialog.types.button(OFFERED.index(send_type)).click()
        qtbot.waitUntil(lambda: dialog.choice is not None, timeout=10_000)
        assert dialog.choice.batch.compatible == 0
        assert {str(line.issue.commentaire) for line in dialog.choice.batch.recap_lines()} >= {str(SENTENCE[feature])}
    dialog.types.button(OFFERED.index(SendType.LRE_EIDAS)).click()
    qtbot.waitUntil(lambda: dialog.choice is not None, timeout=10_000)
    assert dialog.choice.batch.compatible_event_ids == events
    progress, report = confirm_and_wait_report(qtbot, dialog, events_window, timeout=60_000)
    assert [r.outcome.value for r in report.results] == ["OK"] * 3
    assert report.notes == [LOCAL_CONSENTS]
    assert report.notes[0] in progress.summary_label.text()

    # 6. One OTP code validates the batch (confirmed POST user/auth_otp + POST mail, no mail/valid).
    letters_window = LettersListWindow(context)
    qtbot.addWidget(letters_window)
    otp = tick_all_and_enter_code(qtbot, letters_window)
    qtbot.waitUntil(lambda: otp.last_message is not None, timeout=30_000)
    assert VALIDATED_MESSAGE in otp.last_message.text()
    with context.store.session() as session:
        letters = list(session.scalars(select(RegisteredLetter)))
    assert {letter.outbox_state for letter in letters} == {OutboxState.POSTED}

    # 7. The recipients acknowledge; the sync gives the statuses and archives every proof.
    with LocalServiceControl(service.root_url) as control:
        control.clock(advance_seconds=3600)
    qtbot.waitUntil(lambda: not letters_window.scheduler.running, timeout=30_000)
    assert letters_window.sync_now() is not None
    qtbot.waitUntil(lambda: not letters_window.scheduler.running, timeout=60_000)
    with context.store.session() as session:
        statuses = set(session.scalars(select(RegisteredLetter.ar24_status)))
        proofs = session.execute(select(Proof.letter_id, Proof.kind, Proof.sha256)).all()
    assert statuses == {"AR"}
    assert {(proof.letter_id, proof.kind.value) for proof in proofs} == {
        (letter.id, kind) for letter in letters for kind in ("ev", "ar", "content")}
    for proof in proofs:
        assert hashlib.sha256(letters_window.archive.path_for(proof.sha256).read_bytes()).hexdigest() == proof.sha256
    letters_window.close()


def teston_another_ar24_the_first_use_of_maj_detects_and_says_what_to_do(qtbot, demo_context, monkeypatch) -> None:
    with on_another_ar24(demo_context) as control:
        control.settings(confirmed_only=True)
    monkeypatch.setattr(features, "BOOK", features.FeatureBook())   # this seat has not detected yet
    tiers = TiersListWindow(demo_context)
    qtbot.addWidget(tiers)
    assert tiers.update_action.isEnabled()                         # unknown counts as available
    job = tiers.update_from_ar24()
    qtbot.waitUntil(lambda: not job.running and tiers.last_dialog is not None, timeout=15_000)
    assert tiers.last_dialog.text() == SENTENCE[Feature.CONSENTS]  # the manual path, not an unknown error
    assert not tiers.update_action.isEnabled() and not tiers.request_action.isEnabled()
    assert tiers.request_action.toolTip() == SENTENCE[Feature.CONSENTS]
