"""A job that ends before its caller gets the Job object back is still heard."""
from __future__ import annotations

from ui.background import run_job


def test_slots_given_to_run_job_hear_an_instant_job(qtbot):
    heard = []
    for index in range(200):
        run_job(lambda _c, i=index: i, on_success=heard.append)
    qtbot.waitUntil(lambda: len(heard) == 200, timeout=10000)
    assert sorted(heard) == list(range(200))
