"""The status sync of the whole agency, done by one seat at a time, whichever it is.

Every seat's window (periodically and on demand) and the headless ``main.py sync`` of a server
go through ``sync_for_agency``. It runs only under the agency's lease (app/store/lease.py,
``STATUS_SYNC``): a seat that finds it held by another does nothing, and its list shows the
holder's results once they are stored. The holder renews the lease while it works; one that
dies (crash, lost network) loses it when it expires, and the next seat to ask takes over. A
periodic run is also skipped when another seat started one less than an interval ago: N seats
with the same interval still make about one sync per interval, not N.
"""
from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from app.ar24.client import AR24Client
from app.i18n import QT_TRANSLATE_NOOP, Message, message
from app.store import lease
from app.store.database import Store
from app.sync.archive import ProofArchive
from app.sync.statuses import CONNECTIONS, SyncReport, sync_letters

if TYPE_CHECKING:
    from app.outbox.control import Control

TTL = dt.timedelta(minutes=5)


class LeaseKeeper:
    """``keep()`` of sync_letters: renews the lease every third of its TTL; False once it is lost."""

    def __init__(self, store: Store, holder: str, ttl: dt.timedelta) -> None:
        self.store, self.holder, self.ttl = store, holder, ttl
        self.renewed = time.monotonic()
        self.lost = False

    def __call__(self) -> bool:
        if not self.lost and time.monotonic() - self.renewed >= self.ttl.total_seconds() / 3:
            self.lost = not lease.renew(self.store, lease.STATUS_SYNC, self.holder, self.ttl)
            self.renewed = time.monotonic()
        return not self.lost


RUNNING_ELSEWHERE = QT_TRANSLATE_NOOP("StatusSync", "Actualisation en cours sur {seat} pour toute l'agence : la liste "
                                      "montre ses résultats dès qu'ils sont enregistrés.")
RUNNING_ON_ANOTHER_SEAT = QT_TRANSLATE_NOOP("StatusSync", "Actualisation en cours sur un autre poste pour toute "
                                            "l'agence : la liste montre ses résultats dès qu'ils sont enregistrés.")
DONE_ELSEWHERE = QT_TRANSLATE_NOOP("StatusSync", "Statuts déjà actualisés pour toute l'agence par {seat} à {time}.")


def _elsewhere(info: lease.LeaseInfo | None) -> Message:
    if info is None:
        return message(RUNNING_ON_ANOTHER_SEAT)
    if info.active:
        return message(RUNNING_ELSEWHERE, seat=info.workstation)
    return message(DONE_ELSEWHERE, seat=info.workstation, time=_local_time(info.acquired_at))


def _local_time(utc: dt.datetime) -> str:
    return utc.replace(tzinfo=dt.UTC).astimezone().strftime("%H:%M")


def sync_for_agency(store: Store, connect: Callable[[], AR24Client], archive: ProofArchive, workstation: str, *,
                    fresh_within: dt.timedelta | None = None, ttl: dt.timedelta = TTL, user_id: int | None = None,
                    control: Control[tuple[int, int]] | None = None, connections: int = CONNECTIONS) -> SyncReport:
    """``sync_letters`` under the agency's lease; a report with ``done_elsewhere`` when another
    seat holds it, or (``fresh_within``) started a sync less than that long ago."""
    if fresh_within is not None and (recent := lease.started_within(store, lease.STATUS_SYNC, fresh_within)):
        return SyncReport(done_elsewhere=_elsewhere(recent))
    holder = lease.holder_id(workstation)   # one per run: its start is the lease's acquired_at
    with lease.held(store, lease.STATUS_SYNC, holder, ttl) as mine:
        if not mine:
            return SyncReport(done_elsewhere=_elsewhere(lease.status(store, lease.STATUS_SYNC)))
        return sync_letters(store, connect, archive, user_id=user_id, control=control, holder=holder,
                            keep=LeaseKeeper(store, holder, ttl), connections=connections)
