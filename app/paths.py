"""Where the product keeps its files on this machine.

The per-user folders come from platformdirs; ``RECO_DATA_DIR`` moves the data
folder elsewhere (tests, portable installs, a second profile on one machine).
"""
from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from app import APP_SLUG

DATA_DIR_ENV = "RECO_DATA_DIR"


def data_dir() -> Path:
    """The user's data folder: database, documents, proof archive, local AR24 service state."""
    override = os.environ.get(DATA_DIR_ENV)
    path = Path(override) if override else Path(platformdirs.user_data_dir(APP_SLUG, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def sub_dir(name: str) -> Path:
    path = data_dir() / name
    path.mkdir(parents=True, exist_ok=True)
    return path


def documents_dir() -> Path:
    """Letter bodies and attachments of events (the agency's document folder)."""
    return sub_dir("documents")


def log_dir() -> Path:
    return sub_dir("logs")


def ar24_service_dir() -> Path:
    """State of the built-in local AR24 service (demo mode)."""
    return sub_dir("ar24-local")
