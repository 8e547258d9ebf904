"""The sending process of the tests: the application's (app.outbox.worker) with the fast
``simple_preparer`` (one small PDF a letter) instead of the real document preparation. The
preparer is chosen here, never in the request: the request is the production one."""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
COMMAND = [sys.executable, str(Path(__file__).resolve())]   # whatever the current directory


def use_in_windows(monkeypatch) -> None:
    """Make the thermomètre (ui.sending.outbox_process) start this process instead."""
    monkeypatch.setattr("ui.sending.outbox_process.worker_command", lambda: COMMAND)


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    from app.outbox import worker
    from tests.outbox.support import simple_preparer

    sys.exit(worker.main(preparer=simple_preparer))
