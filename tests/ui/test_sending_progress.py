"""The thermomètre: a batch of demo events sent to the local AR24 service from a real window
that stays responsive, can be cancelled, and ends with one line per event (French, or English in the English interface)."""
from __future__ import annotations

from sqlalchemy import select

from app.ar24.local_service import LocalServiceControl
from app.outbox.pipeline import Outcome
from app.store.models import AuditEntry, Event, OutboxState, RegisteredLetter, SendType
from tests.conftest import link_demo_account
from tests.outbox import simple_worker
from ui.i18n import install_translators
from ui.sending.sending_progress import resume_unfinished, start_sending


def chronoted_events(context, count: int) -> list[int]:
    with context.store.session() as session:
        return list(session.scalars(select(Event.id).where(Event.treatment_number.is_not(None))
                                    .order_by(Event.id).limit(count)))


def test_a_batch_ends_with_a_report_line_per_event(qtbot, demo_context) -> None:
    link_demo_account(demo_context)
    events = chronoted_events(demo_context, 8)
    # The real document preparation (app.sending.prepare) on the demo events.
    window = start_sending(demo_context, SendType.ERE_SIMPLE, events, {"color": False, "duplex": False})
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.report_ready, timeout=60_000) as ready:
        pass
    report = ready.args[0]
    assert window.model.rowCount() == 8 == len(report.results)
    assert window.total_label.text() == "8"
    assert int(window.done_label.text()) + int(window.failed_label.text()) == 8
    assert window.close_button.isVisible() and not window.cancel_button.isVisible()
    texts = [window.model.index(row, 2).data() for row in range(8)]
    assert all(text for text in texts)   # OK or the French reason, never an empty line
    for result in report.results:
        assert result.outcome in (Outcome.OK, Outcome.ERROR)
    with demo_context.store.session() as session:
        assert session.scalar(select(AuditEntry).where(AuditEntry.action == "lot_ar24")) is not None


def test_cancel_stops_cleanly_and_leaves_nothing_half_done(qtbot, demo_context, monkeypatch) -> None:
    link_demo_account(demo_context)
    simple_worker.use_in_windows(monkeypatch)
    events = chronoted_events(demo_context, 30)
    with LocalServiceControl(demo_context.ar24.local_service().root_url) as control:
        control.faults(latency_ms=150)
        demo_context.settings.ar24_parallel_connections = 2
        window = start_sending(demo_context, SendType.ERE_SIMPLE, events, None)
        qtbot.addWidget(window)
        qtbot.waitUntil(lambda: int(window.done_label.text()) >= 2, timeout=30_000)   # two letters posted
        window.cancel_button.click()                    # it asks first: "Continuer l'envoi" changes nothing
        assert window.stop_question.isVisible()
        window.continue_button.click()
        assert window.job.running and window.cancel_button.isEnabled()
        window.close()                                  # closing asks the same question: now stop
        assert window.isVisible()
        window.stop_button.click()
        assert window.cancel_button.text() == "Annulation en cours…"
        with qtbot.waitSignal(window.report_ready, timeout=60_000) as ready:
            pass
        control.faults(latency_ms=0)
    report = ready.args[0]
    assert report.cancelled and report.count(Outcome.CANCELLED) > 0
    with demo_context.store.session() as session:
        rows = session.execute(select(RegisteredLetter.outbox_state, RegisteredLetter.claimed_by)).all()
        numbers = dict(session.execute(select(RegisteredLetter.id, RegisteredLetter.ar24_mail_id).where(
            RegisteredLetter.outbox_state == OutboxState.POSTED)).all())
    assert {state for state, _ in rows} <= {OutboxState.POSTED, OutboxState.CANCELLED, OutboxState.FAILED}
    assert {holder for _, holder in rows} == {None}
    # The counts tell sent, in error and cancelled apart; every line names its recipient.
    assert (window.done_label.text(), window.cancelled_label.text()) == (
        str(report.count(Outcome.OK)), str(report.count(Outcome.CANCELLED)))
    assert int(window.done_label.text()) + int(window.failed_label.text()) + int(window.cancelled_label.text()) == 30
    lines = {window.model.index(r, 0).data(): (window.model.index(r, 1).data(), window.model.index(r, 2).data())
             for r in range(window.model.rowCount())}
    assert len(lines) == 30 and all(" - " in label and label.split(" - ")[1] for label in lines)
    # A posted letter carries its AR24 number; "nothing was sent" is said only of a cancelled one.
    assert numbers and report.count(Outcome.OK) == len(numbers)
    for result in report.results:
        outcome, detail = lines[result.label]
        if result.letter_id in numbers:
            assert outcome == "OK" and detail == f"Envoyée à AR24 (numéro {numbers[result.letter_id]}).", detail
        if "rien n'a été envoyé" in detail:
            assert outcome == "Annulé" and result.letter_id not in numbers


def test_unfinished_letters_are_resumed_at_start(qtbot, demo_context, monkeypatch) -> None:
    link_demo_account(demo_context)
    simple_worker.use_in_windows(monkeypatch)
    assert resume_unfinished(demo_context) is None   # nothing to resume: no window
    events = chronoted_events(demo_context, 3)
    first = start_sending(demo_context, SendType.ERE_SIMPLE, events, None)
    qtbot.addWidget(first)
    with qtbot.waitSignal(first.report_ready, timeout=60_000):
        pass
    with demo_context.store.session() as session, session.begin():   # as if the process had died mid-post
        letter = session.scalars(select(RegisteredLetter).where(RegisteredLetter.outbox_state == OutboxState.POSTED)).first()
        letter.outbox_state, letter.claimed_by = OutboxState.POSTING, "autre-poste:1:dead"
        mail_id = letter.ar24_mail_id
        letter.ar24_mail_id = None
    import datetime as dt

    with demo_context.store.session() as session, session.begin():
        session.get(RegisteredLetter, letter.id).claimed_at = dt.datetime.now() - dt.timedelta(hours=1)
    window = resume_unfinished(demo_context)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.report_ready, timeout=60_000) as ready:
        pass
    assert [r.outcome for r in ready.args[0].results] == [Outcome.OK]
    with demo_context.store.session() as session:   # found again on AR24 by its ref_client: no second mail
        assert session.get(RegisteredLetter, letter.id).ar24_mail_id == mail_id


def test_the_report_of_the_sending_process_is_shown_in_english(qapp, qtbot, demo_context, monkeypatch) -> None:
    """The sending process says what happened as Messages; the English window translates them."""
    link_demo_account(demo_context)
    simple_worker.use_in_windows(monkeypatch)
    with demo_context.store.session() as session:   # two events the sending rules accept as lettres suivies
        events = list(session.scalars(select(Event.id).where(Event.treatment_number.in_([2904, 2905]))))
    install_translators(qapp, "en")
    try:
        window = start_sending(demo_context, SendType.ERE_SIMPLE, events, None)
        qtbot.addWidget(window)
        with qtbot.waitSignal(window.report_ready, timeout=60_000) as ready:
            pass
    finally:
        install_translators(qapp, "fr")
    report = ready.args[0]
    assert [r.outcome for r in report.results] == [Outcome.OK, Outcome.OK], [str(r.message) for r in report.results]
    summary = window.summary_label.text()
    assert "Sent by registered mail: 2 succeeded, 0 failed." in summary and "réussi" not in summary
    numbers = [window.model.index(row, 2).data() for row in range(2)]
    assert all(text.startswith("Sent to AR24 (number ") for text in numbers), numbers
    # French stays the default: the same report in a French window reads as before.
    assert str(report.summary()) == "Envoi en AR : 2 réussi(s), 0 en erreur."
