"""Distribution: the self-test, the compiled catalog, and the frozen bundle built here.

The bundle test runs the documented build command (``python build/build.py``) into a temporary
folder, then runs the frozen executable's ``--self-test`` in English and in French.
"""
from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from app import APP_SLUG
from app.resources import translations_dir

ROOT = Path(__file__).resolve().parents[2]


def _lrelease() -> str:
    return str(Path(sys.executable).parent / "pyside6-lrelease")


def _clean_env(data: Path) -> dict[str, str]:
    """No Python of ours, no user data folder: what a double-click on a fresh machine gets."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV", "RECO_"))}
    env.update(QT_QPA_PLATFORM="offscreen", RECO_DATA_DIR=str(data))
    return env


def test_self_test_from_the_sources_passes_and_leaves_the_data_folder_alone(tmp_path):
    data = tmp_path / "user-data"
    result = subprocess.run([sys.executable, "main.py", "--self-test", "--lang", "en"], cwd=ROOT,
                            env=_clean_env(data) | {"PYTHONPATH": str(ROOT)}, capture_output=True, text=True,
                            timeout=180)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Self-test passed" in result.stdout         # in English, as asked
    assert "language: en" in result.stdout
    assert "uploaded" in result.stdout                 # the upload reached the local AR24 service
    assert not (data / "recommandes.db").exists()      # it worked in its own temporary folder


def test_the_compiled_catalog_translates_like_its_source(qapp, tmp_path):
    qm = tmp_path / "recommandes_en.qm"
    subprocess.run([_lrelease(), "-silent", str(translations_dir() / "recommandes_en.ts"), "-qm", str(qm)],
                   check=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    qapp.installTranslator(translator)
    try:
        assert QCoreApplication.translate("MainWindow", "Organiseur") == "Organiser"
        assert QCoreApplication.translate("Columns", "Consentement LRE") == "LRE consent"
    finally:
        qapp.removeTranslator(translator)


@pytest.mark.slow
@pytest.mark.timeout(1200)
def test_frozen_bundle_builds_and_passes_its_self_test(tmp_path):
    pytest.importorskip("PyInstaller", reason='pip install -e ".[build]"')
    started = time.perf_counter()
    build = subprocess.run([sys.executable, "build/build.py", "--dist", str(tmp_path / "dist"), "--work",
                            str(tmp_path / "work"), "--no-archive"], cwd=ROOT, capture_output=True, text=True)
    assert build.returncode == 0, build.stdout[-3000:] + build.stderr[-3000:]
    build_seconds = time.perf_counter() - started
    bundle = tmp_path / "dist" / APP_SLUG
    executable = bundle / (APP_SLUG + (".exe" if sys.platform == "win32" else ""))
    assert executable.exists()
    internal = bundle / "_internal"
    assert (internal / "resources" / "translations" / "recommandes_en.qm").exists()
    assert (internal / "resources" / "help" / "tiers.html").exists()
    assert (internal / "resources" / "help" / "en" / "tiers.html").exists()

    for language in ("en", "fr"):
        run = subprocess.run([str(executable), "--self-test", "--lang", language], cwd=tmp_path,
                             env=_clean_env(tmp_path / "user-data"), capture_output=True, text=True, timeout=180)
        assert run.returncode == 0, f"--self-test --lang {language}\n{run.stdout}\n{run.stderr[-3000:]}"
        assert {"en": "language: en", "fr": "langue : fr"}[language] in run.stdout
    print(f"\nbundle built in {build_seconds:.0f} s")
