"""A sending process: ``python -m tests.outbox.kill_runner CONFIG.json``.

It does what the application does at start and on "Envoyer en AR": resume what a previous run
left unfinished, then send the batch (events already sent are not sent again). The kill test
kills it with SIGKILL at a random point and starts it again; the two-seats test starts two of
them at once on one database (``workstation`` in the config names the seat)."""
from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

from app.ar24.client import AR24Client, RetryPolicy
from app.ar24.connection import ConnectionSettings
from app.sending.send_types import PrintOptions
from app.outbox.control import Control
from app.outbox.pipeline import Backoff, Outbox
from app.store.database import open_store
from app.store.models import SendType
from tests.outbox.support import LOGIN, simple_preparer


def main(config_path: str) -> int:
    config = json.loads(Path(config_path).read_text(encoding="utf-8"))
    store = open_store(config["db_url"], migrate=False)   # the test made it: a faster restart
    settings = ConnectionSettings(config["base_url"], config["token"], config["private_key"], timeout=1.0)
    with AR24Client(settings, retry=RetryPolicy(attempts=3, first_delay=0.02, max_delay=0.1)) as client:
        outbox = Outbox(store, client, login=LOGIN, workstation=config.get("workstation", "poste-kill"), out_dir=Path(config["out_dir"]),
                        parallel=config.get("parallel", 4), preparer=simple_preparer,
                        settle=dt.timedelta(seconds=1.5), backoff=Backoff(8, 0.05, 0.5))
        resumed = outbox.resume(Control())
        report = outbox.send(SendType(config["send_type"]), config["event_ids"], PrintOptions(), Control())
    store.dispose()
    print(json.dumps({"resumed": len(resumed.results), "sent": len(report.results)}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
