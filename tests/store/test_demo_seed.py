"""The demo agency: believable, complete, seeded once."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

from pypdf import PdfReader
from sqlalchemy import func, select

from app.ar24.demo_account import DEMO_ACCOUNT_ID, DEMO_EMAIL
from app.demo.seed import seed_demo_agency
from app.store.database import open_store
from app.store.models import (
    EidasState,
    Entity,
    EntityKind,
    Event,
    EventAttachment,
    LinkState,
    PaymentMethodLink,
    Sender,
    Tiers,
    TiersStatus,
    User,
)

A4 = (595.28, 841.89)


def _count(session, model) -> int:
    return session.scalar(select(func.count()).select_from(model))


def test_demo_agency_has_what_the_screens_need(demo_store):
    with demo_store.session() as session:
        entities = session.scalars(select(Entity)).all()
        assert len(entities) >= 3
        assert {e.kind for e in entities} >= {EntityKind.SYNDICAT, EntityKind.GERANCE}
        assert {"S001", "G001"} <= {e.code for e in entities}

        tiers = session.scalars(select(Tiers)).all()
        assert len(tiers) == 60
        assert Counter(t.status for t in tiers).keys() == {TiersStatus.PARTICULIER, TiersStatus.PROFESSIONNEL}
        relations = {t.relation for t in tiers}
        assert {"copropriétaire", "locataire"} <= relations
        given = [t for t in tiers if t.lre_consent]
        refused = [t for t in tiers if not t.lre_consent and any(c.change == "consent_refused"
                                                                 for c in t.consent_history)]
        absent = [t for t in tiers if not t.lre_consent and not t.consent_history]
        assert given and refused and absent
        assert any(t.email and "." not in t.email.split("@")[-1] for t in tiers), "an invalid e-mail"
        assert any(not (t.postal_code and t.city and t.address1) for t in tiers), "an incomplete address"
        assert any(t.display_name == "MEURSAULT Jeannine" for t in tiers)

        assert _count(session, Event) == 40
        events = session.scalars(select(Event)).all()
        assert any(e.ag_date for e in events), "AG convocations with their 'AG du' date"
        assert any(e.treatment_number is None for e in events), "some events are not chronotés"
        assert {e.model for e in events} >= {"AG Convoc ind. n°10", "Appel de fonds", "Relance impayé"}


def test_attachments_are_real_pdfs_mostly_a4_portrait(demo_store):
    with demo_store.session() as session:
        attachments = session.scalars(select(EventAttachment)).all()
    assert len(attachments) >= 20
    orientations = Counter()
    for attachment in attachments:
        path = Path(attachment.path)
        assert path.stat().st_size == attachment.size
        page = PdfReader(path).pages[0]
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        assert sorted((round(width), round(height))) == sorted((round(A4[0]), round(A4[1])))
        orientations["portrait" if height > width else "landscape"] += 1
    assert orientations["landscape"] >= 1
    assert orientations["portrait"] > 4 * orientations["landscape"]


def test_seeding_runs_once(tmp_path):
    store = open_store(f"sqlite:///{tmp_path / 'once.db'}")
    assert seed_demo_agency(store, docs=tmp_path / "docs") is True
    assert seed_demo_agency(store, docs=tmp_path / "docs") is False
    with store.session() as session:
        assert _count(session, Tiers) == 60
        assert _count(session, Event) == 40


def test_an_agency_with_its_own_data_is_never_seeded(tmp_path):
    store = open_store(f"sqlite:///{tmp_path / 'agency.db'}")
    with store.session() as session, session.begin():
        session.add(Tiers(code="C0001", lastname="DUPONT", firstname="Anne"))
    assert seed_demo_agency(store, docs=tmp_path / "docs") is False
    with store.session() as session:
        assert _count(session, Tiers) == 1


def test_the_demo_is_seeded_ready_to_try_sending(demo_store):
    """Issue 20 item 6: JLC linked to the local service's demo account, payment methods for every
    entity but S003 (the error recap shows the rule), one identified sender whose key is on AR24's
    letter, not in the keyring."""
    with demo_store.session() as session:
        user = session.scalar(select(User).where(User.login == "JLC"))
        assert (user.ar24_link_state, user.ar24_user_id, user.ar24_email) == (LinkState.LINKED, DEMO_ACCOUNT_ID, DEMO_EMAIL)
        paid = {link.entity.code: link.slug for link in session.scalars(select(PaymentMethodLink))}
        assert sorted(paid) == ["G001", "G002", "S001", "S002"]
        (sender,) = user.senders
        assert (sender.eidas_state, sender.ar24_user_id, sender.otp_key_stored) == (EidasState.IDENTIFIED, DEMO_ACCOUNT_ID,
                                                                                     False)
        assert session.scalar(select(User).where(User.login == "MDU")).ar24_link_state is LinkState.NOT_LINKED


def test_the_seeded_account_is_the_local_service_s_demo_account(demo_context):
    service = demo_context.ar24.local_service()
    assert (service.demo_account["id"], service.demo_account["email"]) == (DEMO_ACCOUNT_ID, DEMO_EMAIL)
    from app.services.accounts import refresh_link

    status = refresh_link(demo_context, "JLC")
    assert status.state is LinkState.LINKED and "Camille Martin" in status.account_name


def test_seeding_is_deterministic_and_starts_no_local_service(tmp_path, data_dir):
    rows = []
    for name in ("a", "b"):
        store = open_store(f"sqlite:///{tmp_path / name}.db")
        seed_demo_agency(store, docs=tmp_path / name)
        with store.session() as session:
            rows.append([(s.email, s.firstname, s.eidas_state) for s in session.scalars(select(Sender))] +
                        [(link.entity_id, link.slug) for link in session.scalars(select(PaymentMethodLink))] +
                        [(t.code, t.email) for t in session.scalars(select(Tiers).order_by(Tiers.id))])
        store.dispose()
    assert rows[0] == rows[1]
    assert not (data_dir / "ar24-local").exists(), "the local AR24 service starts when first needed, not to seed"
