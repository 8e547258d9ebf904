"""The first promise, tested the hard way: a sending process killed (SIGKILL) at random points
of a 200-letter batch, then restarted — every event ends with exactly one AR24 mail."""
from __future__ import annotations

import pytest

from app.ar24.local_service import LocalServiceControl
from tests.outbox.support import run_kill_trials, service_process

# Two trials at a time against the service in its own process: about 3 minutes on 2 free cores,
# up to 9 on a machine shared with other heavy work (hence the longer timeout than the suite's).
# `python tests/bench/run.py kill_trials_200` runs 200.
TRIALS = 20


@pytest.mark.slow
@pytest.mark.timeout(900)
def test_killed_mid_batch_and_restarted_every_event_has_exactly_one_mail(tmp_path) -> None:
    with service_process(tmp_path / "service") as service, LocalServiceControl(service.root_url) as control:
        results = run_kill_trials(service, control, tmp_path, trials=TRIALS, seed=20260307)
    for result in results:
        assert result["duplicates"] == 0, result
        assert result["missing"] == 0, result
        assert result["not_posted"] == 0 and result["letters"] == 200, result
        assert result["mails_at_ar24"] == 200, result
    assert sum(r["killed_mid_batch"] for r in results) >= TRIALS * 3 // 4   # the kills really hit mid-batch
