"""frozen_cold_start: the bundled executable, from process start to the main window shown.

Uses ``dist/recommandes-ar24/`` (run ``python build/build.py`` first); the first start of a new
data folder (migrations, demo seed) is not measured, like ``cold_start``.
"""
from __future__ import annotations

import os
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

from app import APP_SLUG

ROOT = Path(__file__).resolve().parents[2]
RUNS = 5


def _start_once(executable: Path, env: dict[str, str]) -> float:
    started = time.perf_counter()
    process = subprocess.Popen([str(executable)], env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    assert process.stdout is not None
    for line in process.stdout:
        if line.startswith("STARTUP_SECONDS"):
            elapsed = time.perf_counter() - started
            break
    else:
        raise RuntimeError("the frozen application did not report its start-up")
    process.wait(timeout=30)
    return elapsed


def frozen_cold_start() -> float:
    executable = ROOT / "dist" / APP_SLUG / APP_SLUG
    if not executable.exists():
        raise SystemExit(f"{executable} absent : lancez d'abord python build/build.py")
    with tempfile.TemporaryDirectory() as data:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", RECO_DATA_DIR=data, RECO_REPORT_STARTUP="1")
        _start_once(executable, env)
        return statistics.median(_start_once(executable, env) for _ in range(RUNS))
