"""An agency upgrading the application keeps everything: a database written at the first
revision (0001) is opened by this version, migrated to the head, and shows the same data."""
from __future__ import annotations

import datetime as dt

from alembic import command
from sqlalchemy import text

from app.bootstrap import open_app_store
from app.context import AppContext
from app.store.database import make_engine
from app.store.migrate import alembic_config, current_revision, head_revision
from app.store.models import ConsentOrigin, EventAttachment, LinkState, OutboxState, RegisteredLetter, Tiers, User
from ui.home.main_window import MainWindow

NOW = dt.datetime(2026, 3, 2, 9, 30)

# Raw SQL on purpose: the models describe the newest schema, these rows the 0001 one.
ROWS_AT_0001 = [
    ("INSERT INTO app_user (id, login, full_name, ar24_email, ar24_user_id, ar24_link_state, ar24_account_name,"
     " ar24_identity_verified, ar24_payment_ready, created_at) VALUES (1, 'MDU', 'Marie Dupuis',"
     " 'marie@cabinet.fr', 4242, 'linked', 'Cabinet Dupuis', 1, 1, :now)"),
    ("INSERT INTO entity (id, code, name, kind, address, ics, iban, bic) VALUES (1, 'S042', 'SDC Les Acacias',"
     " 'syndicat', '3 rue des Acacias 21000 DIJON', 'FR12ZZZ123456', 'FR7630006000011234567890189', 'AGRIFRPP')"),
    ("INSERT INTO tiers (id, code, civility, lastname, firstname, company, email, phone, address1, address2,"
     " address3, postal_code, city, country, status, relation, entity_id, lre_consent, consent_email, consent_date,"
     " consent_origin, paper_requested, paper_requested_date, updated_at, version) VALUES (1, 'T0777', 'Madame',"
     " 'MEURSAULT', 'Jeannine', '', 'jeannine@exemple.fr', '0380000000', '12 rue Monge', '', '', '21000', 'DIJON',"
     " 'FR', 'particulier', 'copropriétaire', 1, 1, 'jeannine@exemple.fr', :now, 'manuel', 0, NULL, :now, 3)"),
    ("INSERT INTO consent_change (id, tiers_id, at, by_login, origin, change, email) VALUES"
     " (1, 1, :now, 'MDU', 'manuel', 'consent_given', 'jeannine@exemple.fr')"),
    ("INSERT INTO event (id, author, assignee, created_at, dossier, tiers_id, correspondant_id, model, subject,"
     " treatment_number, treatment_date, body_html, entity_id, ag_date, expedition, via) VALUES (1, 'MDU', 'MDU',"
     " :now, 'S042 SDC Les Acacias', 1, NULL, 'AG Convoc', 'Convocation AG', 2901, '2026-03-02', '<p>Madame,</p>',"
     " 1, '2026-04-10', 'courrier', 'Autres')"),
    ("INSERT INTO event_attachment (id, event_id, position, filename, path, size) VALUES"
     " (1, 1, 0, 'Ordre-du-jour.pdf', '/docs/Ordre-du-jour.pdf', 61440)"),
    ("INSERT INTO registered_letter (id, local_ref, event_id, user_id, sender_id, entity_id, send_type, outbox_state,"
     " ar24_mail_id, ar24_status, recipient_name, recipient_email, recipient_status, recipient_address, sender_name,"
     " sender_email, subject, payment_slug, price_ht, print_color, print_duplex, created_at, deposit_date, sent_date,"
     " ar_date, refused_date, negligence_date, bounced_date, last_error, attempts, claimed_by, claimed_at,"
     " last_sync_at) VALUES (1, 'RECO-0001-000001', 1, 1, NULL, 1, 'lre_eidas', 'posted', 900001, 'AR',"
     " 'MEURSAULT Jeannine', 'jeannine@exemple.fr', 'particulier', '', 'Marie Dupuis', 'marie@cabinet.fr',"
     " 'Convocation AG', 'stripe-47146', 3.90, 0, 0, :now, :now, :now, :now, NULL, NULL, NULL, '', 1, NULL, NULL,"
     " NULL)"),
]


def test_database_of_the_first_revision_survives_the_upgrade(tmp_path, qtbot):
    url = f"sqlite:///{tmp_path / 'agence-0001.db'}"
    engine = make_engine(url)
    command.upgrade(alembic_config(engine), "0001")
    with engine.begin() as connection:
        for statement in ROWS_AT_0001:
            connection.execute(text(statement), {"now": NOW})
    assert current_revision(engine) == "0001"
    engine.dispose()

    store = open_app_store(url)          # what the application does at start-up
    try:
        assert current_revision(store.engine) == head_revision()
        with store.session() as session:
            user = session.query(User).one()           # no demo agency mixed into a real one
            assert (user.login, user.ar24_user_id, user.ar24_link_state) == ("MDU", 4242, LinkState.LINKED)
            tiers = session.query(Tiers).one()
            assert (tiers.code, tiers.lastname, tiers.lre_consent, tiers.version) == ("T0777", "MEURSAULT", True, 3)
            assert [(c.change, c.origin) for c in tiers.consent_history] == [("consent_given", ConsentOrigin.MANUEL)]
            assert session.query(EventAttachment).one().size == 61440
            letter = session.query(RegisteredLetter).one()
            assert (letter.ar24_mail_id, letter.outbox_state, letter.ar24_status, letter.ar_date) == (
                900001, OutboxState.POSTED, "AR", NOW)

        context = AppContext(store)
        window = MainWindow(context)
        qtbot.addWidget(window)
        tiers_list = window.open_tiers()
        qtbot.addWidget(tiers_list)
        assert tiers_list.model.rowCount() == 1
        events = window.open_events()
        qtbot.addWidget(events)
        assert events.model.rowCount() == 1
        window.close()
        context.close()
    finally:
        store.dispose()
