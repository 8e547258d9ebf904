"""Every documented slug has an actionable French sentence; unknown ones keep their code."""
from __future__ import annotations

import pytest

from app.ar24.errors import (
    SLUG_MESSAGES,
    AR24ApiError,
    AR24Error,
    AR24MaintenanceError,
    AR24TimeoutError,
    AR24TransportError,
    ProtocolError,
    french_message,
)

SPEC_SLUGS = """token_missing token_invalid empty_date invalid_date expired_date date_in_future empty_signature
invalid_signature unknown_error user_not_exist user_unavailable missing_user_id user_already_exist missing_firstname
missing_lastname missing_email email_wrong_format missing_address missing_city missing_zipcode missing_country
error_country error_gender missing_company_siret missing_company_tva error_company_siret user_not_created
attachment_empty_name attachment_too_big attachment_missing_file attachment_not_exists attachment_unavailable
same_sender_recipients_emails same_sender_recipient_emails invalid_recipient invalid_email group_not_exist
user_account_not_confirmed user_eula_not_accepted user_name_empty user_no_payment content_exceeds_limit forbidden_html
error_no_content_no_attachment authentication_otp_hash_invalid authentication_otp_invalid authentication_missing
missing_erm_id""".split()


@pytest.mark.parametrize("slug", SPEC_SLUGS)
def test_every_spec_slug_has_an_actionable_sentence(slug: str) -> None:
    message = SLUG_MESSAGES[slug]
    assert " : " in message and message.endswith(".")  # what happened : what to do.
    assert not message.startswith("Erreur AR24 inconnue")


def test_examples_from_the_brief() -> None:
    assert french_message("invalid_email") == "L'adresse e-mail du destinataire est invalide : vérifiez-la dans la fiche tiers."
    assert french_message("authentication_otp_invalid").startswith("Le code OTP est incorrect ou expiré")
    assert "autorisé l'application" in french_message("user_unavailable")


def test_unknown_slug_is_shown_with_its_code() -> None:
    error = AR24ApiError("xyz", "Something odd")
    assert str(error) == error.message == "Erreur AR24 inconnue (code « xyz ») : Something odd"
    assert (error.slug, error.server_message) == ("xyz", "Something odd")
    assert isinstance(error, AR24Error)


def test_exception_family_and_flags() -> None:
    assert "maintenance" in str(AR24MaintenanceError())
    not_sent = AR24TransportError("x", certainly_not_sent=True)
    uncertain = AR24TimeoutError("y", certainly_not_sent=False)
    assert not not_sent.outcome_uncertain and uncertain.outcome_uncertain
    assert isinstance(uncertain, AR24TransportError)
    assert "clé privée" in str(ProtocolError("bad padding"))
