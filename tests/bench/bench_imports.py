"""Importing tiers: 50,000 rows from an agency's CSV export (read, mapping, checks, write)."""
from __future__ import annotations

import os
import statistics
import sys
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

    times, cpu = [], []
    with tempfile.TemporaryDirectory() as folder:
        os.environ["RECO_DATA_DIR"] = folder
        path = write_csv(Path(folder) / "export.csv", agency_rows(50_000, refused=False))
        for run in range(RUNS):
            store = open_store(f"sqlite:///{Path(folder) / f'import{run}.db'}")
            seed_demo_agency(store, docs=Path(folder) / "documents")
            context = AppContext(store, MachineSettings())
            started, started_cpu = time.perf_counter(), time.process_time()
            table = imports.read_tiers_file(path)
            report = imports.import_tiers(context, table, imports.remembered_mapping(context, table))
            times.append(time.perf_counter() - started)
            cpu.append(time.process_time() - started_cpu)
            assert report.created == 50_000, report.created
            context.close()
            store.dispose()
    # Wall time is what users feel; the CPU time tells a loaded machine from a slow import.
    print(f"import_tiers_50k: CPU {statistics.median(cpu):.2f} s, load average {os.getloadavg()[0]:.1f}",
          file=sys.stderr)
    return statistics.median(times)
