"""Fixtures of the sending tests: the bad-documents corpus and events made to order."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import select

from app.store.database import Store
from app.store.models import Event, EventAttachment, Tiers
from tests.sending.corpus import write_corpus


@pytest.fixture(scope="session")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write_corpus(tmp_path_factory.mktemp("corpus"))


AddEvent = Callable[..., int]


@pytest.fixture
def add_event(demo_store: Store) -> AddEvent:
    """Add an event for a demo tiers (T0003 by default: a consenting co-owner, valid e-mail)."""
    def add(*attachments: Path, tiers_code: str = "T0003", body: str = "<p>Bonjour,</p>",
            subject: str = "Courrier de test", number: int | None = 9001, **fields) -> int:
        with demo_store.session() as session, session.begin():
            tiers = session.scalar(select(Tiers).where(Tiers.code == tiers_code))
            event = Event(author="JLC", tiers=tiers, entity_id=tiers.entity_id, subject=subject,
                          model="Test", body_html=body, treatment_number=number, **fields)
            if tiers.correspondants:
                event.correspondant = tiers.correspondants[0]
            for position, path in enumerate(attachments):
                event.attachments.append(EventAttachment(position=position, filename=path.name, path=str(path),
                                                         size=path.stat().st_size if path.exists() else 0))
            session.add(event)
            session.flush()
            return event.id
    return add


@pytest.fixture
def add_tiers(demo_store: Store) -> Callable[..., str]:
    """Add a tiers of entity ``entity`` (code) with a valid address; returns its code."""
    from app.store.models import Correspondant, Entity

    counter = iter(range(1, 1000))

    def add(entity: str = "G001", *, correspondant_email: str | None = None, **fields) -> str:
        code = f"X{next(counter):03d}"
        values = dict(civility="Madame", lastname="Essai", firstname="Lucie", email="lucie.essai@exemple.fr",
                      address1="3 rue Monge", postal_code="21000", city="DIJON")
        values.update(fields)
        with demo_store.session() as session, session.begin():
            tiers = Tiers(code=code, entity=session.scalar(select(Entity).where(Entity.code == entity)), **values)
            if correspondant_email is not None:
                tiers.correspondants.append(Correspondant(lastname="Notaire", firstname="Paul",
                                                          email=correspondant_email))
            session.add(tiers)
        return code
    return add
