"""Big lists: the tiers list with 50,000 rows (open and free-text filter)."""
from __future__ import annotations

import os
import random
import statistics
import tempfile
import time
from pathlib import Path

from tests.bench.sizes import size

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

RUNS = size(5, 1)
TIERS = size(50_000, 300)
TOWNS = ["DIJON", "BEAUNE", "CHENOVE", "QUETIGNY", "LYON", "PARIS", "ST RAPHAEL", "AUXERRE", "MACON"]


def _tiers_store(folder: Path, count: int):
    from sqlalchemy import insert

    from app.context import AppContext
    from app.machine_settings import MachineSettings
    from app.store.database import open_store
    from app.store.models import Tiers

    store = open_store(f"sqlite:///{folder / 'big.db'}")
    rng = random.Random(5)
    rows = [{"code": f"T{i:06d}", "civility": "Madame" if i % 2 else "Monsieur", "lastname": f"NOM{rng.randint(0, 99999):05d}",
             "firstname": "Prénom", "email": f"tiers{i}@exemple.fr", "address1": f"{i % 120} rue de la Liberté",
             "postal_code": "21000", "city": TOWNS[i % len(TOWNS)], "relation": "copropriétaire",
             "lre_consent": i % 3 == 0, "version": 1} for i in range(count)]
    with store.engine.begin() as connection:
        connection.execute(insert(Tiers), rows)
    return AppContext(store, MachineSettings())


def _open_and_filter() -> tuple[float, float]:
    from PySide6.QtCore import QEvent

    from ui.application import make_application
    from ui.tiers.tiers_list import TiersListWindow

    application = make_application()
    with tempfile.TemporaryDirectory() as folder:
        os.environ["RECO_DATA_DIR"] = folder
        context = _tiers_store(Path(folder), TIERS)
        opens, filters = [], []
        for run in range(RUNS):
            started = time.perf_counter()
            window = TiersListWindow(context)
            window.show()
            application.processEvents()
            opens.append(time.perf_counter() - started)
            started = time.perf_counter()
            window.search.setText(["dijon", "nom123", "tiers4999"][run % 3])
            application.processEvents()
            filters.append(time.perf_counter() - started)
            window.close()
            window.deleteLater()
            # processEvents alone never runs deferred deletes: without this, every window stays
            # alive, and hears the change events of the benchmarks that follow in this process.
            application.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        context.close()
        context.store.dispose()
    return statistics.median(opens) * 1000, statistics.median(filters) * 1000


_cache: dict[str, tuple[float, float]] = {}


def _measure() -> tuple[float, float]:
    if "tiers" not in _cache:
        _cache["tiers"] = _open_and_filter()
    return _cache["tiers"]


def tiers_list_open_50k() -> float:
    return _measure()[0]


def tiers_list_filter_50k() -> float:
    return _measure()[1]
