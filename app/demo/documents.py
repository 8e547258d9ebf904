"""PDF attachments of the demo agency, drawn with reportlab (A4 portrait, some landscape)."""
from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import cm
from reportlab.pdfgen.canvas import Canvas


def write_demo_pdf(path: Path, title: str, lines: list[str], *, agency: str,
                   is_landscape: bool = False, pages: int = 1) -> int:
    """Write a simple but real letter-like PDF and return its size in bytes."""
    path.parent.mkdir(parents=True, exist_ok=True)
    size = landscape(A4) if is_landscape else A4
    width, height = size
    canvas = Canvas(str(path), pagesize=size, pageCompression=1)
    canvas.setTitle(title)
    canvas.setAuthor(agency)
    for page in range(1, pages + 1):
        canvas.setFont("Helvetica-Bold", 11)
        canvas.drawString(2 * cm, height - 2 * cm, agency)
        canvas.setFont("Helvetica-Bold", 15)
        canvas.drawString(2 * cm, height - 3.5 * cm, title)
        canvas.setFont("Helvetica", 10.5)
        y = height - 5 * cm
        for line in lines:
            canvas.drawString(2 * cm, y, line)
            y -= 0.6 * cm
        canvas.setFont("Helvetica", 8)
        canvas.drawRightString(width - 2 * cm, 1.5 * cm, f"Page {page} / {pages}")
        canvas.showPage()
    canvas.save()
    return path.stat().st_size
