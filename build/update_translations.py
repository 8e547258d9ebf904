"""Refresh the translation catalogs from the sources: ``python build/update_translations.py``.

Runs pyside6-lupdate over every Python file of ``app/``, ``ui/`` and ``main.py`` and updates
``resources/translations/recommandes_<lang>.ts`` (new strings are added "unfinished", strings
gone from the sources are dropped). Then translate the new entries — by hand in the XML or
with ``pyside6-linguist resources/translations/recommandes_en.ts`` — until
``tests/ui/test_translations.py`` passes. The build compiles the ``.ts`` into ``.qm``.
"""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"
TARGET_LANGUAGES = ("en",)   # French is the language of the sources


def sources() -> list[Path]:
    files = [ROOT / "main.py"]
    for package in ("app", "ui"):
        files += sorted(p for p in (ROOT / package).rglob("*.py") if "migrations" not in p.parts)
    return files


def lupdate() -> str:
    local = Path(sys.executable).parent / "pyside6-lupdate"
    found = str(local) if local.exists() else shutil.which("pyside6-lupdate")
    if not found:
        raise SystemExit("pyside6-lupdate introuvable : installez PySide6-Essentials dans cet environnement.")
    return found


def update(ts_files: list[Path] | None = None) -> list[Path]:
    ts_files = ts_files or [TRANSLATIONS / f"recommandes_{lang}.ts" for lang in TARGET_LANGUAGES]
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    files = [str(p.relative_to(ROOT)) for p in sources()]
    for ts in ts_files:
        language = ts.stem.rsplit("_", 1)[-1]
        subprocess.run([lupdate(), *files, "-source-language", "fr_FR", "-target-language", language,
                        "-no-obsolete", "-locations", "none", "-ts", str(ts)], check=True, cwd=ROOT)
    return ts_files


if __name__ == "__main__":
    for path in update():
        print(path.relative_to(ROOT))
