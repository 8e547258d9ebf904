"""Migration 0011 moves a store to "one letter on its way or delivered per event", on SQLite and
PostgreSQL: a store that already paid twice for one event keeps every letter (the later one is
marked as sent before the rule), and a failed AR24 letter no longer blocks its event."""
from __future__ import annotations

import datetime as dt

import pytest
from alembic import command
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError

from app.store.database import make_engine, open_store
from app.store.migrate import alembic_config
from app.store.models import RegisteredLetter, SendType

NOW = dt.datetime(2026, 11, 10, 9, 30)
SETUP = [
    ("INSERT INTO app_user (id, login, full_name, ar24_link_state, ar24_identity_verified, ar24_payment_ready, "
     "created_at) VALUES (1, 'JLC', 'Jean-Louis', 'linked', false, false, :now)"),
    ("INSERT INTO tiers (id, code, civility, lastname, firstname, company, email, phone, address1, address2, address3,"
     " postal_code, city, country, status, relation, lre_consent, consent_email, paper_requested, updated_at, version)"
     " VALUES (1, 'T1', '', 'AUXEY', 'Marc', '', 'marc@exemple.fr', '', '', '', '', '', '', 'FR', 'particulier', '',"
     " true, '', false, :now, 1)"),
]
LETTERS = [   # (id, event, type, outbox state, AR24 status): event 1 paid twice, event 2 refused
    (1, 1, "lre_eidas", "posted", "AR"), (2, 1, "lr_papier", "posted", "sent"), (3, 2, "lre_eidas", "posted", "refused")]


def _at_0010(url: str) -> None:
    engine = make_engine(url)
    command.upgrade(alembic_config(engine), "0010")
    with engine.begin() as connection:
        for statement in SETUP:
            connection.execute(text(statement), {"now": NOW})
        for event_id in (1, 2):
            connection.execute(text("INSERT INTO event (id, author, assignee, created_at, dossier, tiers_id, model,"
                                    " subject, body_html, expedition, via) VALUES (:id, 'JLC', '', :now, '', 1, '',"
                                    " 'Loyers', '', 'courrier', 'Autres')"), {"id": event_id, "now": NOW})
        for letter_id, event_id, send_type, state, status in LETTERS:
            connection.execute(text(
                "INSERT INTO registered_letter (id, local_ref, event_id, user_id, send_type, outbox_state,"
                " ar24_mail_id, ar24_status, recipient_name, recipient_email, recipient_status, recipient_address,"
                " sender_name, sender_email, subject, payment_slug, print_color, print_duplex, created_at, last_error,"
                " attempts, ar24_request, reference) VALUES (:id, :ref, :event, 1, :type, :state, :number, :status,"
                " '', '', 'particulier', '', '', '', '', '', false, false, :now, '', 1, '', '')"),
                {"id": letter_id, "ref": f"R{letter_id}", "event": event_id, "type": send_type, "state": state,
                 "number": 100000 + letter_id, "status": status, "now": NOW})
    engine.dispose()


def test_an_existing_store_moves_to_one_letter_per_event(db_url) -> None:
    _at_0010(db_url)
    store = open_store(db_url)   # upgrades to the head, as the application does at start
    try:
        with store.session() as session:
            reasons = dict(session.execute(select(RegisteredLetter.id, RegisteredLetter.resend_reason)).all())
        assert reasons[1] == "" and reasons[3] == ""
        assert "antérieur à la règle" in reasons[2]          # kept, marked: nothing was deleted
        with store.session() as session:                    # after the refused LRE: a paper letter is allowed
            session.add(RegisteredLetter(id=10, local_ref="PAPER-2", event_id=2, user_id=1, send_type=SendType.LR_PAPIER))
            session.commit()
        with store.session() as session:                    # a third letter for the delivered event is not
            session.add(RegisteredLetter(id=11, local_ref="ERE-1", event_id=1, user_id=1, send_type=SendType.ERE_SIMPLE))
            with pytest.raises(IntegrityError):
                session.commit()
    finally:
        store.dispose()
