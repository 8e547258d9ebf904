"""The service's state survives a restart on the same data folder."""
from __future__ import annotations

from pathlib import Path

import pyotp

from app.ar24.client import AR24Client
from app.ar24.local_service import LocalAR24Service, LocalServiceControl
from app.ar24.models import MailRequest

from .conftest import settings_for


def test_restart_keeps_credentials_accounts_mails_files_and_clock(tmp_path: Path, pdf_path: Path) -> None:
    with LocalAR24Service(tmp_path) as first:
        credentials, demo = (first.token, first.private_key), first.demo_account
        with LocalServiceControl(first.root_url) as control, AR24Client(settings_for(first)) as client:
            control.set_link(demo["id"], "granted")
            file_id = client.upload_attachment(demo["id"], pdf_path).file_id
            assert file_id is not None
            mail = client.send_mail(MailRequest(id_user=demo["id"], to_email="garde@exemple.fr", to_firstname="A",
                                                to_lastname="B", attachments=(file_id,), eidas=True,
                                                otp=pyotp.TOTP(demo["otp_secret"]).now(), ref_client="persist-1"))
            control.clock(advance_seconds=2 * 86400)
    with LocalAR24Service(tmp_path) as second:
        assert (second.token, second.private_key) == credentials and second.demo_account == demo
        with AR24Client(settings_for(second)) as client:
            again = client.get_mail(mail.id)
            assert (again.ref_client, again.status, again.full_hash_sha256) == ("persist-1", "AR", mail.full_hash_sha256)
            assert client.download(again.attachments_details[0].download_url, tmp_path / "pj.pdf").size == pdf_path.stat().st_size
        with LocalServiceControl(second.root_url) as control:
            assert control.clock()["offset_seconds"] > 2 * 86400 - 60


def test_given_credentials_win_over_stored_ones(tmp_path: Path) -> None:
    with LocalAR24Service(tmp_path) as generated:
        stored_token = generated.token
    with LocalAR24Service(tmp_path, token="mon-jeton", private_key="ma-cle") as given:
        assert (given.token, given.private_key) == ("mon-jeton", "ma-cle")
    with LocalAR24Service(tmp_path) as again:
        assert again.token == stored_token
