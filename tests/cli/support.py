"""Running a command of ``main.py`` in this process, as ``main.py`` dispatches it, and the
local AR24 service of the test's data folder (Démo locale) between two commands."""
from __future__ import annotations

import io
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from app.cli import COMMANDS, GlobalOptions


@dataclass
class Run:
    code: int
    out: str
    err: str

    @property
    def rows(self) -> list[dict[str, Any]]:
        """``--json``: standard output is one JSON array and nothing else."""
        return json.loads(self.out)


def run_cli(capsys, *argv: str, stdin: str = "", db: str | None = None) -> Run:
    """``python main.py [--db URL] NAME ARGS…`` with ``stdin`` (a pipe, not a terminal)."""
    capsys.readouterr()
    name, *rest = argv
    previous, sys.stdin = sys.stdin, io.StringIO(stdin)
    try:
        code = COMMANDS[name].load()(rest, GlobalOptions(db=db))
    except SystemExit as exit_:   # argparse: bad usage
        code = exit_.code
    finally:
        sys.stdin = previous
    captured = capsys.readouterr()
    return Run(code, captured.out, captured.err)


@contextmanager
def demo_service() -> Iterator[Any]:
    """The Démo locale service of this data folder, while no command runs (same state, same clock)."""
    from app.ar24.local_service import LocalServiceControl
    from app.ar24_access import start_demo_service

    service = start_demo_service()
    try:
        with LocalServiceControl(service.root_url) as control:
            yield service, control
    finally:
        service.stop()
