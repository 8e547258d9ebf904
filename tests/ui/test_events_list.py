"""The events list says what became of each event: its latest letter, and the filter "Non envoyés /
Envoyés / À renvoyer"; it refreshes by itself when a batch ends."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import update

from app.store.models import RegisteredLetter, SendType
from tests.conftest import link_demo_account
from tests.outbox import simple_worker
from ui.sending.events_list import COLUMNS, EventsListWindow
from ui.sending.sending_progress import start_sending

LAST_LETTER = [c.title for c in COLUMNS].index("Dernière lettre")


def _shown(window: EventsListWindow) -> dict[int, str]:
    return {window.model.row_id(r): window.model.index(r, LAST_LETTER).data() for r in range(window.model.rowCount())}


def _filter(window: EventsListWindow, label: str) -> set[int]:
    window.state_filter.setCurrentIndex(window.state_filter.findText(label))
    return set(_shown(window))


def test_a_batch_shows_in_the_open_list_and_its_filters(qtbot, demo_context, monkeypatch):
    simple_worker.use_in_windows(monkeypatch)
    link_demo_account(demo_context)
    window = EventsListWindow(demo_context)
    qtbot.addWidget(window)
    assert set(_shown(window).values()) == {""}                  # nothing sent yet
    assert len(_filter(window, "Non envoyés")) == 40

    progress = start_sending(demo_context, SendType.ERE_SIMPLE, [4, 6, 11], None)
    qtbot.addWidget(progress)
    with qtbot.waitSignal(progress.report_ready, timeout=60_000):
        pass
    qtbot.waitUntil(lambda: len(window.model.all_rows) == 40 and len(_filter(window, "Envoyés")) == 3,
                    timeout=5_000)            # refreshed by the end of the batch, never reopened
    today = f"{dt.date.today():%d/%m/%Y}"
    assert set(_shown(window).values()) == {f"Lettre suivie · En attente d'envoi · {today}"}   # posted, no OTP
    assert len(_filter(window, "Non envoyés")) == 37

    # AR24 says one of them could not be delivered: it is to be sent again.
    with demo_context.store.session() as session, session.begin():
        session.execute(update(RegisteredLetter).where(RegisteredLetter.event_id == 6).values(ar24_status="bounced"))
    window.reload()
    assert _filter(window, "À renvoyer") == {6}
    assert _shown(window)[6] == f"Lettre suivie · Non distribué · {today}"
    assert _filter(window, "Envoyés") == {4, 11}
    window.show_all()
    assert window.model.rowCount() == 40
