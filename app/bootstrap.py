"""Start-up of the store shared by the GUI and the headless commands."""
from __future__ import annotations

import logging

from app.demo.seed import seed_demo_agency
from app.store.database import Store, open_store, sqlite_path

log = logging.getLogger(__name__)


def open_app_store(db_url: str | None = None, *, demo: bool = True) -> Store:
    """Open and migrate the store; on an empty local store, seed the demo agency (unless ``demo``
    is off). A server database is the agency's own, filled by its seats or by copy-store: no demo."""
    store = open_store(db_url)
    if demo and sqlite_path(store) is not None and seed_demo_agency(store):
        log.info("demo agency seeded in %s", store.url)
    return store
