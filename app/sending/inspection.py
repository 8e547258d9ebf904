"""Reading a document once: page count and sizes, protection, damage (pypdf, Pillow).

The result is cached in the database (``DocumentInspection``, shared by every seat) and in an
in-process memo, keyed by path, size and modification time: a check of 1,000 events reads no file
it has already seen, and a file changed on disk is read again.
"""
from __future__ import annotations

import io
import json
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, UnidentifiedImageError
from pypdf import PdfReader
from sqlalchemy import select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from app.store.models import DocumentInspection

POINT_MM = 25.4 / 72
A4_MM = (210.0, 297.0)
IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg"}
_CHUNK = 500            # bound parameters per query, well under every engine's limit
_MEMO_LIMIT = 50_000


@dataclass(frozen=True)
class FileStamp:
    """A file as ``os.stat`` sees it; a change of size or mtime means a new inspection."""
    path: str
    size: int
    mtime_ns: int

    @classmethod
    def of(cls, path: str | Path) -> FileStamp:
        info = os.stat(path)
        return cls(str(path), info.st_size, info.st_mtime_ns)


@dataclass(frozen=True)
class Inspection:
    page_sizes: tuple[tuple[float, float], ...] = ()   # (width, height) in mm, as displayed
    encrypted: bool = False
    error: str = ""                                     # technical reason the file is unreadable

    @property
    def page_count(self) -> int:
        return len(self.page_sizes)


def inspect_pdf(source: str | Path | bytes) -> Inspection:
    try:
        reader = PdfReader(io.BytesIO(source) if isinstance(source, bytes) else source)
        if reader.is_encrypted:
            return Inspection(encrypted=True)
        return Inspection(tuple(_displayed_size(page) for page in reader.pages))
    except Exception as exc:  # noqa: BLE001 — a damaged PDF fails in many ways; all mean "unreadable"
        return Inspection(error=f"{type(exc).__name__}: {exc}"[:500])


def inspect_image(path: str | Path) -> Inspection:
    """An image becomes one A4 page, landscape when the picture is wider than tall."""
    try:
        with Image.open(path) as image:
            image.verify()
            width, height = image.size
    except (OSError, UnidentifiedImageError, SyntaxError, ValueError) as exc:
        return Inspection(error=f"{type(exc).__name__}: {exc}"[:500])
    return Inspection((A4_MM[::-1] if width > height else A4_MM,))


def inspect_file(path: str | Path) -> Inspection:
    return inspect_image(path) if Path(path).suffix.lower() in IMAGE_SUFFIXES else inspect_pdf(path)


def _displayed_size(page) -> tuple[float, float]:
    scale = POINT_MM * float(page.user_unit)
    width, height = float(page.mediabox.width) * scale, float(page.mediabox.height) * scale
    if page.rotation % 180 == 90:
        width, height = height, width
    return round(width, 1), round(height, 1)


_memo: dict[FileStamp, Inspection] = {}


def clear_memo() -> None:
    """Forget the in-process memo (the database cache stays)."""
    _memo.clear()


def inspections(session: Session, stamps: Iterable[FileStamp]) -> dict[FileStamp, Inspection]:
    """The inspection of every file: from the memo, else the database, else by reading the file
    (and then remembered in both). The caller commits the session."""
    wanted = set(stamps)
    found = {stamp: _memo[stamp] for stamp in wanted if stamp in _memo}
    missing = wanted - found.keys()
    if missing:
        found |= _from_database(session, missing)
        unread = [stamp for stamp in missing if stamp not in found]
        fresh = {stamp: inspect_file(stamp.path) for stamp in unread}
        _save(session, fresh)
        found |= fresh
        if len(_memo) > _MEMO_LIMIT:
            _memo.clear()
        _memo.update((stamp, found[stamp]) for stamp in missing)
    return found


def _from_database(session: Session, stamps: set[FileStamp]) -> dict[FileStamp, Inspection]:
    by_path = {stamp.path: stamp for stamp in stamps}
    paths = sorted(by_path)
    found = {}
    for start in range(0, len(paths), _CHUNK):
        rows = session.execute(select(
            DocumentInspection.path, DocumentInspection.size, DocumentInspection.mtime_ns,
            DocumentInspection.page_sizes, DocumentInspection.encrypted, DocumentInspection.error,
        ).where(DocumentInspection.path.in_(paths[start:start + _CHUNK])))
        for path, size, mtime_ns, page_sizes, encrypted, error in rows:
            stamp = by_path[path]
            if (stamp.size, stamp.mtime_ns) == (size, mtime_ns):
                sizes = tuple((float(w), float(h)) for w, h in json.loads(page_sizes))
                found[stamp] = Inspection(sizes, encrypted, error)
    return found


def _save(session: Session, fresh: dict[FileStamp, Inspection]) -> None:
    rows = [{"path": stamp.path, "size": stamp.size, "mtime_ns": stamp.mtime_ns,
             "page_count": result.page_count, "page_sizes": json.dumps(result.page_sizes),
             "encrypted": result.encrypted, "error": result.error} for stamp, result in fresh.items()]
    dialect = {"sqlite": sqlite, "postgresql": postgresql}[session.get_bind().dialect.name]
    for start in range(0, len(rows), _CHUNK):
        statement = dialect.insert(DocumentInspection).values(rows[start:start + _CHUNK])
        # Another seat may have inspected the same file meanwhile: the newest reading wins.
        statement = statement.on_conflict_do_update(
            index_elements=["path"],
            set_={column: statement.excluded[column]
                  for column in ("size", "mtime_ns", "page_count", "page_sizes", "encrypted", "error",
                                 "inspected_at")})
        session.execute(statement)
