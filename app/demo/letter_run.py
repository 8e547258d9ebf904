"""A run of letters as the agency software prints it (one PDF, a marker on each letter's first
page): for the screenshots of "Importer des courriers PDF", its tests and its benchmark."""
from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas


def write_letter_run(path: Path, codes: Sequence[str | None], pages: int = 3, *, marker: str = "Réf. tiers : {code}") -> Path:
    """One letter per code, ``pages`` pages each; the marker on the first page (none when the code is None)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    canvas = Canvas(str(path), pagesize=A4, invariant=True)
    for number, code in enumerate(codes, start=1):
        for page in range(1, pages + 1):
            if page == 1 and code is not None:
                canvas.drawString(320, 700, marker.format(code=code))
            canvas.drawString(72, 560, f"Courrier {number}, page {page} / {pages} : convocation à l'assemblée générale.")
            canvas.showPage()
    canvas.save()
    return path
