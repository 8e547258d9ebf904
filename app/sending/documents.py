"""Whether the documents of a letter can go to AR24: one French sentence per problem, naming the file.

Order of the checks, cheapest first: existence, size and type come from ``os.stat`` and the file
name (a 300 MB file is refused without reading a byte); page formats come from the inspection
cache (inspection.py), which reads a file only the first time it is seen.
"""
from __future__ import annotations

import enum
import unicodedata
from pathlib import Path


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


def stat_problem(name: str, stamp: FileStamp | None) -> str | None:
    """What can be said without reading the file."""
    if not document_name(name):
        return "Une pièce jointe n'a pas de nom lisible : renommez le fichier puis joignez-le de nouveau."
    if stamp is None:
        return f"La pièce jointe « {name} » est introuvable : elle a été déplacée ou supprimée, joignez-la de nouveau."
    if stamp.size == 0:
        return f"La pièce jointe « {name} » est vide (0 octet) : joignez de nouveau le document."
    if stamp.size > MAX_LETTER_BYTES:
        return (f"La pièce jointe « {name} » pèse {format_size(stamp.size)}, au-delà des "
                f"{format_size(MAX_LETTER_BYTES)} acceptés par AR24 pour un courrier.")
    if document_kind(name) is DocumentKind.OTHER:
        return (f"Convertissez « {name} » en PDF avant l'envoi : AR24 n'accepte que des PDF "
                "(les images PNG et JPEG sont converties automatiquement).")
    return None


def document_problems(name: str, stamp: FileStamp | None, inspection: Inspection | None, *,
                      portrait_only: bool) -> list[str]:
    """Every problem of one attachment; ``inspection`` is needed only when ``needs_inspection``."""
    if problem := stat_problem(name, stamp):
        return [problem]
    assert inspection is not None, "an existing PDF or image within the limit is inspected first"
    return content_problems(name, inspection, portrait_only=portrait_only)


def letter_size_problem(sizes: list[int]) -> str | None:
    """The whole letter over the limit; a single file over it already has its own line."""
    total = sum(sizes)
    if total <= MAX_LETTER_BYTES or any(size > MAX_LETTER_BYTES for size in sizes):
        return None
    return (f"Le courrier pèse {format_size(total)} avec ses pièces jointes, au-delà des "
            f"{format_size(MAX_LETTER_BYTES)} acceptés par AR24 : répartissez les pièces jointes "
            "sur plusieurs courriers.")


def content_problems(name: str, inspection: Inspection, *, portrait_only: bool) -> list[str]:
    """What the inspection of the file says: damage, protection, page formats."""
    is_image = document_kind(name) is DocumentKind.IMAGE
    if inspection.error.startswith(TOO_MANY_PIXELS):
        pixels = inspection.error.split(": ", 1)[-1]
        size = f"{int(pixels) // 1_000_000} millions de pixels" if pixels.isdigit() else "trop de pixels"
        return [f"L'image « {name} » est trop grande ({size}, au-delà de {MAX_IMAGE_PIXELS // 1_000_000} "
                "millions) : réduisez-la ou numérisez la page en 300 dpi, puis joignez-la de nouveau."]
    if inspection.error.startswith(ACTIVE_CONTENT):
        return [f"La pièce jointe « {name} » contient une action automatique ({inspection.error.split(': ', 1)[-1]}) "
                "qui exécuterait du code chez le destinataire : imprimez-la de nouveau en PDF "
                "(« Microsoft Print to PDF » ou équivalent) puis joignez cette version."]
    if inspection.error:
        what = "L'image" if is_image else "La pièce jointe"
        return [f"{what} « {name} » est illisible ou endommagée : enregistrez-la de nouveau "
                f"{'' if is_image else 'en PDF '}puis joignez-la."]
    if inspection.encrypted:
        return [f"La pièce jointe « {name} » est protégée par un mot de passe ou un chiffrement : "
                "joignez une version non protégée."]
    if not inspection.page_sizes:
        return [f"La pièce jointe « {name} » ne contient aucune page."]
    if is_image:
        return []     # an image is laid out on an A4 page of the right orientation when converted
    problems = []
    off_format = [(number, size) for number, size in enumerate(inspection.page_sizes, 1) if not is_a4(*size)]
    if off_format:
        (number, (width, height)), others = off_format[0], len(off_format) - 1
        problems.append(f"La page {number}{_others(others)} de « {name} » mesure {width:.0f} × {height:.0f} mm "
                        f"au lieu du format A4 ({A4_MM[0]:.0f} × {A4_MM[1]:.0f} mm).")
    landscape = [number for number, (width, height) in enumerate(inspection.page_sizes, 1)
                 if width > height and is_a4(width, height)]
    if portrait_only and landscape:
        problems.append(f"La page {landscape[0]}{_others(len(landscape) - 1)} de « {name} » est en paysage : "
                        "la LR papier n'accepte que le format A4 portrait.")
    return problems


def is_a4(width_mm: float, height_mm: float) -> bool:
    short, long = sorted((width_mm, height_mm))
    return abs(short - A4_MM[0]) <= A4_TOLERANCE_MM and abs(long - A4_MM[1]) <= A4_TOLERANCE_MM


def format_size(size: int) -> str:
    """"812 octets", "61 Ko", "2,4 Mo", "256 Mo" — as the "Taille" column of the send choice."""
    if size < 1024:
        return f"{size} octet{'s' if size > 1 else ''}"
    if size < 1024 * 1024:
        return f"{-(-size // 1024)} Ko"
    megabytes = size / (1024 * 1024)
    text = f"{megabytes:.0f}" if megabytes >= 100 or megabytes.is_integer() else f"{megabytes:.1f}"
    return f"{text.replace('.', ',')} Mo"


def _others(count: int) -> str:
    return "" if count == 0 else f" (et {count} autre{'s' if count > 1 else ''} page{'s' if count > 1 else ''})"
