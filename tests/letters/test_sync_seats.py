"""Status sync and proofs done once for the agency, whatever the number of seats: the seat that
holds the agency's lease syncs, the others do nothing and read its results; when the holder
dies the lease expires and another seat takes over; two syncs racing anyway (a holder that
stalled past its lease) record each step once and download each proof once."""
from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.ar24.client import AR24Client
from app.context import AppContext
from app.machine_settings import MachineSettings
from app.store import lease
from app.store.database import open_store
from app.store.models import LetterStatusChange, Proof, RegisteredLetter
from app.sync.agency import sync_for_agency
from app.sync.archive import ProofArchive
from app.sync.statuses import sync_letters
from tests.ar24.conftest import FAST_RETRY, settings_for
from tests.letters.support import posted_letters, service_control

ROOT = Path(__file__).resolve().parents[2]
OUTCOMES = ["AR", "refused", "negligence", "bounced"] * 2
PROOFS = 2 * (3 + 3 + 3 + 2)   # final proofs of each outcome and the content PDF
ON_POSTGRES = pytest.mark.parametrize("demo_db", [pytest.param("postgresql", marks=pytest.mark.postgres)],
                                      indirect=True)


def wait_until_held(store, workstation: str) -> None:
    deadline = time.monotonic() + 30
    while not ((held := lease.status(store, lease.STATUS_SYNC)) and held.active and held.workstation == workstation):
        assert time.monotonic() < deadline, f"{workstation} never took the lease"
        time.sleep(0.01)


def never_called():
    raise AssertionError("AR24 was contacted by a seat that does not hold the lease")


@pytest.fixture
def agency(demo_db, tmp_path):
    """The demo agency (on each engine) with 8 posted letters that AR24 has since taken to their end."""
    context = AppContext(demo_db, MachineSettings())
    letters = posted_letters(context, OUTCOMES, tmp_path)
    with service_control(context) as control:
        control.clock(advance_seconds=16 * 86400)
    yield context, letters
    context.close()


def snapshot(store) -> tuple[dict[int, str], int, int]:
    with store.session() as session:
        statuses = dict(session.execute(select(RegisteredLetter.id, RegisteredLetter.ar24_status)).all())
        steps = session.scalar(select(func.count()).select_from(LetterStatusChange))
        proofs = session.scalar(select(func.count()).where(Proof.sha256.is_not(None)))
    return statuses, steps, proofs


def assert_each_step_and_proof_once(store, letters: list[int]) -> None:
    with store.session() as session:
        twice = session.execute(select(LetterStatusChange.letter_id, LetterStatusChange.status)
                                .where(LetterStatusChange.letter_id.in_(letters))
                                .group_by(LetterStatusChange.letter_id, LetterStatusChange.status)
                                .having(func.count() > 1)).all()
        assert twice == []
        statuses = dict(session.execute(select(RegisteredLetter.id, RegisteredLetter.ar24_status)
                                        .where(RegisteredLetter.id.in_(letters))).all())
        assert [statuses[letter] for letter in letters] == OUTCOMES
        for letter, outcome in zip(letters, OUTCOMES):
            history = session.scalars(select(LetterStatusChange.status).where(LetterStatusChange.letter_id == letter))
            assert outcome in set(history)
        proofs = session.execute(select(Proof.letter_id, Proof.sha256, Proof.claimed_by)
                                 .where(Proof.letter_id.in_(letters))).all()
    assert len(proofs) == PROOFS and all(p.sha256 and p.claimed_by is None for p in proofs)


@ON_POSTGRES
def test_two_syncs_racing_record_each_step_once_and_download_each_proof_once(agency, tmp_path):
    context, letters = agency
    service = context.ar24.local_service()
    with service_control(context) as control:
        control.faults(latency_ms=25)   # both seats stay in the middle of their sync for a while
    second_store = open_store(context.store.engine.url.render_as_string(hide_password=False))
    second_client = AR24Client(settings_for(service), retry=FAST_RETRY)
    seats = [(context.store, context.ar24.client, "POSTE-1"), (second_store, lambda: second_client, "POSTE-2")]
    start, reports, failures = threading.Barrier(2), {}, []

    def seat(store, connect, name) -> None:
        start.wait()
        try:   # straight to sync_letters: as if the lease had expired under a stalled holder
            reports[name] = sync_letters(store, connect, ProofArchive(tmp_path / name),
                                         holder=lease.holder_id(name))
        except Exception as error:  # noqa: BLE001 — reported by the assertion below
            failures.append(repr(error))

    threads = [threading.Thread(target=seat, args=args) for args in seats]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    with service_control(context) as control:
        control.faults(latency_ms=0)
    second_client.close()
    second_store.dispose()
    assert failures == []
    assert [report.letters_checked for report in reports.values()] == [len(letters)] * 2   # both really ran
    assert_each_step_and_proof_once(context.store, letters)
    assert sum(report.proofs_downloaded for report in reports.values()) == PROOFS


def test_a_seat_without_the_lease_does_nothing_and_takes_over_when_it_expires(agency, tmp_path):
    context, letters = agency
    store, archive = context.store, ProofArchive(tmp_path / "poste-2")
    first = lease.holder_id("POSTE-1")
    assert lease.acquire(store, lease.STATUS_SYNC, first, ttl=300)
    before = snapshot(store)
    waiting = sync_for_agency(store, never_called, archive, "POSTE-2")
    assert waiting.summary().startswith("Actualisation en cours sur POSTE-1 pour toute l'agence")
    assert waiting.letters_checked == 0 and snapshot(store) == before
    assert set(before[0][letter] for letter in letters) == {"waiting"}

    lease.acquire(store, lease.STATUS_SYNC, first, ttl=0)   # POSTE-1 died: its lease runs out
    took_over = sync_for_agency(store, context.ar24.client, archive, "POSTE-2")
    assert took_over.letters_checked == len(letters) and took_over.proofs_downloaded == PROOFS
    assert not took_over.done_elsewhere and not took_over.lost_lease
    assert_each_step_and_proof_once(store, letters)
    assert not lease.renew(store, lease.STATUS_SYNC, first, ttl=300)   # POSTE-1, back, learns it lost it
    last = lease.status(store, lease.STATUS_SYNC)
    assert last.workstation == "POSTE-2" and not last.active            # released at the end of the run

    # Another seat's periodic sync a moment later: the agency's statuses are fresh, it does nothing.
    fresh = sync_for_agency(store, never_called, archive, "POSTE-3", fresh_within=dt.timedelta(minutes=15))
    assert fresh.summary().startswith("Statuts déjà actualisés pour toute l'agence par POSTE-2 à ")
    # Asked for explicitly (F5), it syncs: nothing left to do, AR24 is not even contacted.
    again = sync_for_agency(store, never_called, archive, "POSTE-3")
    assert again.letters_checked == 0 and not again.done_elsewhere


class SlowArchive(ProofArchive):
    """Each proof takes a while to come (a slow line): a sync of 22 proofs lasts several TTLs."""

    def fetch(self, client, url):
        time.sleep(0.25)
        return super().fetch(client, url)


def test_a_long_sync_renews_its_lease_so_no_other_seat_starts_one(agency, tmp_path):
    context, letters = agency
    store, ttl = context.store, dt.timedelta(seconds=1.5)   # renewed every 0.5 s; a busy machine may lag
    other, taken, done = lease.holder_id("POSTE-2"), [], threading.Event()

    def other_seat() -> None:
        wait_until_held(store, "POSTE-1")
        while not done.is_set():
            if lease.acquire(store, lease.STATUS_SYNC, other, ttl=300):
                taken.append(time.monotonic())
                return
            time.sleep(0.05)

    watcher = threading.Thread(target=other_seat)
    watcher.start()
    started = time.monotonic()
    try:
        report = sync_for_agency(store, context.ar24.client, SlowArchive(tmp_path / "poste-1"), "POSTE-1", ttl=ttl,
                                 connections=1)   # one proof after the other: the sync lasts 5.5 s
        finished = time.monotonic()
    finally:
        watcher.join(10)
        done.set()
    assert not report.lost_lease and finished - started > 3 * ttl.total_seconds()
    assert report.letters_checked == len(letters) and report.proofs_downloaded == PROOFS
    assert not taken or taken[0] >= finished   # POSTE-2 got it only once POSTE-1 had let go


class StallingArchive(ProofArchive):
    """The first proof hangs longer than the lease lasts (a frozen seat, a network stall)."""

    def __init__(self, root: Path, stall: float) -> None:
        super().__init__(root)
        self.stall = stall

    def fetch(self, client, url):
        time.sleep(self.stall)
        self.stall = 0
        return super().fetch(client, url)


def test_a_stalled_holder_loses_the_lease_to_another_seat_and_stops(agency, tmp_path):
    context, letters = agency
    store, reports = context.store, {}

    def stalled_seat() -> None:
        reports["POSTE-1"] = sync_for_agency(store, context.ar24.client, StallingArchive(tmp_path / "poste-1", 2.0),
                                             "POSTE-1", ttl=dt.timedelta(seconds=0.5),
                                             connections=1)   # its one connection hangs: the seat is stalled

    first = threading.Thread(target=stalled_seat)
    first.start()
    wait_until_held(store, "POSTE-1")
    deadline = time.monotonic() + 30
    while "POSTE-2" not in reports and time.monotonic() < deadline:   # POSTE-2's sync, asked again and again
        report = sync_for_agency(store, context.ar24.client, ProofArchive(tmp_path / "poste-2"), "POSTE-2")
        if report.done_elsewhere:
            time.sleep(0.1)
        else:
            reports["POSTE-2"] = report
    first.join(30)
    assert reports["POSTE-2"].letters_checked == len(letters) and not reports["POSTE-2"].lost_lease
    assert reports["POSTE-1"].lost_lease
    assert "Interrompue : un autre poste a repris l'actualisation pour l'agence." in reports["POSTE-1"].summary()
    assert_each_step_and_proof_once(store, letters)
    assert reports["POSTE-1"].proofs_downloaded + reports["POSTE-2"].proofs_downloaded == PROOFS


@pytest.mark.parametrize("demo_db", ["sqlite"], indirect=True)
def test_with_the_agencys_shared_proofs_folder_every_seat_opens_the_proofs_another_downloaded(
        agency, tmp_path, monkeypatch):
    context, letters = agency
    shared = tmp_path / "serveur" / "preuves"
    for seat in ("poste-1", "poste-2"):
        (tmp_path / seat).mkdir()
        (tmp_path / seat / "settings.json").write_text(json.dumps({"proofs_dir": str(shared)}))
    monkeypatch.setenv("RECO_DATA_DIR", str(tmp_path / "poste-1"))
    assert ProofArchive().root == shared
    report = sync_for_agency(context.store, context.ar24.client, ProofArchive(), "POSTE-1")
    assert report.proofs_downloaded == PROOFS
    monkeypatch.setenv("RECO_DATA_DIR", str(tmp_path / "poste-2"))   # the other seat, which downloaded nothing
    with context.store.session() as session:
        archived = session.scalars(select(Proof.sha256).where(Proof.letter_id.in_(letters))).all()
    assert len(archived) == PROOFS and all(ProofArchive().verify(sha256) for sha256 in archived)


def _headless_sync(data_dir: Path, db_url: str, service) -> subprocess.CompletedProcess:
    """``main.py sync`` on a server: the database comes from its saved settings, not from --db."""
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / "settings.json").write_text(json.dumps({
        "ar24_environment": "custom", "ar24_custom_url": service.base_url, "database_url": db_url}))
    env = os.environ | {"RECO_DATA_DIR": str(data_dir), "AR24_TOKEN": service.token,
                        "AR24_PRIVATE_KEY": service.private_key,
                        "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"}
    env.pop("RECO_DB_URL", None)
    return subprocess.run([sys.executable, "main.py", "sync"], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=120)


@ON_POSTGRES
def test_headless_sync_on_a_server_uses_the_configured_database_and_the_lease(agency, tmp_path):
    context, letters = agency
    store, service = context.store, context.ar24.local_service()
    url = store.engine.url.render_as_string(hide_password=False)
    seat = lease.holder_id("POSTE-1")
    assert lease.acquire(store, lease.STATUS_SYNC, seat, ttl=300)
    before = snapshot(store)
    skipped = _headless_sync(tmp_path / "serveur", url, service)
    assert skipped.returncode == 0, skipped.stderr
    assert "Actualisation en cours sur POSTE-1 pour toute l'agence" in skipped.stdout
    assert snapshot(store) == before

    lease.release(store, lease.STATUS_SYNC, seat)
    done = _headless_sync(tmp_path / "serveur", url, service)
    assert done.returncode == 0, done.stderr
    assert f"{len(letters)} lettre(s) vérifiée(s) chez AR24" in done.stdout
    assert_each_step_and_proof_once(store, letters)
    assert lease.status(store, lease.STATUS_SYNC).holder.split(":")[0] != "POSTE-1"   # the server's name
