"""The QR code of AR24's scanned letter (PNG, JPG or PDF) read into its text.

zxing-cpp decodes (wheels for every platform, no system library); PDF pages are rendered with
PDFium (pypdfium2) so that both scans and born-digital letters are read.
"""
from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import zxingcpp
from PIL import Image, UnidentifiedImageError

from app.accounts.link import AccountInputError
from app.i18n import QT_TRANSLATE_NOOP, message

IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg"}
PDF_RENDER_DPI = 200      # enough for a QR code printed a few centimetres wide
MAX_PDF_PAGES = 5         # the letter is one or two pages: do not render a whole binder
NOT_A_SCAN = QT_TRANSLATE_NOOP("QrDecode", "Le fichier « {file} » n'est ni une image (.png, .jpg, .jpeg) ni un PDF : "
                               "scannez le courrier d'AR24 dans l'un de ces formats.")
UNREADABLE = QT_TRANSLATE_NOOP("QrDecode", "Le fichier « {file} » est illisible ou endommagé : scannez à nouveau le "
                               "courrier d'AR24.")
NO_QR_CODE = QT_TRANSLATE_NOOP("QrDecode", "Aucun QR code n'a été trouvé dans « {file} » : scannez le courrier en "
                               "entier, bien à plat et net, ou saisissez la clé OTP à la main.")


def read_qr_text(path: Path) -> str:
    """The text of the first QR code of the file; ``otpauth://`` codes win over any other."""
    suffix = path.suffix.lower()
    if suffix not in IMAGE_SUFFIXES | {".pdf"}:
        raise AccountInputError(message(NOT_A_SCAN, file=path.name))
    texts = []
    try:
        for image in _pdf_pages(path) if suffix == ".pdf" else [_image(path)]:
            texts += [code.text for code in zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)]
            if any(text.lower().startswith("otpauth://") for text in texts):
                break
    except (OSError, UnidentifiedImageError, pdfium.PdfiumError):
        raise AccountInputError(message(UNREADABLE, file=path.name)) from None
    if not texts:
        raise AccountInputError(message(NO_QR_CODE, file=path.name))
    return next((text for text in texts if text.lower().startswith("otpauth://")), texts[0])


def _image(path: Path) -> Image.Image:
    with Image.open(path) as image:
        return image.convert("L")


def _pdf_pages(path: Path) -> list[Image.Image]:
    document = pdfium.PdfDocument(path)
    try:
        return [document[index].render(scale=PDF_RENDER_DPI / 72, grayscale=True).to_pil()
                for index in range(min(len(document), MAX_PDF_PAGES))]
    finally:
        document.close()
