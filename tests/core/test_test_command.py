"""The README's test command is the one CI runs (.ci/run), gates included."""
from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_readme_runs_the_tests_as_ci_does() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    shown = re.search(r"\*\*Set up and run the tests\*\*.*?```sh\n(.+?)\n```", readme, re.S).group(1)
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").strip().splitlines()[-1]
    assert shown == ci
    gates = [step.strip() for step in ci.split("&&")]
    assert gates.index(".venv/bin/ruff check .") < gates.index(".venv/bin/mypy") < len(gates) - 1
    assert gates[-1].endswith("-m pytest -q")
