"""Fixtures of the outbox tests: the local AR24 service on loopback, a fresh sender account per
test, an empty store, and an Outbox wired to both."""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.ar24.client import AR24Client
from app.ar24.local_service import LocalAR24Service, LocalServiceControl
from app.outbox.pipeline import Backoff, Outbox
from app.store.database import Store, open_store
from tests.ar24.conftest import FAST_RETRY, make_account, settings_for
from tests.outbox.support import LOGIN, simple_preparer

FAST_BACKOFF = Backoff(attempts=8, first_delay=0.05, max_delay=0.3)
SETTLE = dt.timedelta(seconds=0.5)


@pytest.fixture(scope="session")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LocalAR24Service]:
    with LocalAR24Service(tmp_path_factory.mktemp("ar24-outbox")) as running:
        yield running


@pytest.fixture
def control(service: LocalAR24Service) -> Iterator[LocalServiceControl]:
    with LocalServiceControl(service.root_url) as handle:
        yield handle
        handle.reset()


@pytest.fixture
def account(control: LocalServiceControl) -> dict[str, Any]:
    return make_account(control)


@pytest.fixture
def client(service: LocalAR24Service) -> Iterator[AR24Client]:
    with AR24Client(settings_for(service, timeout=5), retry=FAST_RETRY) as ar24:
        yield ar24


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = open_store(f"sqlite:///{tmp_path / 'outbox.db'}")
    yield opened
    opened.dispose()


def make_outbox(store: Store, client: AR24Client, tmp_path: Path, **changes: Any) -> Outbox:
    options = {"login": LOGIN, "workstation": "poste-test", "out_dir": tmp_path / "outbox", "parallel": 4,
               "preparer": simple_preparer, "settle": SETTLE, "backoff": FAST_BACKOFF} | changes
    return Outbox(store, client, **options)


def mails_by_ref(control: LocalServiceControl) -> dict[str, int]:
    return {ref: int(count) for ref, count in control.state()["mails_by_ref_client"].items()}
