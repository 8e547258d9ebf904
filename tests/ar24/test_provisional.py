"""The provisional (GUESS) endpoints, end to end against the local service."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from app.ar24.client import AR24Client
from app.ar24.errors import AR24ApiError
from app.ar24.local_service import LocalServiceControl
from app.ar24.models import MailRequest
from app.ar24.provisional import PaperLetterRequest

from .conftest import make_account


def test_consents_request_list_and_answers(client: AR24Client, account: dict[str, Any],
                                           control: LocalServiceControl, tmp_path: Path) -> None:
    asked = client.request_consent(account["id"], "m.bernard@exemple.fr", firstname="Marc", lastname="Bernard")
    refused_later = client.request_consent(account["id"], "refus.net@exemple.fr")
    manual = client.request_consent(account["id"], "c.petit@exemple.fr", statut="professionnel", company="SCI Petit")
    assert (asked.status, asked.firstname, asked.proof_url) == ("waiting", "Marc", "")
    control.set_consent(manual.id, "refused")
    listed = {consent.id: consent for consent in client.list_consents(account["id"])}
    assert [listed[c.id].status for c in (asked, refused_later, manual)] == ["waiting", "waiting", "refused"]
    control.clock(advance_seconds=3601)  # simulated recipients answer after an hour
    listed = {consent.id: consent for consent in client.list_consents(account["id"])}
    assert [listed[c.id].status for c in (asked, refused_later)] == ["accepted", "refused"]
    proof = client.download(listed[asked.id].proof_url, tmp_path / "consent.pdf")
    assert proof.size > 0
    with pytest.raises(AR24ApiError) as caught:
        client.request_consent(account["id"], "pas une adresse")
    assert caught.value.slug == "invalid_email"


def test_payment_methods(client: AR24Client, account: dict[str, Any]) -> None:
    methods = client.list_payment_methods(account["id"])
    assert [(m.slug, m.type, m.default) for m in methods] == [("stripe-47146", "stripe", True), ("gocardless-18178", "gocardless", False)]
    assert methods[1].label == "test prelevement (****42 - BANQUE KOLB)"


def test_paper_letter_with_print_options(client: AR24Client, account: dict[str, Any], pdf_path: Path) -> None:
    file_id = client.upload_attachment(account["id"], pdf_path).file_id
    assert file_id is not None
    request = PaperLetterRequest(id_user=account["id"], to_firstname="Ana", to_lastname="Lopez", to_address1="4 rue Neuve",
                                 to_zipcode="31000", to_city="Toulouse", attachments=(file_id,), color=True, duplex=True,
                                 ref_client="paper-1")
    mail = client.send_paper_letter(request)
    assert (mail.type, mail.status, mail.ref_client) == ("paper", "waiting", "paper-1")
    assert {key: mail.raw[key] for key in ("color", "duplex", "to_city", "to_country")} == {
        "color": 1, "duplex": 1, "to_city": "Toulouse", "to_country": "FR"}
    for broken, slug in [({"to_address1": ""}, "missing_address"), ({"to_zipcode": ""}, "missing_zipcode"),
                         ({"to_city": ""}, "missing_city"), ({"attachments": ()}, "error_no_content_no_attachment")]:
        with pytest.raises(AR24ApiError) as caught:
            client.send_paper_letter(PaperLetterRequest(**{**request.__dict__, **broken}))
        assert caught.value.slug == slug


def test_syndic_notice(client: AR24Client, account: dict[str, Any]) -> None:
    notice = client.send_syndic_notice(MailRequest(id_user=account["id"], to_email="coproprietaire@exemple.fr",
                                                   to_firstname="Jo", to_lastname="Blanc", content="Convocation AG",
                                                   eidas=True, otp="000000"))
    assert (notice.type, notice.is_eidas, notice.status) == ("syndic_notice", False, "waiting")


def test_order_identity(client: AR24Client, control: LocalServiceControl) -> None:
    user = make_account(control, otp_secret=None)
    result = client.order_identity(user["id"])
    assert result["status"] == "ordered" and result["date"]
