"""No secret (token, private key, OTP secret or code, document token) ever reaches a log."""
from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import pyotp
import pytest

from app.ar24.client import AR24Client
from app.ar24.errors import AR24ApiError, AR24TransportError
from app.ar24.local_service import LocalAR24Service, LocalServiceControl
from app.ar24.models import MailRequest

from .conftest import settings_for


def test_logs_carry_no_secret(service: LocalAR24Service, control: LocalServiceControl, client: AR24Client,
                              account: dict[str, Any], tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    otp = pyotp.TOTP(account["otp_secret"]).now()
    mail = client.send_mail(MailRequest(id_user=account["id"], to_email="x@exemple.fr", to_firstname="A",
                                        to_lastname="B", content="x", eidas=True, otp=otp))
    control.advance_mail(mail.id, "AR")
    proof_url = client.get_mail(mail.id).proof_ar_url
    client.download(proof_url, tmp_path / "ar.pdf")
    with pytest.raises(AR24ApiError):
        client.get_user(email="inconnu@exemple.fr")
    control.faults(drop_after_commit=1)
    with pytest.raises(AR24TransportError):
        client.send_mail(MailRequest(id_user=account["id"], to_email="y@exemple.fr", to_firstname="A", to_lastname="B", content="x"))
    with AR24Client(settings_for(service, private_key="bad"), retry=client._retry) as wrong:
        with pytest.raises(AR24ApiError):
            wrong.get_user(email="demo@agence-exemple.fr")
    secrets = [service.token, service.private_key, account["otp_secret"], otp, proof_url.split("token=")[1]]
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert "HTTP Request: POST" in logged and "api GET user: invalid_signature" in logged  # logs were captured
    for secret in secrets:
        assert secret not in logged
