"""Fault injection: latency, 5xx, dropped connections after commit, timeouts, dead hosts —
and the retry rules that keep a letter from being paid twice."""
from __future__ import annotations

import socket
import threading
import time
from typing import Any

import pytest

from app.ar24.client import AR24Client, RetryPolicy
from app.ar24.connection import ConnectionSettings
from app.ar24.errors import AR24TimeoutError, AR24TransportError
from app.ar24.local_service import LocalAR24Service, LocalServiceControl
from app.ar24.models import MailRequest

from .conftest import FAST_RETRY, settings_for, unique_email


def letter(account: dict[str, Any], ref_client: str) -> MailRequest:
    return MailRequest(id_user=account["id"], to_email="copro@exemple.fr", to_firstname="Léa", to_lastname="Roy",
                       content="Mise en demeure.", ref_client=ref_client)


def mails_with_ref(control: LocalServiceControl, ref_client: str) -> int:
    return int(control.state()["mails_by_ref_client"].get(ref_client, 0))


def test_injected_latency_is_felt(client: AR24Client, account: dict[str, Any], control: LocalServiceControl) -> None:
    control.faults(latency_ms=300)
    started = time.perf_counter()
    client.get_user(id_user=account["id"])
    assert time.perf_counter() - started >= 0.3


def test_dropped_connection_after_commit(client: AR24Client, account: dict[str, Any], control: LocalServiceControl) -> None:
    ref = unique_email("drop")
    control.faults(drop_after_commit=1)
    with pytest.raises(AR24TransportError) as caught:
        client.send_mail(letter(account, ref))
    assert caught.value.outcome_uncertain and not caught.value.certainly_not_sent
    assert mails_with_ref(control, ref) == 1  # committed once, and never re-posted by the client
    found = client.find_mails_by_ref(account["id"], ref)  # the reconciliation the caller does
    assert len(found) == 1 and found[0].status == "waiting"
    assert control.state()["faults"]["drop_after_commit"] == 0


def test_5xx_on_get_is_retried(client: AR24Client, account: dict[str, Any], control: LocalServiceControl) -> None:
    control.faults(fail_5xx=2)
    assert client.get_user(id_user=account["id"]).id == account["id"]  # third attempt succeeds
    assert control.state()["faults"]["fail_5xx"] == 0


def test_5xx_on_post_mail_is_not_retried(client: AR24Client, account: dict[str, Any], control: LocalServiceControl) -> None:
    ref = unique_email("5xx")
    control.faults(fail_5xx=1)
    with pytest.raises(AR24TransportError) as caught:
        client.send_mail(letter(account, ref))
    assert caught.value.status_code == 500 and caught.value.outcome_uncertain
    assert "peut-être été traitée" in str(caught.value)
    assert mails_with_ref(control, ref) == 0
    client.send_mail(letter(account, ref))  # the next, deliberate attempt goes through
    assert mails_with_ref(control, ref) == 1


def test_maintenance_on_post_mail_is_retried_safely(service: LocalAR24Service, account: dict[str, Any],
                                                    control: LocalServiceControl) -> None:
    ref = unique_email("maint")
    control.faults(maintenance=True)
    with AR24Client(settings_for(service), retry=RetryPolicy(attempts=6, first_delay=0.05, max_delay=0.2)) as client:
        threading.Timer(0.15, lambda: control.faults(maintenance=False)).start()
        assert client.send_mail(letter(account, ref)).ref_client == ref
    assert mails_with_ref(control, ref) == 1


def test_read_timeout_is_uncertain_and_post_not_retried(service: LocalAR24Service, account: dict[str, Any],
                                                        control: LocalServiceControl) -> None:
    ref = unique_email("slow")
    control.faults(latency_ms=700)
    settings = settings_for(service, timeout=0.3)
    with AR24Client(settings, retry=FAST_RETRY) as client:
        started = time.perf_counter()
        with pytest.raises(AR24TimeoutError) as caught:
            client.send_mail(letter(account, ref))
        assert time.perf_counter() - started < 0.65  # one attempt only
    assert caught.value.outcome_uncertain
    time.sleep(0.5)  # the service finishes its slow request anyway
    assert mails_with_ref(control, ref) == 1


def test_connection_refused_certainly_not_sent() -> None:
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    settings = ConnectionSettings(f"http://127.0.0.1:{port}/api/", "t", "k", timeout=2)
    with AR24Client(settings, retry=RetryPolicy(attempts=2, first_delay=0.01)) as client:
        with pytest.raises(AR24TransportError) as caught:
            client.send_mail(MailRequest(id_user=1, to_email="a@b.fr", content="x"))
    assert caught.value.certainly_not_sent and "Rien n'a été envoyé" in str(caught.value)
