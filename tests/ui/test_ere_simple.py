"""The lettre suivie électronique (ERE simple) in "Démo locale", through the windows: three demo
events chosen as ERE simple in "Choix de l'envoi" go to the local AR24 service without any OTP,
the service takes them to their end, and the letters list shows the LSE statuses and references,
with every proof archived."""
from __future__ import annotations

import datetime as dt
import hashlib
import re

from sqlalchemy import select

from app.demo.sending_setup import make_demo_ready_to_send
from app.sending.compatibility import check_events
from app.store.models import Event, LetterStatusChange, OutboxState, Proof, RegisteredLetter, SendType
from tests.ui.sending_steps import confirm_and_wait_report
from tests.letters.support import demo_sender, service_control
from ui.sending.events_list import EventsListWindow
from ui.letters.letters_list import COLUMNS, LettersListWindow
from ui.sending.send_choice import OFFERED

OUTCOMES = ["AR", "negligence", "bounced"]
SHOWN = {"AR": "Reçu et lu", "negligence": "Ignoré", "bounced": "Non distribué"}
PROOFS = {"AR": {"ev", "ar", "content"}, "negligence": {"ev", "ng", "content"}, "bounced": {"bc", "content"}}


def _three_ere_compatible_events(context) -> list[int]:
    with context.store.session() as session:
        chronoted = list(session.scalars(select(Event.id).where(Event.treatment_number.is_not(None))
                                         .order_by(Event.id)))
    batch = check_events(context.store, chronoted, SendType.ERE_SIMPLE, login=context.login)
    return batch.compatible_event_ids[:3]


def _column(model, title: str, row: int) -> str:
    return model.index(row, [column.title for column in COLUMNS].index(title)).data()


def test_three_ere_letters_without_otp_to_their_lse_statuses(qtbot, demo_context) -> None:
    demo_sender(demo_context)
    make_demo_ready_to_send(demo_context.store)
    events = _three_ere_compatible_events(demo_context)
    assert len(events) == 3
    with service_control(demo_context) as control:
        control.clock(speed=0)        # the letters move only when the test says so

    # Liste des événements › Envoyer en AR › Lettre suivie électronique › Valider l'envoi… › Confirmer.
    events_window = EventsListWindow(demo_context)
    qtbot.addWidget(events_window)
    events_window.select_ids(set(events))
    dialog = events_window.send_selected()
    qtbot.waitUntil(lambda: dialog.choice is not None, timeout=10_000)
    dialog.types.button(OFFERED.index(SendType.ERE_SIMPLE)).click()
    qtbot.waitUntil(lambda: dialog.choice is not None, timeout=10_000)
    assert dialog.choice.batch.compatible_event_ids == events
    _progress, batch = confirm_and_wait_report(qtbot, dialog, events_window, timeout=60_000)
    assert [r.outcome.value for r in batch.results] == ["OK"] * 3

    # Posted at once: no letter ever waited for an OTP code.
    with demo_context.store.session() as session:
        letters = {letter.event_id: letter for letter in session.scalars(select(RegisteredLetter))}
        steps = set(session.scalars(select(LetterStatusChange.status)))
    assert {letter.outbox_state for letter in letters.values()} == {OutboxState.POSTED}
    assert "to_valid" not in steps
    client = demo_context.ar24.client()
    today = f"LSE{dt.date.today():%y%m%d}-"
    for letter in letters.values():
        mail = client.get_mail(letter.ar24_mail_id)
        assert not mail.is_eidas
        assert re.fullmatch(re.escape(today) + r"\d{6}", letter.reference)
        assert mail.ref_dossier == letter.reference          # the reference AR24 has is the one we show

    # The recipients read, ignore, or cannot receive their letter.
    with service_control(demo_context) as control:
        for event_id, outcome in zip(events, OUTCOMES):
            control.advance_mail(letters[event_id].ar24_mail_id, outcome)
    letters_window = LettersListWindow(demo_context)
    qtbot.addWidget(letters_window)
    qtbot.waitUntil(lambda: not letters_window.scheduler.running, timeout=30_000)
    letters_window.sync_now()
    qtbot.waitUntil(lambda: not letters_window.scheduler.running, timeout=60_000)
    letters_window.reload()
    model = letters_window.model
    rows = {model.row_id(row): row for row in range(model.rowCount())}
    for event_id, outcome in zip(events, OUTCOMES):
        row = rows[letters[event_id].id]
        assert _column(model, "Statut", row) == SHOWN[outcome]
        assert _column(model, "Type", row) == "Lettre suivie"
        assert _column(model, "Référence", row) == letters[event_id].reference

    with demo_context.store.session() as session:
        proofs = session.execute(select(Proof.letter_id, Proof.kind, Proof.sha256)).all()
    for event_id, outcome in zip(events, OUTCOMES):
        assert {p.kind.value for p in proofs if p.letter_id == letters[event_id].id} == PROOFS[outcome]
    for proof in proofs:
        archived = letters_window.archive.path_for(proof.sha256).read_bytes()
        assert hashlib.sha256(archived).hexdigest() == proof.sha256
    letters_window.close()
