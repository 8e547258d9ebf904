"""Shared fixtures: every test gets its own data folder; Qt renders offscreen."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app.demo.seed import seed_demo_agency  # noqa: E402  (after the Qt platform is chosen)
from app.store.database import Store, open_store  # noqa: E402


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Nothing a test does reaches the user's real data folder or database."""
    path = tmp_path / "data"
    monkeypatch.setenv("RECO_DATA_DIR", str(path))
    monkeypatch.delenv("RECO_DB_URL", raising=False)
    return path


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
