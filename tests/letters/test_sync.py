"""Status sync and the proofs archive, against the demo's local AR24 service; the headless
``python main.py sync`` of a scheduled task."""
from __future__ import annotations

import hashlib
import json
import os
import socket
import subprocess
import sys
from pathlib import Path

from sqlalchemy import select

from app.store.models import LetterStatusChange, Proof, RegisteredLetter
from app.sync.archive import ProofArchive
from app.sync.statuses import sync_letters
from tests.letters.support import posted_letters, service_control

ROOT = Path(__file__).resolve().parents[2]


def test_sync_records_each_step_and_archives_each_proof_once(demo_context, tmp_path) -> None:
    outcomes = ["AR", "refused", "negligence", "bounced"]
    letters = posted_letters(demo_context, outcomes, tmp_path)
    with service_control(demo_context) as control:
        control.clock(advance_seconds=16 * 86400)
    archive = ProofArchive()
    first = sync_letters(demo_context.store, demo_context.ar24.client, archive)
    assert first.letters_checked == 4 and first.proofs_downloaded == 3 + 3 + 3 + 2
    with demo_context.store.session() as session:
        statuses = dict(session.execute(select(RegisteredLetter.id, RegisteredLetter.ar24_status)).all())
        assert [statuses[letter] for letter in letters] == outcomes
        history = list(session.scalars(select(LetterStatusChange.status).where(
            LetterStatusChange.letter_id == letters[0]).order_by(LetterStatusChange.at, LetterStatusChange.id)))
        assert history[0] == "to_valid" and history[-2:] == ["sent", "AR"]
        proofs = session.execute(select(Proof.sha256, Proof.url)).all()
    for proof in proofs:
        data = archive.path_for(proof.sha256).read_bytes()
        assert hashlib.sha256(data).hexdigest() == proof.sha256 and data.startswith(b"%PDF")
        assert "token" not in proof.url   # AR24's document token never enters the database
    # Final letters with all their proofs are not asked for again: AR24 is not even contacted.
    again = sync_letters(demo_context.store, lambda: (_ for _ in ()).throw(AssertionError("called")), archive)
    assert again.letters_checked == 0 and again.proofs_downloaded == 0


def _headless_sync(data_dir: Path, db_url: str, base_url: str, token: str, private_key: str):
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / "settings.json").write_text(json.dumps({"ar24_environment": "custom", "ar24_custom_url": base_url}))
    env = os.environ | {"RECO_DATA_DIR": str(data_dir), "AR24_TOKEN": token, "AR24_PRIVATE_KEY": private_key,
                        "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"}
    return subprocess.run([sys.executable, "main.py", "--db", db_url, "sync"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)


def test_headless_sync_updates_the_store_and_fails_clearly_when_ar24_is_unreachable(demo_context, tmp_path) -> None:
    letters = posted_letters(demo_context, ["AR"], tmp_path)
    service = demo_context.ar24.local_service()
    with service_control(demo_context) as control:
        control.clock(advance_seconds=3600)
    db_url = str(demo_context.store.engine.url)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        closed = f"http://127.0.0.1:{probe.getsockname()[1]}/api/"
    down = _headless_sync(tmp_path / "seat", db_url, closed, service.token, service.private_key)
    assert down.returncode == 1 and "AR24 est injoignable" in down.stderr
    with demo_context.store.session() as session:
        assert session.get(RegisteredLetter, letters[0]).ar24_status == "waiting"
    done = _headless_sync(tmp_path / "seat", db_url, service.base_url, service.token, service.private_key)
    assert done.returncode == 0, done.stderr
    assert "1 lettre(s) vérifiée(s)" in done.stdout
    with demo_context.store.session() as session:
        assert session.get(RegisteredLetter, letters[0]).ar24_status == "AR"
