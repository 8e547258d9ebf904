"""The first promise, tested the hard way: a sending process killed (SIGKILL) at random points
of a 200-letter batch, then restarted — every event ends with exactly one AR24 mail."""
from __future__ import annotations

import random

import pytest

from tests.outbox.support import run_kill_trial

TRIALS = 6   # ~15 s each on 2 cores; `python tests/bench/run.py kill_trials_200` runs many more


@pytest.mark.slow
def test_killed_mid_batch_and_restarted_every_event_has_exactly_one_mail(service, control, tmp_path) -> None:
    rng = random.Random(20260307)
    results = [run_kill_trial(service, control, tmp_path / f"trial-{n}", rng) for n in range(TRIALS)]
    for result in results:
        assert result["duplicates"] == 0, result
        assert result["missing"] == 0, result
        assert result["not_posted"] == 0 and result["letters"] == 200, result
        assert result["mails_at_ar24"] == 200, result
    assert sum(r["killed_mid_batch"] for r in results) >= TRIALS * 3 // 4   # the kills really hit mid-batch
