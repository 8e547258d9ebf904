"""How big a benchmark runs: the size it measures, or, with ``BENCH_TINY=1``, just enough to
run every line of it (tests/bench/test_benchmarks_run.py), so that none rots between two
measurements."""
from __future__ import annotations

import os

TINY = os.environ.get("BENCH_TINY") == "1"


def size(full: int, tiny: int) -> int:
    return tiny if TINY else full
