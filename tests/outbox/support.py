"""Batches for the outbox tests, the kill runner and the benchmarks: a store with a linked user,
N chronotés events to distinct co-owners, and a fast preparer writing one small PDF per letter."""
from __future__ import annotations

import datetime as dt
import functools
import hashlib
import io
import json
import random
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace

from reportlab.pdfgen import canvas
from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from app.store.database import Store
from app.store.models import Entity, EntityKind, Event, LinkState, PaymentMethodLink, SendType, Tiers, User

LOGIN = "JLC"
ROOT = Path(__file__).resolve().parents[2]
_MIGRATING = threading.Lock()   # Alembic's command context is global to the process: one at a time


@dataclass(frozen=True)
class PreparedFile:
    path: Path
    name: str
    sha256: str
    size: int
    kind: str = "body"


@functools.cache
def letter_pdf() -> bytes:
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer)
    page.drawString(72, 720, "Convocation à l'assemblée générale")
    page.save()
    return buffer.getvalue()


def simple_preparer(session: Session, event_id: int, send_type: SendType, login: str, out_dir: Path) -> list[PreparedFile]:
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / f"lettre-{event_id}.pdf"
    data = letter_pdf()
    path.write_bytes(data)
    return [PreparedFile(path, path.name, hashlib.sha256(data).hexdigest(), len(data))]


def link_user(store: Store, account: dict) -> None:
    with store.session() as session, session.begin():
        user = session.scalar(select(User).where(User.login == LOGIN))
        if user is None:
            user = User(login=LOGIN, full_name="Jean-Luc Carré")
            session.add(user)
        user.ar24_email, user.ar24_user_id, user.ar24_link_state = account["email"], account["id"], LinkState.LINKED
        user.ar24_account_name = "Syndic Durand"


def seed_batch(store: Store, account: dict, count: int, *, prefix: str = "copro") -> list[int]:
    """``count`` events to ``count`` consenting co-owners of one syndicate; returns their ids."""
    link_user(store, account)
    with store.session() as session, session.begin():
        user_id = session.scalar(select(User.id).where(User.login == LOGIN))
        entity = session.scalar(select(Entity).where(Entity.code == "S001"))
        if entity is None:
            entity = Entity(code="S001", name="SDC Les Tilleuls", kind=EntityKind.SYNDICAT)
            session.add(entity)
            session.flush()
            session.add(PaymentMethodLink(entity_id=entity.id, user_id=user_id, slug="stripe-47146",
                                          label="Visa ...4242"))
        start = (session.scalar(select(Tiers.id).order_by(Tiers.id.desc()).limit(1)) or 0) + 1
        tiers = [{"code": f"T{start + n:06d}", "lastname": f"Roy{start + n}", "firstname": "Léa",
                  "email": f"{prefix}{start + n}@exemple.fr", "address1": "3 rue des Lilas", "postal_code": "69003",
                  "city": "Lyon", "lre_consent": True, "entity_id": entity.id} for n in range(count)]
        session.execute(insert(Tiers), tiers)
        tiers_ids = list(session.scalars(select(Tiers.id).where(Tiers.code.in_([t["code"] for t in tiers]))
                                         .order_by(Tiers.id)))
        events = [{"author": LOGIN, "tiers_id": tiers_id, "subject": "Convocation AG", "model": "CONVOC",
                   "treatment_number": 5000 + tiers_id, "treatment_date": dt.date(2026, 3, 1),
                   "entity_id": entity.id, "body_html": "<p>Madame, Monsieur,</p>"} for tiers_id in tiers_ids]
        session.execute(insert(Event), events)
        return list(session.scalars(select(Event.id).where(Event.tiers_id.in_(tiers_ids)).order_by(Event.id)))


@contextmanager
def service_process(folder: Path) -> Iterator[SimpleNamespace]:
    """The local AR24 service in its own process, as AR24 is on its own servers: what a test or
    a benchmark measures is then the application's processes, not the stand-in's work.
    Yields ``base_url``, ``token``, ``private_key`` and ``root_url`` (its control plane)."""
    with subprocess.Popen(   # leaving the block closes its pipe and waits for its end
        [sys.executable, "-c", "import sys; from app.cli.ar24_commands import run_service; sys.exit(run_service(sys.argv[1:]))",
         "--data", str(folder)], stdout=subprocess.PIPE, text=True, cwd=ROOT,
    ) as process:
        try:
            info = json.loads(process.stdout.readline())
            yield SimpleNamespace(base_url=info["base_url"], token=info["token"], private_key=info["private_key"],
                                  root_url=info["base_url"].rsplit("/api/", 1)[0] + "/")
        finally:
            process.terminate()


def run_kill_trials(service, control, folder: Path, *, trials: int, seed: int, workers: int = 2,
                    on_result: Callable[[int, dict[str, int]], None] = lambda n, result: None) -> list[dict[str, int]]:
    """``trials`` kill trials, ``workers`` at a time (each has its own account, store and
    random kill point; a trial mostly waits on its processes and on SQLite's write lock)."""
    def one(n: int) -> dict[str, int]:
        result = run_kill_trial(service, control, folder / f"trial-{n}", random.Random(seed + n))
        on_result(n, result)
        return result

    with ThreadPoolExecutor(workers, thread_name_prefix="kill-trial") as pool:
        return list(pool.map(one, range(trials)))


def run_kill_trial(service, control, folder: Path, rng, *, count: int = 200) -> dict[str, int]:
    """Start a sending process on ``count`` events, SIGKILL it at a random point of the batch,
    start it again until it finishes; returns what AR24 and the store hold in the end."""
    import time

    from sqlalchemy import func

    from app.ar24.client import AR24Client
    from app.store.database import open_store
    from app.store.models import OutboxState, RegisteredLetter
    from tests.ar24.conftest import make_account, settings_for

    folder.mkdir(parents=True, exist_ok=True)
    with _MIGRATING:
        store = open_store(f"sqlite:///{folder / 'kill.db'}")
    account = make_account(control)
    events = seed_batch(store, account, count)
    config = folder / "config.json"
    config.write_text(json.dumps({
        "db_url": str(store.engine.url), "base_url": service.base_url, "token": service.token,
        "private_key": service.private_key, "out_dir": str(folder / "outbox"), "event_ids": events,
        "send_type": SendType.ERE_SIMPLE.value}), encoding="utf-8")
    command = [sys.executable, "-m", "tests.outbox.kill_runner", str(config)]

    def posted() -> int:
        with store.session() as session:
            return session.scalar(select(func.count()).where(RegisteredLetter.outbox_state == OutboxState.POSTED))

    target = rng.randrange(0, count)
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    while process.poll() is None and posted() < target:
        time.sleep(0.02)
    time.sleep(rng.uniform(0, 0.03))
    killed = process.poll() is None
    process.kill()
    process.wait()
    finish = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert finish.returncode == 0, finish.stderr[-3000:]
    with store.session() as session:
        letters = list(session.execute(select(RegisteredLetter.event_id, RegisteredLetter.local_ref,
                                              RegisteredLetter.outbox_state)))
    store.dispose()
    counts = {ref: int(n) for ref, n in control.state()["mails_by_ref_client"].items()}
    with AR24Client(settings_for(service)) as client:
        at_ar24 = sum(len(page) for page in client.mail_pages(account["id"]))
    live = [row for row in letters if row.outbox_state is not OutboxState.CANCELLED]
    return {
        "killed_mid_batch": int(killed and 0 < target),
        "kill_target": target,
        "events": count,
        "mails_at_ar24": at_ar24,
        "duplicates": sum(max(0, counts.get(row.local_ref, 0) - 1) for row in letters),
        "missing": len(set(events) - {row.event_id for row in live if counts.get(row.local_ref) == 1}),
        "not_posted": sum(row.outbox_state is not OutboxState.POSTED for row in live),
        "letters": len(live),
    }
