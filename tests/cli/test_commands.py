"""Every command of the own-data issue's point 5 that sends or reads letters (account,
payment-methods, events, letters, send, validate), driven against the Démo locale service in
the test's temporary data folder: summaries, ``--json``, refusals and exit codes — and the
AUXEY Marc scenario: an event delivered as LRE is not sent again on paper."""
from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

from sqlalchemy import select

from app.ar24.dates import paris_now
from app.accounts.otp_keys import current_code
from app.bootstrap import open_app_store
from app.store.models import AuditEntry, Tiers
from tests.cli.support import demo_service, run_cli

ROOT = Path(__file__).resolve().parents[2]
AUXEY, BROUILLY = 32, 27        # demo events: AUXEY Marc and BROUILLY Mathilde, both of SDC S003
SENDER = "demo@agence-exemple.fr"
EVENT_KEYS = {"id", "tiers_code", "recipient", "subject", "chrono", "entity", "ag_date", "last_letter"}
LETTER_KEYS = {"id", "event_id", "type", "status", "status_label", "reference", "ar24_number", "proofs"}


def test_every_command_against_the_local_service(capsys) -> None:
    today = dt.date.today().strftime("%d/%m/%Y")   # a letter not yet at AR24: dated by this workstation
    deposited = paris_now().strftime("%d/%m/%Y")   # a letter at AR24: dated by AR24, in Paris time
    # events: the demo agency of an empty store, nothing sent yet.
    events = run_cli(capsys, "events", "--json")
    assert events.code == 0 and len(events.rows) == 40 and set(events.rows[0]) == EVENT_KEYS
    auxey = next(row for row in events.rows if row["id"] == AUXEY)
    assert (auxey["recipient"], auxey["chrono"], auxey["entity"], auxey["last_letter"]) == ("AUXEY Marc", 2932, "S003", None)
    assert "40 événement(s), dont 0 avec une lettre." in events.err
    english = run_cli(capsys, "events", "--lang", "en")
    assert english.code == 0 and "40 event(s), 0 of them with a letter." in english.out

    # Seeded ready to try sending, but S003 has no payment method: refused, and nothing sent.
    unpaid = run_cli(capsys, "send", "--events", str(AUXEY), "--type", "ere", "--yes")
    assert unpaid.code == 1 and "Aucun moyen de paiement AR24 lié à l'entité S003" in unpaid.err

    # account: linked as seeded, to the demo service's account; « Autoriser le compte » keeps it so.
    account = run_cli(capsys, "account", "--json")
    assert account.code == 0 and account.rows[0]["link"] == "linked" and "Lien : lié" in account.err
    linked = run_cli(capsys, "account", "--authorize")
    assert linked.code == 0 and "Lien : lié" in linked.out

    # payment-methods: an unknown entity is refused; a code AR24 does not list is kept with a warning.
    methods = run_cli(capsys, "payment-methods", "--assign-all", "gocardless-18178", "--assign", "S003=stripe-47146",
                      "--assign", "S999=stripe-47146")
    assert methods.code == 1 and "Entité inconnue : S999" in methods.err
    unlisted = run_cli(capsys, "payment-methods", "--json", "--assign", "G002=sepa-00000")
    assert unlisted.code == 0 and "AR24 ne liste pas le moyen sepa-00000" in unlisted.err
    assert {row["entity"]: row["code"] for row in unlisted.rows} == {
        "G001": "gocardless-18178", "G002": "sepa-00000", "S001": "gocardless-18178", "S002": "gocardless-18178",
        "S003": "stripe-47146"}

    # send without --yes and without a terminal: what would be paid, nothing sent, exit 1.
    asked = run_cli(capsys, "send", "--events", str(AUXEY), "--type", "lre", "--json")
    assert asked.code == 1 and "Rien n'a été envoyé" in asked.err
    assert "S003 (stripe-47146) : 1 × 3,49 € HT = 3,49 € HT, TVA 0,70 €, 4,19 € TTC" in asked.err
    assert [(r["event_id"], r["compatible"], r["price_ht"], r["outcome"]) for r in asked.rows] == [(AUXEY, True, "3.49", None)]
    assert run_cli(capsys, "letters", "--json").rows == []

    # send --yes: the LRE is deposited and waits for its OTP.
    sent = run_cli(capsys, "send", "--events", str(AUXEY), "--type", "lre", "--yes", "--json")
    assert sent.code == 0 and sent.rows[0]["outcome"] == "ok" and "validate --sender" in sent.err
    letters = run_cli(capsys, "letters", "--json")
    assert letters.code == 0 and set(letters.rows[0]) == LETTER_KEYS
    assert [(r["event_id"], r["type"], r["status"], r["status_label"], r["ar24_number"]) for r in letters.rows] == [
        (AUXEY, "lre", "to_valid", "À valider (OTP)", None)]
    waiting = run_cli(capsys, "send", "--events", str(AUXEY), "--type", "paper", "--yes")
    assert waiting.code == 1 and f"Déjà en cours d'envoi : LRE du {today}, À valider (OTP)" in waiting.err

    # validate: malformed code (2), a sender with nothing waiting (1), then the code on standard input.
    assert run_cli(capsys, "validate", "--sender", SENDER, "--otp", "12").code == 2
    nobody = run_cli(capsys, "validate", "--sender", "personne@exemple.fr", "--otp", "123456")
    assert nobody.code == 1 and "Aucune LRE de l'expéditeur personne@exemple.fr" in nobody.err
    with demo_service() as (service, _):
        secret = service.demo_account["otp_secret"]
    validated = run_cli(capsys, "validate", "--sender", SENDER, "--otp", "-", "--json",
                        stdin=current_code(secret).code + "\n")
    assert validated.code == 0, validated.err
    assert [(r["result"], r["ar24_number"]) for r in validated.rows] == [("posted", 100001)]
    assert "Les lettres en AR ont été validées pour l'envoi AR24" in validated.err

    # The recipient acknowledges it (two hours later at AR24); the sync brings status and proofs.
    with demo_service() as (_, control):
        control.clock(advance_seconds=7200)
    assert run_cli(capsys, "sync").code == 0
    letters = run_cli(capsys, "letters", "--json").rows
    assert [(r["status"], r["status_label"], r["ar24_number"]) for r in letters] == [("AR", "Accusé de réception", 100001)]
    assert letters[0]["proofs"] >= 2
    last = next(row for row in run_cli(capsys, "events", "--json").rows if row["id"] == AUXEY)["last_letter"]
    assert last == {"id": letters[0]["id"], "type": "lre", "status": "AR", "ar24_number": 100001}

    # AUXEY Marc, delivered as LRE: not sent again on paper, and the refusal says what exists.
    again = run_cli(capsys, "send", "--events", str(AUXEY), "--type", "paper", "--yes")
    assert again.code == 1
    assert f"Déjà envoyé : LRE n° 100001 du {deposited}, statut Accusé de réception" in again.err
    assert len(run_cli(capsys, "letters", "--json").rows) == 1

    # A deliberate second send needs its reason (2 without), and is written to the audit log.
    assert run_cli(capsys, "send", "--events", str(AUXEY), "--type", "paper", "--force-resend").code == 2
    forced = run_cli(capsys, "send", "--events", str(AUXEY), "--type", "paper", "--yes", "--force-resend",
                     "--reason", "AR contesté par le copropriétaire")
    assert forced.code == 0, forced.err
    assert "Renvoi volontaire en LR papier malgré LRE n° 100001" in forced.out
    _assert_audit("renvoi_volontaire", "motif « AR contesté par le copropriétaire »")

    # A lettre suivie refused by its recipient: the LR papier is offered, says why, and is posted once.
    _set_email("T0003", "refus.brouilly@free.fr")
    assert run_cli(capsys, "send", "--events", str(BROUILLY), "--type", "ere", "--yes").code == 0
    with demo_service() as (_, control):
        control.clock(advance_seconds=7200)
    assert run_cli(capsys, "sync").code == 0
    paper = run_cli(capsys, "send", "--events", str(BROUILLY), "--type", "paper", "--yes", "--json")
    assert paper.code == 0, paper.err
    assert "Lettre suivie refusée le " in paper.err and ": renvoi en LR papier" in paper.err
    assert [(r["event_id"], r["outcome"]) for r in paper.rows] == [(BROUILLY, "ok")]
    twice = run_cli(capsys, "send", "--events", str(BROUILLY), "--type", "lre", "--yes")
    assert twice.code == 1 and "Déjà envoyé : LR papier n° " in twice.err

    # A seat killed during that post: the letter stays "posting", AR24's answer unknown.
    number = _forget_post(paper.rows[0]["letter_id"])

    # --all-ready: first the unfinished letter is resumed (found on AR24 by its reference, not
    # posted again); then every chronoted event the rules accept, the sent ones not among them.
    ready = run_cli(capsys, "send", "--all-ready", "--type", "notice", "--json")
    assert "Reprise des envois interrompus : 1 réussi(s), 0 en erreur" in ready.err
    assert f"Envoyée à AR24 (numéro {number})" in ready.err
    assert ready.code == 1 and ready.rows and all(row["compatible"] for row in ready.rows)
    assert not {AUXEY, BROUILLY} & {row["event_id"] for row in ready.rows}
    assert "événement(s) chronoté(s) non retenu(s)" in ready.err
    assert len(run_cli(capsys, "letters", "--json").rows) == 4   # LRE, forced paper, ERE, paper: nothing more


def _forget_post(letter_id: int) -> int:
    """Put a posted letter back where a kill during its POST leaves it; returns its AR24 number."""
    from sqlalchemy import update

    from app.paths import data_dir
    from app.store.models import OutboxState, RegisteredLetter

    store = open_app_store(f"sqlite:///{data_dir() / 'recommandes.db'}")
    with store.session() as session, session.begin():
        number = session.get(RegisteredLetter, letter_id).ar24_mail_id
        session.execute(update(RegisteredLetter).where(RegisteredLetter.id == letter_id).values(
            outbox_state=OutboxState.POSTING, ar24_mail_id=None, ar24_status="",
            post_started_at=dt.datetime.now() - dt.timedelta(hours=1)))
    store.dispose()
    return number


def _set_email(code: str, email: str) -> None:
    from app.paths import data_dir

    store = open_app_store(f"sqlite:///{data_dir() / 'recommandes.db'}")
    with store.session() as session, session.begin():
        session.scalar(select(Tiers).where(Tiers.code == code)).email = email
    store.dispose()


def _assert_audit(action: str, detail: str) -> None:
    from app.paths import data_dir

    store = open_app_store(f"sqlite:///{data_dir() / 'recommandes.db'}")
    with store.session() as session:
        details = list(session.scalars(select(AuditEntry.detail).where(AuditEntry.action == action)))
    store.dispose()
    assert len(details) == 1 and detail in details[0], details


def test_bad_usage_exits_2_and_an_unusable_store_exits_1(capsys) -> None:
    assert run_cli(capsys, "send", "--type", "lre").code == 2                       # no events
    assert run_cli(capsys, "send", "--events", "a,b", "--type", "lre").code == 2
    assert run_cli(capsys, "send", "--events", "1", "--type", "fax").code == 2
    assert run_cli(capsys, "send", "--events", "1", "--type", "lre", "--reason", "x").code == 2
    assert run_cli(capsys, "send", "--all-ready", "--type", "lre", "--force-resend", "--reason", "x").code == 2
    assert run_cli(capsys, "payment-methods", "--assign", "S001").code == 2
    assert run_cli(capsys, "events", "--login", "PERSONNE").code == 2
    unknown = run_cli(capsys, "send", "--events", "999", "--type", "ere")
    assert unknown.code == 1 and "Refusé : L'événement 999 n'existe pas." in unknown.err
    down = run_cli(capsys, "letters", db="postgresql+psycopg://personne@127.0.0.1:1/rien")
    assert down.code == 1 and "La base de données n'a pas pu être ouverte" in down.err
    # Through main.py itself: an unknown option is bad usage; --json leaves nothing but the array on stdout.
    process = subprocess.run([sys.executable, "main.py", "events", "--bogus"], check=False, cwd=ROOT,
                             capture_output=True, text=True, timeout=120)
    assert process.returncode == 2 and "--bogus" in process.stderr
    process = subprocess.run([sys.executable, "main.py", "events", "--json"], check=False, cwd=ROOT,
                             capture_output=True, text=True, timeout=120)
    assert process.returncode == 0 and len(json.loads(process.stdout)) == 40
