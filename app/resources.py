"""Where the bundled read-only resources are: icons, translations, help pages.

From a source checkout they sit in ``resources/`` at the root of the clone; in the frozen
application PyInstaller unpacks them next to the code (``sys._MEIPASS``).
"""
from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    frozen_root = getattr(sys, "_MEIPASS", None)
    root = Path(frozen_root) if frozen_root else Path(__file__).resolve().parents[1]
    return root / "resources"


def icon_path() -> Path:
    return resources_dir() / "icons" / "app.png"


def translations_dir() -> Path:
    return resources_dir() / "translations"


def help_dir() -> Path:
    return resources_dir() / "help"
