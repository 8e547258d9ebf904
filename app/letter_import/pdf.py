"""Reading and cutting PDFs with PDFium: page texts, page counts, a page range saved as its own file.

PDFium is not thread-safe: every call goes through ``app.compose.pdfium.PDFIUM``.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pypdfium2 as pdfium  # type: ignore[import-untyped]
import pypdfium2.raw as pdfium_c  # type: ignore[import-untyped]

from app.compose.pdfium import PDFIUM
from app.i18n import QT_TRANSLATE_NOOP, Message, message
from app.sending.documents import format_size

MAX_BYTES = 50 * 1024 * 1024


class BadFile(Exception):
    """A whole file is refused; nothing is created. ``message`` names the file and what is wrong."""

    def __init__(self, text: Message) -> None:
        super().__init__(str(text))
        self.message = text


def check_size(path: Path) -> None:
    try:
        size = path.stat().st_size
    except OSError as error:
        raise BadFile(message(QT_TRANSLATE_NOOP("LetterImport", "Le fichier « {name} » est introuvable ou illisible "
                                                "({reason})."), name=path.name, reason=error.strerror or error)) from error
    if size == 0:
        raise BadFile(message(QT_TRANSLATE_NOOP("LetterImport", "Le fichier « {name} » est vide (0 octet)."),
                              name=path.name))
    if size > MAX_BYTES:
        raise BadFile(message(QT_TRANSLATE_NOOP(
            "LetterImport", "Le fichier « {name} » pèse {size}, au-delà des {limit} acceptés pour un import."),
            name=path.name, size=format_size(size), limit=format_size(MAX_BYTES)))


@contextmanager
def opened(path: Path) -> Iterator[pdfium.PdfDocument]:
    """The PDF, checked (size, damage, protection); the caller holds ``PDFIUM``."""
    check_size(path)
    try:
        document = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as error:
        if getattr(error, "err_code", None) == pdfium_c.FPDF_ERR_PASSWORD:
            raise BadFile(message(QT_TRANSLATE_NOOP(
                "LetterImport", "Le fichier « {name} » est protégé par un mot de passe : enregistrez-en une version "
                "non protégée."), name=path.name)) from None
        raise BadFile(message(QT_TRANSLATE_NOOP(
            "LetterImport", "Le fichier « {name} » n'est pas un PDF lisible (endommagé ou d'un autre format) : "
            "enregistrez-le de nouveau en PDF."), name=path.name)) from None
    try:
        if len(document) == 0:
            raise BadFile(message(QT_TRANSLATE_NOOP("LetterImport", "Le fichier « {name} » ne contient aucune page."),
                                  name=path.name))
        yield document
    finally:
        document.close()


def page_count(path: Path) -> int:
    with PDFIUM, opened(path) as document:
        return len(document)


def page_texts(path: Path, *, cancelled: Callable[[], bool] = lambda: False,
               progress: Callable[[int, int], None] = lambda done, total: None) -> list[str]:
    """The text of every page, in order."""
    texts: list[str] = []
    with PDFIUM, opened(path) as document:
        total = len(document)
        for index in range(total):
            if cancelled():
                break
            page = document[index]
            text_page = page.get_textpage()
            texts.append(text_page.get_text_range())
            text_page.close()
            page.close()
            if index % 100 == 99:
                progress(index + 1, total)
    return texts


def save_ranges(path: Path, ranges: list[tuple[int, int]], targets: list[Path], *,
                cancelled: Callable[[], bool] = lambda: False,
                progress: Callable[[int], None] = lambda done: None) -> None:
    """Pages ``first..last`` (1-based) of ``path`` saved as each target, one file per range."""
    with PDFIUM, opened(path) as document:
        for done, ((first, last), target) in enumerate(zip(ranges, targets, strict=True), start=1):
            if cancelled():
                return
            part = pdfium.PdfDocument.new()
            part.import_pages(document, list(range(first - 1, last)))
            part.save(str(target))
            part.close()
            if done % 25 == 0:
                progress(done)
