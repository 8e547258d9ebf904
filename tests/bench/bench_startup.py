"""cold_start: from process start to the main window shown, on the demo store."""
from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from tests.bench.sizes import size

ROOT = Path(__file__).resolve().parents[2]
RUNS = size(7, 1)


def _start_once(command: Sequence[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    process = subprocess.Popen(list(command), cwd=ROOT, env=env, stdout=subprocess.PIPE,
                               stderr=subprocess.DEVNULL, text=True)
    assert process.stdout is not None
    for line in process.stdout:
        if line.startswith("STARTUP_SECONDS"):
            elapsed = time.perf_counter() - started
            break
    else:
        raise RuntimeError(f"{command[0]} did not report its start-up")
    process.wait(timeout=30)
    return elapsed


def median_start(command: Sequence[str], runs: int) -> float:
    """Median of ``runs`` starts on a fresh data folder; its first start (migrations, demo seed)
    is not measured."""
    with tempfile.TemporaryDirectory() as data:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", RECO_DATA_DIR=data, RECO_REPORT_STARTUP="1")
        _start_once(command, env)
        return statistics.median(_start_once(command, env) for _ in range(runs))


def cold_start() -> float:
    return median_start([sys.executable, "main.py"], RUNS)
