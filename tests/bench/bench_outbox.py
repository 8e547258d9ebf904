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
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app.ar24.client import AR24Client  # noqa: E402
from app.ar24.local_service import LocalServiceControl  # noqa: E402
from app.machine_settings import MachineSettings  # noqa: E402
from app.sending.send_types import PrintOptions  # noqa: E402
from app.outbox.control import Control  # noqa: E402
from app.outbox.pipeline import Outbox, Outcome  # noqa: E402
from app.store.database import open_store  # noqa: E402
from app.store.models import SendType  # noqa: E402
from tests.ar24.conftest import make_account, settings_for  # noqa: E402
from tests.outbox.support import LOGIN, run_kill_trials, seed_batch, service_process, simple_preparer  # noqa: E402

LETTERS = int(os.environ.get("BENCH_LETTERS", "1000"))
LATENCY_MS = 150
_results: dict[str, float] = {}


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


def pipeline_in_window(service, store, events, parallel: int) -> tuple[float, list[tuple[int, bool, int]]]:
    """Send the batch as "Valider" does (the thermomètre and its sending process) while a 5 ms
    timer watches the window's event loop; returns the batch's time and the timer's gaps
    (ms, batch still running, ms of CPU the window's thread used during the gap)."""
    from types import SimpleNamespace

    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication

    import ui.sending.outbox_process
    from app.outbox.worker import worker_request
    from tests.outbox import simple_worker
    from ui.sending.outbox_process import OutboxProcessJob
    from ui.sending.sending_progress import SendingProgressWindow

    app = QApplication.instance() or QApplication([])
    context = SimpleNamespace(ar24=SimpleNamespace(connection=lambda: settings_for(service)), store=store,
                              login=LOGIN, workstation="bench",
                              settings=SimpleNamespace(ar24_parallel_connections=parallel))
    request = worker_request(context, "send", send_type=SendType.ERE_SIMPLE, event_ids=events)
    ui.sending.outbox_process.worker_command = lambda: simple_worker.COMMAND   # its fast preparer
    stalls, clock = [], QElapsedTimer()
    started = time.perf_counter()
    window = SendingProgressWindow("Envoi en AR", "Benchmark", LETTERS,
                                   lambda owner: OutboxProcessJob(lambda: request, owner))
    window.show()
    timer = QTimer()
    timer.setInterval(5)
    clock.start()
    cpu = [time.thread_time()]

    def tick() -> None:   # the gap, whether the batch still ran, and how much of it this thread worked
        now = time.thread_time()
        stalls.append((clock.restart(), window.job.running, round((now - cpu[0]) * 1000)))
        cpu[0] = now

    timer.timeout.connect(tick)
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
        with service_process(folder / "service") as service, LocalServiceControl(service.root_url) as control:
            parallel = MachineSettings().ar24_parallel_connections
            store, events = _prepare_store(control, folder, parallel)
            control.faults(latency_ms=LATENCY_MS)
            pipeline, stalls = pipeline_in_window(service, store, events, parallel)
            control.faults(latency_ms=0)
            store, events = _prepare_store(control, folder, 1)
            control.faults(latency_ms=LATENCY_MS)
            sequential = _sequential(service, store, events, folder)
    gaps = [gap for gap, _, _ in stalls[5:]]
    worst = max(stalls[5:])
    _results.update(speedup=sequential / pipeline, stall=float(max(gaps)), pipeline=pipeline,
                    sequential=sequential, parallel=parallel)
    print(f"# {LETTERS} letters, {LATENCY_MS} ms latency: pipeline ({parallel} connections, sending process, "
          f"from the window) {pipeline:.1f} s, sequential (in process) {sequential:.1f} s", flush=True)
    print(f"# event loop gaps: median {sorted(gaps)[len(gaps) // 2]} ms, max {max(gaps)} ms over {len(gaps)} ticks "
          f"(the worst {'during' if worst[1] else 'after'} the batch, the window's thread working {worst[2]} ms of "
          f"it: the rest is the system giving the core to other processes)", flush=True)
    return _results


def batch_speedup_1000() -> float:
    return _measure()["speedup"]


def ui_max_stall_batch() -> float:
    return _measure()["stall"]


def kill_trials_200() -> float:
    """Value: duplicates + losses over all trials. ``BENCH_KILL_TRIALS`` (200) trials,
    ``BENCH_KILL_WORKERS`` (2) at a time, against the service in its own process."""
    trials = int(os.environ.get("BENCH_KILL_TRIALS", "200"))
    workers = int(os.environ.get("BENCH_KILL_WORKERS", "2"))
    started, tally = time.perf_counter(), {"done": 0, "bad": 0, "duplicates": 0, "losses": 0, "mid_batch": 0}

    def on_result(n: int, result: dict[str, int]) -> None:
        tally["done"] += 1
        tally["duplicates"] += result["duplicates"]
        tally["losses"] += result["missing"] + result["not_posted"]
        tally["mid_batch"] += result["killed_mid_batch"]
        print(f"# trial {n}: kill after {result['kill_target']} posted, duplicates {result['duplicates']}, missing "
              f"{result['missing']}, not posted {result['not_posted']} — {tally['done']}/{trials} done, "
              f"{time.perf_counter() - started:.0f} s", flush=True)

    with tempfile.TemporaryDirectory() as tmp, service_process(Path(tmp) / "service") as service, \
            LocalServiceControl(service.root_url) as control:
        run_kill_trials(service, control, Path(tmp), trials=trials, seed=7, workers=workers, on_result=on_result)
    print(f"# {tally['done']} kill trials of 200 letters ({workers} at a time, {time.perf_counter() - started:.0f} s): "
          f"{tally['mid_batch']} killed mid-batch, duplicates {tally['duplicates']}, losses {tally['losses']}", flush=True)
    return float(tally["duplicates"] + tally["losses"])
