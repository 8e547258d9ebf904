"""Lenient reading of AR24's PHP-flavoured JSON."""
from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from app.ar24.dates import PARIS
from app.ar24.models import Mail, MailRequest, OtpSession, UploadedFile, User, php_array
from app.store.statuses import status_label


def test_mail_coerces_strings_flags_and_empty_dates() -> None:
    mail = Mail.from_api({
        "id": "100001", "status": "AR", "is_eidas": "1", "send_fail": 0, "price_ht": "3,49",
        "id_sender": "50001", "date": "2025-03-30 02:30:00", "view_date": "", "ts_ev_date": None,
        "refused_date": "0000-00-00 00:00:00", "attachments": ["500001", 500002],
        "attachments_details": [{"id": "500001", "file_size": "1024", "name": "a.pdf", "surprise": True}],
        "update": [{"id_recipient_update": "3", "date": "2025-01-02 10:00:00", "lastname": "Doe"}],
        "custom_ref": "abc", "recipients": [],
    })
    assert mail.id == 100001 and mail.id_sender == 50001
    assert mail.is_eidas is True and mail.send_fail is False
    assert mail.price_ht == Decimal("3.49")
    assert mail.view_date is None and mail.ts_ev_date is None and mail.refused_date is None
    assert mail.date is not None and mail.date.tzinfo == PARIS
    assert mail.attachments == [500001, 500002]
    assert mail.attachments_details[0].file_size == 1024
    assert mail.attachments_details[0].raw == {"surprise": True}
    assert mail.update[0].date == datetime(2025, 1, 2, 10, 0, tzinfo=PARIS)
    assert mail.raw == {"custom_ref": "abc", "recipients": []}


def test_status_kept_exactly_and_labels() -> None:
    assert Mail.from_api({"status": "AR"}).status == "AR"
    assert status_label(Mail.from_api({"status": "negligence"}).status) == "Non réclamé"
    assert status_label("to_valid") == "À valider (OTP)"
    assert status_label("brand_new_status") == "brand_new_status"


def test_proof_urls_lists_only_available_ones() -> None:
    mail = Mail.from_api({"proof_ev_url": "https://x/get/proof/ev-1?token=t", "proof_ar_url": None, "proof_ng_url": ""})
    assert mail.proof_urls() == {"ev": "https://x/get/proof/ev-1?token=t"}


def test_user_flags_and_display_name() -> None:
    user = User.from_api({"id": 7, "firstname": "Camille", "lastname": "Martin", "name": "", "payment_active": "0",
                          "is_payment_possible": 1, "is_identity_verified": "1", "creation": "2024-01-01 00:00:00"})
    assert (user.id, user.payment_active, user.is_payment_possible, user.is_identity_verified) == (7, False, True, True)
    assert user.display_name == "Camille Martin"
    assert User.from_api({"email": "x@y.fr"}).is_identity_verified is False  # the flag is present-only


def test_unparseable_values_do_not_crash() -> None:
    session = OtpSession.from_api({"hash": "h", "expiration_date": "bientôt"})
    assert session.expiration_date is None
    assert UploadedFile.from_api({"file_id": "abc"}).file_id is None
    assert UploadedFile.from_api({"file_id": 12, "name": "x"}).raw == {"name": "x"}


def test_mail_request_form_is_php_style() -> None:
    form = MailRequest(id_user=5, to_email="a@b.fr", attachments=(11, 12), eidas=True, ref_client="L-1", to_lastname="Doe").form()
    assert form == {"id_user": "5", "to_email": "a@b.fr", "dest_statut": "particulier", "to_lastname": "Doe",
                    "ref_client": "L-1", "eidas": "1", "attachment[0]": "11", "attachment[1]": "12"}
    assert "eidas" not in MailRequest(id_user=5, to_email="a@b.fr").form()
    assert php_array("mail", [3]) == {"mail[0]": "3"}
