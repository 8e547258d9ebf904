"""Whatever the server answers, the client refuses what it cannot trust with a French sentence,
ends every call within its deadline, stops when the user cancels, and archives only real proofs.
Each fault is injected by the local AR24 service's control plane (hostile.py), over real HTTP."""
from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Any

import pytest

from app.ar24.client import AR24Client
from app.ar24.errors import (
    AR24CallInterrupted,
    AR24TimeoutError,
    AR24TransportError,
    UnexpectedAnswerError,
    UnsafeDocumentError,
)
from app.ar24.local_service import LocalAR24Service, LocalServiceControl
from app.ar24.models import MailRequest

from .conftest import FAST_RETRY, settings_for, unique_email


def letter(account: dict[str, Any], ref_client: str) -> MailRequest:
    return MailRequest(id_user=account["id"], to_email="copro@exemple.fr", to_firstname="Léa", to_lastname="Roy",
                       content="Mise en demeure.", ref_client=ref_client)


def mails_with_ref(control: LocalServiceControl, ref_client: str) -> int:
    return int(control.state()["mails_by_ref_client"].get(ref_client, 0))


@pytest.mark.parametrize("result", [None, [], "ok", [1, 2], {"status": "waiting"}, {"id": None}, {"id": "4242abc"},
                                    {"id": True}])
def test_a_mail_answer_without_its_number_is_refused(client: AR24Client, account: dict[str, Any],
                                                    control: LocalServiceControl, result: Any) -> None:
    ref = unique_email("forme")
    control.faults(forge=[{"route": "mail", "result": result, "after_handler": True}])
    with pytest.raises(UnexpectedAnswerError) as caught:
        client.send_mail(letter(account, ref))
    assert str(caught.value).startswith("AR24 a renvoyé une réponse inattendue (mail : ")
    # AR24 did create it: the caller's reconciliation by reference finds exactly one.
    assert [mail.ref_client for mail in client.find_mails_by_ref(account["id"], ref)] == [ref]


def test_a_forged_clear_success_is_not_trusted(client: AR24Client, account: dict[str, Any],
                                               control: LocalServiceControl) -> None:
    ref = unique_email("clair")
    control.faults(forge=[{"route": "mail", "result": {"id": 4242}, "clear": True}])
    with pytest.raises(UnexpectedAnswerError, match="non chiffrée"):
        client.send_mail(letter(account, ref))
    assert mails_with_ref(control, ref) == 0          # nothing was created, nothing is believed


def test_an_upload_without_file_id_is_refused(client: AR24Client, account: dict[str, Any],
                                              control: LocalServiceControl, pdf_path: Path) -> None:
    control.faults(forge=[{"route": "attachment", "result": {"name": "x.pdf"}}])
    with pytest.raises(UnexpectedAnswerError, match="file_id"):
        client.upload_attachment(account["id"], pdf_path)
    assert client.upload_attachment(account["id"], pdf_path).file_id > 0   # the next one goes through


@pytest.mark.parametrize("result", [[{"id": 1}], "texte", [["pas", "un objet"]]])
def test_listings_of_another_shape_are_refused_not_crashed(client: AR24Client, account: dict[str, Any],
                                                           control: LocalServiceControl, result: Any) -> None:
    control.faults(forge=[{"route": "consent", "result": result}, {"route": "user/mail", "result": result}])
    with pytest.raises(UnexpectedAnswerError):
        client.list_consents(account["id"])
    if result != [{"id": 1}]:                          # a list of mails with ids is a valid listing
        with pytest.raises(UnexpectedAnswerError):
            client.list_mails(account["id"])


def test_a_dripping_server_cannot_hold_a_call_past_its_deadline(service: LocalAR24Service, account: dict[str, Any],
                                                                control: LocalServiceControl) -> None:
    control.faults(drip_seconds=0.5)
    with AR24Client(settings_for(service, timeout=2.0), retry=FAST_RETRY) as client:
        started = time.monotonic()
        with pytest.raises(AR24TimeoutError):
            client.send_mail(letter(account, unique_email("goutte")))
        elapsed = time.monotonic() - started
    assert elapsed < 2.0 + 5.0 + 1.0, elapsed            # timeout + margin, whatever the pace


def test_cancel_is_honoured_during_a_call(service: LocalAR24Service, account: dict[str, Any],
                                          control: LocalServiceControl) -> None:
    control.faults(latency_ms=20_000)
    cancelled = threading.Event()
    with AR24Client(settings_for(service, timeout=60.0), retry=FAST_RETRY) as client:
        client.interrupted = cancelled.is_set
        threading.Timer(0.5, cancelled.set).start()
        started = time.monotonic()
        with pytest.raises(AR24CallInterrupted) as caught:
            client.send_mail(letter(account, unique_email("annule")))
    assert time.monotonic() - started < 2.0
    assert caught.value.outcome_uncertain                 # a post cut short is reconciled, never re-sent blind


def test_429_forever_ends_the_call_with_its_status(client: AR24Client, account: dict[str, Any],
                                                   control: LocalServiceControl) -> None:
    control.faults(api_status=429, retry_after=1)
    with pytest.raises(AR24TransportError) as caught:
        client.send_mail(letter(account, unique_email("429")))
    assert caught.value.status_code == 429


def _mail_with_proof(client: AR24Client, account: dict[str, Any], control: LocalServiceControl) -> str:
    mail = client.send_mail(letter(account, unique_email("preuve")))
    control.advance_mail(mail.id, "sent")
    return client.get_mail(mail.id).proof_urls()["ev"]


@pytest.mark.parametrize(("fault", "expected"), [
    ("500", AR24TransportError), ("redirect", UnsafeDocumentError), ("other_host", UnsafeDocumentError),
    ("html", UnsafeDocumentError), ("huge", UnsafeDocumentError)])
def test_only_real_proofs_from_ar24_are_archived(service: LocalAR24Service, account: dict[str, Any],
                                                 control: LocalServiceControl, tmp_path: Path, fault: str,
                                                 expected: type[Exception]) -> None:
    with AR24Client(settings_for(service), retry=FAST_RETRY) as client:
        url = _mail_with_proof(client, account, control)
        control.faults(proof_fault=fault)
        client.max_proof_bytes = 2 * 1024 * 1024        # the cap, lowered so the test stays quick
        with pytest.raises(expected):
            client.download(url, tmp_path / "preuve.pdf")
        assert not list(tmp_path.iterdir())              # nothing archived, no partial file left
        control.faults(proof_fault="")
        saved = client.download(url, tmp_path / "preuve.pdf")
    assert saved.path.read_bytes().startswith(b"%PDF-")


def test_a_proof_that_never_comes_ends_at_its_deadline(service: LocalAR24Service, account: dict[str, Any],
                                                       control: LocalServiceControl, tmp_path: Path) -> None:
    with AR24Client(settings_for(service, timeout=1.0), retry=FAST_RETRY) as client:
        url = _mail_with_proof(client, account, control)
        control.faults(proof_fault="timeout")
        started = time.monotonic()
        with pytest.raises(AR24TimeoutError):
            client.download(url, tmp_path / "preuve.pdf")
    assert time.monotonic() - started < 3 * (1.0 * 5 + 5.0) + 1


def test_a_proof_link_to_another_host_is_not_fetched(client: AR24Client, tmp_path: Path) -> None:
    with pytest.raises(UnsafeDocumentError, match="autre serveur"):
        client.download("https://exemple-malveillant.fr/get/proof/ev-1?token=x", tmp_path / "preuve.pdf")
