"""PDFium is not thread-safe: a background import of PDF letters and the preview shown by the
window hold this one lock."""
from __future__ import annotations

import threading

PDFIUM = threading.Lock()
