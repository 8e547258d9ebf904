"""``python tests/store/upgrade_runner.py URL``: everything imported, says ``ready``; on a line
from stdin, opens the store as the application does at start (so upgrades it), then says
``done SECONDS``. The atomic-upgrade test kills it at random points."""
from __future__ import annotations

import sys
import time
from pathlib import Path

if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    import alembic.command  # noqa: F401 — imported before the start: the kill must fall in the upgrade

    from app.store.database import open_store

    print("ready", flush=True)
    sys.stdin.readline()
    started = time.perf_counter()
    open_store(sys.argv[1]).dispose()
    print(f"done {time.perf_counter() - started:.3f}", flush=True)
