"""Attachments and mails: simple and eIDAS sends, to_valid queue, reads and listings."""
from __future__ import annotations

import dataclasses
import hashlib
from pathlib import Path
from typing import Any

import pyotp
import pytest

from app.ar24.client import AR24Client
from app.ar24.errors import AR24ApiError
from app.ar24.local_service import LocalAR24Service, LocalServiceControl
from app.ar24.models import MailRequest
from app.ar24.provisional import PaperLetterRequest

from .conftest import clear_slug, make_account, raw_call, unique_email, wrong_code


def letter(account: dict[str, Any], **changes: Any) -> MailRequest:
    base = MailRequest(
        id_user=account["id"], to_email="marie.dupont@copro-exemple.fr", to_firstname="Marie", to_lastname="Dupont",
        content="Convocation à l'assemblée générale du 12 juin.", ref_dossier="IMM-12", ref_client=unique_email("ref"),
        ref_facturation="S001", payment_slug="gocardless-18178",
    )
    return dataclasses.replace(base, **changes)


def slug_of(client: AR24Client, request: MailRequest) -> str:
    with pytest.raises(AR24ApiError) as caught:
        client.send_mail(request)
    return caught.value.slug


def test_upload_attachment_streamed_from_disk(client: AR24Client, account: dict[str, Any], pdf_path: Path,
                                              service: LocalAR24Service) -> None:
    uploaded = client.upload_attachment(account["id"], pdf_path)
    assert uploaded.file_id is not None and uploaded.file_id >= 500000
    mail = client.send_mail(letter(account, attachments=(uploaded.file_id,)))
    detail = mail.attachments_details[0]
    assert (detail.id, detail.name, detail.file_size) == (uploaded.file_id, pdf_path.name, pdf_path.stat().st_size)
    assert detail.hash_sha1 == hashlib.sha1(pdf_path.read_bytes()).hexdigest()
    assert detail.download_url.startswith(service.root_url)


def test_attachment_errors(client: AR24Client, account: dict[str, Any], control: LocalServiceControl,
                           tmp_path: Path, service: LocalAR24Service) -> None:
    control.settings(max_attachment_bytes=10_000)
    big = tmp_path / "gros.pdf"
    big.write_bytes(b"%PDF" + b"0" * 20_000)
    empty = tmp_path / "vide.pdf"
    empty.write_bytes(b"")
    for path in (big, empty):
        with pytest.raises(AR24ApiError) as caught:
            client.upload_attachment(account["id"], path)
        assert caught.value.slug == "attachment_too_big"
    assert clear_slug(raw_call(service, "POST", "attachment", {"id_user": str(account["id"])})) == "attachment_missing_file"
    nameless = {"file": ("   ", b"%PDF-1.4", "application/pdf")}
    assert clear_slug(raw_call(service, "POST", "attachment", {"id_user": str(account["id"])}, files=nameless)) == "attachment_empty_name"
    assert clear_slug(raw_call(service, "POST", "attachment", {}, files={"file": ("a.pdf", b"x")})) == "missing_user_id"


def test_simple_mail_echoes_everything(client: AR24Client, account: dict[str, Any], service: LocalAR24Service) -> None:
    request = letter(account, to_company="", custom_name_sender="Cabinet Durand")
    mail = client.send_mail(request)
    assert mail.status == "waiting" and not mail.is_eidas and mail.type == "lre"
    assert (mail.to_email, mail.to_firstname, mail.to_lastname, mail.to_name) == (
        "marie.dupont@copro-exemple.fr", "Marie", "Dupont", "Marie Dupont")
    assert (mail.ref_dossier, mail.ref_client, mail.ref_facturation) == ("IMM-12", request.ref_client, "S001")
    assert (mail.payment_slug, mail.dest_statut, mail.from_name) == ("gocardless-18178", "particulier", "Cabinet Durand")
    assert mail.id_sender == account["id"] and mail.price_ht is not None and len(mail.full_hash_sha256) == 64
    assert mail.proof_urls() == {} and mail.pdf_content.startswith(service.root_url + "get/content/")
    assert client.get_mail(mail.id) == mail


def test_professional_recipient_and_default_payment(client: AR24Client, account: dict[str, Any]) -> None:
    mail = client.send_mail(letter(account, dest_statut="professionnel", to_company="SCI Les Tilleuls",
                                   to_firstname="", to_lastname="", payment_slug=""))
    assert (mail.dest_statut, mail.to_company, mail.payment_slug) == ("professionnel", "SCI Les Tilleuls", "stripe-47146")


@pytest.mark.parametrize(
    ("changes", "slug"),
    [
        ({"to_email": ""}, "missing_email"),
        ({"to_email": "pas-une-adresse"}, "invalid_email"),
        ({"to_lastname": ""}, "invalid_recipient"),
        ({"dest_statut": "professionnel"}, "invalid_recipient"),
        ({"dest_statut": "extraterrestre"}, "invalid_recipient"),
        ({"payment_slug": "stripe-0000"}, "user_no_payment"),
        ({"content": "", "attachments": ()}, "error_no_content_no_attachment"),
        ({"content": "<script>alert(1)</script>"}, "forbidden_html"),
        ({"content": "x" * 60_000}, "content_exceeds_limit"),
        ({"attachments": (999999999,)}, "attachment_not_exists"),
    ],
)
def test_mail_validation_errors(client: AR24Client, account: dict[str, Any], changes: dict[str, Any], slug: str) -> None:
    assert slug_of(client, letter(account, **changes)) == slug


def test_sender_side_errors(client: AR24Client, account: dict[str, Any], control: LocalServiceControl, pdf_path: Path) -> None:
    assert slug_of(client, letter(account, to_email=account["email"].upper())) == "same_sender_recipients_emails"
    foreign = client.upload_attachment(make_account(control)["id"], pdf_path).file_id
    assert slug_of(client, letter(account, attachments=(foreign,))) == "attachment_unavailable"
    assert slug_of(client, letter(make_account(control, payments=[]), payment_slug="")) == "user_no_payment"
    assert slug_of(client, letter(make_account(control, confirmed=0))) == "user_account_not_confirmed"
    assert slug_of(client, letter(make_account(control, cgu=0))) == "user_eula_not_accepted"
    assert slug_of(client, letter(make_account(control, firstname="", lastname=""))) == "user_name_empty"
    assert slug_of(client, letter(make_account(control, link="none"))) == "user_unavailable"
    assert slug_of(client, letter({"id": 1})) == "user_not_exist"


def test_eidas_with_otp_code(client: AR24Client, account: dict[str, Any]) -> None:
    mail = client.send_mail(letter(account, eidas=True, otp=pyotp.TOTP(account["otp_secret"]).now()))
    assert mail.is_eidas and mail.status == "waiting"
    assert slug_of(client, letter(account, eidas=True, otp=wrong_code(account["otp_secret"]))) == "authentication_otp_invalid"


def test_eidas_with_otp_session_hash(client: AR24Client, account: dict[str, Any], control: LocalServiceControl) -> None:
    session = client.auth_otp(account["id"], pyotp.TOTP(account["otp_secret"]).now())
    for _ in range(2):  # one hash, several letters (LSC batch validation)
        assert client.send_mail(letter(account, eidas=True, auth_otp_hash=session.hash)).status == "waiting"
    assert slug_of(client, letter(account, eidas=True, auth_otp_hash="0" * 64)) == "authentication_otp_hash_invalid"
    other = make_account(control)
    assert slug_of(client, letter(other, eidas=True, auth_otp_hash=session.hash)) == "authentication_otp_hash_invalid"
    control.clock(advance_seconds=3601)  # the hash lives one hour of service time
    assert slug_of(client, letter(account, eidas=True, auth_otp_hash=session.hash)) == "authentication_otp_hash_invalid"


def test_eidas_without_identification_queue_then_validate(client: AR24Client, account: dict[str, Any],
                                                          control: LocalServiceControl) -> None:
    control.settings(eidas_mode="queue")   # the GUESS queue mode of the control plane (§9.8)
    queued = [client.send_mail(letter(account, eidas=True)) for _ in range(3)]
    assert {mail.status for mail in queued} == {"to_valid"}
    ids = [mail.id for mail in queued]
    with pytest.raises(AR24ApiError) as caught:
        client.validate_mails(account["id"], ids, otp=wrong_code(account["otp_secret"]))
    assert caught.value.slug == "authentication_otp_invalid"
    session = client.auth_otp(account["id"], pyotp.TOTP(account["otp_secret"]).now())
    validated = client.validate_mails(account["id"], ids[:2], auth_otp_hash=session.hash)
    assert [mail.status for mail in validated] == ["waiting", "waiting"]
    again = client.validate_mails(account["id"], ids, otp=pyotp.TOTP(account["otp_secret"]).now())
    assert [mail.status for mail in again] == ["waiting", "waiting", "waiting"]  # repeating is harmless
    assert client.get_mail(ids[2]).status == "waiting"


def test_eidas_without_identification_strict_by_default(client: AR24Client, account: dict[str, Any]) -> None:
    assert slug_of(client, letter(account, eidas=True)) == "authentication_missing"


def test_get_mail_errors(client: AR24Client, service: LocalAR24Service) -> None:
    with pytest.raises(AR24ApiError) as caught:
        client.get_mail(42)
    assert caught.value.slug == "missing_erm_id"
    assert clear_slug(raw_call(service, "GET", "mail", {})) == "missing_erm_id"


def test_list_mails_filter_paging_sort_and_ref_lookup(client: AR24Client, account: dict[str, Any]) -> None:
    sent = [client.send_mail(letter(account)) for _ in range(4)]
    ids = [mail.id for mail in sent]
    assert [mail.id for mail in client.list_mails(account["id"])] == ids[::-1]  # newest first
    assert [mail.id for mail in client.list_mails(account["id"], mail_ids=[ids[0], ids[2]], sort="ASC")] == [ids[0], ids[2]]
    assert [mail.id for mail in client.list_mails(account["id"], limit=2, start=1)] == [ids[2], ids[1]]
    assert [mail.id for mail in client.find_mails_by_ref(account["id"], sent[1].ref_client)] == [ids[1]]
    assert client.find_mails_by_ref(account["id"], "never-used") == []


def test_php_array_forms_indexed_and_appended(service: LocalAR24Service, client: AR24Client,
                                              account: dict[str, Any], pdf_path: Path) -> None:
    first, second = (client.upload_attachment(account["id"], pdf_path).file_id for _ in range(2))
    fields = {"id_user": str(account["id"]), "to_email": "a.b@copro.fr", "to_firstname": "A", "to_lastname": "B"}
    appended = raw_call(service, "POST", "mail", fields | {"attachment[]": [str(second), str(first)]})
    assert appended.status_code == 200 and not appended.text.startswith("{")
    indexed = raw_call(service, "POST", "mail", fields | {"attachment[1]": str(first), "attachment[0]": str(second)})
    assert not indexed.text.startswith("{")
    mails = client.list_mails(account["id"], limit=2)
    assert [mail.attachments for mail in mails] == [[first, second], [second, first]]  # PHP keeps insertion order
    mail_filter = client.list_mails(account["id"], mail_ids=[mails[0].id])
    assert [mail.id for mail in mail_filter] == [mails[0].id]


def test_paper_letter_request_shape() -> None:
    form = PaperLetterRequest(id_user=1, to_address1="3 rue Haute", to_zipcode="75001", to_city="Paris",
                              attachments=(7,), color=True).form()
    assert form["color"] == "1" and form["duplex"] == "0" and form["attachment[0]"] == "7"
