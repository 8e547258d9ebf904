"""Every command facing a store it cannot use says so in one French line, never a traceback:
exit code 2 for a malformed address (the user typed it wrong), 1 for a store that cannot be
opened (a scheduled task's log must say what to fix)."""
from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _bad_stores(tmp_path: Path) -> dict[str, tuple[str, int]]:
    text = tmp_path / "notes.db"
    text.write_text("ceci est un fichier texte, pas une base\n" * 50)
    truncated = tmp_path / "coupee.db"
    with sqlite3.connect(truncated) as connection:
        connection.execute("create table t (x)")
        connection.executemany("insert into t values (?)", [("x" * 500,)] * 200)
    connection.close()
    truncated.write_bytes(truncated.read_bytes()[:5000])
    foreign = tmp_path / "autre-logiciel.db"
    with sqlite3.connect(foreign) as connection:
        connection.execute("create table clients (id integer primary key, nom text)")
    connection.close()
    folder = tmp_path / "un-dossier"
    folder.mkdir()
    return {
        "not-a-url": ("ceci n'est pas une url", 2),
        "unknown-driver": ("oracle+nope://x/y", 2),
        "text-file": (f"sqlite:///{text}", 1),
        "truncated": (f"sqlite:///{truncated}", 1),
        "foreign-sqlite": (f"sqlite:///{foreign}", 1),
        "folder": (f"sqlite:///{folder}", 1),
        "missing-folder": (f"sqlite:///{tmp_path / 'absent' / 'sous' / 'base.db'}", 1),
        "server-down": ("postgresql+psycopg://agence@127.0.0.1:1/recommandes?connect_timeout=2", 1),
    }


CASES = ["not-a-url", "unknown-driver", "text-file", "truncated", "foreign-sqlite", "folder", "missing-folder",
         "server-down"]


@pytest.mark.parametrize("case", CASES)
def test_sync_on_a_bad_store_gives_one_french_line(case: str, tmp_path: Path) -> None:
    url, code = _bad_stores(tmp_path)[case]
    env = os.environ | {"RECO_DATA_DIR": str(tmp_path / "data"),
                        "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"}
    done = subprocess.run([sys.executable, "main.py", "--db", url, "sync"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == code, done.stderr
    assert "Traceback" not in done.stderr
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith(("Adresse de base de données invalide", "La base de données n'a pas pu être ouverte",
                                "Le fichier")), lines[0]
