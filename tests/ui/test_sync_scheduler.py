"""The window's background sync is the agency's: while another seat holds the lease it does
nothing and says who syncs; its periodic run is skipped right after another seat's sync, while
"Actualiser depuis AR24" still runs."""
from __future__ import annotations

from sqlalchemy import func, select

from app.store import lease
from app.store.models import LetterStatusChange
from ui.letters.sync_scheduler import SyncScheduler


def synced_report(qtbot, scheduler: SyncScheduler, **options):
    with qtbot.waitSignal(scheduler.synced, timeout=30000) as signal:
        assert scheduler.sync_now(**options) is not None
    qtbot.waitUntil(lambda: not scheduler.running, timeout=10000)
    return signal.args[0]


def test_the_window_sync_skips_while_another_seat_holds_the_lease(qtbot, demo_context):
    store = demo_context.store
    scheduler = SyncScheduler(demo_context)
    other = lease.holder_id("POSTE-2")
    assert lease.acquire(store, lease.STATUS_SYNC, other, ttl=300)
    with store.session() as session:
        steps = session.scalar(select(func.count()).select_from(LetterStatusChange))
    report = synced_report(qtbot, scheduler)
    assert report.summary().startswith("Actualisation en cours sur POSTE-2 pour toute l'agence")
    with store.session() as session:
        assert session.scalar(select(func.count()).select_from(LetterStatusChange)) == steps

    lease.release(store, lease.STATUS_SYNC, other)      # POSTE-2 has just finished its sync
    periodic = synced_report(qtbot, scheduler, periodic=True)
    assert periodic.summary().startswith("Statuts déjà actualisés pour toute l'agence par POSTE-2 à ")
    on_demand = synced_report(qtbot, scheduler)
    assert not on_demand.done_elsewhere
    assert lease.status(store, lease.STATUS_SYNC).workstation == demo_context.workstation
