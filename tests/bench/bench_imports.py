"""Importing tiers: 50,000 rows from an agency's CSV export (read, mapping, checks, write)."""
from __future__ import annotations

import os
import statistics
import tempfile
import time
from pathlib import Path

RUNS = 3


def import_tiers_50k() -> float:
    """Median seconds to import 50,000 new tiers into the demo agency's store, from the file."""
    from app.context import AppContext
    from app.demo.seed import seed_demo_agency
    from app.machine_settings import MachineSettings
    from app.services import imports
    from app.store.database import open_store
    from tests.imports.support import agency_rows, write_csv

    times = []
    with tempfile.TemporaryDirectory() as folder:
        os.environ["RECO_DATA_DIR"] = folder
        path = write_csv(Path(folder) / "export.csv", agency_rows(50_000, refused=False))
        for run in range(RUNS):
            store = open_store(f"sqlite:///{Path(folder) / f'import{run}.db'}")
            seed_demo_agency(store, docs=Path(folder) / "documents")
            context = AppContext(store, MachineSettings())
            started = time.perf_counter()
            table = imports.read_tiers_file(path)
            report = imports.import_tiers(context, table, imports.remembered_mapping(context, table))
            times.append(time.perf_counter() - started)
            assert report.created == 50_000, report.created
            context.close()
            store.dispose()
    return statistics.median(times)
