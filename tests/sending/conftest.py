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
            for position, path in enumerate(attachments):
                event.attachments.append(EventAttachment(position=position, filename=path.name, path=str(path),
                                                         size=path.stat().st_size if path.exists() else 0))
            session.add(event)
            session.flush()
            return event.id
    return add
