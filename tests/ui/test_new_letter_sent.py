"""A "Nouveau courrier" for all copropriétaires of one entity, with an attachment, sent as LRE
through "Envoyer en AR", validated with one OTP code, and found posted on the local AR24
service with its two documents (the merged letter, then the attachment)."""
from __future__ import annotations

import pyotp
from PySide6.QtCore import Qt
from sqlalchemy import select

from app.demo.letter_run import write_letter_run
from app.demo.sending_setup import make_demo_ready_to_send
from app.letters.validation import validate_letters
from app.store.models import OutboxState, RegisteredLetter
from tests.ui.sending_steps import confirm_and_wait_report
from tests.letters.support import demo_sender
from ui.compose.new_letter import NewLetterWindow
from ui.sending.events_list import EventsListWindow


def test_new_letter_sent_as_lre_and_validated_with_one_otp(qtbot, demo_context, tmp_path) -> None:
    account = demo_sender(demo_context)
    make_demo_ready_to_send(demo_context.store)

    window = NewLetterWindow(demo_context)
    qtbot.addWidget(window)
    window.entity_combo.setCurrentIndex(window.entity_combo.findText("S001", Qt.MatchFlag.MatchStartsWith))
    window.add_entity_recipients()
    window.subject.setText("Convocation à l'assemblée générale")
    window.is_convocation.setChecked(True)
    window.body.setHtml("<p>«Civilite» «Nom»,</p><p>Vous êtes convoqué(e) le «DateAG».</p>"
                        "<p>Votre accord pour l'envoi électronique : «AR24_LienConsentement»</p>")
    window.add_attachments([write_letter_run(tmp_path / "Ordre du jour.pdf", [None], pages=1)])
    window.create_letters()
    qtbot.waitUntil(lambda: bool(window.created), timeout=30_000)
    created = [event_id for event_id, _number in window.created]

    # Liste des événements › Envoyer en AR › LRE qualifiée › Valider.
    events_window = EventsListWindow(demo_context)
    qtbot.addWidget(events_window)
    events_window.select_ids(set(created))
    dialog = events_window.send_selected()
    qtbot.waitUntil(lambda: dialog.choice is not None, timeout=20_000)
    sent = dialog.choice.batch.compatible_event_ids
    assert 0 < len(sent) < len(created)              # those without consent stay for the paper letter
    _progress, batch = confirm_and_wait_report(qtbot, dialog, events_window)
    assert [r.outcome.value for r in batch.results] == ["OK"] * len(sent)

    with demo_context.store.session() as session:
        letters = list(session.scalars(select(RegisteredLetter).where(RegisteredLetter.event_id.in_(sent))))
    assert {letter.outbox_state for letter in letters} == {OutboxState.TO_VALID}
    report = validate_letters(demo_context, [letter.id for letter in letters],
                              pyotp.TOTP(account["otp_secret"]).now())
    assert sorted(report.posted) == sorted(letter.id for letter in letters)
    assert not (report.failed or report.in_doubt or report.skipped or report.remaining)
    with demo_context.store.session() as session:
        letters = list(session.scalars(select(RegisteredLetter).where(RegisteredLetter.event_id.in_(sent))))
    assert {letter.outbox_state for letter in letters} == {OutboxState.POSTED}
    client = demo_context.ar24.client()
    for letter in letters:
        mail = client.get_mail(letter.ar24_mail_id)
        assert mail.status != "to_valid" and len(mail.attachments_details) == 2
