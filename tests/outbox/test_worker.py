"""The sending process (``python -m app.outbox.worker``) that the thermomètre starts: it gets
its request — AR24 credentials included — through stdin only, reports progress a few times a
second, and stops in a consistent, resumable state when the window's process goes away.
Run here as tests/outbox/simple_worker.py: the same process with a fast preparer."""
from __future__ import annotations

import json
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import SimpleNamespace

import pyotp
from sqlalchemy import select

from app.ar24.models import Mail
from app.i18n import Message, Text, message, sentence_to_json
from app.outbox.control import Control
from app.outbox.pipeline import (
    CHECKING_CONSENTS,
    LOCAL_CONSENTS,
    POSTED,
    SENDING,
    BatchReport,
    EventResult,
    Outcome,
    Progress,
)
from app.outbox.post import IN_DOUBT_LATER, ValidationReport
from app.outbox.states import UNFINISHED
from app.outbox.upload import DOCUMENT_GONE
from app.outbox.worker import parse_message, progress_to_json, report_to_json, validation_to_json, worker_request
from app.sending.send_types import PrintOptions
from app.store.models import OutboxState, RegisteredLetter, SendType
from tests.ar24.conftest import settings_for, wrong_code
from tests.outbox.conftest import mails_by_ref, make_outbox
from tests.outbox.test_pipeline import assert_exactly_one_mail_each, states
from tests.outbox.simple_worker import COMMAND
from tests.outbox.support import LOGIN, seed_batch
from tests.outbox.test_post_validated import to_valid_letters

ROOT = Path(__file__).resolve().parents[2]


def request_for(service, store, events, send_type: SendType, parallel: int = 4) -> dict:
    context = SimpleNamespace(ar24=SimpleNamespace(connection=lambda: settings_for(service)), store=store,
                              login=LOGIN, workstation="poste-test",
                              settings=SimpleNamespace(ar24_parallel_connections=parallel))
    return worker_request(context, "send", send_type=send_type, event_ids=events,
                          print_options=PrintOptions(color=False, duplex=True))


@contextmanager
def start_worker(request: dict) -> Iterator[subprocess.Popen]:
    """The sending process on ``request``; at the end of the block its pipes are closed (and the
    process killed if a failed assertion left it running)."""
    with subprocess.Popen(COMMAND, cwd=ROOT, stdin=subprocess.PIPE,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) as process:
        try:
            process.stdin.write(json.dumps(request) + "\n")
            process.stdin.flush()
            yield process
        finally:
            process.kill()   # no-op once it has exited


def test_the_sending_process_posts_the_batch_and_keeps_the_credentials_off_its_command_line(
        service, store, control, account, data_dir) -> None:
    events = seed_batch(store, account, 20)
    control.faults(latency_ms=60)
    with start_worker(request_for(service, store, events, SendType.LR_PAPIER)) as process:
        visible = (Path(f"/proc/{process.pid}/cmdline").read_bytes() + Path(f"/proc/{process.pid}/environ").read_bytes())
        messages = [parse_message(line) for line in process.stdout]
        assert process.wait(60) == 0, process.stderr.read()
    control.faults(latency_ms=0)
    assert service.token.encode() not in visible and service.private_key.encode() not in visible
    kinds = [kind for kind, _ in messages]
    assert kinds[-1] == "report" and set(kinds[:-1]) == {"progress"}
    report = messages[-1][1]
    assert [r.outcome for r in report.results] == [Outcome.OK] * 20, report.summary()
    assert states(store) == {OutboxState.POSTED: 20}
    assert_exactly_one_mail_each(store, control, 20)
    last = messages[-2][1]
    assert (last.total, last.done, last.failed) == (20, 20, 0)


def test_when_the_windows_process_goes_away_the_batch_stops_consistent_and_resumable(
        service, store, client, control, account, data_dir, tmp_path) -> None:
    events = seed_batch(store, account, 40)
    control.faults(latency_ms=80)
    with start_worker(request_for(service, store, events, SendType.ERE_SIMPLE, parallel=2)) as process:
        for line in process.stdout:
            kind, progress = parse_message(line)
            if kind == "progress" and progress.done >= 3:
                break
        process.stdin.close()   # what the end of the window's process does to the pipe
        kind, report = parse_message(process.stdout.readlines()[-1])
        assert process.wait(60) == 0, process.stderr.read()
    control.faults(latency_ms=0)
    assert kind == "report" and report.cancelled and report.count(Outcome.CANCELLED) > 0
    assert not set(states(store)) & set(UNFINISHED)            # nothing half done
    assert set(states(store)) <= {OutboxState.POSTED, OutboxState.CANCELLED}
    before = states(store)[OutboxState.POSTED]
    again = make_outbox(store, client, tmp_path).send(SendType.ERE_SIMPLE, events, PrintOptions(), Control())
    assert again.count(Outcome.OK) == 40 - before and again.count(Outcome.ERROR) == before   # posted: not twice
    with store.session() as session:
        posted = list(session.scalars(select(RegisteredLetter.local_ref)
                                      .where(RegisteredLetter.outbox_state == OutboxState.POSTED)))
    counts = mails_by_ref(control)
    assert len(posted) == 40 and all(counts.get(ref) == 1 for ref in posted)   # each event once, none twice


def validation_request(service, store, letters: list[int], code: str, parallel: int = 4) -> dict:
    context = SimpleNamespace(ar24=SimpleNamespace(connection=lambda: settings_for(service)), store=store,
                              login=LOGIN, workstation="poste-test",
                              settings=SimpleNamespace(ar24_parallel_connections=parallel))
    return worker_request(context, "validate", letter_ids=letters, otp_code=code)


def test_the_otp_validation_runs_in_the_sending_process_like_a_batch(
        service, store, client, control, account, data_dir, tmp_path) -> None:
    letters = to_valid_letters(store, client, account, tmp_path, 8)
    control.faults(latency_ms=40)
    with start_worker(validation_request(service, store, letters, pyotp.TOTP(account["otp_secret"]).now())) as process:
        visible = Path(f"/proc/{process.pid}/cmdline").read_bytes() + Path(f"/proc/{process.pid}/environ").read_bytes()
        messages = [parse_message(line) for line in process.stdout]
        assert process.wait(60) == 0, process.stderr.read()
    control.faults(latency_ms=0)
    assert service.token.encode() not in visible
    kinds = [kind for kind, _ in messages]
    assert kinds[-1] == "report" and set(kinds[:-1]) == {"progress"}
    last_progress, report = messages[-2][1], messages[-1][1]
    assert (last_progress.total, last_progress.done) == (8, 8)
    assert sorted(report.posted) == letters and not report.remaining and not report.failed
    assert all(mail.id for mail in report.posted.values())            # each with its AR24 number
    assert states(store) == {OutboxState.POSTED: 8}
    counts = mails_by_ref(control)
    with store.session() as session:
        assert [counts[ref] for ref in session.scalars(select(RegisteredLetter.local_ref))] == [1] * 8


def test_a_wrong_code_in_the_sending_process_posts_nothing(service, store, client, control, account, data_dir,
                                                           tmp_path) -> None:
    letters = to_valid_letters(store, client, account, tmp_path, 2)
    with start_worker(validation_request(service, store, letters, wrong_code(account["otp_secret"]))) as process:
        kind, message = parse_message(process.stdout.readlines()[-1])
        assert process.wait(60) == 1
    assert kind == "error" and "code OTP est incorrect" in str(message)
    assert states(store) == {OutboxState.TO_VALID: 2}
    counts = mails_by_ref(control)
    with store.session() as session:
        assert not [ref for ref in session.scalars(select(RegisteredLetter.local_ref)) if ref in counts]


def test_a_cancelled_validation_leaves_the_rest_to_valid(service, store, client, control, account, data_dir,
                                                         tmp_path) -> None:
    letters = to_valid_letters(store, client, account, tmp_path, 12)
    control.faults(latency_ms=120)
    with start_worker(validation_request(service, store, letters, pyotp.TOTP(account["otp_secret"]).now(),
                                         parallel=1)) as process:
        for line in process.stdout:
            kind, progress = parse_message(line)
            if kind == "progress" and progress.done >= 2:
                break
        process.stdin.write("cancel\n")
        process.stdin.flush()
        kind, report = parse_message(process.stdout.readlines()[-1])
        assert process.wait(60) == 0, process.stderr.read()
    control.faults(latency_ms=0)
    assert kind == "report" and report.posted and report.remaining
    assert sorted([*report.posted, *report.remaining]) == letters
    assert states(store) == {OutboxState.POSTED: len(report.posted), OutboxState.TO_VALID: len(report.remaining)}


def test_reports_cross_the_pipe_with_their_messages() -> None:
    """What the sending process writes on stdout keeps every sentence's template and values, so
    that the window translates it; French is what ``str`` gives."""
    report = BatchReport(SENDING, [EventResult("n° 2904 - FLEURIE Étienne", Outcome.OK, message(POSTED, number=100001),
                                               7, 3),
                                   EventResult("n° 2905 - VOUGEOT Jeannine", Outcome.ERROR, "AR24 a dit non", 8)],
                         notes=[LOCAL_CONSENTS])
    kind, back = parse_message(json.dumps({"report": report_to_json(report)}))
    assert kind == "report" and isinstance(back.summary(), Message)
    assert str(back.summary()) == "Envoi en AR : 1 réussi(s), 1 en erreur."
    marked = back.summary().render(lambda context, text: f"[{context}]{text}")   # template and title both translated
    assert marked == "[OutboxPipeline][OutboxPipeline]Envoi en AR : 1 réussi(s), 1 en erreur."
    first, second = back.results
    assert isinstance(first.message, Message) and first.message == message(POSTED, number=100001)
    assert second.outcome is Outcome.ERROR and second.message == "AR24 a dit non"
    assert back.notes == [LOCAL_CONSENTS] and isinstance(back.notes[0], Text)

    kind, progress = parse_message(json.dumps({"progress": progress_to_json(Progress(2, 1, 0, CHECKING_CONSENTS, None))}))
    assert isinstance(progress.current, Text) and progress.current == CHECKING_CONSENTS

    validation = ValidationReport(posted={3: Mail(id=100001)}, in_doubt={4: IN_DOUBT_LATER}, remaining=[5],
                                  otp_expired=True, otp_message="La validation OTP a expiré")
    kind, checked = parse_message(json.dumps({"validation": validation_to_json(validation)}))
    assert checked.in_doubt == {4: IN_DOUBT_LATER} and isinstance(checked.in_doubt[4], Text)
    assert checked.posted[3].id == 100001 and checked.remaining == [5] and checked.otp_expired
    assert checked.otp_message == "La validation OTP a expiré"

    said = message(DOCUMENT_GONE, name="convocation.pdf")
    kind, error = parse_message(json.dumps({"error": sentence_to_json(said)}))
    assert kind == "error" and isinstance(error, Message) and error == said
