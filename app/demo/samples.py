"""Sample data for the pictures of ``main.py screenshots`` and the self test: which record makes
a telling picture, and throwaway stores so that a picture never writes the agency's own data."""
from __future__ import annotations

import sqlite3
import tempfile
from pathlib import Path

from sqlalchemy import func, select

from app.context import AppContext
from app.demo.letters import seed_demo_letters
from app.demo.seed import seed_demo_agency
from app.demo.sending_setup import make_demo_ready_to_send
from app.machine_settings import MachineSettings
from app.store.database import open_store, sqlite_path
from app.store.models import ConsentChange, Event, EventAttachment, User
from app.sync.archive import ProofArchive


def richest_tiers(context: AppContext) -> int:
    """The tiers with the longest consent history makes the most telling record picture."""
    with context.store.session() as session:
        return session.execute(
            select(ConsentChange.tiers_id).group_by(ConsentChange.tiers_id)
            .order_by(func.count().desc(), ConsentChange.tiers_id).limit(1)).scalar_one()


def first_event(context: AppContext) -> int:
    with context.store.session() as session:
        return session.execute(select(Event.id).order_by(Event.id).limit(1)).scalar_one()


def chronoted_events(context: AppContext) -> list[int]:
    with context.store.session() as session:
        return list(session.scalars(select(Event.id).where(Event.treatment_number.is_not(None)).order_by(Event.id)))


def current_user(context: AppContext) -> int:
    with context.store.session() as session:
        return session.execute(select(User.id).where(User.login == context.login)).scalar_one()


def first_attachment(context: AppContext) -> Path:
    with context.store.session() as session:
        return Path(session.execute(select(EventAttachment.path).order_by(EventAttachment.id).limit(1)).scalar_one())


def letters_sample(folder: Path) -> tuple[AppContext, ProofArchive, list[int]]:
    """Sample letters, with their proofs, in a throwaway demo store."""
    store = open_store(f"sqlite:///{folder / 'letters-sample.db'}")
    seed_demo_agency(store, docs=folder / "documents")
    archive = ProofArchive(folder / "preuves")
    return AppContext(store, MachineSettings()), archive, seed_demo_letters(store, archive)


def ready_copy(context: AppContext) -> AppContext:
    """A private copy of the store with the AR24 set-up done (payment methods, eIDAS sender), so
    that the send choice shows a realistic mix; a screenshot never changes the user's own data."""
    source = sqlite_path(context.store)
    if source is None:                  # a shared server database: shown as it is
        return context
    copy = Path(tempfile.mkdtemp(prefix="reco-shots-")) / "copy.db"
    with sqlite3.connect(source) as origin, sqlite3.connect(copy) as target:
        origin.backup(target)
    store = open_store(f"sqlite:///{copy}")
    make_demo_ready_to_send(store, context.login)
    return AppContext(store, context.settings, context.secrets)
