"""frozen_cold_start: the bundled executable, from process start to the main window shown.

Uses ``dist/recommandes-ar24/`` (run ``python build/build.py`` first); the first start of a new
data folder (migrations, demo seed) is not measured, like ``cold_start``.
"""
from __future__ import annotations

from pathlib import Path

from app import APP_SLUG
from tests.bench.bench_startup import median_start

ROOT = Path(__file__).resolve().parents[2]
RUNS = 5


def frozen_cold_start() -> float:
    executable = ROOT / "dist" / APP_SLUG / APP_SLUG
    if not executable.exists():
        raise SystemExit(f"{executable} absent : lancez d'abord python build/build.py")
    return median_start([str(executable)], RUNS)
