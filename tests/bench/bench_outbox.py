"""Batch benchmarks against the local AR24 service with 150 ms injected latency per request.

* ``batch_speedup_1000``: 1,000 simple e-mail letters (no OTP step) sent by the pipeline
  (``ar24_parallel_connections`` connections) versus the same client one letter at a time
  (``parallel=1``: prepare, upload, post, next) in the same run; value = sequential / pipeline.
* ``ui_max_stall_batch``: the longest gap of a 5 ms timer in a real window (the thermomètre)
  while its sending process sends the 1,000 letters (the pipeline's time above is this run's,
  from the window's opening to its report, process start included).
* ``kill_trials_200``: the kill test repeated 200 times; value = duplicates + losses.
"""
from __future__ import annotations

import os
import random
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app.ar24.client import AR24Client  # noqa: E402
from app.ar24.local_service import LocalAR24Service, LocalServiceControl  # noqa: E402  (kill trials: in-process)
from app.machine_settings import MachineSettings  # noqa: E402
from app.sending.send_types import PrintOptions  # noqa: E402
from app.outbox.pipeline import Control, Outbox, Outcome  # noqa: E402
from app.store.database import open_store  # noqa: E402
from app.store.models import SendType  # noqa: E402
from tests.ar24.conftest import make_account, settings_for  # noqa: E402
from tests.outbox.support import LOGIN, run_kill_trial, seed_batch, simple_preparer  # noqa: E402

LETTERS = int(os.environ.get("BENCH_LETTERS", "1000"))
LATENCY_MS = 150
_results: dict[str, float] = {}


class _RemoteService:
    """The local AR24 service in its own process, as AR24 is on its own servers: the benchmark
    measures the application's process, not the stand-in's work."""

    def __init__(self, folder: Path) -> None:
        import json
        import subprocess
        import sys

        self.process = subprocess.Popen(
            [sys.executable, "-c", "import sys; from app.ar24.cli import run_service; sys.exit(run_service(sys.argv[1:]))",
             "--data", str(folder)], stdout=subprocess.PIPE, text=True, cwd=Path(__file__).resolve().parents[2])
        info = json.loads(self.process.stdout.readline())
        self.base_url, self.token, self.private_key = info["base_url"], info["token"], info["private_key"]
        self.root_url = self.base_url.rsplit("/api/", 1)[0] + "/"

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait()


def _prepare_store(control, folder: Path, parallel: int):
    store = open_store(f"sqlite:///{folder / f'bench-{parallel}.db'}")
    return store, seed_batch(store, make_account(control), LETTERS)


def _sequential(service, store, events, folder: Path) -> float:
    """The same client, one letter at a time (prepare, upload, post, next), in this process."""
    with AR24Client(settings_for(service)) as client:
        outbox = Outbox(store, client, login=LOGIN, workstation="bench", out_dir=folder / "out-1", parallel=1,
                        preparer=simple_preparer)
        started = time.perf_counter()
        report = outbox.send(SendType.ERE_SIMPLE, events, PrintOptions(), Control())
        elapsed = time.perf_counter() - started
    store.dispose()
    assert report.count(Outcome.OK) == LETTERS, report.summary()
    return elapsed


def pipeline_in_window(service, store, events, parallel: int) -> tuple[float, list[tuple[int, bool]]]:
    """Send the batch as "Valider" does (the thermomètre and its sending process) while a 5 ms
    timer watches the window's event loop; returns the batch's time and the timer's gaps."""
    from types import SimpleNamespace

    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication

    from app.outbox.worker import worker_request
    from ui.outbox_process import OutboxProcessJob
    from ui.sending_progress import SendingProgressWindow

    app = QApplication.instance() or QApplication([])
    context = SimpleNamespace(ar24=SimpleNamespace(connection=lambda: settings_for(service)), store=store,
                              login=LOGIN, workstation="bench",
                              settings=SimpleNamespace(ar24_parallel_connections=parallel))
    request = worker_request(context, "send", send_type=SendType.ERE_SIMPLE, event_ids=events,
                             preparer=simple_preparer)
    stalls, clock = [], QElapsedTimer()
    started = time.perf_counter()
    window = SendingProgressWindow("Envoi en AR", "Benchmark", LETTERS,
                                   lambda owner: OutboxProcessJob(lambda: request, owner))
    window.show()
    timer = QTimer()
    timer.setInterval(5)
    clock.start()
    timer.timeout.connect(lambda: stalls.append((clock.restart(), window.job.running)))
    timer.start()
    while window.job.running:
        app.processEvents()
        time.sleep(0.001)
    elapsed = time.perf_counter() - started
    for _ in range(20):   # the report lands in the window: part of what the user sees
        app.processEvents()
        time.sleep(0.005)
    timer.stop()
    window.close()
    store.dispose()
    assert window.report is not None and window.report.count(Outcome.OK) == LETTERS, window.summary_label.text()
    return elapsed, stalls


def _measure() -> dict[str, float]:
    if _results:
        return _results
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        os.environ["RECO_DATA_DIR"] = str(folder / "data")   # the sending process's prepared letters
        service = _RemoteService(folder / "service")
        control = LocalServiceControl(service.root_url)
        parallel = MachineSettings().ar24_parallel_connections
        store, events = _prepare_store(control, folder, parallel)
        control.faults(latency_ms=LATENCY_MS)
        pipeline, stalls = pipeline_in_window(service, store, events, parallel)
        control.faults(latency_ms=0)
        store, events = _prepare_store(control, folder, 1)
        control.faults(latency_ms=LATENCY_MS)
        sequential = _sequential(service, store, events, folder)
        control.close()
        service.stop()
        gaps = [gap for gap, _ in stalls[5:]]
        _results.update(speedup=sequential / pipeline, stall=float(max(gaps)), pipeline=pipeline,
                        sequential=sequential, parallel=parallel)
        print(f"# {LETTERS} letters, {LATENCY_MS} ms latency: pipeline ({parallel} connections, sending process, "
              f"from the window) {pipeline:.1f} s, sequential (in process) {sequential:.1f} s", flush=True)
        print(f"# event loop gaps: median {sorted(gaps)[len(gaps) // 2]} ms, max {max(gaps)} ms over {len(gaps)} "
              "ticks", flush=True)
    return _results


def batch_speedup_1000() -> float:
    return _measure()["speedup"]


def ui_max_stall_batch() -> float:
    return _measure()["stall"]


def kill_trials_200() -> float:
    trials = int(os.environ.get("BENCH_KILL_TRIALS", "200"))
    rng = random.Random(7)
    bad = 0
    with tempfile.TemporaryDirectory() as tmp, LocalAR24Service(Path(tmp) / "service") as service, \
            LocalServiceControl(service.root_url) as control:
        for n in range(trials):
            result = run_kill_trial(service, control, Path(tmp) / f"trial-{n}", rng)
            bad += result["duplicates"] + result["missing"] + result["not_posted"]
    print(f"# {trials} kill trials of 200 letters: duplicates + losses = {bad}", flush=True)
    return float(bad)
