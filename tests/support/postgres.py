"""PostgreSQL for the tests: a throwaway cluster, a fresh empty database per test.

Pytest plugin (loaded by tests/conftest.py). Where the PostgreSQL server binaries are
installed (Debian: ``apt-get install postgresql``), the first test that needs them starts a
private cluster in a temporary folder, reachable only through a unix socket there, and stops
it at the end of the run. ``RECO_TEST_PG_ADMIN_URL`` points the tests at an existing server
instead (a role allowed to CREATE DATABASE).

Without PostgreSQL those tests are skipped, and the run says so in its last lines;
``RECO_REQUIRE_POSTGRES=1`` (set by .ci/run) turns that into a failure, so CI never skips them.

Fixtures:
  pg_url          URL of a new, empty database on the cluster (dropped after the test)
  db_url          each engine in turn: an empty SQLite file, then an empty PostgreSQL database
  demo_db         each engine in turn: an opened Store holding the demo agency
Tests that use PostgreSQL carry the ``postgres`` marker (``-m "not postgres"`` leaves them out).
"""
from __future__ import annotations

import glob
import itertools
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

ADMIN_URL_ENV = "RECO_TEST_PG_ADMIN_URL"
REQUIRE_ENV = "RECO_REQUIRE_POSTGRES"
BINDIR_ENV = "RECO_PG_BINDIR"

_skipped_for_absence: list[str] = []


def _find_bindir() -> Path | None:
    if os.environ.get(BINDIR_ENV):
        chosen = Path(os.environ[BINDIR_ENV])
        return chosen if (chosen / "initdb").exists() else None
    on_path = shutil.which("initdb")
    if on_path:
        return Path(on_path).parent
    # Debian and Ubuntu keep the server binaries out of PATH, one folder per major version.
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"),
                   key=lambda p: int(Path(p).parent.parent.name) if Path(p).parent.parent.name.isdigit() else 0)
    return Path(found[-1]).parent if found else None


class TemporaryCluster:
    """initdb + pg_ctl in a temporary folder; as the ``postgres`` user when we are root
    (the server refuses to run as root)."""

    def __init__(self, bindir: Path) -> None:
        self.bindir = bindir
        self.folder = Path(tempfile.mkdtemp(prefix="reco-pg-"))
        self.data = self.folder / "data"
        self.as_postgres = os.geteuid() == 0 if hasattr(os, "geteuid") else False
        if self.as_postgres:
            shutil.chown(self.folder, "postgres", "postgres")

    def _run(self, *args: str) -> None:
        command = [str(self.bindir / args[0]), *args[1:]]
        if self.as_postgres:
            command = ["runuser", "-u", "postgres", "--", *command]
        result = subprocess.run(command, capture_output=True, text=True, timeout=120)
        if result.returncode:
            raise RuntimeError(f"{' '.join(command)} failed:\n{result.stdout}\n{result.stderr}")

    def start(self) -> str:
        self._run("initdb", "-D", str(self.data), "-U", "postgres", "--auth=trust", "-E", "UTF8",
                  "--locale=C", "--no-sync")
        # No TCP at all: the socket lives in our folder. Durability is useless for throwaway
        # test data, so fsync is off (much faster CREATE DATABASE and commits).
        options = (f"-k {self.folder} -c listen_addresses='' -c fsync=off -c synchronous_commit=off "
                   "-c full_page_writes=off -c max_connections=100")
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.folder / "server.log"), "-w",
                  "-t", "60", "-o", options, "start")
        return f"postgresql+psycopg://postgres@/postgres?host={self.folder}"

    def stop(self) -> None:
        try:
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)


class PostgresServer:
    """A server where each test gets its own database."""

    def __init__(self, admin_url: str) -> None:
        self.admin_url = admin_url
        self.engine = create_engine(admin_url, isolation_level="AUTOCOMMIT")
        self._numbers = itertools.count(1)

    def create_database(self) -> str:
        name = f"reco_test_{os.getpid()}_{next(self._numbers)}"
        with self.engine.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}" TEMPLATE template0'))
        return make_url(self.admin_url).set(database=name).render_as_string(hide_password=False)

    def drop_database(self, url: str) -> None:
        name = make_url(url).database
        with self.engine.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))

    def dispose(self) -> None:
        self.engine.dispose()


def _absent(reason: str) -> None:
    message = f"PostgreSQL absent ({reason}) : installez-le (apt-get install postgresql) pour ces tests"
    if os.environ.get(REQUIRE_ENV) == "1":
        pytest.fail(f"{message} — {REQUIRE_ENV}=1 interdit de les ignorer.", pytrace=False)
    _skipped_for_absence.append(reason)
    pytest.skip(message)


@pytest.fixture(scope="session")
def pg_server():
    admin_url = os.environ.get(ADMIN_URL_ENV)
    cluster = None
    if not admin_url:
        bindir = _find_bindir()
        if bindir is None:
            _absent("initdb introuvable")
        cluster = TemporaryCluster(bindir)
        try:
            admin_url = cluster.start()
        except (OSError, RuntimeError, subprocess.TimeoutExpired) as error:
            shutil.rmtree(cluster.folder, ignore_errors=True)
            _absent(f"le serveur n'a pas démarré : {error}")
    server = PostgresServer(admin_url)
    yield server
    server.dispose()
    if cluster is not None:
        cluster.stop()


@pytest.fixture
def pg_url(pg_server: PostgresServer) -> str:
    """A new, empty PostgreSQL database, reachable from this process and from subprocesses."""
    url = pg_server.create_database()
    yield url
    pg_server.drop_database(url)


ENGINES = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]


@pytest.fixture(params=ENGINES)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """An empty database on each engine in turn (the test runs once per engine)."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'store.db'}"
    return request.getfixturevalue("pg_url")


@pytest.fixture(params=ENGINES)
def demo_db(request: pytest.FixtureRequest, demo_template: Path):
    """The demo agency on each engine in turn: a copy of the demo SQLite store, or that store
    copied into a fresh PostgreSQL database by ``copy-store``."""
    if request.param == "sqlite":
        yield request.getfixturevalue("demo_store")
        return
    from app.store.copy import copy_store
    from app.store.database import open_store

    url = request.getfixturevalue("pg_url")
    copy_store(f"sqlite:///{demo_template / 'template.db'}", url)
    store = open_store(url)
    yield store
    store.dispose()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "pg_url" in getattr(item, "fixturenames", ()) and not item.get_closest_marker("postgres"):
            item.add_marker(pytest.mark.postgres)


def pytest_terminal_summary(terminalreporter) -> None:
    if _skipped_for_absence:
        terminalreporter.write_line(
            f"PostgreSQL absent ({_skipped_for_absence[0]}) : les tests PostgreSQL ont été ignorés "
            "(apt-get install postgresql pour les lancer).", yellow=True)
