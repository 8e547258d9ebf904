"""``main.py import-letters`` in a real process, in a temporary data folder (RECO_DATA_DIR)."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from app.demo.letter_run import write_letter_run
from app.store.database import default_url, open_store
from app.store.models import Event

REPO = Path(__file__).resolve().parents[2]
MARKER = r"Réf\. tiers : (\S+)"


def _run(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "main.py", *args], cwd=REPO, env=env, capture_output=True, text=True,
                          timeout=120, check=False)


def _events(data_dir: Path) -> list[Event]:
    store = open_store(default_url())     # the data folder's database, as the command opened it
    try:
        with store.session() as session:
            return session.query(Event).filter(Event.model == "Courrier importé").order_by(Event.id).all()
    finally:
        store.dispose()


def test_dry_run_json_then_import_with_one_refused_letter(data_dir, tmp_path):
    run = write_letter_run(tmp_path / "Convocation AG.pdf", ["T0001", "Z9999", "T0002"])
    dry = _run("import-letters", str(run), "--split-marker", MARKER, "--dry-run", "--json")
    assert dry.returncode == 1                                        # one letter refused
    rows = json.loads(dry.stdout)                                     # stdout holds only the JSON array
    assert [(r["pages"], r["tiers_code"], r["status"]) for r in rows] == [
        ("1–3", "T0001", "accepted"), ("4–6", "Z9999", "refused"), ("7–9", "T0002", "accepted")]
    assert rows[1]["reason"] == "Pages 4–6 : aucun tiers n'a le code « Z9999 »."
    assert "Simulation : 2 courrier(s) seraient importés, 1 refusé(s)" in dry.stderr
    assert _events(data_dir) == []                                    # a dry run creates nothing

    done = _run("import-letters", str(run), "--split-marker", MARKER, "--ag-date", "20/01/2027",
                "--subject", "Convocation AG du 20 janvier")
    assert done.returncode == 1
    assert "2 courrier(s) importé(s) : événements chronotés n° " in done.stdout
    assert "Pages 4–6 : aucun tiers n'a le code « Z9999 »." in done.stdout
    events = _events(data_dir)
    assert [(e.subject, f"{e.ag_date:%d/%m/%Y}", e.treatment_number is not None) for e in events] == [
        ("Convocation AG du 20 janvier", "20/01/2027", True)] * 2


def test_everything_accepted_exits_0_in_english(data_dir, tmp_path):
    folder = tmp_path / "lettres"
    write_letter_run(folder / "T0001.pdf", [None], pages=1)
    done = _run("--lang", "en", "import-letters", str(folder), "--json")
    assert done.returncode == 0, done.stderr
    [row] = json.loads(done.stdout)
    assert (row["tiers_code"], row["status"], row["event_id"] is not None) == ("T0001", "created", True)
    assert "letter(s) imported" in done.stderr


def test_bad_files_and_bad_usage(data_dir, tmp_path):
    no_marker = write_letter_run(tmp_path / "blanc.pdf", [None, None])
    refused = _run("import-letters", str(no_marker))
    assert refused.returncode == 1
    assert "« blanc.pdf » : aucun code tiers connu n'a été trouvé sur aucune des 6 pages" in refused.stderr
    (tmp_path / "vide.pdf").write_bytes(b"")
    empty = _run("import-letters", str(tmp_path / "vide.pdf"))
    assert (empty.returncode, empty.stderr.strip()) == (1, "Le fichier « vide.pdf » est vide (0 octet).")
    assert _events(data_dir) == []
    assert _run("import-letters", str(no_marker), "--pages", "0").returncode == 2
    assert _run("import-letters", str(no_marker), "--ag-date", "2027-01-20").returncode == 2
    assert _run("import-letters", str(no_marker), "--split-marker", "(").returncode == 2
    assert _run("import-letters", str(no_marker), "--pages", "2", "--split-marker", "x").returncode == 2
    assert _run("import-letters", str(no_marker), "--bogus").returncode == 2
    assert _run("import-letters", str(tmp_path), "--pages", "2").returncode == 2     # a folder is not split
    english = _run("--lang", "en", "import-letters", str(no_marker), "--ag-date", "2027-01-20")
    assert english.returncode == 2 and "--ag-date: unreadable date “2027-01-20” (DD/MM/YYYY)" in english.stderr
