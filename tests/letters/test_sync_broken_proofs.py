"""One broken proof never stops the status sync: each proof fault of the local AR24 service
(hostile.py) on one letter's links only, over real HTTP. The other letters are updated and
their proofs archived; the broken one is counted with its reason, kept with its attempts on
its row, and archived at a later sync once the fault is off."""
from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select, update

from app.ar24.client import AR24Client, RetryPolicy
from app.ar24.connection import ConnectionSettings
from app.context import AppContext
from app.machine_settings import MachineSettings
from app.store.models import Proof, RegisteredLetter
from app.sync.archive import ProofArchive
from app.sync.proof_attempts import proof_note
from app.sync.statuses import FREQUENT_ATTEMPTS, PROOF_BREAKER, sync_letters
from tests.letters.support import posted_letters, service_control
from tests.letters.test_sync import _headless_sync

PROOFS_PER_AR_LETTER = 3   # the avis de dépôt, the AR and the content PDF


def _quick_client(context) -> AR24Client:
    """The demo's AR24 with a short timeout, one attempt and a 2 MB proof cap: each fault ends fast."""
    service = context.ar24.local_service()
    client = AR24Client(ConnectionSettings(service.base_url, service.token, service.private_key, timeout=1.0),
                        retry=RetryPolicy(attempts=1, first_delay=0.01, max_delay=0.01))
    client.max_proof_bytes = 2 * 1024 * 1024
    return client


def _mail_ids(context, letters: list[int]) -> list[int]:
    with context.store.session() as session:
        found = dict(session.execute(select(RegisteredLetter.id, RegisteredLetter.ar24_mail_id)
                                     .where(RegisteredLetter.id.in_(letters))).all())
    return [found[letter] for letter in letters]


def _proofs(context, letter: int) -> list[Proof]:
    with context.store.session() as session:
        return list(session.scalars(select(Proof).where(Proof.letter_id == letter).order_by(Proof.id)))


def _statuses(context, letters: list[int]) -> list[str]:
    with context.store.session() as session:
        return [session.get(RegisteredLetter, letter).ar24_status for letter in letters]


@pytest.fixture
def agency(demo_db):
    """The demo agency on each engine."""
    context = AppContext(demo_db, MachineSettings())
    yield context
    context.close()


REASONS = {"500": "erreur HTTP 500", "redirect": "trop de redirections", "other_host": "autre serveur",
           "timeout": "pas fourni le document à temps", "html": "ni un PDF ni une archive ZIP",
           "huge": "ni un PDF ni une archive ZIP"}


@pytest.mark.parametrize("fault", list(REASONS))
def test_a_broken_proof_is_reported_and_archived_at_a_later_sync(agency, tmp_path, fault: str) -> None:
    demo_context = agency
    letters = posted_letters(demo_context, ["AR", "AR", "AR"], tmp_path)
    broken = _mail_ids(demo_context, letters)[1]
    with service_control(demo_context) as control:
        control.clock(advance_seconds=16 * 86400)
        control.faults(proof_fault=fault, proof_fault_mail=broken)
    archive = ProofArchive()
    with _quick_client(demo_context) as client:
        first = sync_letters(demo_context.store, lambda: client, archive)
        assert _statuses(demo_context, letters) == ["AR", "AR", "AR"]   # every letter updated
        assert first.letters_checked == 3 and first.proofs_downloaded == 2 * PROOFS_PER_AR_LETTER
        assert first.proofs_failed == PROOFS_PER_AR_LETTER
        summary = first.summary()
        assert f"{PROOFS_PER_AR_LETTER} preuve(s) n'ont pas pu être archivées" in summary and REASONS[fault] in summary
        assert "envoi" not in summary   # a sync sends nothing: it speaks of the sync
        for letter in (letters[0], letters[2]):
            assert all(proof.sha256 and archive.verify(proof.sha256) for proof in _proofs(demo_context, letter))
        failed = _proofs(demo_context, letters[1])
        assert len(failed) == PROOFS_PER_AR_LETTER
        assert all(proof.sha256 is None and proof.attempts == 1 and REASONS[fault] in str(proof_note(proof))
                   and proof.claimed_by is None for proof in failed)
        assert "Non archivée après 1 essai(s)" in str(proof_note(failed[0]))

        with service_control(demo_context) as control:
            control.faults(proof_fault="", proof_fault_mail=0)
        later = sync_letters(demo_context.store, lambda: client, archive)
    assert later.letters_checked == 1 and later.proofs_downloaded == PROOFS_PER_AR_LETTER and not later.proofs_failed
    repaired = _proofs(demo_context, letters[1])
    assert all(proof.sha256 and archive.verify(proof.sha256) and proof.attempts == 0 and proof.last_error is None
               for proof in repaired)
    assert proof_note(repaired[0]) == ""


def test_a_proof_that_failed_often_is_asked_for_once_a_day_on_both_engines(agency, tmp_path) -> None:
    demo_context = agency
    letters = posted_letters(demo_context, ["AR"], tmp_path)
    mail = _mail_ids(demo_context, letters)[0]
    with service_control(demo_context) as control:
        control.clock(advance_seconds=16 * 86400)
        control.faults(proof_fault="500", proof_fault_mail=mail)
    archive = ProofArchive()
    with _quick_client(demo_context) as client:
        sync_letters(demo_context.store, lambda: client, archive)
        with demo_context.store.engine.begin() as connection:
            connection.execute(update(Proof).values(attempts=FREQUENT_ATTEMPTS))
        with service_control(demo_context) as control:
            control.faults(proof_fault="", proof_fault_mail=0)
        resting = sync_letters(demo_context.store, lambda: client, archive)   # tried less than a day ago
        assert resting.proofs_downloaded == 0 and not resting.proofs_failed
        assert "une fois par jour" in str(proof_note(_proofs(demo_context, letters[0])[0]))
        with demo_context.store.engine.begin() as connection:
            connection.execute(update(Proof).values(
                failed_at=dt.datetime.now(dt.UTC).replace(tzinfo=None) - dt.timedelta(days=1, minutes=1)))
        next_day = sync_letters(demo_context.store, lambda: client, archive)
    assert next_day.proofs_downloaded == PROOFS_PER_AR_LETTER
    assert all(proof.sha256 for proof in _proofs(demo_context, letters[0]))


def test_headless_sync_exits_0_when_only_proofs_failed(demo_context, tmp_path) -> None:
    letters = posted_letters(demo_context, ["AR", "AR"], tmp_path)
    service = demo_context.ar24.local_service()
    with service_control(demo_context) as control:
        control.clock(advance_seconds=16 * 86400)
        control.faults(proof_fault="500", proof_fault_mail=_mail_ids(demo_context, letters)[0])
    args = (str(demo_context.store.engine.url), service.base_url, service.token, service.private_key)
    done = _headless_sync(tmp_path / "seat", *args)
    assert done.returncode == 0, done.stderr
    assert "2 lettre(s) vérifiée(s)" in done.stdout
    assert "3 preuve(s) n'ont pas pu être archivées" in done.stdout
    assert "  • le lien du document a répondu par une erreur HTTP 500 : 3 preuve(s)" in done.stdout
    assert _statuses(demo_context, letters) == ["AR", "AR"]
    with service_control(demo_context) as control:
        control.faults(proof_fault="", proof_fault_mail=0)
    again = _headless_sync(tmp_path / "seat", *args)
    assert again.returncode == 0, again.stderr
    assert "n'ont pas pu" not in again.stdout
    assert all(proof.sha256 for proof in _proofs(demo_context, letters[0]))


def test_a_document_server_that_never_answers_stops_the_proofs_not_the_sync(demo_context, tmp_path) -> None:
    letters = posted_letters(demo_context, ["AR"] * 4, tmp_path)
    with service_control(demo_context) as control:
        control.clock(advance_seconds=16 * 86400)
        control.faults(proof_fault="timeout")   # every document link hangs
    archive = ProofArchive()
    total = 4 * PROOFS_PER_AR_LETTER
    with _quick_client(demo_context) as client:
        first = sync_letters(demo_context.store, lambda: client, archive, connections=2)
        assert _statuses(demo_context, letters) == ["AR"] * 4
        assert first.proofs_downloaded == 0 and PROOF_BREAKER <= first.proofs_failed < total
        assert first.proofs_failed + first.proofs_postponed == total
        assert (f"{first.proofs_postponed} autre(s) preuve(s) n'ont pas été demandées : le serveur de documents "
                "d'AR24 ne répond pas correctement") in first.summary()
        with service_control(demo_context) as control:
            control.faults(proof_fault="")
        later = sync_letters(demo_context.store, lambda: client, archive, connections=2)
    assert later.proofs_downloaded == total and not later.proofs_failed and not later.proofs_postponed


def test_a_listing_that_fails_is_said_about_the_sync_and_the_command_exits_1(demo_context, tmp_path) -> None:
    letters = posted_letters(demo_context, ["AR"], tmp_path)
    service = demo_context.ar24.local_service()
    with service_control(demo_context) as control:
        control.clock(advance_seconds=16 * 86400)
        control.faults(api_status=502, api_status_route="user/mail")
    args = (str(demo_context.store.engine.url), service.base_url, service.token, service.private_key)
    try:
        down = _headless_sync(tmp_path / "seat", *args)
    finally:
        with service_control(demo_context) as control:
            control.faults(api_status=0, api_status_route="")
    assert down.returncode == 1
    assert ("AR24 a répondu par une erreur HTTP 502 pendant l'actualisation des statuts : les lettres déjà vérifiées "
            "sont à jour") in down.stderr
    assert "envoi" not in down.stderr and "Traceback" not in down.stderr
    assert _statuses(demo_context, letters) == ["waiting"]


def test_the_sync_summary_and_a_proof_note_read_in_english() -> None:
    """The window and ``--lang en`` translate what the sync says: its lines, the reasons it
    counts, and the note of a proof still missing."""
    from app.ar24.errors import AR24TimeoutError
    from app.i18n import render
    from app.sync.statuses import SyncReport, proof_failure_reason
    from app.translations import translator

    english = translator("en")
    timeout = proof_failure_reason(AR24TimeoutError("délai dépassé", certainly_not_sent=False))
    report = SyncReport(letters_checked=3, proofs_downloaded=4, proofs_postponed=1, proof_failures=[timeout, timeout])
    assert [render(line, english) for line in report.lines()] == [
        "3 letter(s) checked with AR24, 0 status change(s), 4 proof(s) archived.",
        "2 proof(s) could not be archived; they will be requested from AR24 again at the next refreshes (the "
        "letters' statuses are up to date):",
        "  • AR24 did not provide the document in time: 2 proof(s)",
        "1 other proof(s) were not requested: AR24's document server is not answering properly. They will be at "
        "the next refresh."]
    missing = Proof(attempts=FREQUENT_ATTEMPTS, last_error=None, sha256=None)
    assert render(proof_note(missing), english) == (f"Not archived after {FREQUENT_ATTEMPTS} attempt(s): unknown "
                                                    "reason. It will be requested from AR24 again once a day.")
    # The reason a sync kept in the store is read back later in the reader's language; an older
    # row's French text is shown as it is.
    from app.i18n import sentence_to_stored

    kept = Proof(attempts=1, last_error=sentence_to_stored(timeout, 500), sha256=None)
    assert render(proof_note(kept), english) == ("Not archived after 1 attempt(s): AR24 did not provide the document "
                                                 "in time. It will be requested from AR24 again at the next refresh.")
    assert str(proof_note(kept)).startswith("Non archivée après 1 essai(s) : AR24 n'a pas fourni le document")
    older = Proof(attempts=1, last_error="le serveur a répondu 502", sha256=None)
    assert "le serveur a répondu 502" in render(proof_note(older), english)
