"""The application's log file (``logs/recommande-ar24.log`` in the data folder), kept small by
rotation. Nothing secret is ever logged: the AR24 client hides query strings and the secrets
never leave the keyring (a test reads this file to prove it)."""
from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

from app.paths import log_dir

LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def log_file_path() -> Path:
    return log_dir() / "recommande-ar24.log"


# The terminal gets warnings and errors only: routine lines (migrations, HTTP requests) would
# drown a command's own output, and the log file keeps them all.
CONSOLE_LEVEL = logging.WARNING


def configure_logging(level: int = logging.INFO) -> RotatingFileHandler:
    """Log to the log file, and warnings to the console; returns the file handler (tests remove it)."""
    logging.basicConfig(level=level, format=LOG_FORMAT)
    for existing in logging.getLogger().handlers:
        if isinstance(existing, logging.StreamHandler) and not isinstance(existing, logging.FileHandler):
            existing.setLevel(CONSOLE_LEVEL)
    handler = RotatingFileHandler(log_file_path(), maxBytes=2_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter(LOG_FORMAT))
    logging.getLogger().addHandler(handler)
    return handler
