"""Micro-benchmark: round trip of one signed, encrypted AR24 call on loopback."""
from __future__ import annotations

import statistics
import tempfile
import time

from app.ar24.client import AR24Client
from app.ar24.connection import ConnectionSettings
from app.ar24.local_service import LocalAR24Service, LocalServiceControl
from tests.bench.sizes import size

WARM_UP = size(10, 1)
SAMPLES = size(50, 3)


def signed_call_roundtrip() -> float:
    """Median time of a signed ``GET user`` (sign, HTTP, checks, encrypt, decrypt, parse)."""
    with tempfile.TemporaryDirectory() as data_dir, LocalAR24Service(data_dir) as service:
        demo = service.demo_account
        with LocalServiceControl(service.root_url) as control:
            control.set_link(demo["id"], "granted")
        settings = ConnectionSettings(service.base_url, service.token, service.private_key)
        with AR24Client(settings) as client:
            for _ in range(WARM_UP):
                client.get_user(id_user=demo["id"])
            samples = []
            for _ in range(SAMPLES):
                started = time.perf_counter()
                client.get_user(id_user=demo["id"])
                samples.append(time.perf_counter() - started)
    return statistics.median(samples) * 1000

