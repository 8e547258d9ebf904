"""Fixtures: one local AR24 service on loopback for the session, a client, fresh accounts."""
from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pyotp
import pytest
from reportlab.pdfgen import canvas

from app.ar24.client import AR24Client, RetryPolicy
from app.ar24.connection import ConnectionSettings
from app.ar24.crypto import sign_date
from app.ar24.dates import format_paris, paris_now
from app.ar24.local_service import LocalAR24Service, LocalServiceControl

FAST_RETRY = RetryPolicy(attempts=3, first_delay=0.01, max_delay=0.05)
_emails = itertools.count(1)


@pytest.fixture(scope="session")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LocalAR24Service]:
    with LocalAR24Service(tmp_path_factory.mktemp("ar24-service")) as running:
        yield running


@pytest.fixture
def control(service: LocalAR24Service) -> Iterator[LocalServiceControl]:
    with LocalServiceControl(service.root_url) as handle:
        yield handle
        handle.reset()  # faults off, settings back, whatever the test did


def settings_for(service: LocalAR24Service, **changes: Any) -> ConnectionSettings:
    values = {"base_url": service.base_url, "token": service.token, "private_key": service.private_key} | changes
    return ConnectionSettings(**values)


@pytest.fixture
def client(service: LocalAR24Service) -> Iterator[AR24Client]:
    with AR24Client(settings_for(service), retry=FAST_RETRY) as ar24:
        yield ar24


def unique_email(prefix: str = "expediteur") -> str:
    return f"{prefix}{next(_emails)}@agence-test.fr"


def make_account(control: LocalServiceControl, **changes: Any) -> dict[str, Any]:
    """A fresh sender account, by default linked to our token, with eIDAS identifiers."""
    profile = {"firstname": "Jeanne", "lastname": "Durand", "company": "Syndic Durand", "link": "granted"}
    return control.add_user(unique_email(), **profile | changes)


@pytest.fixture
def account(control: LocalServiceControl) -> dict[str, Any]:
    return make_account(control)


def wrong_code(secret: str) -> str:
    totp = pyotp.TOTP(secret)
    return next(code for code in (f"{n:06d}" for n in range(0, 1_000_000, 7919)) if not totp.verify(code, valid_window=1))


@pytest.fixture
def pdf_path(tmp_path: Path) -> Path:
    path = tmp_path / "convocation AG.pdf"
    page = canvas.Canvas(str(path))
    page.drawString(72, 720, "Convocation à l'assemblée générale")
    page.save()
    return path


def raw_call(
    service: LocalAR24Service,
    method: str,
    path: str,
    params: dict[str, str | list[str]] | None = None,
    *,
    token: str | None = None,
    date: str | None = None,
    signature: str | None = None,
    files: dict[str, Any] | None = None,
) -> httpx.Response:
    """A hand-made request, to test what the client would never send. Defaults are valid;
    an empty string leaves the token, date or signature out."""
    date = format_paris(paris_now()) if date is None else date
    fields: dict[str, str | list[str]] = dict(params or {})
    if token != "":
        fields["token"] = service.token if token is None else token
    if date != "":
        fields["date"] = date
    headers = {} if signature == "" else {"signature": sign_date(date, service.private_key) if signature is None else signature}
    url = service.base_url + path
    if method == "GET":
        return httpx.get(url, params=fields, headers=headers)
    return httpx.post(url, data=fields, files=files, headers=headers)


def clear_slug(response: httpx.Response) -> str:
    """The slug of a clear error answer (which AR24 sends with HTTP 200)."""
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ERROR"
    return str(body["slug"])
