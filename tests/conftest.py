"""Shared fixtures: every test gets its own data folder; Qt renders offscreen."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app.context import AppContext  # noqa: E402  (after the Qt platform is chosen)
from app.demo.seed import seed_demo_agency  # noqa: E402
from app.machine_settings import MachineSettings  # noqa: E402
from app.store.database import Store, open_store  # noqa: E402
from tests.support.memory_keyring import MemoryKeyring  # noqa: E402

# PostgreSQL fixtures (pg_url, db_url, demo_db) and the "postgres" marker.
pytest_plugins = ["tests.support.postgres"]


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Nothing a test does reaches the user's real data folder or database."""
    path = tmp_path / "data"
    monkeypatch.setenv("RECO_DATA_DIR", str(path))
    monkeypatch.delenv("RECO_DB_URL", raising=False)
    return path


@pytest.fixture(autouse=True)
def memory_keyring() -> MemoryKeyring:
    """Secrets written by a test stay in memory, and each test starts with an empty keyring."""
    import keyring

    backend = MemoryKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo agency built once per run; tests get a copy of its database file."""
    folder = tmp_path_factory.mktemp("demo-template")
    store = open_store(f"sqlite:///{folder / 'template.db'}")
    seed_demo_agency(store, docs=folder / "documents")
    store.dispose()
    return folder


@pytest.fixture
def demo_store(demo_template: Path, tmp_path: Path) -> Store:
    """A private copy of the seeded demo store (attachments shared read-only with the template)."""
    db = tmp_path / "demo.db"
    shutil.copyfile(demo_template / "template.db", db)
    store = open_store(f"sqlite:///{db}")
    yield store
    store.dispose()


@pytest.fixture
def demo_context(demo_store: Store) -> AppContext:
    """The demo store with this workstation's settings: environment "Démo locale", user JLC.
    The local AR24 service starts in-process when a test first talks to AR24."""
    context = AppContext(demo_store, MachineSettings())
    yield context
    context.close()


@pytest.fixture
def unlinked_demo_store(demo_store: Store) -> Store:
    """The demo store as before LSC's « Paramétrage AR24 », for rules that need it so (no AR24)."""
    from app.accounts.demo import undo_ready_to_send

    with demo_store.session() as session, session.begin():
        undo_ready_to_send(session, "JLC")
    return demo_store


@pytest.fixture
def unlinked_demo_context(demo_context: AppContext) -> AppContext:
    """The demo as before LSC's « Paramétrage AR24 » (« Réinitialiser la démo AR24 »): JLC's
    account not linked, no sender, no payment method; for tests ABOUT those steps."""
    from app.services.accounts import reset_demo

    reset_demo(demo_context, demo_context.login)
    return demo_context


def link_demo_account(context: AppContext) -> int:
    """The demo account granted and linked to JLC, as seeded (again after a reset)."""
    from app.ar24.local_service import LocalServiceControl
    from app.store.models import LinkState, User

    service = context.ar24.local_service()
    account = service.demo_account
    with LocalServiceControl(service.root_url) as control:
        control.set_link(account["id"], "granted")
    with context.store.session() as session, session.begin():
        user = session.query(User).filter_by(login=context.login).one()
        user.ar24_email, user.ar24_user_id, user.ar24_link_state = account["email"], account["id"], LinkState.LINKED
    return account["id"]
