"""What the user reads when AR24 says no: each failure, caused for real against the local AR24
service, arrives as the sentence of app/ar24/errors.py that says what happened and what to do: French
by default (``str(error)``), in the user's language through ``render`` (windows, the command line)."""
from __future__ import annotations

import socket
from pathlib import Path
from typing import Any

import pytest

from app.ar24.client import AR24Client, http_status_error
from app.ar24.errors import (
    SLUG_MESSAGES,
    AR24ApiError,
    AR24Error,
    AR24MaintenanceError,
    AR24ProofNotReadyError,
    AR24TransportError,
    UnexpectedAnswerError,
)
from app.ar24.local_service import LocalAR24Service, LocalServiceControl
from app.ar24.models import MailRequest
from app.ar24.shapes import expect_object
from app.i18n import render
from app.translations import translator

from .conftest import FAST_RETRY, make_account, settings_for, unique_email, wrong_code

SPEC_SLUGS = """token_missing token_invalid empty_date invalid_date expired_date date_in_future empty_signature
invalid_signature unknown_error user_not_exist user_unavailable missing_user_id user_already_exist missing_firstname
missing_lastname missing_email email_wrong_format missing_address missing_city missing_zipcode missing_country
error_country error_gender missing_company_siret missing_company_tva error_company_siret user_not_created
attachment_empty_name attachment_too_big attachment_missing_file attachment_not_exists attachment_unavailable
same_sender_recipients_emails same_sender_recipient_emails invalid_recipient invalid_email group_not_exist
user_account_not_confirmed user_eula_not_accepted user_name_empty user_no_payment content_exceeds_limit forbidden_html
error_no_content_no_attachment authentication_otp_hash_invalid authentication_otp_invalid authentication_missing
missing_erm_id""".split()


def failure(call: Any) -> AR24Error:
    with pytest.raises(AR24Error) as caught:
        call()
    return caught.value


def test_a_refused_partner_token_points_to_the_preferences(service: LocalAR24Service) -> None:
    with AR24Client(settings_for(service, token="jeton-faux"), retry=FAST_RETRY) as client:
        error = failure(lambda: client.get_user(email="demo@agence-exemple.fr"))
    assert str(error) == ("Le jeton d'API AR24 est refusé : vérifiez le jeton et l'environnement choisi "
                          "(production, sandbox ou démo) dans les préférences.")


def test_a_wrong_private_key_is_named(service: LocalAR24Service) -> None:
    with AR24Client(settings_for(service, private_key="cle-fausse"), retry=FAST_RETRY) as client:
        error = failure(lambda: client.get_user(email="demo@agence-exemple.fr"))
    assert str(error) == "AR24 refuse la signature de la requête : vérifiez la clé privée d'API dans les préférences."


def test_an_unknown_account_and_one_that_has_not_authorised_us(client: AR24Client,
                                                                control: LocalServiceControl) -> None:
    unknown = failure(lambda: client.get_user(email=unique_email("inconnu")))
    assert str(unknown) == ("Aucun compte AR24 ne correspond à cette adresse ou à cet identifiant : vérifiez "
                            "l'e-mail du compte AR24 dans les préférences.")
    pending = make_account(control, link="pending")
    waiting = failure(lambda: client.get_user(id_user=pending["id"]))
    assert str(waiting) == ("Ce compte AR24 n'a pas encore autorisé l'application : cliquez sur « Autoriser le "
                            "compte » dans les préférences, puis sur le lien reçu par e-mail d'AR24.")


def test_a_wrong_otp_code_asks_for_the_current_one(client: AR24Client, account: dict[str, Any]) -> None:
    error = failure(lambda: client.auth_otp(account["id"], wrong_code(account["otp_secret"])))
    assert str(error) == "Le code OTP est incorrect ou expiré : saisissez le code affiché maintenant par votre application."


def test_a_refused_recipient_points_to_the_tiers_record(client: AR24Client, account: dict[str, Any]) -> None:
    def send(to_email: str) -> None:
        client.send_mail(MailRequest(id_user=account["id"], to_email=to_email, to_firstname="Jeannine",
                                     to_lastname="Meursault", content="Convocation"))

    assert str(failure(lambda: send("jeannine.meursault@gmail"))) == (
        "L'adresse e-mail du destinataire est invalide : vérifiez-la dans la fiche tiers.")
    assert str(failure(lambda: send(account["email"]))) == (
        "Le destinataire a la même adresse e-mail que l'expéditeur : corrigez l'e-mail dans la fiche tiers.")


def test_an_unknown_letter_asks_for_a_refresh(client: AR24Client, account: dict[str, Any]) -> None:
    assert str(failure(lambda: client.get_mail(987_654_321))) == (
        "Cette lettre recommandée est introuvable chez AR24 : actualisez la liste des lettres.")


def test_maintenance_says_nothing_was_sent(client: AR24Client, control: LocalServiceControl) -> None:
    control.faults(maintenance=True)
    error = failure(lambda: client.get_user(email="demo@agence-exemple.fr"))
    assert isinstance(error, AR24MaintenanceError)
    assert str(error) == "AR24 est en maintenance : réessayez dans quelques minutes, rien n'a été envoyé."


def test_a_proof_not_produced_yet_is_for_the_next_sync(client: AR24Client, service: LocalAR24Service,
                                                       tmp_path: Path) -> None:
    error = failure(lambda: client.download(f"{service.root_url}/preuve-pas-encore-produite.pdf", tmp_path / "p.pdf"))
    assert isinstance(error, AR24ProofNotReadyError)
    assert str(error) == ("Ce document n'est pas encore disponible chez AR24 : réessayez après la prochaine mise à "
                          "jour des statuts.")


def test_nobody_listening_is_certainly_not_sent(service: LocalAR24Service) -> None:
    with socket.socket() as spare:   # a port that was free a moment ago: nothing listens there
        spare.bind(("127.0.0.1", 0))
        port = spare.getsockname()[1]
    with AR24Client(settings_for(service, base_url=f"http://127.0.0.1:{port}/api/"), retry=FAST_RETRY) as client:
        error = failure(lambda: client.get_user(email="demo@agence-exemple.fr"))
    assert isinstance(error, AR24TransportError) and error.certainly_not_sent
    assert str(error) == ("AR24 est injoignable (connexion impossible) : vérifiez la connexion Internet de ce "
                          "poste. Rien n'a été envoyé.")


def test_a_slug_we_do_not_know_is_shown_with_its_code_and_detail() -> None:
    assert str(AR24ApiError("quota_exceeded", "Too many mails today")) == (
        "Erreur AR24 inconnue (code « quota_exceeded ») : Too many mails today")
    assert str(AR24ApiError("quota_exceeded")) == "Erreur AR24 inconnue (code « quota_exceeded ») : aucun détail fourni"


@pytest.mark.parametrize("slug", SPEC_SLUGS)
def test_every_documented_slug_says_what_happened_and_what_to_do(slug: str) -> None:
    message = str(AR24ApiError(slug, "server text"))
    assert message == SLUG_MESSAGES[slug]
    what, _, to_do = message.partition(" : ")
    assert what and to_do.endswith(".")


def test_the_sentences_reach_an_english_user_in_english(service: LocalAR24Service, client: AR24Client,
                                                        account: dict[str, Any]) -> None:
    """Each failure carries its marked sentence: the English interface renders it in English,
    AR24's own words (an unknown slug's detail) as they came; ``str`` stays French for the log."""
    english = translator("en")
    wrong_otp = failure(lambda: client.auth_otp(account["id"], wrong_code(account["otp_secret"])))
    assert render(wrong_otp, english) == "The OTP code is wrong or expired: enter the code your app shows now."
    assert str(wrong_otp).startswith("Le code OTP est incorrect")
    with AR24Client(settings_for(service, token="jeton-faux"), retry=FAST_RETRY) as refused:
        token = failure(lambda: refused.get_user(email="demo@agence-exemple.fr"))
    assert render(token, english) == ("The AR24 API token is refused: check the token and the chosen environment "
                                      "(production, sandbox or demo) in the preferences.")
    assert render(AR24ApiError("quota_exceeded", "Trop d'envois aujourd'hui"), english) == (
        "Unknown AR24 error (code “quota_exceeded”): Trop d'envois aujourd'hui")
    assert render(AR24ApiError("quota_exceeded"), english) == "Unknown AR24 error (code “quota_exceeded”): no detail given"


def test_transport_and_unexpected_answers_in_english(service: LocalAR24Service) -> None:
    english = translator("en")
    with socket.socket() as spare:
        spare.bind(("127.0.0.1", 0))
        port = spare.getsockname()[1]
    with AR24Client(settings_for(service, base_url=f"http://127.0.0.1:{port}/api/"), retry=FAST_RETRY) as client:
        unreachable = failure(lambda: client.get_user(email="demo@agence-exemple.fr"))
    assert render(unreachable, english) == ("AR24 cannot be reached (connection failed): check this workstation's "
                                            "Internet connection. Nothing was sent.")
    assert render(http_status_error(502), english) == (
        "AR24 answered with HTTP error 502: AR24 may have processed the request. The application will check with "
        "AR24 before sending this letter again.")
    with pytest.raises(UnexpectedAnswerError) as shape:
        expect_object([], "mail")
    assert render(shape.value, english) == (
        "AR24 sent back an unexpected answer (mail: a list instead of an object): nothing was recorded from it. "
        "Try again later; if it persists, contact AR24 support.")
    assert str(shape.value).startswith("AR24 a renvoyé une réponse inattendue (mail : une liste au lieu d'un objet)")
