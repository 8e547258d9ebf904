"""The local proofs archive: content-addressed files named by their SHA-256, in the data folder.

A proof is downloaded once, checked by its hash, and never deleted: the archive outlives
AR24's own retention (one year for the avis électronique). Two identical files are stored once.
With several seats the proofs are downloaded once for the whole agency (app/sync/agency.py), so
the archive is then the agency's shared folder (``proofs_dir`` in each seat's settings).
"""
from __future__ import annotations

import hashlib
import uuid
from pathlib import Path

from app.ar24.client import AR24Client
from app.ar24.models import DownloadedFile
from app.machine_settings import MachineSettings
from app.paths import sub_dir

ARCHIVE_FOLDER = "preuves"


def default_root() -> Path:
    shared = MachineSettings.load().proofs_dir
    return Path(shared) if shared else sub_dir(ARCHIVE_FOLDER)


class ProofArchive:
    def __init__(self, root: Path | None = None) -> None:
        self.root = root or default_root()
        self.root.mkdir(parents=True, exist_ok=True)

    def path_for(self, sha256: str) -> Path:
        return self.root / sha256[:2] / f"{sha256}.pdf"

    def fetch(self, client: AR24Client, url: str) -> DownloadedFile:
        """Download ``url`` into the archive; the file ends under its own hash."""
        incoming = self.root / "incoming"
        incoming.mkdir(exist_ok=True)
        downloaded = client.download(url, incoming / f"{uuid.uuid4().hex}.pdf")
        final = self.path_for(downloaded.sha256)
        final.parent.mkdir(exist_ok=True)
        if final.exists():
            downloaded.path.unlink()
        else:
            downloaded.path.replace(final)
        return DownloadedFile(final, downloaded.sha256, downloaded.size)

    def verify(self, sha256: str) -> bool:
        """True when the archived file is there and still has the hash it was filed under."""
        path = self.path_for(sha256)
        if not path.is_file():
            return False
        digest = hashlib.sha256()
        with path.open("rb") as stream:
            for block in iter(lambda: stream.read(1 << 20), b""):
                digest.update(block)
        return digest.hexdigest() == sha256
