"""The registered letters in "Démo locale", through the windows: validate a batch with one code
generated from the stored key, let the local service take the letters to their end, sync, and
find each proof archived with its hash and each letter with its French status."""
from __future__ import annotations

import hashlib

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from app.letters.validation import VALIDATED_MESSAGE
from app.store.models import OutboxState, Proof, RegisteredLetter
from tests.letters.support import demo_sender, mails_by_ref, service_control, to_valid_letters
from tests.ar24.conftest import wrong_code
from ui.i18n import install_translators
from ui.letters.letters_list import COLUMNS, LettersListWindow

OUTCOMES = ["AR", "refused", "negligence", "bounced"] * 5
STATUS = [column.title for column in COLUMNS].index("Statut")
FRENCH = {"AR": "Accusé de réception", "refused": "Refusé", "negligence": "Non réclamé", "bounced": "Non distribué"}


@pytest.fixture
def letters_window(qtbot, demo_context):
    window = LettersListWindow(demo_context)
    window.show()                                  # a closed list reloads only when shown again
    yield window
    if window.otp_window is not None and window.otp_window.job is not None:
        qtbot.waitUntil(lambda: not window.otp_window.job.running, timeout=20000)
    qtbot.wait(50)   # the batch's end starts a sync
    if window.scheduler.running:
        window.scheduler.job.cancel()
        qtbot.waitUntil(lambda: not window.scheduler.running, timeout=20000)
    window.close()
    window.deleteLater()


def tick_all_and_enter_code(qtbot, window, generate: bool = True, code: str = ""):
    otp = window.open_otp_validation()
    header = otp.table.horizontalHeader()
    header.sectionClicked.emit(0)                       # the header box ticks every letter
    assert otp.model.all_checked()
    entry = otp.validate_checked()
    if generate:
        qtbot.mouseClick(entry.generate, Qt.MouseButton.LeftButton)
    else:
        entry.code.setText(code)
    assert len(entry.value()) == 6 and entry.ok.isEnabled()
    entry.accept()
    return otp


def test_the_whole_story_of_twenty_letters(qtbot, demo_context, letters_window, tmp_path) -> None:
    demo_sender(demo_context)
    letters = to_valid_letters(demo_context, OUTCOMES, tmp_path)
    letters_window.reload()
    otp = tick_all_and_enter_code(qtbot, letters_window)
    assert otp.entry.generate.isEnabled()
    qtbot.waitUntil(lambda: otp.last_message is not None, timeout=30000)
    assert VALIDATED_MESSAGE in otp.last_message.text()
    assert otp.model.rows == []                          # nothing left to validate
    refs = mails_by_ref(demo_context)
    with demo_context.store.session() as session:
        posted = session.execute(select(RegisteredLetter.local_ref, RegisteredLetter.outbox_state)).all()
    assert {row.outbox_state for row in posted} == {OutboxState.POSTED}
    assert [refs.get(row.local_ref) for row in posted] == [1] * 20   # one AR24 mail each, eIDAS
    # The local service takes each letter to its end (15 days and more of its time)...
    with service_control(demo_context) as control:
        control.clock(advance_seconds=16 * 86400)
    qtbot.waitUntil(lambda: not letters_window.scheduler.running, timeout=30000)   # sync started by the batch
    job = letters_window.sync_now()
    assert job is not None
    qtbot.waitUntil(lambda: not letters_window.scheduler.running, timeout=60000)
    # ... and the list, told by the sync, shows each one's French status, AR24's raw value on hover.
    model = letters_window.model
    expected = {letter_id: (FRENCH[outcome], f"Statut AR24 : {outcome}") for letter_id, outcome in zip(letters, OUTCOMES)}

    def shown() -> dict[int, tuple[str, str]]:
        return {model.row_id(r): (model.index(r, STATUS).data(), model.index(r, STATUS).data(Qt.ItemDataRole.ToolTipRole))
                for r in range(model.rowCount())}

    qtbot.waitUntil(lambda: shown() == expected, timeout=5000)
    # Every proof is in the archive, its SHA-256 matching the file and AR24's own copy.
    client = demo_context.ar24.client()
    with demo_context.store.session() as session:
        proofs = session.execute(select(Proof.letter_id, Proof.kind, Proof.sha256)).all()
        numbers = dict(session.execute(select(RegisteredLetter.id, RegisteredLetter.ar24_mail_id)).all())
    expected = {"AR": {"ev", "ar", "content"}, "refused": {"ev", "rf", "content"},
                "negligence": {"ev", "ng", "content"}, "bounced": {"bc", "content"}}
    for letter_id, outcome in zip(letters, OUTCOMES):
        assert {p.kind.value for p in proofs if p.letter_id == letter_id} == expected[outcome]
    for proof in proofs:
        archived = letters_window.archive.path_for(proof.sha256).read_bytes()
        assert hashlib.sha256(archived).hexdigest() == proof.sha256
    mail = client.get_mail(numbers[letters[0]])
    again = client.download(mail.proof_ar_url, tmp_path / "ar.pdf")
    ar = next(p for p in proofs if p.letter_id == letters[0] and p.kind.value == "ar")
    assert again.sha256 == ar.sha256
    # The detail shows the timeline and opens a proof from the archive.
    opened = []
    import ui.letters.letter_detail as detail_module
    detail_module.open_in_viewer = lambda path: opened.append(path) or True
    detail = letters_window.open_detail(letters[0])
    statuses = [detail.history.item(r, 1).text() for r in range(detail.history.rowCount())]
    assert statuses[0] == "À valider (OTP)" and statuses[-2:] == ["Envoyé", "Accusé de réception"]
    assert detail.open_proof(0) and opened[0].read_bytes().startswith(b"%PDF")
    assert "inclus" in detail.deadline.text()
    detail.close()
    # Export of the shown rows, in the background.
    exported = tmp_path / "lettres.csv"
    assert letters_window.export_rows(exported) is not None
    qtbot.waitUntil(lambda: "20 lettre(s) exportée(s)" in letters_window.statusBar().currentMessage(), timeout=20000)
    qtbot.waitUntil(lambda: not letters_window.export_bar.isVisible(), timeout=5000)
    assert "Accusé de réception" in exported.read_text(encoding="utf-8-sig")


def test_a_wrong_code_posts_nothing_and_says_so(qtbot, demo_context, letters_window, tmp_path) -> None:
    account = demo_sender(demo_context)
    to_valid_letters(demo_context, ["AR"] * 3, tmp_path)
    otp = tick_all_and_enter_code(qtbot, letters_window, generate=False, code=wrong_code(account["otp_secret"]))
    qtbot.waitUntil(lambda: otp.last_message is not None, timeout=20000)
    assert "code OTP est incorrect" in otp.last_message.text()
    assert "Aucune lettre n'a été envoyée" in otp.last_message.text()
    with demo_context.store.session() as session:
        states = set(session.scalars(select(RegisteredLetter.outbox_state)))
    assert states == {OutboxState.TO_VALID} and len(otp.model.rows) == 3
    assert mails_by_ref(demo_context) == {}


def test_an_expired_session_mid_batch_asks_a_new_code_and_continues(qtbot, demo_context, letters_window,
                                                                   tmp_path) -> None:
    demo_sender(demo_context)
    to_valid_letters(demo_context, ["AR"] * 12, tmp_path)
    demo_context.settings.ar24_parallel_connections = 1
    with service_control(demo_context) as control:
        control.faults(latency_ms=150)
        otp = tick_all_and_enter_code(qtbot, letters_window)

        def posted() -> int:
            with demo_context.store.session() as session:
                return len(list(session.scalars(select(RegisteredLetter.id).where(
                    RegisteredLetter.outbox_state == OutboxState.POSTED))))

        qtbot.waitUntil(lambda: posted() >= 2, timeout=20000)
        control.clock(advance_seconds=2 * 3600)       # the one-hour session ends mid-batch
        qtbot.waitUntil(lambda: otp.expired_prompts == 1, timeout=30000)
        done_before = posted()
        assert 2 <= done_before < 12
        assert "expiré" in otp.entry.notice.text() and otp.entry.isVisible()
        control.faults(latency_ms=0)
        qtbot.mouseClick(otp.entry.generate, Qt.MouseButton.LeftButton)
        otp.entry.accept()
        qtbot.waitUntil(lambda: otp.last_message is not None, timeout=30000)
    assert VALIDATED_MESSAGE in otp.last_message.text()
    assert posted() == 12
    refs = mails_by_ref(demo_context)
    with demo_context.store.session() as session:
        assert [refs.get(ref) for ref in session.scalars(select(RegisteredLetter.local_ref))] == [1] * 12


def test_a_failed_letter_opens_the_send_choice_on_paper_for_its_event(qtbot, tmp_path) -> None:
    """Issue 17, item 6: "Renvoyer en LR papier" for a failed letter only."""
    from app.demo.samples import letters_sample
    from app.sending.send_types import SendType
    from app.services.letters import letter_detail
    from ui.letters.letter_detail import LetterDetailDialog

    context, archive, ids = letters_sample(tmp_path)
    try:
        delivered = LetterDetailDialog(context, ids[0], archive)        # AR
        not_claimed = LetterDetailDialog(context, ids[3], archive)      # negligence
        qtbot.addWidget(delivered)
        qtbot.addWidget(not_claimed)
        assert delivered.paper_button.isHidden() and not not_claimed.paper_button.isHidden()
        assert "délai clos" in not_claimed.deadline.text()
        qtbot.mouseClick(not_claimed.paper_button, Qt.MouseButton.LeftButton)
        choice = not_claimed.send_choice
        qtbot.addWidget(choice)
        qtbot.waitUntil(lambda: choice.choice is not None, timeout=30000)
        assert choice.send_type is SendType.LR_PAPIER
        assert choice.event_ids == [letter_detail(context, ids[3]).event_id]
        assert choice.choice.batch.demanded == 1
    finally:
        context.close()
        context.store.dispose()


def test_proofs_zip_of_a_selection_is_written_in_the_background(qtbot, tmp_path) -> None:
    import zipfile

    from app.demo.samples import letters_sample

    context, archive, ids = letters_sample(tmp_path)
    window = LettersListWindow(context)
    qtbot.addWidget(window)
    window.archive = archive
    try:
        window.table.selectAll()
        job = window.export_selection_proofs(tmp_path / "preuves.zip")
        assert job is not None and window.export_bar.isVisibleTo(window)     # the window goes on meanwhile
        qtbot.waitUntil(lambda: window.last_dialog is not None and "exportée(s)" in window.last_dialog.text(),
                        timeout=20000)
        qtbot.waitUntil(lambda: not window.export_bar.isVisibleTo(window), timeout=5000)   # the job's end
        with zipfile.ZipFile(tmp_path / "preuves.zip") as bundle:
            names = bundle.namelist()
        shown = int(window.last_dialog.text().split(" ")[0])
        assert shown == len(names) - 1 > 0 and "empreintes-sha256.csv" in names
        detail = window.open_detail(ids[0])
        detail_job = detail.export_zip(tmp_path / "une.zip")
        qtbot.waitUntil(lambda: detail.last_message is not None, timeout=20000)
        assert not detail_job.running and "3 preuve(s) exportée(s)" in detail.last_message.text()
    finally:
        window.close()
        context.close()
        context.store.dispose()


def test_a_closed_list_catches_up_when_shown_again(qtbot, demo_context, letters_window, tmp_path) -> None:
    from app.changes import Change, publish

    assert letters_window.model.rowCount() == 0
    letters_window.close()
    demo_sender(demo_context)
    to_valid_letters(demo_context, ["AR"] * 2, tmp_path)
    publish(Change.BATCH_ENDED)
    qtbot.wait(400)                                      # past the refresh delay
    assert letters_window.model.rowCount() == 0          # nothing read while nobody looks
    letters_window.show()
    assert letters_window.model.rowCount() == 2


def test_a_validation_whose_process_dies_says_what_is_left_and_can_be_taken_up(qtbot, demo_context, letters_window,
                                                                               tmp_path) -> None:
    demo_sender(demo_context)
    letters = to_valid_letters(demo_context, ["AR"] * 10, tmp_path)
    demo_context.settings.ar24_parallel_connections = 1
    with service_control(demo_context) as control:
        control.faults(latency_ms=150)
        otp = tick_all_and_enter_code(qtbot, letters_window)
        qtbot.waitUntil(lambda: otp.job.process is not None and otp.progress.value() >= 2, timeout=30000)
        otp.job.process.kill()                              # the sending process is gone mid-batch
        qtbot.waitUntil(lambda: otp.last_message is not None, timeout=30000)
        control.faults(latency_ms=0)
    left = len(otp.model.rows)
    assert 0 < left < 10
    assert f"{left} lettre(s) sur 10 restent en attente de validation OTP" in otp.last_message.text()
    assert "Aucune lettre n'a été envoyée" not in otp.last_message.text()
    otp.last_message = None
    otp.model.set_all(True)                                 # the rest, with a new code
    entry = otp.validate_checked()
    qtbot.mouseClick(entry.generate, Qt.MouseButton.LeftButton)
    entry.accept()
    qtbot.waitUntil(lambda: otp.last_message is not None, timeout=30000)
    assert VALIDATED_MESSAGE in otp.last_message.text()
    refs = mails_by_ref(demo_context)
    with demo_context.store.session() as session:
        sent = [refs.get(ref) for ref in session.scalars(select(RegisteredLetter.local_ref)
                                                         .where(RegisteredLetter.id.in_(letters)))]
    assert sent.count(1) >= 10 - 1 and set(sent) <= {1, None}   # never twice; one may wait for its reconciliation


def test_a_refused_lre_is_sent_again_on_paper_once_from_its_letter(qtbot, demo_context, tmp_path) -> None:
    """Issue 17, item 6, to the end: the refused LRE's detail, the send choice on paper, the
    confirmation, the thermomètre, one paper letter at AR24."""
    from app.demo.sending_setup import make_demo_ready_to_send
    from app.sending.send_types import SendType
    from app.services.letters import sync_statuses
    from app.sync.archive import ProofArchive
    from tests.letters.support import posted_letters
    from ui.letters.letter_detail import LetterDetailDialog

    [refused] = posted_letters(demo_context, ["refused"], tmp_path)
    make_demo_ready_to_send(demo_context.store, demo_context.login)
    with service_control(demo_context) as control:
        control.clock(advance_seconds=16 * 86400)
    sync_statuses(demo_context)
    detail = LetterDetailDialog(demo_context, refused, ProofArchive())
    qtbot.addWidget(detail)
    assert not detail.paper_button.isHidden()
    qtbot.mouseClick(detail.paper_button, Qt.MouseButton.LeftButton)
    choice = detail.send_choice
    qtbot.waitUntil(lambda: choice.choice is not None, timeout=30000)
    assert choice.send_type is SendType.LR_PAPIER and choice.choice.batch.compatible_event_ids == choice.event_ids
    choice.validate()
    qtbot.waitUntil(lambda: choice.confirmation is not None, timeout=20000)
    choice.confirmation.accept()                       # "Confirmer l'envoi"
    qtbot.waitUntil(lambda: detail.sending is not None and detail.sending.report is not None, timeout=120000)
    assert [r.outcome.value for r in detail.sending.report.results] == ["OK"], detail.sending.report.summary()
    refs = mails_by_ref(demo_context)
    with demo_context.store.session() as session:
        letters = session.execute(select(RegisteredLetter.send_type, RegisteredLetter.local_ref)
                                  .order_by(RegisteredLetter.id)).all()
    assert [row.send_type for row in letters] == [SendType.LRE_EIDAS, SendType.LR_PAPIER]
    assert [refs.get(row.local_ref) for row in letters] == [1, 1]      # the paper letter posted once


def test_the_validation_and_the_sync_after_it_speak_english(qapp, qtbot, demo_context, letters_window,
                                                             tmp_path) -> None:
    """The OTP validation's summary and the sync's status line come from the sending process and
    from app/sync as Messages: the English interface shows them in English."""
    demo_sender(demo_context)
    to_valid_letters(demo_context, ["AR", "AR"], tmp_path)
    install_translators(qapp, "en")
    try:
        letters_window.reload()
        otp = tick_all_and_enter_code(qtbot, letters_window)
        qtbot.waitUntil(lambda: otp.last_message is not None, timeout=30000)
        validated = otp.last_message.text()
        qtbot.waitUntil(lambda: "checked with AR24" in letters_window.statusBar().currentMessage(), timeout=30000)
        synced = letters_window.statusBar().currentMessage()
    finally:
        install_translators(qapp, "fr")
    assert validated == "The registered letters have been validated for sending by AR24 (2 letter(s))."
    assert "letter(s) checked with AR24" in synced and "vérifiée" not in synced


def test_the_letter_detail_says_why_its_last_attempt_failed_in_the_reader_s_language(qapp, qtbot, tmp_path) -> None:
    """A letter AR24 does not have (failed, in doubt, waiting to be retried) shows the reason its
    sending process kept, in the interface's language; a posted letter shows none."""
    from sqlalchemy import update

    from app.ar24.errors import SLUG_MESSAGES
    from app.demo.samples import letters_sample
    from app.i18n import sentence_to_stored
    from app.store.models import OutboxState, RegisteredLetter
    from ui.i18n import install_translators
    from ui.letters.letter_detail import LetterDetailDialog

    context, archive, ids = letters_sample(tmp_path)
    try:
        with context.store.session() as session, session.begin():
            session.execute(update(RegisteredLetter).where(RegisteredLetter.id == ids[1]).values(
                outbox_state=OutboxState.FAILED, last_error=sentence_to_stored(SLUG_MESSAGES["invalid_email"])))
        failed = LetterDetailDialog(context, ids[1], archive)
        posted = LetterDetailDialog(context, ids[0], archive)
        qtbot.addWidget(failed)
        qtbot.addWidget(posted)
        assert failed.incident.text() == ("L'adresse e-mail du destinataire est invalide : vérifiez-la dans la "
                                          "fiche tiers.")
        assert failed.incident.isVisibleTo(failed) and not posted.incident.isVisibleTo(posted)
        install_translators(qapp, "en")
        try:
            english = LetterDetailDialog(context, ids[1], archive)
            qtbot.addWidget(english)
            assert english.incident.text() == "The recipient's e-mail address is invalid: check it in the third-party record."
        finally:
            install_translators(qapp, "fr")
    finally:
        context.close()
        context.store.dispose()
