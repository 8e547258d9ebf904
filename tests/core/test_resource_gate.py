"""The suite fails on a leak: pyproject.toml turns a ResourceWarning (an unclosed file, pipe,
socket or connection) into an error, also when the garbage collector emits it, where pytest
reports it as a PytestUnraisableExceptionWarning. Checked by running pytest, with the repository's
settings, on a throwaway test that leaks a file next to one that closes it."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

THROWAWAY = '''
def test_leaks_a_file(tmp_path):
    open(tmp_path / "left-open.txt", "w")   # never closed: collected at once, warns then


def test_closes_its_file(tmp_path):
    with open(tmp_path / "closed.txt", "w"):
        pass
'''


def test_a_leaked_file_fails_the_suite(tmp_path: Path) -> None:
    (tmp_path / "test_throwaway.py").write_text(THROWAWAY, encoding="utf-8")
    env = {name: value for name, value in os.environ.items() if name != "PYTHONWARNINGS"}
    done = subprocess.run([sys.executable, "-m", "pytest", "-q", "-c", str(ROOT / "pyproject.toml"),
                           "--rootdir", str(tmp_path), "-p", "no:cacheprovider", "test_throwaway.py"],
                          cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "FAILED test_throwaway.py::test_leaks_a_file" in done.stdout, done.stdout
    assert "ResourceWarning: unclosed file" in done.stdout, done.stdout
    assert "1 failed, 1 passed" in done.stdout, done.stdout
