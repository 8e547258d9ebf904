"""The demo agency: believable, complete, seeded once."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

from pypdf import PdfReader
from sqlalchemy import func, select

from app.demo.seed import seed_demo_agency
from app.store.database import open_store
from app.store.models import Entity, EntityKind, Event, EventAttachment, Tiers, TiersStatus

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
