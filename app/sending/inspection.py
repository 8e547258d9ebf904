"""Reading a document once: page count and sizes, protection, damage (pypdf, Pillow).

The result is cached in the database (``DocumentInspection``, shared by every seat) and in an
in-process memo, keyed by path, size and modification time: a check of 1,000 events reads no file
it has already seen, and a file changed on disk is read again.
"""
from __future__ import annotations

import io
import json
import os
import re
import warnings
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, UnidentifiedImageError
from pypdf import PdfReader
from pypdf.generic import ArrayObject, DictionaryObject
from sqlalchemy import select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from app.store.models import DocumentInspection

POINT_MM = 25.4 / 72
A4_MM = (210.0, 297.0)
IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg"}
_CHUNK = 500            # bound parameters per query, well under every engine's limit
_MEMO_LIMIT = 50_000
# An A4 page scanned at 600 dpi is 35 megapixels; past 50 an image is no scan of a letter, and
# decoding it would cost seconds and gigabytes (a 144-megapixel PNG: 16 s, 2 GB).
MAX_IMAGE_PIXELS = 50_000_000
# Kinds of refusal carried at the start of ``Inspection.error`` (the cache stores one text column).
TOO_MANY_PIXELS = "too-many-pixels"
ACTIVE_CONTENT = "active-content"
_ACTIONS = {"/JavaScript", "/Launch"}


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
        if action := _active_content(reader):
            return Inspection(error=f"{ACTIVE_CONTENT}: {action}")
        return Inspection(tuple(_displayed_size(page) for page in reader.pages))
    except Exception as exc:  # noqa: BLE001 — a damaged PDF fails in many ways; all mean "unreadable"
        return Inspection(error=f"{type(exc).__name__}: {exc}"[:500])


def _active_content(reader: PdfReader) -> str | None:
    """The first JavaScript or launch action of the document (opening, pages, links), if any:
    a registered letter must not run code nor open programs on the recipient's machine."""
    root = reader.trailer["/Root"].get_object()
    names = root.get("/Names")
    if isinstance(names, DictionaryObject) and "/JavaScript" in names.get_object():
        return "/JavaScript"
    holders: list[object] = [root.get("/OpenAction"), root.get("/AA")]
    for page in reader.pages:
        holders.append(page.get("/AA"))
        annotations = page.get("/Annots")
        for annotation in (annotations.get_object() if annotations is not None else ()):
            annotation = annotation.get_object()
            holders += [annotation.get("/A"), annotation.get("/AA")]
    for holder in holders:
        if (action := _action_kind(holder)) is not None:
            return action
    return None


def _action_kind(holder: object, depth: int = 0) -> str | None:
    """An action dictionary's /S when it is JavaScript or Launch, looking into /Next chains and
    additional-action dictionaries (bounded: a hostile file may loop)."""
    if holder is None or depth > 8:
        return None
    holder = holder.get_object() if hasattr(holder, "get_object") else holder
    if isinstance(holder, ArrayObject):
        return next((kind for item in holder if (kind := _action_kind(item, depth + 1))), None)
    if not isinstance(holder, DictionaryObject):
        return None
    if holder.get("/S") in _ACTIONS:
        return str(holder["/S"])
    return next((kind for key, value in holder.items() if key != "/Parent"
                 and (kind := _action_kind(value, depth + 1))), None)


def inspect_image(path: str | Path) -> Inspection:
    """An image becomes one A4 page, landscape when the picture is wider than tall. The header
    gives the size before any decoding; the whole picture is then decoded once, small, to
    find a truncated file (``verify`` alone does not see a JPEG cut short)."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)   # our own cap decides
            with Image.open(path) as image:
                width, height = image.size
                if width * height > MAX_IMAGE_PIXELS:
                    return Inspection(error=f"{TOO_MANY_PIXELS}: {width * height}")
                image.verify()
        with Image.open(path) as image:
            image.draft("RGB", (max(1, width // 8), max(1, height // 8)))   # JPEG: decode at 1/8 scale
            image.load()
    except Image.DecompressionBombError as bomb:   # past twice Pillow's own limit: refused at open
        pixels = re.search(r"\((\d+) pixels\)", str(bomb))
        return Inspection(error=f"{TOO_MANY_PIXELS}: {pixels.group(1) if pixels else ''}")
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
