"""Benchmark runner: ``python tests/bench/run.py [NAME ...]``.

Prints one line per benchmark: ``NAME VALUE UNIT target=TARGET ok|MISS``.
Benchmarks are measurements, not tests: they never fail the test suite.
Each benchmark function returns its value (a median where runs are short).
"""
from __future__ import annotations

import importlib
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


@dataclass(frozen=True)
class Benchmark:
    module: str          # module of tests/bench holding the function
    function: str
    unit: str
    target: float
    higher_is_better: bool = False

    def run(self) -> float:
        return getattr(importlib.import_module(f"tests.bench.{self.module}"), self.function)()

    def verdict(self, value: float) -> str:
        ok = value >= self.target if self.higher_is_better else value <= self.target
        return "ok" if ok else "MISS"


BENCHMARKS: dict[str, Benchmark] = {
    "cold_start": Benchmark("bench_startup", "cold_start", "s", 1.5),
    "tiers_list_open_50k": Benchmark("bench_lists", "tiers_list_open_50k", "ms", 500),
    "tiers_list_filter_50k": Benchmark("bench_lists", "tiers_list_filter_50k", "ms", 100),
    "letters_list_open_100k": Benchmark("bench_letters", "letters_list_open_100k", "ms", 500),
    "letters_list_filter_100k": Benchmark("bench_letters", "letters_list_filter_100k", "ms", 150),
    "letters_list_peak_rss_100k": Benchmark("bench_letters", "letters_list_peak_rss_100k", "MB", 400),
}


def main(names: list[str]) -> int:
    unknown = [n for n in names if n not in BENCHMARKS]
    if unknown:
        print(f"unknown benchmark(s): {', '.join(unknown)}; known: {', '.join(BENCHMARKS)}", file=sys.stderr)
        return 2
    for name in names or list(BENCHMARKS):
        bench = BENCHMARKS[name]
        value = bench.run()
        print(f"{name} {value:.4g} {bench.unit} target={bench.target:g} {bench.verdict(value)}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
