"""``--lang en``: what the sending process and the OTP validation report (app/outbox,
app/letters/validation.py), and the letters' statuses, reach the command line in English,
against the Démo locale service."""
from __future__ import annotations

from app.accounts.otp_keys import current_code
from tests.cli.support import demo_service, run_cli

SENDER = "demo@agence-exemple.fr"


def _ready_events(capsys, send_type: str, count: int) -> list[int]:
    """Events the send choice accepts for ``send_type`` (asked without --yes: nothing is sent)."""
    rows = run_cli(capsys, "send", "--all-ready", "--type", send_type, "--json").rows
    return [row["event_id"] for row in rows if row["compatible"]][:count]


def test_send_and_validate_report_in_english(capsys) -> None:
    first, second = _ready_events(capsys, "ere", 2)
    third = next(event for event in _ready_events(capsys, "lre", 3) if event not in (first, second))
    sent = run_cli(capsys, "send", "--events", f"{first},{second}", "--type", "ere", "--yes", "--lang", "en")
    assert sent.code == 0, sent.err
    assert "Sent by registered mail: 2 succeeded, 0 failed." in sent.out
    assert sent.out.count("Sent to AR24 (number ") == 2
    assert "réussi" not in sent.out and "Envoyée à AR24" not in sent.out

    deposited = run_cli(capsys, "send", "--events", str(third), "--type", "lre", "--yes", "--lang", "en")
    assert deposited.code == 0, deposited.err
    assert "Documents deposited with AR24: the letter is waiting for its OTP validation" in deposited.out
    with demo_service() as (service, _):
        secret = service.demo_account["otp_secret"]
    validated = run_cli(capsys, "validate", "--sender", SENDER, "--otp", current_code(secret).code, "--lang", "en")
    assert validated.code == 0, validated.err
    assert validated.out.strip() == "The registered letters have been validated for sending by AR24 (1 letter(s))."
    listed = run_cli(capsys, "letters", "--lang", "en")
    assert listed.code == 0 and listed.out.count("Waiting to be sent") == 3 and "En attente" not in listed.out
