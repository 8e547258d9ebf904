"""Pages of a letter PDF as RGB pictures, for the preview window (PDFium, under its lock)."""
from __future__ import annotations

import pypdfium2 as pdfium  # type: ignore[import-untyped]
from PIL import Image

from app.compose.pdfium import PDFIUM

PREVIEW_DPI = 96


def page_images(pdf: bytes, dpi: int = PREVIEW_DPI) -> list[Image.Image]:
    with PDFIUM:
        document = pdfium.PdfDocument(pdf)
        try:
            return [document[index].render(scale=dpi / 72).to_pil().convert("RGB") for index in range(len(document))]
        finally:
            document.close()
