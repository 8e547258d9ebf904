"""Settings of this workstation, in ``settings.json`` of the data folder (never a secret).

Agency-wide settings shared by every seat (prices, tax...) live in the database instead
(``Setting`` table); this file only holds what differs from one workstation to another.
"""
from __future__ import annotations

import json
import logging
import os
from dataclasses import asdict, dataclass, fields
from pathlib import Path

from app.paths import data_dir

log = logging.getLogger(__name__)

ENVIRONMENTS = ("demo", "sandbox", "production", "custom")


@dataclass
class MachineSettings:
    login: str = "JLC"                 # who works on this seat
    ar24_environment: str = "demo"     # demo = the built-in local AR24 service
    ar24_custom_url: str = ""
    language: str = "system"           # "fr", "en", or "system": the language of the operating system
    sync_interval_minutes: int = 15
    database_url: str = ""             # "" = local SQLite; a server URL never holds its password
    # Simultaneous AR24 connections of a batch (uploads and posts). 8: measured speed-up ≈ 7×
    # over one connection at 150 ms latency (tests/bench/bench_outbox.py); more gains little.
    ar24_parallel_connections: int = 8
    # Folder of the proofs archive; "" = preuves/ in the data folder. Several seats: the agency's
    # shared folder, so that every seat opens the proofs whichever seat (or server) downloaded them.
    proofs_dir: str = ""

    @staticmethod
    def path() -> Path:
        return data_dir() / "settings.json"

    @classmethod
    def load(cls) -> MachineSettings:
        path = cls.path()
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return cls()
        except (OSError, ValueError) as error:
            # A damaged file must not stop the application: start from defaults, say so in the log.
            log.warning("settings file %s unreadable (%s): defaults used", path, error)
            return cls()
        known = {f.name for f in fields(cls)}
        settings = cls(**{k: v for k, v in raw.items() if k in known})
        if settings.ar24_environment not in ENVIRONMENTS:
            settings.ar24_environment = "demo"
        return settings

    def save(self) -> None:
        path = self.path()
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(asdict(self), indent=2, ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, path)   # atomic: a crash never leaves half a settings file
