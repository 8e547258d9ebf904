"""``user/mail`` is paged (AR24 lists a page at a time): a letter whose post was lost is found
on a late page after thousands of other mails, the status sync reads every page, and a server
that ignores ``max``/``start`` makes neither loop."""
from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from sqlalchemy import select

from app.ar24.client import AR24Client
from app.ar24.dates import format_paris, paris_now
from app.ar24.errors import AR24TransportError
from app.ar24.models import Mail, MailRequest
from app.outbox.control import Control
from app.outbox.pipeline import Outcome
from app.outbox.reconcile import find_by_ref
from app.sending.send_types import PrintOptions
from app.store.models import OutboxState, RegisteredLetter, SendType
from app.sync.archive import ProofArchive
from app.sync.statuses import sync_letters
from tests.ar24.conftest import FAST_RETRY, settings_for
from tests.outbox.conftest import mails_by_ref, make_outbox
from tests.outbox.support import seed_batch

OTHERS = 2000


class CountingClient(AR24Client):
    """The real client, noting the offset of every ``user/mail`` page it asks for. With
    ``flood``, the first post's answer is lost and meanwhile other seats create 2,000 mails."""

    def __init__(self, service: Any, control: Any = None, account: dict[str, Any] | None = None) -> None:
        super().__init__(settings_for(service, timeout=5), retry=FAST_RETRY)
        self.starts: list[int | None] = []
        self.flood = (control, account) if control is not None else None

    def list_mails(self, id_user: int, **options: Any) -> list[Mail]:
        self.starts.append(options.get("start"))
        return super().list_mails(id_user, **options)

    def send_mail(self, request: MailRequest) -> Mail:
        try:
            return super().send_mail(request)
        except AR24TransportError:
            if self.flood is not None:
                control, account = self.flood
                control.add_mails(account["id"], OTHERS)
                self.flood = None
            raise


def letters(store) -> list[RegisteredLetter]:
    with store.session() as session:
        return list(session.scalars(select(RegisteredLetter).order_by(RegisteredLetter.id)))


def test_a_lost_post_is_found_on_a_late_page_after_thousands_of_other_mails(store, service, control, account,
                                                                            tmp_path: Path) -> None:
    events = seed_batch(store, account, 1)
    control.faults(drop_after_commit=1)
    with CountingClient(service, control, account) as client:
        report = make_outbox(store, client, tmp_path).send(SendType.ERE_SIMPLE, events, PrintOptions(), Control())
    assert [r.outcome for r in report.results] == [Outcome.OK]
    [letter] = letters(store)
    assert letter.outbox_state is OutboxState.POSTED and letter.attempts == 1
    assert mails_by_ref(control)[letter.local_ref] == 1                      # not posted (nor paid) twice
    assert control.state()["mails"] >= OTHERS + 1
    assert max(start or 0 for start in client.starts) >= OTHERS              # found on the 21st page of 100


def test_reconciliation_stops_once_past_the_oldest_post_in_doubt(service, control, account) -> None:
    real_now = format_paris(paris_now())
    control.clock(set=format_paris(paris_now() - dt.timedelta(days=2)))   # mails of two days ago
    control.add_mails(account["id"], OTHERS, ref_prefix="ancien-")
    control.clock(set=real_now)
    control.add_mails(account["id"], 150, ref_prefix="recent-")
    row = SimpleNamespace(local_ref="recent-3", post_started_at=dt.datetime.now() - dt.timedelta(minutes=5))
    with CountingClient(service) as client:
        found = find_by_ref(client, account["id"], [row])
    assert [mail.ref_client for mail in found["recent-3"]] == ["recent-3"]
    assert client.starts == [0, 100]     # the second page reaches two-day-old mails: the rest is never read


def test_the_status_sync_updates_letters_on_every_page(store, service, control, account, tmp_path: Path) -> None:
    events = seed_batch(store, account, 30)
    with CountingClient(service) as client:
        make_outbox(store, client, tmp_path).send(SendType.ERE_SIMPLE, events, PrintOptions(), Control())
        control.add_mails(account["id"], OTHERS)
        client.starts.clear()
        control.settings(page_max=10)        # AR24 caps the page below what we ask
        control.clock(advance_seconds=3600)  # every recipient has acknowledged
        report = sync_letters(store, lambda: client, ProofArchive(tmp_path / "preuves"))
    assert report.letters_checked == 30 and not report.errors
    assert {letter.ar24_status for letter in letters(store)} == {"AR"}
    assert client.starts.count(20) == 1      # the third page of ten was read


def test_a_server_ignoring_max_and_start_makes_neither_loop(store, service, control, account, tmp_path: Path) -> None:
    events = seed_batch(store, account, 30)
    with CountingClient(service) as client:
        make_outbox(store, client, tmp_path).send(SendType.ERE_SIMPLE, events, PrintOptions(), Control())
        control.add_mails(account["id"], OTHERS)
        control.settings(ignore_paging=True, page_size=10)
        client.starts.clear()
        row = SimpleNamespace(local_ref="absent", post_started_at=None)   # read to the end of the listing
        outcome: dict[str, Any] = {}
        worker = threading.Thread(target=lambda: outcome.update(
            found=find_by_ref(client, account["id"], [row]),
            report=sync_letters(store, lambda: client, ProofArchive(tmp_path / "preuves"))))
        worker.start()
        worker.join(60)
    assert not worker.is_alive()
    assert outcome["found"] == {}
    assert outcome["report"].letters_checked == 10         # the one page the server gives, then a stop
    assert len(client.starts) == 2 + 2 * 1                   # a repeated page ends each listing


def test_a_server_ignoring_sort_does_not_end_the_search_early(service, control, account) -> None:
    """Oldest first, the first page is already past the horizon: reading on is the only safe way."""
    real_now = format_paris(paris_now())
    control.clock(set=format_paris(paris_now() - dt.timedelta(days=2)))
    control.add_mails(account["id"], 250, ref_prefix="ancien-")
    control.clock(set=real_now)
    control.add_mails(account["id"], 5, ref_prefix="recent-")
    control.settings(ignore_sort=True)
    row = SimpleNamespace(local_ref="recent-3", post_started_at=dt.datetime.now() - dt.timedelta(minutes=5))
    with CountingClient(service) as client:
        found = find_by_ref(client, account["id"], [row])
    assert [mail.ref_client for mail in found["recent-3"]] == ["recent-3"]
    assert client.starts == [0, 100, 200]
