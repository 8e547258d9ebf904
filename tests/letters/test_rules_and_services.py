"""Rules that windows used to decide (paper re-send, the recipient's deadline, the Organiseur's
checklist), and the letters' services: exports and proofs ZIP that report progress and stop
cleanly when cancelled."""
from __future__ import annotations

import datetime as dt
import zipfile

import pytest

from app.changes import Change, subscribe
from app.demo.samples import letters_sample
from app.i18n import Message
from app.letters.deadlines import DeadlineState, deadline_state, deadlines
from app.letters.rules import allows_paper_resend
from app.outbox.control import Control
from app.services import home
from app.services import letters as service
from app.store import lease
from tests.letters.support import demo_sender, to_valid_letters

SENT = dt.datetime(2026, 11, 2, 10, 30)


@pytest.mark.parametrize(("outbox_state", "ar24_status", "allowed"), [
    ("posted", "refused", True), ("posted", "negligence", True), ("posted", "bounced", True),
    ("posted", "error", True), ("failed", "", True), ("cancelled", "", True), ("posted", "AR", False),
    ("posted", "sent", False), ("posted", "waiting", False), ("to_valid", "", False), ("posted", "", False),
    ("uncertain", "", False), ("prepared", "", False)])
def test_only_a_failed_letter_of_an_event_may_be_sent_again_on_paper(outbox_state, ar24_status, allowed) -> None:
    assert allows_paper_resend(outbox_state, ar24_status, event_id=7) is allowed
    assert not allows_paper_resend(outbox_state, ar24_status, event_id=None)   # not made from an event


def test_the_deadline_is_closed_by_a_final_status_else_runs_fifteen_days() -> None:
    limits = deadlines(SENT)
    assert limits.last_day == dt.date(2026, 11, 17)               # 15 days from the day after
    assert limits.reminders[0] == (3, dt.date(2026, 11, 5))
    assert deadline_state("sent", limits, dt.date(2026, 11, 17)) is DeadlineState.RUNNING
    assert deadline_state("sent", limits, dt.date(2026, 11, 18)) is DeadlineState.PASSED
    for final in ("AR", "refused", "negligence", "bounced", "error"):
        assert deadline_state(final, limits, dt.date(2026, 11, 3)) is DeadlineState.CLOSED


def test_the_organiser_counts_letters_waiting_for_their_code(demo_context, tmp_path) -> None:
    before = home.organiser(demo_context)
    assert (before.figures.tiers, before.figures.letters) == (60, 0)
    assert [line.done for line in before.checklist] == [True, True, False]     # seeded: linked, a sender, S003 unpaid
    demo_sender(demo_context)
    to_valid_letters(demo_context, ["AR", "AR"], tmp_path)
    after = home.organiser(demo_context)
    assert (after.figures.letters, after.figures.letters_to_valid) == (2, 2)
    link, senders, payments = after.checklist
    assert link.done and senders.done and not payments.done
    assert isinstance(senders.text, Message)
    assert str(senders.text) == "Expéditeurs eIDAS identifiés : 1 / 2 au plus"
    assert str(link.text).endswith(" : lié")


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    context, archive, ids = letters_sample(tmp_path_factory.mktemp("letters-sample"))
    yield context, archive, ids
    context.close()
    context.store.dispose()


def test_the_proofs_zip_reports_its_progress_and_a_cancel_leaves_no_file(sample, tmp_path) -> None:
    context, archive, ids = sample
    seen = []
    report = service.export_proofs(context, archive, ids, tmp_path / "preuves.zip", Control(seen.append))
    assert report.files > 0 and not report.missing and not report.cancelled
    assert seen[-1] == (report.files, report.files) and len(seen) == report.files
    with zipfile.ZipFile(tmp_path / "preuves.zip") as bundle:
        assert len(bundle.namelist()) == report.files + 1               # and the manifest

    stop = Control()
    stop.cancel()
    stopped = service.export_proofs(context, archive, ids, tmp_path / "arrete.zip", stop)
    assert stopped.cancelled and not list(tmp_path.glob("arrete.zip*"))


def test_the_rows_export_reports_progress_and_a_cancel_leaves_no_file(sample, tmp_path) -> None:
    context, _archive, _ids = sample
    rows = service.all_letters(context, service.LetterSearch()) * 300    # over the progress step
    seen = []
    result = service.export_letters(tmp_path / "l.csv", ["Numéro"], rows, lambda row: [str(row[2])], "Lettres",
                                    Control(seen.append))
    assert result == service.TableExport(len(rows)) and seen[-1] == (len(rows), len(rows))
    assert len((tmp_path / "l.csv").read_text(encoding="utf-8-sig").splitlines()) == len(rows) + 1

    class StopAfterFirstReport(Control):
        def report(self, progress) -> None:
            self.cancel()

    stopped = service.export_letters(tmp_path / "s.xlsx", ["Numéro"], rows, lambda row: [str(row[2])], "Lettres",
                                     StopAfterFirstReport())
    assert stopped.cancelled and not list(tmp_path.glob("s.xlsx*"))


def test_a_sync_that_changed_letters_tells_the_windows(demo_context, tmp_path) -> None:
    from tests.letters.support import posted_letters, service_control

    posted_letters(demo_context, ["AR"], tmp_path)
    heard = []
    unsubscribe = subscribe(heard.append)
    try:
        with service_control(demo_context) as control:
            control.clock(advance_seconds=16 * 86400)
        report = service.sync_statuses(demo_context)
        assert report.transitions and heard == [Change.LETTERS]
        heard.clear()
        assert not service.sync_statuses(demo_context).transitions and heard == []   # nothing new: no refresh
        other = lease.holder_id("POSTE-2")
        assert lease.acquire(demo_context.store, lease.STATUS_SYNC, other, ttl=300)
        assert service.sync_statuses(demo_context).done_elsewhere and heard == [Change.LETTERS]   # its news
    finally:
        unsubscribe()
