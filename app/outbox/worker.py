"""The sending process: ``python -m app.outbox.worker`` (``outbox-worker`` of the installed
application, see ``worker_command``) runs one batch, the resumption of unfinished letters, or
the OTP validation of ``to_valid`` letters, away from the window's process: every AR24 write
of the application goes through it.

Why a process and not a thread: preparing, signing, hashing and committing 1,000 letters is
Python work; in the window's process it competes with the event loop for the interpreter lock
and the window stutters (144 ms stalls measured). In its own process it competes only for a
core, which the system shares far more finely.

Protocol (one JSON object per line, ASCII):

* stdin, first line: the request made by ``worker_request`` — the store URL and the AR24
  credentials travel here, never on the command line or in the environment;
* stdin, later: ``cancel``; the end of stdin (the window's process is gone) cancels too, so
  the batch always stops in a consistent, resumable state;
* stdout: ``{"progress": {...}}`` at most ten times a second, then ``{"report": {...}}`` (a
  batch), ``{"validation": {...}}`` (an OTP validation) or ``{"error": <sentence>}``. Sentences
  travel as ``app.i18n.sentence_to_json``, so the window shows them in its own language. Log
  lines go to stderr (the window logs them).

The store stays the source of truth: a killed process leaves claims that the next start
takes back (the holder's pid is gone) and resumes.
"""
from __future__ import annotations

import dataclasses
import json
import logging
import sys
import threading
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from app.ar24.models import Mail
from app.i18n import QT_TRANSLATE_NOOP, Sentence, message, sentence_from_json, sentence_of, sentence_to_json
from app.outbox.control import Control
from app.outbox.pipeline import BatchReport, EventResult, Outbox, Outcome, Preparer, Progress
from app.outbox.post import ValidationReport
from app.sending.send_types import PrintOptions
from app.store.models import SendType

if TYPE_CHECKING:
    from app.context import AppContext

log = logging.getLogger(__name__)

CANCEL = "cancel"
UNEXPECTED = QT_TRANSLATE_NOOP("Outbox", "Erreur inattendue : {error}")


# -- the request, built in the window's process ------------------------------------------------

def worker_command() -> list[str]:
    """How to start the sending process: the installed application (a frozen executable, no
    Python to run ``-m`` with) runs itself with ``outbox-worker``; from source, this module."""
    if getattr(sys, "frozen", False):
        return [sys.executable, "outbox-worker"]
    return [sys.executable, "-m", "app.outbox.worker"]


def worker_request(context: AppContext, action: str, *, send_type: SendType | None = None,
                   event_ids: Sequence[int] = (), print_options: PrintOptions = PrintOptions(),
                   resend_reasons: Mapping[int, str] | None = None,
                   letter_ids: Sequence[int] = (), otp_code: str = "") -> dict[str, Any]:
    """Everything the sending process needs (call it off the UI thread: in the demo environment
    it may start the local AR24 service). ``resend_reasons``: delivered events chosen to be
    sent again, with the reason (app.sending.sent)."""
    from app.paths import sub_dir

    connection = context.ar24.connection()
    return {
        "action": action,
        "db_url": context.store.engine.url.render_as_string(hide_password=False),
        "ar24": {"base_url": connection.base_url, "token": connection.token, "private_key": connection.private_key,
                 "timeout": connection.timeout},
        "login": context.login, "workstation": context.workstation, "out_dir": str(sub_dir("outbox")),
        "parallel": context.settings.ar24_parallel_connections,
        "send_type": send_type.value if send_type is not None else None, "event_ids": list(event_ids),
        "print_options": dataclasses.asdict(print_options),
        "resend_reasons": {str(event_id): reason for event_id, reason in (resend_reasons or {}).items()},
        "letter_ids": list(letter_ids), "otp_code": otp_code,   # action "validate"
    }


# -- messages, both ways -------------------------------------------------------------------------

def progress_to_json(progress: Progress) -> dict[str, Any]:
    # Field by field: dataclasses.asdict would flatten a Message into a dict without its kind.
    return {item.name: getattr(progress, item.name) for item in dataclasses.fields(progress)} | {
        "current": sentence_to_json(progress.current)}


def progress_from_json(data: dict[str, Any]) -> Progress:
    return Progress(**data | {"current": sentence_from_json(data["current"])})


def report_to_json(report: BatchReport) -> dict[str, Any]:
    return {"title": sentence_to_json(report.title), "cancelled": report.cancelled,
            "notes": [sentence_to_json(note) for note in report.notes],
            "results": [[sentence_to_json(r.label), str(r.outcome.value), sentence_to_json(r.message), r.event_id,
                         r.letter_id] for r in report.results]}


def report_from_json(data: dict[str, Any]) -> BatchReport:
    results = [EventResult(sentence_from_json(label), Outcome(outcome), sentence_from_json(said), event_id, letter_id)
               for label, outcome, said, event_id, letter_id in data["results"]]
    return BatchReport(sentence_from_json(data["title"]), results, data["cancelled"],
                       [sentence_from_json(note) for note in data.get("notes", [])])


def validation_to_json(report: ValidationReport) -> dict[str, Any]:
    def by_letter(items: Mapping[int, Sentence]) -> dict[int, Any]:
        return {letter_id: sentence_to_json(reason) for letter_id, reason in items.items()}

    return {"posted": {letter_id: mail.id for letter_id, mail in report.posted.items()},
            "failed": by_letter(report.failed), "in_doubt": by_letter(report.in_doubt),
            "skipped": by_letter(report.skipped), "remaining": report.remaining,
            "otp_expired": report.otp_expired, "otp_message": sentence_to_json(report.otp_message)}


def validation_from_json(data: dict[str, Any]) -> ValidationReport:
    def by_letter(items: dict[str, Any]) -> dict[int, Sentence]:   # JSON keys are text
        return {int(letter_id): sentence_from_json(reason) for letter_id, reason in items.items()}

    posted = {int(letter_id): Mail(id=number) for letter_id, number in data["posted"].items()}
    return ValidationReport(posted=posted, failed=by_letter(data["failed"]), in_doubt=by_letter(data["in_doubt"]),
                            skipped=by_letter(data["skipped"]), remaining=data["remaining"],
                            otp_expired=data["otp_expired"], otp_message=sentence_from_json(data["otp_message"]))


def parse_message(line: str) -> tuple[str, Progress | BatchReport | ValidationReport | Sentence]:
    """One stdout line → ("progress", Progress) | ("report", BatchReport | ValidationReport) | ("error", Sentence)."""
    said = json.loads(line)
    if "progress" in said:
        return "progress", progress_from_json(said["progress"])
    if "report" in said:
        return "report", report_from_json(said["report"])
    if "validation" in said:
        return "report", validation_from_json(said["validation"])
    return "error", sentence_from_json(said["error"])


# -- the process -----------------------------------------------------------------------------------

class _Output:
    """Whole lines on stdout, from the reporting thread and the main thread alike."""

    def __init__(self, stream: TextIO) -> None:
        self.stream, self.lock = stream, threading.Lock()

    def send(self, kind: str, payload: Any) -> None:
        line = json.dumps({kind: payload})   # ASCII: whatever the locale of the pipe
        with self.lock:
            self.stream.write(line + "\n")
            self.stream.flush()


def _watch_stdin(stream: TextIO, control: Control[Progress]) -> None:
    for line in stream:
        if line.strip() == CANCEL:
            break
    control.cancel()   # asked to, or the window's process is gone (end of stdin)


def run(request: dict[str, Any], control: Control[Progress],
        preparer: Preparer | None = None) -> BatchReport | ValidationReport:
    """``preparer``: the letters' documents, when not the real preparation (a test's sending
    process passes its own: tests/outbox/simple_worker.py)."""
    from app.ar24.client import AR24Client
    from app.ar24.connection import ConnectionSettings
    from app.store.database import open_store

    store = open_store(request["db_url"], migrate=False)   # the window's process migrated it
    try:
        with AR24Client(ConnectionSettings(**request["ar24"])) as client:
            if request["action"] == "validate":
                from app.outbox.validate import validate_with_code

                return validate_with_code(store, client, request["letter_ids"], request["otp_code"], control,
                                          login=request["login"], workstation=request["workstation"],
                                          parallel=request["parallel"])
            outbox = Outbox(store, client, login=request["login"], workstation=request["workstation"],
                            out_dir=Path(request["out_dir"]), parallel=request["parallel"],
                            preparer=preparer)
            if request["action"] == "resume":
                return outbox.resume(control)
            reasons = {int(event_id): reason for event_id, reason in request.get("resend_reasons", {}).items()}
            return outbox.send(SendType(request["send_type"]), request["event_ids"],
                               PrintOptions(**request["print_options"]), control, reasons)
    finally:
        store.dispose()


def main(stdin: TextIO = sys.stdin, stdout: TextIO = sys.stdout, preparer: Preparer | None = None) -> int:
    from sqlalchemy.exc import SQLAlchemyError

    from app.ar24.errors import AR24Error
    from app.store.faults import store_failure

    logging.basicConfig(level=logging.WARNING, stream=sys.stderr,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    output = _Output(stdout)
    request = json.loads(stdin.readline())
    control: Control[Progress] = Control(lambda progress: output.send("progress", progress_to_json(progress)))
    threading.Thread(target=_watch_stdin, args=(stdin, control), name="outbox-stdin", daemon=True).start()
    try:
        report = run(request, control, preparer)
    except AR24Error as error:
        output.send("error", sentence_to_json(sentence_of(error)))
        return 1
    except SQLAlchemyError as error:   # the store failed: say what to fix, never the SQL
        log.warning("outbox worker: database failure %s", type(error).__name__)
        output.send("error", sentence_to_json(store_failure(error)))
        return 1
    except Exception as error:  # noqa: BLE001 — the window must always hear back
        log.exception("outbox worker failed")
        output.send("error", sentence_to_json(message(UNEXPECTED, error=sentence_of(error))))
        return 1
    if isinstance(report, ValidationReport):
        output.send("validation", validation_to_json(report))
    else:
        output.send("report", report_to_json(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
