"""Whether the documents of a letter can go to AR24: one sentence (a Message) per problem, naming the file.

Order of the checks, cheapest first: existence, size and type come from ``os.stat`` and the file
name (a 300 MB file is refused without reading a byte); page formats come from the inspection
cache (inspection.py), which reads a file only the first time it is seen.
"""
from __future__ import annotations

import enum
import unicodedata
from pathlib import Path

from app.i18n import QT_TRANSLATE_NOOP, Message, Sentence, message
from app.sending.inspection import (
    A4_MM,
    ACTIVE_CONTENT,
    IMAGE_SUFFIXES,
    MAX_IMAGE_PIXELS,
    TOO_MANY_PIXELS,
    FileStamp,
    Inspection,
)

MAX_LETTER_BYTES = 256 * 1024 * 1024     # AR24's limit for a whole letter (spec ar24-api.md §4.6)
A4_TOLERANCE_MM = 3.0
# A prepared file is written as "NN-name" in the letter's folder: most file systems stop at 255
# bytes a name; 150 leave room for the prefix and for AR24's own naming.
MAX_NAME_BYTES = 150

NO_NAME = QT_TRANSLATE_NOOP("SendingDocuments", "Une pièce jointe n'a pas de nom lisible : renommez le fichier puis joignez-le de "
                                                "nouveau.")
MISSING = QT_TRANSLATE_NOOP("SendingDocuments", "La pièce jointe « {name} » est introuvable : elle a été déplacée ou supprimée, "
                                                "joignez-la de nouveau.")
EMPTY = QT_TRANSLATE_NOOP("SendingDocuments", "La pièce jointe « {name} » est vide (0 octet) : joignez de nouveau le document.")
FILE_TOO_BIG = QT_TRANSLATE_NOOP("SendingDocuments", "La pièce jointe « {name} » pèse {size}, au-delà des {limit} acceptés par AR24 pour "
                                                     "un courrier.")
NOT_PDF = QT_TRANSLATE_NOOP("SendingDocuments", "Convertissez « {name} » en PDF avant l'envoi : AR24 n'accepte que des PDF (les images "
                                                "PNG et JPEG sont converties automatiquement).")
LETTER_TOO_BIG = QT_TRANSLATE_NOOP("SendingDocuments", "Le courrier pèse {size} avec ses pièces jointes, au-delà des {limit} acceptés "
                                                       "par AR24 : répartissez les pièces jointes sur plusieurs courriers.")
IMAGE_TOO_BIG = QT_TRANSLATE_NOOP("SendingDocuments", "L'image « {name} » est trop grande ({pixels} millions de pixels, au-delà de "
                                                      "{limit} millions) : réduisez-la ou numérisez la page en 300 dpi, puis joignez-la "
                                                      "de nouveau.")
IMAGE_TOO_MANY_PIXELS = QT_TRANSLATE_NOOP("SendingDocuments", "L'image « {name} » est trop grande (trop de pixels, au-delà de {limit} "
                                                              "millions) : réduisez-la ou numérisez la page en 300 dpi, puis joignez-la "
                                                              "de nouveau.")
ACTIVE = QT_TRANSLATE_NOOP("SendingDocuments", "La pièce jointe « {name} » contient une action automatique ({action}) qui exécuterait du "
                                               "code chez le destinataire : imprimez-la de nouveau en PDF (« Microsoft Print to PDF » ou "
                                               "équivalent) puis joignez cette version.")
IMAGE_UNREADABLE = QT_TRANSLATE_NOOP("SendingDocuments", "L'image « {name} » est illisible ou endommagée : enregistrez-la de nouveau "
                                                         "puis joignez-la.")
PDF_UNREADABLE = QT_TRANSLATE_NOOP("SendingDocuments", "La pièce jointe « {name} » est illisible ou endommagée : enregistrez-la de "
                                                       "nouveau en PDF puis joignez-la.")
ENCRYPTED = QT_TRANSLATE_NOOP("SendingDocuments", "La pièce jointe « {name} » est protégée par un mot de passe ou un chiffrement : "
                                                  "joignez une version non protégée.")
NO_PAGE = QT_TRANSLATE_NOOP("SendingDocuments", "La pièce jointe « {name} » ne contient aucune page.")
NOT_A4 = QT_TRANSLATE_NOOP("SendingDocuments", "La page {page}{others} de « {name} » mesure {width} × {height} mm au lieu du format A4 "
                                               "({a4_width} × {a4_height} mm).")
LANDSCAPE = QT_TRANSLATE_NOOP("SendingDocuments", "La page {page}{others} de « {name} » est en paysage : la LR papier n'accepte que le "
                                                  "format A4 portrait.")
ONE_OTHER_PAGE = QT_TRANSLATE_NOOP("SendingDocuments", " (et 1 autre page)")
OTHER_PAGES = QT_TRANSLATE_NOOP("SendingDocuments", " (et {count} autres pages)")
# Sizes as the "Taille" column and the sentences write them: the decimal mark is the template's.
BYTE = QT_TRANSLATE_NOOP("SendingDocuments", "{size} octet")
BYTES = QT_TRANSLATE_NOOP("SendingDocuments", "{size} octets")
KILOBYTES = QT_TRANSLATE_NOOP("SendingDocuments", "{size} Ko")
MEGABYTES = QT_TRANSLATE_NOOP("SendingDocuments", "{size} Mo")
MEGABYTES_TENTHS = QT_TRANSLATE_NOOP("SendingDocuments", "{size},{tenths} Mo")


class DocumentKind(enum.Enum):
    PDF = "pdf"
    IMAGE = "image"          # converted to an A4 PDF page when the letter is prepared
    OTHER = "other"          # must be converted by the user


def document_kind(name: str) -> DocumentKind:
    suffix = Path(name).suffix.lower()
    if suffix == ".pdf":
        return DocumentKind.PDF
    return DocumentKind.IMAGE if suffix in IMAGE_SUFFIXES else DocumentKind.OTHER


def document_name(name: str) -> str:
    """The name a document travels under: no folder, no control character (a NUL, a line
    break), composed accents, at most ``MAX_NAME_BYTES`` bytes with its extension kept. Empty
    when nothing printable is left."""
    name = unicodedata.normalize("NFC", name.replace("\\", "/").rsplit("/", 1)[-1])
    name = "".join(char for char in name if unicodedata.category(char)[0] != "C").strip()
    if len(name.encode("utf-8")) <= MAX_NAME_BYTES:
        return name
    stem, suffix = Path(name).stem, Path(name).suffix[:16]
    room = MAX_NAME_BYTES - len(suffix.encode("utf-8"))
    return stem.encode("utf-8")[:room].decode("utf-8", "ignore").rstrip() + suffix


def stamp_of(path: str | Path) -> FileStamp | None:
    """The file as ``os.stat`` sees it, None when it is missing or unreachable."""
    try:
        return FileStamp.of(path)
    except OSError:
        return None


def needs_inspection(name: str, stamp: FileStamp | None) -> bool:
    """Whether the page checks apply: an existing, non-empty PDF or image within the size limit."""
    return (stamp is not None and 0 < stamp.size <= MAX_LETTER_BYTES
            and document_kind(name) is not DocumentKind.OTHER)


def stat_problem(name: str, stamp: FileStamp | None) -> Sentence | None:
    """What can be said without reading the file."""
    if not document_name(name):
        return NO_NAME
    if stamp is None:
        return message(MISSING, name=name)
    if stamp.size == 0:
        return message(EMPTY, name=name)
    if stamp.size > MAX_LETTER_BYTES:
        return message(FILE_TOO_BIG, name=name, size=format_size(stamp.size), limit=format_size(MAX_LETTER_BYTES))
    if document_kind(name) is DocumentKind.OTHER:
        return message(NOT_PDF, name=name)
    return None


def document_problems(name: str, stamp: FileStamp | None, inspection: Inspection | None, *,
                      portrait_only: bool) -> list[Sentence]:
    """Every problem of one attachment; ``inspection`` is needed only when ``needs_inspection``."""
    if problem := stat_problem(name, stamp):
        return [problem]
    assert inspection is not None, "an existing PDF or image within the limit is inspected first"
    return content_problems(name, inspection, portrait_only=portrait_only)


def letter_size_problem(sizes: list[int]) -> Message | None:
    """The whole letter over the limit; a single file over it already has its own line."""
    total = sum(sizes)
    if total <= MAX_LETTER_BYTES or any(size > MAX_LETTER_BYTES for size in sizes):
        return None
    return message(LETTER_TOO_BIG, size=format_size(total), limit=format_size(MAX_LETTER_BYTES))


def content_problems(name: str, inspection: Inspection, *, portrait_only: bool) -> list[Sentence]:
    """What the inspection of the file says: damage, protection, page formats."""
    is_image = document_kind(name) is DocumentKind.IMAGE
    limit = MAX_IMAGE_PIXELS // 1_000_000
    if inspection.error.startswith(TOO_MANY_PIXELS):
        pixels = inspection.error.split(": ", 1)[-1]
        return [message(IMAGE_TOO_BIG, name=name, pixels=int(pixels) // 1_000_000, limit=limit) if pixels.isdigit()
                else message(IMAGE_TOO_MANY_PIXELS, name=name, limit=limit)]
    if inspection.error.startswith(ACTIVE_CONTENT):
        return [message(ACTIVE, name=name, action=inspection.error.split(': ', 1)[-1])]
    if inspection.error:
        return [message(IMAGE_UNREADABLE if is_image else PDF_UNREADABLE, name=name)]
    if inspection.encrypted:
        return [message(ENCRYPTED, name=name)]
    if not inspection.page_sizes:
        return [message(NO_PAGE, name=name)]
    if is_image:
        return []     # an image is laid out on an A4 page of the right orientation when converted
    problems: list[Sentence] = []
    off_format = [(number, size) for number, size in enumerate(inspection.page_sizes, 1) if not is_a4(*size)]
    if off_format:
        (number, (width, height)), others = off_format[0], len(off_format) - 1
        problems.append(message(NOT_A4, page=number, others=_others(others), name=name, width=f"{width:.0f}",
                                height=f"{height:.0f}", a4_width=f"{A4_MM[0]:.0f}", a4_height=f"{A4_MM[1]:.0f}"))
    landscape = [number for number, (width, height) in enumerate(inspection.page_sizes, 1)
                 if width > height and is_a4(width, height)]
    if portrait_only and landscape:
        problems.append(message(LANDSCAPE, page=landscape[0], others=_others(len(landscape) - 1), name=name))
    return problems


def is_a4(width_mm: float, height_mm: float) -> bool:
    short, long = sorted((width_mm, height_mm))
    return abs(short - A4_MM[0]) <= A4_TOLERANCE_MM and abs(long - A4_MM[1]) <= A4_TOLERANCE_MM


def format_size(size: int) -> Message:
    """"812 octets", "61 Ko", "2,4 Mo", "256 Mo" — as the "Taille" column of the send choice."""
    if size < 1024:
        return message(BYTES if size > 1 else BYTE, size=size)
    if size < 1024 * 1024:
        return message(KILOBYTES, size=-(-size // 1024))
    megabytes = size / (1024 * 1024)
    if megabytes >= 100 or megabytes.is_integer():
        return message(MEGABYTES, size=f"{megabytes:.0f}")
    whole, tenths = f"{megabytes:.1f}".split(".")
    return message(MEGABYTES_TENTHS, size=whole, tenths=tenths)


def _others(count: int) -> Sentence:
    """The other pages with the same problem, after the first one's number."""
    if count == 0:
        return ""
    return ONE_OTHER_PAGE if count == 1 else message(OTHER_PAGES, count=count)
