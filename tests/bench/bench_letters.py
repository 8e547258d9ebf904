"""The registered letters list with 100,000 rows: open (the window shown with the newest letters),
all loaded (the background job done), free-text filter on all of them (medians), and the peak
memory of a process that does all three. Run in a child process so that the peak is its own."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.bench.sizes import size

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[2]
RUNS = size(5, 1)
COUNT = size(100_000, 300)
CHILD = [sys.executable, "-m", "tests.bench.bench_letters"]   # from ROOT
STATUSES = ["AR", "AR", "AR", "sent", "refused", "negligence", "bounced", "waiting"]


def _letters_store(folder: Path):
    import datetime as dt

    from sqlalchemy import insert, select

    from app.context import AppContext
    from app.machine_settings import MachineSettings
    from app.store.database import open_store
    from app.store.models import OutboxState, RegisteredLetter, SendType, User

    store = open_store(f"sqlite:///{folder / 'letters.db'}")
    with store.session() as session, session.begin():
        session.add(User(login="JLC", full_name="Jean-Luc Carré"))
    with store.session() as session:
        user_id = session.scalar(select(User.id))
    start = dt.datetime(2024, 1, 1, 9, 0, 0)
    rows = []
    for i in range(COUNT):
        created = start + dt.timedelta(minutes=7 * i)
        status = STATUSES[i % len(STATUSES)]
        sent = created + dt.timedelta(hours=1) if status not in ("waiting", "bounced") else None
        rows.append({"local_ref": f"RECO-{i:010d}", "reference": f"LRE{created:%y%m%d}-{i % 1000 + 1:06d}",
                     "user_id": user_id, "send_type": SendType.LRE_EIDAS,
                     "outbox_state": OutboxState.POSTED, "ar24_mail_id": 4_000_000 + i, "ar24_status": status,
                     "recipient_name": f"NOM{i % 9973:04d} Prénom", "recipient_email": f"dest{i}@exemple.fr",
                     "sender_name": "Jean-Luc Carré", "sender_email": "jlc@agence-exemple.fr",
                     "subject": "Convocation AG", "created_at": created, "deposit_date": sent, "sent_date": sent,
                     "ar_date": sent + dt.timedelta(days=1) if status == "AR" else None})
    with store.engine.begin() as connection:
        connection.execute(insert(RegisteredLetter), rows)
    return AppContext(store, MachineSettings())


def measure(folder: Path) -> dict[str, float]:
    """In a process of its own, on the store the parent built (so building it is not counted)."""
    import gc
    import resource
    import statistics

    from PySide6.QtCore import QEvent
    import time

    from app.context import AppContext
    from app.machine_settings import MachineSettings
    from app.store.database import open_store
    from ui.application import make_application
    from ui.letters.letters_list import LettersListWindow

    application = make_application()
    os.environ["RECO_DATA_DIR"] = str(folder)
    context = AppContext(open_store(f"sqlite:///{folder / 'letters.db'}"), MachineSettings())
    opens, loads, filters = [], [], []
    for run in range(RUNS):
        started = time.perf_counter()
        window = LettersListWindow(context)
        window.show()
        application.processEvents()
        opens.append(time.perf_counter() - started)     # the window usable, the newest letters shown
        while window.loading:                           # every letter in the list (background job)
            application.processEvents()
            time.sleep(0.002)
        loads.append(time.perf_counter() - started)
        started = time.perf_counter()
        window.search.setText(["nom123", "dest4999", "refus"][run % 3])
        application.processEvents()
        filters.append(time.perf_counter() - started)
        window.close()
        window.deleteLater()
        # processEvents alone never runs deferred deletes: without this, every window stays alive.
        application.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        gc.collect()
    context.close()
    context.store.dispose()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024   # Linux: KiB
    return {"open": statistics.median(opens) * 1000, "all_loaded": statistics.median(loads) * 1000,
            "filter": statistics.median(filters) * 1000, "rss": peak_mb}


_cache: dict[str, float] = {}


def _measured() -> dict[str, float]:
    if not _cache:
        import tempfile

        with tempfile.TemporaryDirectory() as folder:
            subprocess.run([*CHILD, "build", folder], cwd=ROOT, check=True, capture_output=True)
            out = subprocess.run([*CHILD, "measure", folder], cwd=ROOT, capture_output=True, text=True, check=True)
        _cache.update(json.loads(out.stdout.strip().splitlines()[-1]))
    return _cache


def letters_list_open_100k() -> float:
    return _measured()["open"]


def letters_list_all_loaded_100k() -> float:
    return _measured()["all_loaded"]


def letters_list_filter_100k() -> float:
    return _measured()["filter"]


def letters_list_peak_rss_100k() -> float:
    return _measured()["rss"]


if __name__ == "__main__":
    if sys.argv[1] == "build":
        _letters_store(Path(sys.argv[2])).store.dispose()
    else:
        print(json.dumps(measure(Path(sys.argv[2]))))
