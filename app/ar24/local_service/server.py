"""``LocalAR24Service``: the local AR24 service embedded in a process (demo mode, tests).

It serves real HTTP on loopback from a background thread (werkzeug's threaded server, one
thread per connection) and keeps its state in a data folder: SQLite database, uploaded
files, partner credentials. Letters therefore survive a restart of the app.
"""
from __future__ import annotations

import json
import logging
import os
import secrets
import threading
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pyotp
from werkzeug.serving import BaseWSGIServer, WSGIRequestHandler, make_server

from app.ar24.demo_account import DEMO_ACCOUNT_ID
from app.ar24.local_service import accounts
from app.ar24.local_service.clock import ServiceClock
from app.ar24.local_service.state import ServiceConfig, ServiceState
from app.ar24.local_service.store import Store
from app.ar24.local_service.wsgi import API_PREFIX, ServiceApp

logger = logging.getLogger(__name__)

CREDENTIALS_FILE = "credentials.json"
DATABASE_FILE = "ar24-local.sqlite3"
DEMO_ACCOUNT_KEY = "demo_account_id"


class _QuietHandler(WSGIRequestHandler):
    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
        # Werkzeug would log the full request line, whose query string holds the partner token.
        logger.debug("%s %s -> %s", self.command, urlsplit(self.path).path, code)


class LocalAR24Service:
    """Start with ``start()`` (port 0 = any free port), stop with ``stop()`` or use ``with``."""

    def __init__(
        self,
        data_dir: Path | str,
        host: str = "127.0.0.1",
        port: int = 0,
        token: str | None = None,
        private_key: str | None = None,
        clock_speed: float = 1.0,
        config: ServiceConfig | None = None,
        demo_link: str = "none",
    ) -> None:
        self.data_dir = Path(data_dir)
        self._host, self._port = host, port
        self._given_credentials = (token, private_key)
        self._clock_speed = clock_speed
        self._config = config or ServiceConfig()
        self._demo_link = demo_link     # the demo account's link to our token when first created
        self._server: BaseWSGIServer | None = None
        self._thread: threading.Thread | None = None
        self._state: ServiceState | None = None

    # -- life -------------------------------------------------------------------------------

    def start(self) -> LocalAR24Service:
        if self._server is not None:
            raise RuntimeError("service already started")
        (self.data_dir / "files").mkdir(parents=True, exist_ok=True)
        token, private_key = self._credentials()
        store = Store(self.data_dir / DATABASE_FILE)
        try:
            clock = ServiceClock(float(store.get_meta("clock_offset", "0")), self._clock_speed)
            state = ServiceState(store, clock, self._config, token, private_key, self.data_dir / "files")
            self._seed_demo_account(state, self._demo_link)
            server = make_server(self._host, self._port, ServiceApp(state), threaded=True,
                                 request_handler=_QuietHandler)
        except BaseException:     # a port already taken (werkzeug exits), a damaged store: nothing left open
            store.close()
            raise
        state.root_url = f"http://{self._host}:{server.server_port}/"
        self._state, self._server = state, server
        self._thread = threading.Thread(
            target=server.serve_forever, kwargs={"poll_interval": 0.1}, name="ar24-local-service", daemon=True
        )
        self._thread.start()
        logger.info("local AR24 service listening on %s", state.root_url)
        return self

    def stop(self) -> None:
        if self._server is None or self._state is None:
            return
        self._server.shutdown()
        self._server.server_close()
        if self._thread is not None:
            self._thread.join()
        state = self._state
        state.store.set_meta("clock_offset", repr(state.clock.offset))
        state.store.close()
        self._server = self._thread = self._state = None
        logger.info("local AR24 service stopped")

    def __enter__(self) -> LocalAR24Service:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    # -- what a client needs ----------------------------------------------------------------

    @property
    def state(self) -> ServiceState:
        if self._state is None:
            raise RuntimeError("service not started")
        return self._state

    @property
    def root_url(self) -> str:
        return self.state.root_url

    @property
    def base_url(self) -> str:
        return self.root_url.rstrip("/") + API_PREFIX

    @property
    def token(self) -> str:
        return self.state.token

    @property
    def private_key(self) -> str:
        return self.state.private_key

    @property
    def demo_account(self) -> dict[str, Any]:
        """``email``, ``id`` and ``otp_secret`` of the seeded demo account."""
        state = self.state
        with state.store.transaction() as conn:
            row = accounts.find_user(conn, id_user=int(state.store.get_meta(DEMO_ACCOUNT_KEY)))
        assert row is not None   # seeded at the first start
        return {"email": row["email"], "id": row["id"], "otp_secret": row["otp_secret"]}

    # -- first start ------------------------------------------------------------------------

    def _credentials(self) -> tuple[str, str]:
        """Given credentials win; otherwise those generated at the first start of this folder."""
        path = self.data_dir / CREDENTIALS_FILE
        if path.exists():
            stored = json.loads(path.read_text(encoding="utf-8"))
        else:
            stored = {"token": secrets.token_hex(20), "private_key": secrets.token_urlsafe(15)}
            path.write_text(json.dumps(stored), encoding="utf-8")
            os.chmod(path, 0o600)
        token, private_key = self._given_credentials
        return token or stored["token"], private_key or stored["private_key"]

    @staticmethod
    def _seed_demo_account(state: ServiceState, link: str) -> None:
        if state.store.get_meta(DEMO_ACCOUNT_KEY):
            return
        with state.store.transaction() as conn:
            id_user = accounts.add_user(
                conn, state.clock.now(), accounts.DEMO_EMAIL, profile=accounts.DEMO_PROFILE,
                otp_secret=pyotp.random_base32(), payments=accounts.DEMO_PAYMENTS, link=link,
                id_user=DEMO_ACCOUNT_ID,
            )
            conn.execute("INSERT INTO meta (key, value) VALUES (?, ?)", (DEMO_ACCOUNT_KEY, str(id_user)))
