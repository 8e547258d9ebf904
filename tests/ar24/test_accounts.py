"""Accounts: lookup, listing, linking (request_access → pending → granted), OTP sessions."""
from __future__ import annotations

from typing import Any

import pyotp
import pytest

from app.ar24.client import AR24Client
from app.ar24.errors import AR24ApiError
from app.ar24.local_service import LocalAR24Service, LocalServiceControl, ServiceConfig

from .conftest import clear_slug, raw_call, settings_for, unique_email, wrong_code


def slug_of(call: Any) -> str:
    with pytest.raises(AR24ApiError) as caught:
        call()
    return caught.value.slug


def test_get_user_by_email_and_by_id(client: AR24Client, account: dict[str, Any]) -> None:
    by_email = client.get_user(email=account["email"])
    by_id = client.get_user(id_user=account["id"])
    assert by_email.id == by_id.id == account["id"]
    assert (by_email.firstname, by_email.lastname, by_email.company) == ("Jeanne", "Durand", "Syndic Durand")
    assert by_email.is_identity_verified and by_email.is_payment_possible and by_email.payment_active
    assert by_email.creation is not None


def test_unknown_and_unlinked_users(client: AR24Client, control: LocalServiceControl) -> None:
    assert slug_of(lambda: client.get_user(email="personne@nulle-part.fr")) == "user_not_exist"
    assert slug_of(lambda: client.get_user(id_user=1)) == "user_not_exist"
    stranger = control.add_user(unique_email())
    error_slug = slug_of(lambda: client.get_user(email=stranger["email"]))
    assert error_slug == "user_unavailable"
    with pytest.raises(AR24ApiError, match="Autoriser le compte"):
        client.get_user(id_user=stranger["id"])


def test_link_flow_request_access_then_grant_or_deny(client: AR24Client, control: LocalServiceControl) -> None:
    user = control.add_user(unique_email())
    assert client.request_access(user["email"]) == {}
    assert control.state()["users_by_link"]["pending"] >= 1
    assert slug_of(lambda: client.get_user(email=user["email"])) == "user_unavailable"
    control.set_link(user["id"], "denied")
    assert slug_of(lambda: client.get_user(email=user["email"])) == "user_unavailable"
    client.request_access(user["email"])
    control.set_link(user["id"], "granted")
    assert client.get_user(email=user["email"]).id == user["id"]
    assert slug_of(lambda: client.request_access("inconnu@nulle-part.fr")) == "user_not_exist"


def test_auto_grant_after_delay(tmp_path: Any) -> None:
    with LocalAR24Service(tmp_path, config=ServiceConfig(auto_grant_after=30)) as service:
        with AR24Client(settings_for(service)) as client, LocalServiceControl(service.root_url) as control:
            email = service.demo_account["email"]
            client.request_access(email)
            assert slug_of(lambda: client.get_user(email=email)) == "user_unavailable"
            control.clock(advance_seconds=31)
            assert client.get_user(email=email).email == email


def test_list_users_only_linked_with_paging(client: AR24Client, control: LocalServiceControl) -> None:
    linked = [control.add_user(unique_email(), link="granted")["id"] for _ in range(3)]
    control.add_user(unique_email())  # not linked: not listed
    listed = [user.id for user in client.list_users(limit=1000)]
    assert set(linked) <= set(listed)
    assert listed == sorted(listed)
    first_two = client.list_users(limit=2, sort="DESC")
    assert [user.id for user in first_two] == sorted(listed, reverse=True)[:2]
    assert [user.id for user in client.list_users(limit=1, start=1, sort="DESC")] == [first_two[1].id]


def test_auth_otp_right_and_wrong_codes(client: AR24Client, account: dict[str, Any]) -> None:
    session = client.auth_otp(account["id"], pyotp.TOTP(account["otp_secret"]).now())
    assert len(session.hash) == 64 and session.expiration_date is not None
    error = pytest.raises(AR24ApiError, client.auth_otp, account["id"], wrong_code(account["otp_secret"])).value
    assert error.slug == "authentication_otp_invalid"
    assert str(error).startswith("Le code OTP est incorrect ou expiré")


def test_auth_otp_for_an_account_without_identifiers(client: AR24Client, control: LocalServiceControl) -> None:
    user = control.add_user(unique_email(), otp_secret=None, link="granted")
    assert not client.get_user(id_user=user["id"]).is_identity_verified
    assert slug_of(lambda: client.auth_otp(user["id"], "123456")) == "authentication_otp_invalid"


def test_missing_user_id(service: LocalAR24Service) -> None:
    assert clear_slug(raw_call(service, "POST", "user/auth_otp", {"otp": "123456"})) == "missing_user_id"
    assert clear_slug(raw_call(service, "GET", "user/mail", {})) == "missing_user_id"
