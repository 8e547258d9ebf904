"""Every benchmark but the long ones runs, at a tiny size (BENCH_TINY=1), through the runner
as a measurement would: a benchmark that no longer runs fails here, not on the day it is needed."""
from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest

from tests.bench.run import BENCHMARKS, LONG, ROOT

RUNNER = [sys.executable, str(ROOT / "tests" / "bench" / "run.py")]
LINE = re.compile(r"(?P<name>\S+) (?P<value>[-0-9.e+]+) (?P<unit>\S+) target=\S+ (ok|MISS)")


def test_the_runner_lists_every_benchmark_one_a_line() -> None:
    listed = subprocess.run([*RUNNER, "--list"], capture_output=True, text=True, check=True).stdout
    assert listed.splitlines() == list(BENCHMARKS)


@pytest.mark.slow
def test_every_short_benchmark_runs_at_a_tiny_size(tmp_path) -> None:
    names = [name for name in BENCHMARKS if name not in LONG]
    env = dict(os.environ, BENCH_TINY="1", QT_QPA_PLATFORM="offscreen", RECO_DATA_DIR=str(tmp_path))
    done = subprocess.run([*RUNNER, *names], cwd=ROOT, env=env, capture_output=True, text=True, timeout=280)
    assert done.returncode == 0, done.stderr[-3000:]
    lines = [LINE.fullmatch(line) for line in done.stdout.splitlines() if not line.startswith("#")]
    assert all(lines), done.stdout
    assert [(m["name"], m["unit"]) for m in lines] == [(name, BENCHMARKS[name].unit) for name in names]
    assert all(float(m["value"]) > 0 for m in lines)
