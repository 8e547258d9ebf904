"""``run_service`` in a real subprocess, ``check_ar24`` and ``check_connection``."""
from __future__ import annotations

import json
import signal
import os
import socket
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest

from app.ar24.check import LinkState, check_connection
from app.cli.ar24_commands import check_ar24
from app.machine_settings import MachineSettings
from app.ar24.client import AR24Client
from app.ar24.crypto import decrypt_response, sign_date
from app.ar24.dates import format_paris, paris_now
from app.ar24.local_service import LocalAR24Service, LocalServiceControl

from .conftest import FAST_RETRY, make_account, settings_for, unique_email

REPO = Path(__file__).resolve().parents[2]


def test_run_service_subprocess(tmp_path: Path) -> None:
    code = "import sys; from app.cli.ar24_commands import run_service; sys.exit(run_service(sys.argv[1:]))"
    with subprocess.Popen(
        [sys.executable, "-c", code, "--data", str(tmp_path), "--token", "tok-123", "--clock-speed", "2", "--unlinked"],
        cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    ) as process:
        try:
            assert process.stdout is not None
            line = json.loads(process.stdout.readline())
            assert line["token"] == "tok-123" and line["base_url"].endswith("/api/")
            assert line["demo_account"]["email"] == "demo@agence-exemple.fr" and line["demo_account"]["otp_secret"]
            date = format_paris(paris_now())
            params = {"email": "demo@agence-exemple.fr", "token": "tok-123", "date": date}
            signed = httpx.get(line["base_url"] + "user", params=params, headers={"signature": sign_date(date, line["private_key"])})
            assert signed.json()["slug"] == "user_unavailable"  # signature accepted; the demo account is not linked yet
            with LocalServiceControl(line["base_url"].removesuffix("api/")) as control:
                control.set_link(line["demo_account"]["id"], "granted")
            signed = httpx.get(line["base_url"] + "user", params=params, headers={"signature": sign_date(date, line["private_key"])})
            assert json.loads(decrypt_response(signed.text, date, line["private_key"]))["result"]["id"] == line["demo_account"]["id"]
            badly = httpx.get(line["base_url"] + "user", params=params, headers={"signature": sign_date(date, "not the key")})
            assert badly.json()["slug"] == "invalid_signature"
        finally:
            process.send_signal(signal.SIGTERM)
            assert process.wait(timeout=10) == 0


def test_check_connection_states(service: LocalAR24Service, control: LocalServiceControl, client: AR24Client) -> None:
    linked = make_account(control)
    report = check_connection(client, linked["email"])
    assert report.ok and report.link_state is LinkState.LINKED and report.user is not None
    assert str(report.lines[-1]) == f"Compte {linked['email']} : lié (Jeanne Durand)."
    waiting = make_account(control, link="pending")
    assert check_connection(client, waiting["email"]).link_state is LinkState.NOT_LINKED
    assert check_connection(client, waiting["email"], access_requested=True).link_state is LinkState.PENDING
    unknown = check_connection(client, unique_email())
    assert unknown.ok and unknown.link_state is LinkState.UNKNOWN_ACCOUNT
    control.faults(maintenance=True)
    in_maintenance = check_connection(client, linked["email"])
    assert in_maintenance.answers and not in_maintenance.ok


def test_check_ar24_cli(service: LocalAR24Service, control: LocalServiceControl, capsys: pytest.CaptureFixture[str],
                        monkeypatch: pytest.MonkeyPatch) -> None:
    linked = make_account(control)
    args = ["--email", linked["email"], "--base-url", service.base_url, "--token", service.token]
    assert check_ar24([*args, f"--private-key={service.private_key}"]) == 0   # a key may start with "-"
    output = capsys.readouterr().out
    assert "AR24 répond." in output and "Signature acceptée." in output and "lié (Jeanne Durand)" in output
    assert check_ar24([*args, "--private-key", "mauvaise-cle"]) == 1
    assert "Signature refusée" in capsys.readouterr().out
    monkeypatch.setenv("AR24_BASE_URL", service.base_url)
    monkeypatch.setenv("AR24_TOKEN", service.token)
    monkeypatch.setenv("AR24_PRIVATE_KEY", service.private_key)
    assert check_ar24(["--email", linked["email"]]) == 0
    assert "lié" in capsys.readouterr().out


def test_check_ar24_unreachable_and_missing_settings(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    args = ["--email", "x@y.fr", "--base-url", f"http://127.0.0.1:{port}/api/", "--token", "t", "--private-key", "k"]
    assert check_ar24(args) == 1
    assert "AR24 ne répond pas" in capsys.readouterr().out
    for name in ("AR24_BASE_URL", "AR24_TOKEN", "AR24_PRIVATE_KEY"):
        monkeypatch.delenv(name, raising=False)
    settings = MachineSettings.load()
    settings.ar24_environment = "sandbox"      # saved, but its token and key were never typed
    settings.save()
    assert check_ar24(["--email", "x@y.fr"]) == 2
    assert "Paramètres manquants" in capsys.readouterr().err


def test_check_ar24_falls_back_on_the_saved_connection(capsys: pytest.CaptureFixture[str],
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("AR24_BASE_URL", "AR24_TOKEN", "AR24_PRIVATE_KEY"):
        monkeypatch.delenv(name, raising=False)
    assert check_ar24(["--email", "inconnu@exemple.fr"]) == 0   # this fresh seat's « Démo locale »
    output = capsys.readouterr().out
    assert "Signature acceptée." in output and "aucun compte AR24 à cette adresse" in output
    assert "Fonctions non vérifiées : le compte n'est pas lié à l'application." in output


@pytest.mark.parametrize("confirmed_only", [False, True], ids=["guesses", "confirmed-only"])
def test_main_py_check_ar24_prints_the_feature_table(service: LocalAR24Service, control: LocalServiceControl,
                                                     confirmed_only: bool) -> None:
    linked = make_account(control)
    control.settings(confirmed_only=confirmed_only)
    before = control.state()
    done = subprocess.run(
        [sys.executable, "main.py", "check-ar24", "--email", linked["email"], "--base-url", service.base_url,
         "--token", service.token, f"--private-key={service.private_key}"],
        cwd=REPO, capture_output=True, text=True, timeout=60, check=False, env=os.environ | {"QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr
    rows = {line.split("  ")[0]: line for line in done.stdout.splitlines()}
    assert "Comment nous le savons" in rows["Fonction"]
    state = "non disponible" if confirmed_only else "disponible"
    for feature in ("Consentements via AR24", "Liste des moyens de paiement", "Lettre recommandée papier",
                    "Avis électronique"):
        assert f"  {state}  " in rows[feature], rows[feature]
    if confirmed_only:
        assert "GET consent : route inconnue d'AR24 (unknown_error)" in rows["Consentements via AR24"]
    else:
        assert "POST paper sans destinataire : refusé par une règle de la route (missing_address), rien créé" \
            in rows["Lettre recommandée papier"]
    after = control.state()             # the probes created (and billed) nothing
    assert (after["mails"], after["consents_by_status"]) == (before["mails"], before["consents_by_status"])


def test_check_connection_credentials_refused(service: LocalAR24Service) -> None:
    with AR24Client(settings_for(service, token="faux"), retry=FAST_RETRY) as client:
        report: Any = check_connection(client, "demo@agence-exemple.fr")
    assert report.answers and not report.signature_accepted and report.link_state is None
    assert str(report.lines[-1]).startswith("Signature refusée : Le jeton d'API AR24 est refusé")


def test_main_py_ar24_service_answers_the_demo_account_at_once(tmp_path: Path) -> None:
    """The issue's check: ``main.py ar24-service --port P --token T --private-key K`` answers a
    signed ``GET user`` for the demo e-mail with an encrypted SUCCESS body, a bad one in clear."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with subprocess.Popen(
        [sys.executable, "main.py", "ar24-service", "--port", str(port), "--token", "T", "--private-key", "K",
         "--data", str(tmp_path)],
        cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    ) as process:
        try:
            assert process.stdout is not None
            line = json.loads(process.stdout.readline())
            assert line["base_url"] == f"http://127.0.0.1:{port}/api/" and line["private_key"] == "K"
            date = format_paris(paris_now())
            params = {"email": line["demo_account"]["email"], "token": "T", "date": date}
            signed = httpx.get(line["base_url"] + "user", params=params, headers={"signature": sign_date(date, "K")})
            body = json.loads(decrypt_response(signed.text, date, "K"))
            assert body["status"] == "SUCCESS" and body["result"]["email"] == "demo@agence-exemple.fr"
            badly = httpx.get(line["base_url"] + "user", params=params, headers={"signature": sign_date(date, "L")})
            assert badly.json()["status"] == "ERROR" and badly.json()["slug"] == "invalid_signature"
        finally:
            process.send_signal(signal.SIGTERM)
            assert process.wait(timeout=10) == 0


def test_check_ar24_speaks_english_with_lang_en(service: LocalAR24Service, control: LocalServiceControl,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    linked = make_account(control)
    args = ["--email", linked["email"], "--base-url", service.base_url, "--token", service.token, "--lang", "en"]
    assert check_ar24([*args, f"--private-key={service.private_key}"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[:3] == ["AR24 answers.", "Signature accepted.", f"Account {linked['email']}: linked (Jeanne Durand)."]
    rows = {line.split("  ")[0]: line for line in lines[3:]}
    assert rows["Feature"].split() == ["Feature", "State", "How", "we", "know"]
    assert "  available  " in rows["Paper registered letter"] and (
        "POST paper without recipient: refused by a rule of the route (missing_address), nothing created"
        in rows["Paper registered letter"])
    assert check_ar24([*args, "--private-key", "mauvaise-cle"]) == 1
    assert capsys.readouterr().out.splitlines() == [
        "AR24 answers.", "Signature refused: AR24 refuses the request's signature: check the private API key in the "
                         "preferences."]
