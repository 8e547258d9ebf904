"""Benchmark: the status sync of 10,000 letters at 150 ms of AR24 latency, 1,000 of them with
three new proofs each (EV, AR and the content PDF); the other 9,000 were sent and have their
proofs archived already.

The sync waits on AR24, not on itself: its lower bound is the number of requests it needs
(one filtered ``user/mail`` page per 100 letters, one download per new proof) × the latency ÷
the parallel connections. The local service runs in its own process (``main.py
ar24-service``), as AR24 would, so that its PDF rendering does not share our interpreter.
"""
from __future__ import annotations

import datetime as dt
import json
import math
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from sqlalchemy import insert

from app.ar24.client import AR24Client
from app.ar24.connection import ConnectionSettings
from app.ar24.local_service import LocalServiceControl
from app.outbox.letters import new_local_ref
from app.store.database import open_store
from app.store.models import (
    LetterStatusChange,
    LinkState,
    OutboxState,
    Proof,
    ProofKind,
    RegisteredLetter,
    SendType,
    User,
)
from app.sync.archive import ProofArchive
from app.sync.statuses import CHUNK, CONNECTIONS, sync_letters

ROOT = Path(__file__).resolve().parents[2]
LETTERS = int(os.environ.get("BENCH_SYNC_LETTERS", "10000"))
WITH_PROOFS = LETTERS // 10
NEW_PROOFS = 3          # EV, AR and the content PDF
LATENCY = float(os.environ.get("BENCH_SYNC_LATENCY", "0.150"))


def lower_bound() -> tuple[float, int, int]:
    pages, downloads = math.ceil(LETTERS / CHUNK), WITH_PROOFS * NEW_PROOFS
    return (pages + downloads) * LATENCY / CONNECTIONS, pages, downloads


def _service(folder: Path) -> tuple[subprocess.Popen[str], dict[str, Any]]:
    process = subprocess.Popen([sys.executable, "main.py", "ar24-service", "--data", str(folder / "ar24")],
                               cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                               env=os.environ | {"RECO_DATA_DIR": str(folder / "data")})
    assert process.stdout is not None
    return process, json.loads(process.stdout.readline())


def _seed_store(folder: Path, id_user: int, settled: list[int], fresh: list[int]) -> Any:
    """The agency's letters as the outbox and earlier syncs left them."""
    store = open_store(f"sqlite:///{folder / 'agence.db'}")
    now = dt.datetime.now().replace(microsecond=0)
    request = json.dumps({"id_user": id_user})
    with store.session() as session, session.begin():
        user = User(login="JLC", full_name="Jean-Luc Carré", ar24_email="bench@agence.fr", ar24_user_id=id_user,
                    ar24_link_state=LinkState.LINKED)
        session.add(user)
        session.flush()
        letters = [{"local_ref": new_local_ref(), "user_id": user.id, "send_type": SendType.ERE_SIMPLE,
                    "outbox_state": OutboxState.POSTED, "ar24_mail_id": mail_id, "ar24_request": request,
                    "ar24_status": status, "created_at": now}
                   for mail_ids, status in ((settled, "sent"), (fresh, "waiting")) for mail_id in mail_ids]
        session.execute(insert(RegisteredLetter), letters)
        ids = dict(session.query(RegisteredLetter.ar24_mail_id, RegisteredLetter.id))
        session.execute(insert(LetterStatusChange), [{"letter_id": ids[m], "status": "sent", "at": now,
                                                      "source": "sync"} for m in settled])
        session.execute(insert(Proof), [{"letter_id": ids[m], "kind": kind, "url": "", "sha256": "0" * 64,
                                         "size": 1, "downloaded_at": now}
                                        for m in settled for kind in (ProofKind.EV, ProofKind.CONTENT)])
    return store


def sync_10k_letters() -> float:
    bound, pages, downloads = lower_bound()
    print(f"# sync_10k_letters lower bound: ({pages} listing pages + {downloads} proof downloads) × "
          f"{LATENCY * 1000:.0f} ms ÷ {CONNECTIONS} connections = {bound:.1f} s; target 1.5 × bound = "
          f"{1.5 * bound:.1f} s", flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        process, line = _service(folder)
        try:
            root = line["base_url"].removesuffix("api/")
            with LocalServiceControl(root, timeout=120) as control:
                account = control.add_user("bench@agence.fr", firstname="Jean-Luc", lastname="Carré", link="granted")
                settled = control.add_mails(account["id"], LETTERS - WITH_PROOFS, to_email="copro.absent@exemple.fr")
                fresh = control.add_mails(account["id"], WITH_PROOFS, to_email="copro@exemple.fr")
                control.clock(advance_seconds=3600)     # 9,000 sent (waiting for 15 days), 1,000 acknowledged
                control.state()                         # the service catches up now, not during the measure
                store = _seed_store(folder, account["id"], settled, fresh)
                control.faults(latency_ms=int(LATENCY * 1000))
                settings = ConnectionSettings(line["base_url"], line["token"], line["private_key"], timeout=60)
                with AR24Client(settings) as client:
                    started = time.perf_counter()
                    report = sync_letters(store, lambda: client, ProofArchive(folder / "preuves"))
                    elapsed = time.perf_counter() - started
            store.dispose()
        finally:
            process.send_signal(signal.SIGTERM)
            process.wait(30)
    assert report.letters_checked == LETTERS and not report.errors, report.summary()
    assert report.proofs_downloaded == downloads, report.summary()
    assert len(report.transitions) == WITH_PROOFS, report.summary()
    return elapsed
