"""An agency's own data, from its management software's export to letters posted at AR24: the CSV
as agency software writes it (semicolon, Windows-1252, French headers, 200 rows of which 5 are
refused) imported through the wizard, a "Nouveau courrier" with an attachment for all the
copropriétaires of one entity, "Envoyer en AR", one OTP code, and the letters found posted on the
local AR24 service."""
from __future__ import annotations

import pyotp
from PySide6.QtCore import Qt
from sqlalchemy import select

from app.demo.letter_run import write_letter_run
from app.demo.sending_setup import make_demo_ready_to_send
from app.letters.validation import validate_letters
from app.store.models import Event, OutboxState, RegisteredLetter, Tiers
from tests.ui.sending_steps import confirm_and_wait_report
from tests.imports.support import agency_rows, write_csv
from tests.letters.support import demo_sender
from ui.compose.new_letter import NewLetterWindow
from ui.imports.tiers_import_wizard import TiersImportWizard
from ui.sending.events_list import EventsListWindow


def test_from_the_agency_export_to_letters_posted_at_ar24(qtbot, demo_context, tmp_path) -> None:
    account = demo_sender(demo_context)
    make_demo_ready_to_send(demo_context.store)

    # Fichier › Importer des tiers…
    export = write_csv(tmp_path / "export-copro.csv", agency_rows(200))
    wizard = TiersImportWizard(demo_context)
    qtbot.addWidget(wizard)
    wizard.load_file(export, None)
    qtbot.waitUntil(lambda: not wizard.busy, timeout=30_000)
    wizard.go_next()                                   # mapping and preview
    wizard.go_next()                                   # import
    qtbot.waitUntil(lambda: wizard.report is not None, timeout=60_000)
    assert "<b>195</b> tiers créé(s)" in wizard.summary.text()
    assert "<b>5</b> ligne(s) refusée(s)" in wizard.summary.text()
    with demo_context.store.session() as session:
        imported = set(session.scalars(select(Tiers.id).where(Tiers.code.like("IMP%"))))
    assert len(imported) == 195

    # Fichier › Nouveau courrier… for every copropriétaire of S002, with an attachment.
    window = NewLetterWindow(demo_context)
    qtbot.addWidget(window)
    window.entity_combo.setCurrentIndex(window.entity_combo.findText("S002", Qt.MatchFlag.MatchStartsWith))
    window.add_entity_recipients()
    window.subject.setText("Appel de fonds travaux")
    window.body.setHtml("<p>«Civilite» «Nom»,</p><p>Veuillez trouver l'appel de fonds ci-joint.</p>")
    window.add_attachments([write_letter_run(tmp_path / "Appel de fonds.pdf", [None], pages=1)])
    window.create_letters()
    qtbot.waitUntil(lambda: bool(window.created), timeout=60_000)
    created = [event_id for event_id, _number in window.created]
    with demo_context.store.session() as session:
        recipients = {session.get(Event, event_id).tiers_id for event_id in created}
    assert recipients & imported                       # the imported copropriétaires are written to

    # Liste des événements › Envoyer en AR › LRE › Valider l'envoi… › Confirmer l'envoi.
    events_window = EventsListWindow(demo_context)
    qtbot.addWidget(events_window)
    events_window.select_ids(set(created))
    dialog = events_window.send_selected()
    qtbot.waitUntil(lambda: dialog.choice is not None, timeout=30_000)
    sent = dialog.choice.batch.compatible_event_ids
    with demo_context.store.session() as session:
        sent_to = {session.get(Event, event_id).tiers_id for event_id in sent}
    # The imported copropriétaires who consented (« Consentement LRE » = Oui in the file) are written to.
    assert len(sent_to & imported) >= 10, [line.issue.commentaire for line in dialog.choice.batch.recap_lines()]
    _progress, batch = confirm_and_wait_report(qtbot, dialog, events_window)
    assert [r.outcome.value for r in batch.results] == ["OK"] * len(sent)

    # One OTP code validates them all; AR24 has each letter once, with its two documents.
    with demo_context.store.session() as session:
        letters = list(session.scalars(select(RegisteredLetter).where(RegisteredLetter.event_id.in_(sent))))
    report = validate_letters(demo_context, [letter.id for letter in letters], pyotp.TOTP(account["otp_secret"]).now())
    assert sorted(report.posted) == sorted(letter.id for letter in letters)
    with demo_context.store.session() as session:
        letters = list(session.scalars(select(RegisteredLetter).where(RegisteredLetter.event_id.in_(sent))))
    assert {letter.outbox_state for letter in letters} == {OutboxState.POSTED}
    client = demo_context.ar24.client()
    for letter in letters:
        mail = client.get_mail(letter.ar24_mail_id)
        assert mail.status != "to_valid" and mail.ref_client == letter.local_ref
        assert len(mail.attachments_details) == 2
