"""SQLite state of the local AR24 service (one file in its data folder, WAL journal).

One connection guarded by a lock: every operation is a few microseconds of SQL, so
serialising them is simpler than juggling busy timeouts, and still fast for a dozen parallel
client connections (crypto, JSON and file I/O happen outside the lock).
"""
from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS users (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    email TEXT NOT NULL UNIQUE COLLATE NOCASE,
    profile TEXT NOT NULL,                -- JSON: names, company, address, flags
    otp_secret TEXT,                      -- base32 TOTP secret; NULL: no eIDAS identifiers yet
    payments TEXT NOT NULL DEFAULT '[]',  -- JSON list of payment methods
    link TEXT NOT NULL DEFAULT 'none',    -- none | pending | granted | denied
    link_changed REAL NOT NULL,
    identity_ordered REAL,
    created REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS attachments (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    id_user INTEGER NOT NULL,
    name TEXT NOT NULL,
    size INTEGER NOT NULL,
    sha1 TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    token TEXT NOT NULL UNIQUE,           -- file name on disk and download link
    uploaded REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS mails (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    id_user INTEGER NOT NULL,
    type TEXT NOT NULL,
    status TEXT NOT NULL,
    is_eidas INTEGER NOT NULL,
    ref_client TEXT NOT NULL DEFAULT '',
    fields TEXT NOT NULL,                 -- JSON: recipient, references, content, options
    attachments TEXT NOT NULL,            -- JSON list of attachment ids
    outcome TEXT NOT NULL,                -- final status planned by the recipient rules
    next_due REAL,                        -- service time of the next automatic transition
    created REAL NOT NULL,
    deposited REAL,
    sent_at REAL, view_at REAL, refused_at REAL, negligence_at REAL, bounced_at REAL,
    token TEXT NOT NULL,
    full_hash TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS mails_by_user ON mails (id_user, id);
CREATE INDEX IF NOT EXISTS mails_by_ref ON mails (ref_client);
CREATE INDEX IF NOT EXISTS mails_due ON mails (next_due) WHERE next_due IS NOT NULL;
CREATE TABLE IF NOT EXISTS otp_sessions (
    hash TEXT PRIMARY KEY,
    id_user INTEGER NOT NULL,
    expires REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS consents (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    id_user INTEGER NOT NULL,
    email TEXT NOT NULL,
    firstname TEXT NOT NULL DEFAULT '',
    lastname TEXT NOT NULL DEFAULT '',
    company TEXT NOT NULL DEFAULT '',
    statut TEXT NOT NULL DEFAULT 'particulier',
    status TEXT NOT NULL,                 -- waiting | accepted | refused
    outcome TEXT NOT NULL,                -- planned answer of the simulated recipient
    created REAL NOT NULL,
    decided REAL,
    token TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS consents_waiting ON consents (status, created);
"""

# AR24 ids are large numbers; distinct ranges also catch a mail id passed as an attachment id.
FIRST_IDS = {"users": 50000, "attachments": 500000, "mails": 100000, "consents": 9000}


class Store:
    def __init__(self, path: Path) -> None:
        self._lock = threading.RLock()
        self._conn = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        self._conn.row_factory = sqlite3.Row
        self._conn.execute("PRAGMA journal_mode=WAL")
        self._conn.execute("PRAGMA synchronous=NORMAL")  # WAL + NORMAL: durable across app crashes
        self._conn.executescript(SCHEMA)
        with self.transaction() as conn:
            for table, first in FIRST_IDS.items():
                conn.execute(
                    "INSERT INTO sqlite_sequence (name, seq) SELECT ?, ? "
                    "WHERE NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = ?)",
                    (table, first, table),
                )

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """Exclusive access for one unit of work, committed at the end, rolled back on error.
        A nested call joins the enclosing unit of work."""
        with self._lock:
            if self._conn.in_transaction:
                yield self._conn
                return
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield self._conn
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")

    def get_meta(self, key: str, default: str = "") -> str:
        with self.transaction() as conn:
            row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row["value"] if row else default

    def set_meta(self, key: str, value: str) -> None:
        with self.transaction() as conn:
            conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))

    def close(self) -> None:
        with self._lock:
            self._conn.close()
