"""The body of an event as an A4 letter (reportlab), laid out for a window envelope.

The recipient's address sits in the DL/C5 window zone: 5.5 cm from the top, 11 cm from the left,
8.5 × 3.3 cm (shared/spec/legal.md). The output is byte-for-byte reproducible (reportlab's
invariant mode), so that preparing a letter twice gives the same file and the same SHA-256.
"""
from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

from app.sending.html_flow import html_blocks

WINDOW_TOP = 5.5 * cm
WINDOW_LEFT = 11 * cm
WINDOW_HEIGHT = 3.3 * cm
MARGIN = 2 * cm
MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
          "octobre", "novembre", "décembre")

_BODY = ParagraphStyle("body", fontName="Helvetica", fontSize=10.5, leading=14, spaceAfter=7)
_BULLET = ParagraphStyle("bullet", parent=_BODY, leftIndent=16, bulletIndent=4, spaceAfter=3)
_DATE = ParagraphStyle("date", parent=_BODY, alignment=TA_RIGHT)
_SUBJECT = ParagraphStyle("subject", parent=_BODY, fontName="Helvetica-Bold")
_SIGNATURE = ParagraphStyle("signature", parent=_BODY, leftIndent=WINDOW_LEFT - MARGIN)


@dataclass(frozen=True)
class Letterhead:
    """The agency, printed top left; ``town`` starts the date line ("Dijon, le …")."""
    name: str = ""
    address_lines: tuple[str, ...] = ()
    town: str = ""


@dataclass(frozen=True)
class Letter:
    letterhead: Letterhead
    recipient_lines: tuple[str, ...]
    date: dt.date
    subject: str
    body_html: str               # variables already substituted
    signature: str


def french_date(day: dt.date) -> str:
    """"23 novembre 2026", "1er mars 2027": no dependence on the machine's locale."""
    number = "1er" if day.day == 1 else str(day.day)
    return f"{number} {MONTHS[day.month - 1]} {day.year}"


def render_letter(letter: Letter) -> bytes:
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
        bottomMargin=MARGIN, title=letter.subject, author=letter.letterhead.name, invariant=True)
    # The text of the first page starts under the window zone.
    flow = [Spacer(1, WINDOW_TOP + WINDOW_HEIGHT + 0.6 * cm - MARGIN),
            Paragraph(escape(_place_and_date(letter)), _DATE),
            Spacer(1, 0.4 * cm),
            Paragraph(f"Objet : {escape(letter.subject)}", _SUBJECT),
            Spacer(1, 0.3 * cm)]
    flow += [Paragraph(block.markup, _BULLET if block.bullet else _BODY, bulletText=block.bullet or None)
             for block in html_blocks(letter.body_html)]
    if letter.signature:
        flow += [Spacer(1, 0.5 * cm), Paragraph(escape(letter.signature), _SIGNATURE)]
    document.build(flow, onFirstPage=lambda canvas, _doc: _first_page(canvas, letter),
                   onLaterPages=_page_number)
    return buffer.getvalue()


def _place_and_date(letter: Letter) -> str:
    town = letter.letterhead.town
    return f"{town}, le {french_date(letter.date)}" if town else f"Le {french_date(letter.date)}"


def _first_page(canvas: Canvas, letter: Letter) -> None:
    _, height = A4
    head = letter.letterhead
    canvas.setFont("Helvetica-Bold", 12)
    canvas.drawString(MARGIN, height - MARGIN, head.name)
    canvas.setFont("Helvetica", 9)
    for number, line in enumerate(head.address_lines, start=1):
        canvas.drawString(MARGIN, height - MARGIN - number * 11, line)
    canvas.setFont("Helvetica", 10)
    top = height - WINDOW_TOP - 0.5 * cm
    for number, line in enumerate(letter.recipient_lines):
        canvas.drawString(WINDOW_LEFT + 0.4 * cm, top - number * 12, line)
    _page_number(canvas, None)


def _page_number(canvas: Canvas, _doc: object) -> None:
    canvas.setFont("Helvetica", 8)
    canvas.drawRightString(A4[0] - MARGIN, 1.2 * cm, f"Page {canvas.getPageNumber()}")
