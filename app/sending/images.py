"""A PNG or JPEG attachment as a one-page A4 PDF, the picture scaled to fit the page."""
from __future__ import annotations

import io
from pathlib import Path

from PIL import Image, ImageOps
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import cm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

MARGIN = 1 * cm
_EXIF_ORIENTATION = 0x0112


def image_to_pdf(path: Path, *, portrait_only: bool) -> bytes:
    """Landscape page for a wide picture, unless the send type prints portrait only."""
    with Image.open(path) as image:
        upright = image.getexif().get(_EXIF_ORIENTATION, 1) == 1
        # A JPEG already upright is embedded as is (no re-encoding); anything else goes through Pillow.
        if upright and image.format == "JPEG":
            source, size = ImageReader(str(path)), image.size
        else:
            picture = ImageOps.exif_transpose(image)
            if picture.mode not in ("RGB", "L"):
                picture = _on_white(picture)
            source, size = ImageReader(picture), picture.size
    page = landscape(A4) if size[0] > size[1] and not portrait_only else A4
    scale = min((page[0] - 2 * MARGIN) / size[0], (page[1] - 2 * MARGIN) / size[1])
    width, height = size[0] * scale, size[1] * scale
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=page, invariant=1)
    canvas.setTitle(path.name)
    canvas.drawImage(source, (page[0] - width) / 2, (page[1] - height) / 2, width, height)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _on_white(picture: Image.Image) -> Image.Image:
    """Transparency and palettes flattened on a white sheet, as the printed page would show them."""
    rgba = picture.convert("RGBA")
    sheet = Image.new("RGB", rgba.size, "white")
    sheet.paste(rgba, mask=rgba.getchannel("A"))
    return sheet
