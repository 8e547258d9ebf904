"""Uploaded files of the local service: stored on disk under a random token, described in
SQLite, listed in mails as ``attachments_details`` (§6.3)."""
from __future__ import annotations

import hashlib
import secrets
import shutil
import sqlite3
from collections.abc import Sequence
from pathlib import Path
from typing import IO, Any

from app.ar24.local_service.protocol import ApiFailure

CHUNK = 1024 * 1024


def save_upload(stream: IO[bytes], files_dir: Path, limit: int) -> tuple[str, int, str, str]:
    """Copy an uploaded stream to disk while hashing it; returns (token, size, sha1, sha256).
    An empty file or one above ``limit`` is refused as AR24 does (``attachment_too_big``)."""
    token = secrets.token_hex(16)
    path = files_dir / token
    sha1, sha256, size = hashlib.sha1(), hashlib.sha256(), 0
    with path.open("wb") as out:
        while chunk := stream.read(CHUNK):
            size += len(chunk)
            if size > limit:
                break
            sha1.update(chunk)
            sha256.update(chunk)
            out.write(chunk)
    if size == 0 or size > limit:
        path.unlink()
        raise ApiFailure("attachment_too_big")
    return token, size, sha1.hexdigest(), sha256.hexdigest()


def copy_to(token: str, files_dir: Path, destination: IO[bytes]) -> None:
    with (files_dir / token).open("rb") as source:
        shutil.copyfileobj(source, destination, CHUNK)


def owned_attachments(conn: sqlite3.Connection, id_user: int, ids: Sequence[str]) -> list[sqlite3.Row]:
    """The attachments named in a mail, in order; AR24's errors for unknown or foreign ones."""
    rows = []
    for raw_id in ids:
        row = conn.execute("SELECT * FROM attachments WHERE id = ?", (raw_id.strip(),)).fetchone()
        if row is None:
            raise ApiFailure("attachment_not_exists")
        if row["id_user"] != id_user:
            raise ApiFailure("attachment_unavailable")
        rows.append(row)
    return rows


def rows_by_id(conn: sqlite3.Connection, ids: set[int]) -> dict[int, sqlite3.Row]:
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    return {row["id"]: row for row in conn.execute(f"SELECT * FROM attachments WHERE id IN ({marks})", tuple(ids))}


def human_size(size: int) -> str:
    value = float(size)
    for unit in ("o", "Ko", "Mo"):
        if value < 1024:
            return f"{value:.0f} {unit}" if unit == "o" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{value:.1f} Go"


def detail_json(row: sqlite3.Row, root_url: str) -> dict[str, Any]:
    return {
        "id": row["id"],
        "name": row["name"],
        "hash_sha1": row["sha1"],
        "file_size": str(row["size"]),
        "human_file_size": human_size(row["size"]),
        "download_url": f"{root_url}get/att/{row['token']}",
    }
