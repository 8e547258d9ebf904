"""A batch against the local AR24 service: every event ends with exactly one AR24 mail (or
waits at to_valid for LRE eIDAS), whatever the faults; the report says why in French."""
from __future__ import annotations

import threading
import time
from pathlib import Path

from sqlalchemy import func, select

from app.sending.send_types import PrintOptions
from app.outbox.control import Control
from app.outbox.pipeline import Backoff, Outcome
from app.store.models import AuditEntry, EntityKind, Event, LetterDocument, OutboxState, RegisteredLetter, SendType
from tests.outbox.conftest import make_outbox, mails_by_ref
from tests.outbox.support import seed_batch, simple_preparer


def states(store) -> dict[OutboxState, int]:
    with store.session() as session:
        rows = session.execute(select(RegisteredLetter.outbox_state, func.count()).group_by(RegisteredLetter.outbox_state))
        return {state: count for state, count in rows}


def refs(store) -> list[str]:
    with store.session() as session:
        return list(session.scalars(select(RegisteredLetter.local_ref)))


def assert_exactly_one_mail_each(store, control, expected: int) -> None:
    counts = mails_by_ref(control)
    local = refs(store)
    assert len(local) == expected
    assert all(counts.get(ref) == 1 for ref in local), {ref: counts.get(ref) for ref in local if counts.get(ref) != 1}
    with store.session() as session:
        assert session.scalar(select(func.count()).where(RegisteredLetter.claimed_by.is_not(None))) == 0


def test_simple_letters_are_posted_once_and_reported(store, client, control, account, tmp_path: Path) -> None:
    events = seed_batch(store, account, 12)
    progress = []
    report = make_outbox(store, client, tmp_path).send(SendType.ERE_SIMPLE, events, PrintOptions(),
                                                       Control(progress.append))
    assert [r.outcome for r in report.results] == [Outcome.OK] * 12
    assert all("Envoyée à AR24 (numéro" in str(r.message) for r in report.results)
    assert states(store) == {OutboxState.POSTED: 12}
    assert_exactly_one_mail_each(store, control, 12)
    assert progress[-1].done == 12 and progress[-1].failed == 0 and progress[-1].total == 12
    with store.session() as session:
        audit = list(session.scalars(select(AuditEntry.detail).where(AuditEntry.action == "envoi_ar24")))
        assert len(audit) == 12 and all(": OK - Envoyée à AR24" in line for line in audit)
        assert "12 réussi(s), 0 en erreur" in session.scalar(select(AuditEntry.detail).where(AuditEntry.action == "lot_ar24"))


def test_lre_eidas_letters_wait_at_to_valid_with_their_documents_uploaded(store, client, control, account, tmp_path) -> None:
    events = seed_batch(store, account, 5)
    report = make_outbox(store, client, tmp_path).send(SendType.LRE_EIDAS, events, PrintOptions(), Control())
    assert {r.outcome for r in report.results} == {Outcome.OK}
    assert "attend sa validation OTP" in str(report.results[0].message)
    assert states(store) == {OutboxState.TO_VALID: 5}
    assert not any(mails_by_ref(control).get(ref) for ref in refs(store))   # nothing posted, nothing billed
    with store.session() as session:
        assert session.scalar(select(func.count()).where(LetterDocument.ar24_file_id.is_(None))) == 0


def test_sending_the_same_events_again_sends_nothing_twice(store, client, control, account, tmp_path) -> None:
    events = seed_batch(store, account, 6)
    outbox = make_outbox(store, client, tmp_path)
    outbox.send(SendType.ERE_SIMPLE, events, PrintOptions(), Control())
    again = outbox.send(SendType.ERE_SIMPLE, events, PrintOptions(), Control())
    assert all("Non envoyé — Déjà envoyé : Lettre suivie n° " in str(r.message) for r in again.results)
    assert {r.outcome for r in again.results} == {Outcome.ERROR}   # not counted as sent by this batch
    assert_exactly_one_mail_each(store, control, 6)


def test_connection_dropped_after_commit_is_reconciled_without_duplicate(store, client, control, account, tmp_path) -> None:
    events = seed_batch(store, account, 10)
    control.faults(drop_after_commit=4)
    report = make_outbox(store, client, tmp_path).send(SendType.ERE_SIMPLE, events, PrintOptions(), Control())
    assert {r.outcome for r in report.results} == {Outcome.OK}
    assert control.state()["faults"]["drop_after_commit"] == 0
    assert states(store) == {OutboxState.POSTED: 10}
    assert_exactly_one_mail_each(store, control, 10)
    with store.session() as session:   # the four were found again on AR24 by their ref_client
        assert session.scalar(select(func.count()).where(RegisteredLetter.attempts == 1)) == 10


def test_5xx_on_posts_is_reconciled_then_posted_once(store, client, control, account, tmp_path) -> None:
    events = seed_batch(store, account, 6)
    control.faults(fail_5xx=5)
    report = make_outbox(store, client, tmp_path).send(SendType.ERE_SIMPLE, events, PrintOptions(), Control())
    assert {r.outcome for r in report.results} == {Outcome.OK}
    assert_exactly_one_mail_each(store, control, 6)


def test_maintenance_is_waited_out_then_the_batch_goes_on(store, client, control, account, tmp_path) -> None:
    events = seed_batch(store, account, 8)
    control.faults(maintenance=True)
    threading.Timer(1.0, lambda: control.faults(maintenance=False)).start()
    started = time.monotonic()
    report = make_outbox(store, client, tmp_path).send(SendType.ERE_SIMPLE, events, PrintOptions(), Control())
    assert time.monotonic() - started >= 1.0
    assert {r.outcome for r in report.results} == {Outcome.OK}
    assert_exactly_one_mail_each(store, control, 8)


def test_long_maintenance_leaves_letters_to_resume_at_next_start(store, client, control, account, tmp_path) -> None:
    events = seed_batch(store, account, 4)

    def maintenance_once_prepared(*args):   # AR24 goes down after the consent check
        control.faults(maintenance=True)
        return simple_preparer(*args)

    report = make_outbox(store, client, tmp_path, backoff=Backoff(3, 0.05, 0.1),
                         preparer=maintenance_once_prepared).send(
        SendType.ERE_SIMPLE, events, PrintOptions(), Control())
    assert {r.outcome for r in report.results} == {Outcome.PENDING}
    assert "maintenance" in str(report.results[0].message) and "prochain démarrage" in str(report.results[0].message)
    assert states(store) == {OutboxState.PREPARED: 4}
    control.faults(maintenance=False)
    resumed = make_outbox(store, client, tmp_path).resume(Control())
    assert resumed.title == "Reprise des envois interrompus" and len(resumed.results) == 4
    assert {r.outcome for r in resumed.results} == {Outcome.OK}
    assert_exactly_one_mail_each(store, control, 4)


def test_cancel_mid_batch_is_consistent_and_resumable(store, client, control, account, tmp_path) -> None:
    events = seed_batch(store, account, 40)
    control.faults(latency_ms=40)
    cancel = Control()
    cancel_once_some_posted = lambda progress: progress.done >= 5 and cancel.cancel()  # noqa: E731
    cancel._on_progress = cancel_once_some_posted
    report = make_outbox(store, client, tmp_path, parallel=2).send(SendType.ERE_SIMPLE, events, PrintOptions(), cancel)
    assert report.cancelled and report.count(Outcome.CANCELLED) > 0 and report.count(Outcome.OK) >= 5
    assert set(states(store)) <= {OutboxState.POSTED, OutboxState.CANCELLED}
    posted = states(store)[OutboxState.POSTED]
    assert sum(mails_by_ref(control).get(ref, 0) for ref in refs(store)) == posted
    control.faults(latency_ms=0)
    again = make_outbox(store, client, tmp_path).send(SendType.ERE_SIMPLE, events, PrintOptions(), Control())
    assert again.count(Outcome.OK) == 40 - posted   # the cancelled ones are sent now...
    refused = [r for r in again.results if r.outcome is not Outcome.OK]   # ...the posted ones are not paid twice
    assert len(refused) == posted and all("Déjà envoyé : Lettre suivie n° " in str(r.message) for r in refused)
    with store.session() as session:
        live = session.scalars(select(RegisteredLetter.local_ref).where(RegisteredLetter.outbox_state == OutboxState.POSTED))
        counts = mails_by_ref(control)
        assert [counts.get(ref) for ref in live] == [1] * 40


def test_two_windows_sending_the_same_events_send_each_once(store, client, control, account, tmp_path) -> None:
    events = seed_batch(store, account, 30)
    from app.store.database import open_store

    second_store = open_store(str(store.engine.url))   # another connection pool: another seat
    reports = []
    windows = [threading.Thread(target=lambda s=s: reports.append(
        make_outbox(s, client, tmp_path).send(SendType.ERE_SIMPLE, events, PrintOptions(), Control())))
        for s in (store, second_store)]
    for window in windows:
        window.start()
    for window in windows:
        window.join()
    second_store.dispose()
    assert states(store) == {OutboxState.POSTED: 30}
    assert_exactly_one_mail_each(store, control, 30)
    assert all(len(report.results) == 30 for report in reports)


def test_uploads_start_while_letters_are_still_being_prepared(store, client, control, account, tmp_path) -> None:
    events = seed_batch(store, account, 15)
    seen_posted = []

    def slow_preparer(session, event_id, send_type, login, out_dir):
        time.sleep(0.05)
        if event_id == events[-1]:
            with store.session() as other:
                seen_posted.append(other.scalar(select(func.count()).where(
                    RegisteredLetter.outbox_state == OutboxState.POSTED)))
        return simple_preparer(session, event_id, send_type, login, out_dir)

    make_outbox(store, client, tmp_path, preparer=slow_preparer).send(SendType.ERE_SIMPLE, events, PrintOptions(), Control())
    assert seen_posted[0] >= 5   # most letters were already at AR24 when the last one was prepared


def test_a_document_changed_after_preparation_is_refused(store, client, control, account, tmp_path) -> None:
    events = seed_batch(store, account, 1)

    def tampering_preparer(session, event_id, send_type, login, out_dir):
        files = simple_preparer(session, event_id, send_type, login, out_dir)
        files[0].path.write_bytes(b"%PDF-1.4 autre contenu")
        return files

    report = make_outbox(store, client, tmp_path, preparer=tampering_preparer).send(
        SendType.ERE_SIMPLE, events, PrintOptions(), Control())
    assert report.results[0].outcome is Outcome.ERROR
    assert "a été modifié après sa vérification" in str(report.results[0].message)
    assert states(store) == {OutboxState.FAILED: 1}
    # The reason kept with the letter reads later in the reader's language.
    from app.i18n import render, sentence_from_stored
    from app.translations import translator

    with store.session() as session:
        kept = sentence_from_stored(session.scalar(select(RegisteredLetter.last_error)))
    assert str(kept) == str(report.results[0].message)
    assert render(kept, translator("en")) == ("The prepared document “lettre-1.pdf” was changed after it was checked: "
                                              "send this event again to prepare it anew.")


def test_progress_is_reported_at_most_about_ten_times_a_second(store, client, control, account, tmp_path) -> None:
    events = seed_batch(store, account, 24)
    control.faults(latency_ms=100)
    progress = []
    started = time.monotonic()
    make_outbox(store, client, tmp_path, parallel=4).send(SendType.ERE_SIMPLE, events, PrintOptions(),
                                                          Control(progress.append))
    elapsed = time.monotonic() - started
    control.faults(latency_ms=0)
    assert elapsed > 1.0
    # Ten a second, one more per thread that ends (four network threads, the preparation) and the last.
    assert len(progress) <= 10 * elapsed + 6, (len(progress), elapsed)
    assert progress[-1].done == 24


def _gerance_with_consents(store, client, control, account, events, refused: int) -> None:
    """Turn the batch into gérance letters (opt-in consent needed) whose recipients answered on
    AR24: all agreed except the ``refused``-th, who refused after the send choice was made."""
    with store.session() as session, session.begin():
        letters = [session.get(Event, event_id) for event_id in events]
        letters[0].entity.kind = EntityKind.GERANCE
        tiers = [letter.tiers for letter in letters]
    for person in tiers:
        client.request_consent(account["id"], person.email, statut="particulier", lastname=person.lastname)
    for consent in client.list_consents(account["id"]):
        control.set_consent(consent.id, "refused" if consent.email == tiers[refused].email else "accepted")


def test_consents_are_read_again_on_ar24_just_before_sending(store, client, control, account, tmp_path) -> None:
    events = seed_batch(store, account, 3)
    _gerance_with_consents(store, client, control, account, events, refused=1)
    report = make_outbox(store, client, tmp_path).send(SendType.ERE_SIMPLE, events, PrintOptions(), Control())
    outcomes = {r.event_id: r for r in report.results}
    assert [outcomes[e].outcome for e in events] == [Outcome.OK, Outcome.ERROR, Outcome.OK]
    assert str(outcomes[events[1]].message) == ("Non envoyé — Consentement LRE non valide (vérifié sur AR24 juste avant "
                                           "l'envoi).")
    assert_exactly_one_mail_each(store, control, 2)     # no letter at all for the refusing recipient
    with store.session() as session:
        assert session.get(Event, events[1]).tiers.lre_consent is False   # the local record follows AR24


def test_a_batch_is_not_sent_when_consents_cannot_be_read_on_ar24(store, client, control, account, tmp_path) -> None:
    events = seed_batch(store, account, 3)
    control.faults(maintenance=True)
    report = make_outbox(store, client, tmp_path, backoff=Backoff(2, 0.05, 0.1)).send(
        SendType.ERE_SIMPLE, events, PrintOptions(), Control())
    assert {r.outcome for r in report.results} == {Outcome.ERROR}
    assert str(report.results[0].message).startswith("Les consentements n'ont pas pu être vérifiés sur AR24 avant l'envoi")
    assert "rien n'a été envoyé ni facturé" in str(report.results[0].message)
    assert refs(store) == []


def test_a_cancel_names_what_an_earlier_batch_posted_and_counts_apart(store, client, control, account, tmp_path):
    events = seed_batch(store, account, 6)
    outbox = make_outbox(store, client, tmp_path)
    outbox.send(SendType.ERE_SIMPLE, events[:2], PrintOptions(), Control())
    with store.session() as session:
        numbers = dict(session.execute(select(RegisteredLetter.event_id, RegisteredLetter.ar24_mail_id)).all())
    progress = []
    stopped = Control(progress.append)
    stopped.cancel()                          # cancelled before anything was prepared
    report = outbox.send(SendType.ERE_SIMPLE, events, PrintOptions(), stopped)
    by_event = {r.event_id: r for r in report.results}
    for event_id in events[:2]:               # posted by the first batch: never "rien n'a été envoyé"
        assert str(by_event[event_id].message).startswith(f"Non envoyé — Déjà envoyé : Lettre suivie n° {numbers[event_id]} du ")
        assert str(by_event[event_id].message).endswith(" : pas de second envoi.")
    for event_id in events[2:]:
        assert by_event[event_id].outcome is Outcome.CANCELLED and "rien n'a été envoyé" in str(by_event[event_id].message)
        assert " - " in by_event[event_id].label                      # the recipient is named
    assert (progress[-1].done, progress[-1].failed, progress[-1].cancelled) == (0, 2, 4)
    assert_exactly_one_mail_each(store, control, 2)
