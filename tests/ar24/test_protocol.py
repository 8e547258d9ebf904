"""The local service is strict on every confirmed wire rule, and the client speaks them."""
from __future__ import annotations

import json
from datetime import timedelta

import httpx
import pytest

from app.ar24.client import AR24Client, decode_body
from app.ar24.crypto import decrypt_response, encrypt_response, sign_date
from app.ar24.dates import format_paris, paris_now
from app.ar24.errors import AR24ApiError, AR24MaintenanceError, ProtocolError
from app.ar24.local_service import LocalAR24Service, LocalServiceControl

from .conftest import FAST_RETRY, clear_slug, raw_call, settings_for

DEMO = {"email": "demo@agence-exemple.fr"}


def test_success_body_is_encrypted_with_the_request_date(service: LocalAR24Service, control: LocalServiceControl) -> None:
    control.set_link(service.demo_account["id"], "granted")
    date = format_paris(paris_now())
    response = raw_call(service, "GET", "user", DEMO, date=date)
    assert response.status_code == 200
    with pytest.raises(ValueError):
        json.loads(response.text)  # not clear JSON
    envelope = json.loads(decrypt_response(response.text, date, service.private_key))
    assert envelope["status"] == "SUCCESS"
    assert envelope["result"]["email"] == "demo@agence-exemple.fr"


@pytest.mark.parametrize(
    ("overrides", "slug"),
    [
        ({"token": ""}, "token_missing"),
        ({"token": "not-our-token"}, "token_invalid"),
        ({"date": ""}, "empty_date"),
        ({"date": "26/05/2021 14:00"}, "invalid_date"),
        ({"date": "2021-13-45 25:61:00"}, "invalid_date"),
        ({"date": format_paris(paris_now() - timedelta(minutes=5))}, "expired_date"),
        ({"date": format_paris(paris_now() + timedelta(minutes=15))}, "date_in_future"),
        ({"signature": ""}, "empty_signature"),
        ({"signature": sign_date("2021-05-26 14:00:00", "wrong key")}, "invalid_signature"),
        ({"signature": "garbage"}, "invalid_signature"),
    ],
)
def test_every_authentication_failure(service: LocalAR24Service, overrides: dict[str, str], slug: str) -> None:
    assert clear_slug(raw_call(service, "GET", "user", DEMO, **overrides)) == slug


def test_date_window_edges(service: LocalAR24Service, control: LocalServiceControl) -> None:
    control.set_link(service.demo_account["id"], "granted")
    slightly_old = format_paris(paris_now() - timedelta(seconds=60))
    ahead = format_paris(paris_now() + timedelta(minutes=9))
    for date in (slightly_old, ahead):
        assert raw_call(service, "GET", "user", DEMO, date=date).text[0] != "{"  # accepted: encrypted
    control.settings(date_grace_seconds=10)
    assert clear_slug(raw_call(service, "GET", "user", DEMO, date=slightly_old)) == "expired_date"
    control.faults(date_skew_seconds=-3600)  # the service's clock is an hour late
    assert clear_slug(raw_call(service, "GET", "user", DEMO)) == "date_in_future"


def test_post_reads_form_and_checks_auth_too(service: LocalAR24Service) -> None:
    assert clear_slug(raw_call(service, "POST", "user/request_access", {"email": "x@y.fr"}, token="bad")) == "token_invalid"
    assert clear_slug(raw_call(service, "POST", "user/request_access", {"email": "nobody@nowhere.fr"})) == "user_not_exist"


@pytest.mark.parametrize("path", ["user", "user/", "/user", "/user/"])
def test_trailing_slash_variants(service: LocalAR24Service, control: LocalServiceControl, path: str) -> None:
    control.set_link(service.demo_account["id"], "granted")
    url = service.base_url + path.lstrip("/") if not path.startswith("/") else service.base_url.rstrip("/") + path
    date = format_paris(paris_now())
    response = httpx.get(url, params=DEMO | {"token": service.token, "date": date},
                         headers={"signature": sign_date(date, service.private_key)})
    assert json.loads(decrypt_response(response.text, date, service.private_key))["status"] == "SUCCESS"


def test_client_with_base_url_without_slash(service: LocalAR24Service, control: LocalServiceControl) -> None:
    control.set_link(service.demo_account["id"], "granted")
    with AR24Client(settings_for(service, base_url=service.base_url.rstrip("/")), retry=FAST_RETRY) as client:
        assert client.get_user(email="demo@agence-exemple.fr").email == "demo@agence-exemple.fr"


def test_unknown_route_is_404(service: LocalAR24Service) -> None:
    assert raw_call(service, "GET", "no/such/route").status_code == 404
    assert raw_call(service, "POST", "user", {"email": "x@y.fr"}).status_code == 404  # account creation: not simulated


def test_client_maps_credential_errors(service: LocalAR24Service) -> None:
    with AR24Client(settings_for(service, token="wrong"), retry=FAST_RETRY) as client:
        with pytest.raises(AR24ApiError) as caught:
            client.get_user(email="demo@agence-exemple.fr")
    assert caught.value.slug == "token_invalid"
    assert "jeton" in str(caught.value)
    with AR24Client(settings_for(service, private_key="wrong"), retry=FAST_RETRY) as client:
        with pytest.raises(AR24ApiError) as caught:
            client.get_user(email="demo@agence-exemple.fr")
    assert caught.value.slug == "invalid_signature"


@pytest.mark.parametrize(("shift", "slug"), [(-timedelta(minutes=10), "expired_date"), (timedelta(minutes=20), "date_in_future")])
def test_client_with_a_wrong_clock(service: LocalAR24Service, shift: timedelta, slug: str) -> None:
    with AR24Client(settings_for(service), retry=FAST_RETRY, clock=lambda: paris_now() + shift) as client:
        with pytest.raises(AR24ApiError) as caught:
            client.get_user(email="demo@agence-exemple.fr")
    assert caught.value.slug == slug
    assert "horloge" in caught.value.message


def test_maintenance_is_clear_retried_then_reported(service: LocalAR24Service, control: LocalServiceControl, client: AR24Client) -> None:
    control.faults(maintenance=True)
    response = raw_call(service, "GET", "user", DEMO)
    assert (response.status_code, response.json()) == (200, {"status": "maintenance"})
    with pytest.raises(AR24MaintenanceError):
        client.get_user(email="demo@agence-exemple.fr")


def test_decode_step() -> None:
    date, key = "2021-05-26 14:00:00", "7X9gx9E3Qx4EiUdB63nc"
    assert decode_body(encrypt_response('{"status":"SUCCESS","result":{"a":1}}', date, key), date, key) == {"a": 1}
    with pytest.raises(ProtocolError):  # encrypted under another private key
        decode_body(encrypt_response('{"status":"SUCCESS"}', date, "other key"), date, key)
    with pytest.raises(ProtocolError):  # JSON, but not an object
        decode_body('["a list"]', date, key)
    with pytest.raises(AR24ApiError) as caught:  # clear error without slug
        decode_body('{"status":"ERROR","message":"boom"}', date, key)
    assert (caught.value.slug, caught.value.server_message) == ("unknown_error", "boom")
    with pytest.raises(AR24MaintenanceError):
        decode_body('{"status":"MAINTENANCE"}', date, key)
