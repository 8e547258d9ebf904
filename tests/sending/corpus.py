"""A corpus of bad (and good) documents, written on the fly: what agencies really attach."""
from __future__ import annotations

import io
from pathlib import Path

from PIL import Image
from pypdf import PdfReader, PdfWriter
from reportlab.lib.pagesizes import A4, landscape, letter
from reportlab.pdfgen.canvas import Canvas

OVERSIZED = 257 * 1024 * 1024


def pdf_bytes(*page_sizes: tuple[float, float]) -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=page_sizes[0])
    for number, size in enumerate(page_sizes, start=1):
        canvas.setPageSize(size)
        canvas.drawString(72, size[1] - 72, f"Page {number}")
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def write_corpus(folder: Path) -> dict[str, Path]:
    """name -> path of every document of the corpus."""
    folder.mkdir(parents=True, exist_ok=True)
    files: dict[str, bytes] = {
        "bon.pdf": pdf_bytes(A4, A4),
        "paysage.pdf": pdf_bytes(A4, A4, landscape(A4)),
        "us-letter.pdf": pdf_bytes(A4, letter),
        "corrompu.pdf": b"%PDF-1.4\n" + bytes(range(256)) * 40,
        "vide.pdf": b"",
        "note.docx": b"PK\x03\x04 pretend this is a Word document",
    }
    valid = pdf_bytes(A4)
    files["tronque.pdf"] = valid[: len(valid) // 3]
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(valid)))
    writer.encrypt(user_password="secret", owner_password="owner")
    encrypted = io.BytesIO()
    writer.write(encrypted)
    files["chiffre.pdf"] = encrypted.getvalue()
    paths = {}
    for name, data in files.items():
        paths[name] = folder / name
        paths[name].write_bytes(data)
    for name, size in (("photo-large.png", (800, 400)), ("scan.jpg", (600, 900))):
        paths[name] = folder / name
        Image.new("RGB", size, (200, 120, 40)).save(paths[name])
    paths["image-cassee.png"] = folder / "image-cassee.png"
    paths["image-cassee.png"].write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 50)
    # Sparse: 257 MB on paper, a few bytes on disk; the check must refuse it without reading it.
    paths["enorme.pdf"] = folder / "enorme.pdf"
    with open(paths["enorme.pdf"], "wb") as out:
        out.write(b"%PDF-1.4\n")
        out.truncate(OVERSIZED)
    paths["absent.pdf"] = folder / "absent.pdf"     # named by an event, never written
    return paths
